"""Text preparation for screening: normalised copy, sentence and clause spans, safe excerpts.

Data flow: raw post text -> `prepare()` (cut to MAX_CHARS, `normalise()` with its offset map,
word starts from `segment`) -> `sentences()` / `clauses()` spans over the normalised text that
the rule modules search -> `excerpt()` maps a hit back to the *original* text and cleans it
for display (`display_safe`: no tags, no control, format or bidi characters, whitespace
collapsed), so an excerpt is what the employer wrote and cannot reorder a page.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from domain.screening.model import MAX_CHARS
from domain.screening.normalise import BLOCK_TAGS, TAG, Normalised, normalise
from domain.screening.segment import word_starts

EXCERPT_MAX = 60


@dataclass(frozen=True)
class Prepared:
    original: str  # the screened part of the text (first MAX_CHARS characters)
    norm: Normalised
    words: bytearray  # 1 where a word of the normalised text starts
    truncated: bool

    @property
    def text(self) -> str:
        return self.norm.text


# A sentence ends at full stops, question and exclamation marks, semicolons, line breaks and the
# bar that night-market posters use between fields; "." only when not inside a number.
# A full stop ends a sentence, a leader or ellipsis (男......3人) does not, nor does the dot of a
# title (Ms. Lee, Dr. Wang: round 7).
_SENTENCE_END = re.compile(
    r"[。!?;\n\r|丨]|(?<!\.)(?<!\bms)(?<!\bmr)(?<!\bmrs)(?<!\bdr)(?<!\bpreg)\.(?![\d.])"
)
_CLAUSE_END = re.compile(r",")
_STRIP = " \t\r\n\f\v,;.。|丨:、-"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[a-z]")


def prepare(text: str) -> Prepared:
    """Cut to MAX_CHARS, normalise and segment one text."""
    original = text[:MAX_CHARS]
    norm = normalise(original)
    return Prepared(original, norm, word_starts(norm.text), len(text) > MAX_CHARS)


def display_safe(text: str) -> str:
    """Text fit to show: tags dropped, control/format/bidi characters gone, spaces collapsed."""
    if "<" in text:
        text = TAG.sub(lambda m: " " if (m.group(2) or "").lower() in BLOCK_TAGS else "", text)
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cf":
            continue
        kept.append(" " if cat in ("Cc", "Cs", "Co", "Zl", "Zp") else ch)
    return " ".join("".join(kept).split())


def _split(norm: str, start: int, end: int, sep: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    pos = start
    for m in sep.finditer(norm, start, end):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if end > pos:
        yield pos, end


def sentences(norm: str) -> list[tuple[int, int]]:
    return list(_split(norm, 0, len(norm), _SENTENCE_END))


def clauses(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    return list(_split(norm, start, end, _CLAUSE_END))


def _containing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect_right(spans, (pos, len(spans) and spans[-1][1] + 1)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return pos, pos + 1


def _clean(prep: Prepared, start: int, end: int) -> str:
    lo, hi = prep.norm.original_span(start, end)
    return display_safe(prep.original[lo:hi]).strip(_STRIP)


def _short(prep: Prepared, span: tuple[int, int]) -> str | None:
    # Only spans that can collapse to EXCERPT_MAX are cleaned: cleaning a 20,000-character
    # sentence once per hit would make a post with many hits quadratic.
    if span[1] - span[0] > 4 * EXCERPT_MAX:
        return None
    text = _clean(prep, *span)
    return text if len(text) <= EXCERPT_MAX else None


def excerpt(
    prep: Prepared,
    sents: list[tuple[int, int]],
    parts: list[list[tuple[int, int]]],
    start: int,
    end: int,
) -> str:
    """The sentence around a match if short, else its clause, else a window around it.

    `sents` and `parts` (clauses per sentence) are computed once per text by the caller, so
    a post with many hits costs one lookup per hit, not a re-split.
    """
    i = bisect_right(sents, (start, len(prep.text) + 1)) - 1
    inside = i >= 0 and sents[i][0] <= start < sents[i][1]
    sent = sents[i] if inside else (start, end)
    text = _short(prep, sent)
    if text is not None:
        return text
    clause = _containing(parts[i], start) if inside else sent
    text = _short(prep, clause)
    if text is not None:
        return text
    width = max(EXCERPT_MAX - (end - start), 0)
    lo = max(clause[0], start - width // 2)
    hi = min(max(end, lo + EXCERPT_MAX), len(prep.text))
    return _clean(prep, lo, hi)[:EXCERPT_MAX].strip(_STRIP)


def language(norm: str) -> str:
    """'zh' when Chinese carries the post; a Chinese character counts for about a word."""
    cjk = len(_CJK.findall(norm))
    latin = len(_LATIN.findall(norm))
    return "zh" if cjk and cjk * 4 >= latin else "en"
