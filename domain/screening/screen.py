"""Screens the texts of one job post and decides violations, exemptions and review.

Data flow: `screen_post(title, description, ...)` -> for each text: `prepare()` (cut to
MAX_CHARS, normalise with an offset map, segment into words) -> sentence and clause spans ->
Chinese, structural and English rule families yield hits -> a hit whose gender or status word
does not start a word is dropped (子女的 is not 女的) -> a gender hit that favours men becomes a
PROHIBITED_WORK_FOR_WOMEN exemption when the restricted job's own duties name work forbidden
to women (`exemption.Basis`), otherwise it stays a violation; a post that moves women off
the work for a period (孕期女职工不安排…, `rules_exempt`) is always such an exemption ->
excerpts are cut from the original text, made safe to display, explained in the post's
language and deduplicated ->
the classifier (if a model is given or packaged) gives each rule a probability; a rule it
suspects that the rules did not report sends the post to `needs_review` (MODEL_DOUBT) and is
named in `suspected_rules`; where the rules saw a weak signal for a rule they did not decide
(`weak_signal`) and the model's probability for that rule reaches its corroboration threshold,
the post is refused for it; a post with neither violation nor
exemption in which a sentence still seems to restrict gender (`gender_signal`) goes to
`needs_review` with GENDER_UNCLEAR -> `Screening`.
"""

from __future__ import annotations

from bisect import bisect_right

from domain.screening import (
    context,
    rules_broad,
    rules_en,
    rules_en8_context,
    rules_en_general,
    rules_exempt,
    rules_family8,
    rules_family8_context,
    rules_general,
    rules_items,
    rules_open,
    rules_section,
    rules_spoken,
    rules_struct,
    rules_zh,
)
from domain.screening.classifier import Model, load_model
from domain.screening.exemption import Basis
from domain.screening.explain import explanation
from domain.screening.gender_signal import strong_restrictions, unnamed_restriction
from domain.screening.model import (
    GENDER,
    GENDER_UNCLEAR,
    HIGHER_BAR_FOR_WOMEN,
    PROHIBITED_WORK_FOR_WOMEN,
    Exemption,
    Hit,
    Screening,
    Violation,
)
from domain.screening.text import Prepared, clauses, excerpt, language, prepare, sentences
from domain.screening.weak_signal import corroborated

_PACKAGED = object()


def _hits(
    prep: Prepared, sents: list[tuple[int, int]], parts: list[list[tuple[int, int]]]
) -> list[Hit]:
    norm = prep.text
    words = prep.words
    found = [
        *rules_zh.find(norm, sents, parts),
        *rules_struct.find(norm, sents, parts),
        *rules_general.find(norm, sents, parts),
        *rules_items.find(norm, sents, parts),
        *rules_spoken.find(norm, sents, parts),
        *rules_family8.find(norm, sents),
        *rules_exempt.find(norm, sents, parts),
        *(h for h in rules_broad.find(norm, sents, parts) if h.anchor >= 0),
        *rules_section.section_gender(norm, words),
        *rules_section.section_status(norm),
        *strong_restrictions(norm, sents),
    ]
    # English rules keep their own \b boundaries; a Chinese hit anchored on a
    # gender or status word must find that word starting a word.
    kept = [
        h
        for h in found
        if (h.anchor < 0 or words[h.anchor]) and (h.anchor_end < 0 or words[h.anchor_end])
    ]
    kept.extend(rules_en.find(norm, sents))
    kept.extend(rules_en_general.find(norm, sents))
    kept.extend(h for h in rules_broad.find(norm, sents, parts) if h.anchor < 0)
    spans = [span for p in parts for span in p]
    kept = [
        h
        for h in kept
        if not rules_struct.served_not_hired(norm, *_clause(spans, h.start), h)
        and not rules_spoken.sold_not_asked(norm, *_clause(spans, h.start), h)
        and not context.lawful(norm, _clause(sents, h.start), _clause(spans, h.start), h)
        and not rules_family8_context.lawful(
            norm, _clause(sents, h.start), _clause(spans, h.start), h
        )
        and not rules_en8_context.lawful(norm, _clause(sents, h.start), h)
    ]
    # 男、女服务员 / 欢迎男护士报考 / "waiters and waitresses": open to both, not restricted.
    kept = [
        h
        for h in kept
        if h.rule != GENDER
        or not rules_open.opens_job(norm, *_clause(spans, h.start), h.start, h.end)
    ]
    return sorted(kept, key=lambda h: (h.start, h.rule))


def _clause(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect_right(spans, (pos, 1 << 30)) - 1
    return spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else (pos, pos)


def screen_post(*texts: str, model: Model | object | None = _PACKAGED) -> Screening:
    """Screen a post's texts (title, description, ...) together; never raises on any string.

    Only the first MAX_CHARS characters of each text are screened (`truncated` says so).
    `model`: the classifier to consult; by default the packaged one, None for rules only.
    """
    prepared = [prepare(t if isinstance(t, str) else str(t)) for t in texts]
    whole = "\n".join(p.text for p in prepared)
    lang = language(whole)
    basis = Basis(prepared)
    violations: dict[tuple[str, str], Violation] = {}
    exemptions: dict[str, Exemption] = {}
    for index, prep in enumerate(prepared):
        sents = sentences(prep.text)
        parts = [clauses(prep.text, lo, hi) for lo, hi in sents]
        for hit in _hits(prep, sents, parts):
            cut = excerpt(prep, sents, parts, hit.start, hit.end)
            if hit.rule == PROHIBITED_WORK_FOR_WOMEN or (
                hit.rule == GENDER and hit.favours_men and basis.has_basis(index, hit.start)
            ):
                code = PROHIBITED_WORK_FOR_WOMEN
                exemptions.setdefault(cut, Exemption(code, cut, explanation(code, lang)))
                continue
            violations.setdefault(
                (hit.rule, cut), Violation(hit.rule, cut, explanation(hit.rule, lang))
            )
    truncated = any(p.truncated for p in prepared)
    unclear = () if violations or exemptions else _unclear(prepared, lang)
    chosen = load_model() if model is _PACKAGED else model
    if not isinstance(chosen, Model) or not whole.strip():
        return Screening(
            tuple(violations.values()), tuple(exemptions.values()), truncated, unclear=unclear
        )
    scores = chosen.scores(whole)
    # A higher bar for women is reported as a kind of GENDER: no GENDER doubt beside it.
    reported = {rule for rule, _ in violations}
    if HIGHER_BAR_FOR_WOMEN in reported:
        reported.add(GENDER)
    # A weak signal of the rules that the model corroborates refuses (weak_signal.py).
    for found in corroborated(prepared, reported, bool(exemptions), scores, chosen, lang):
        violations.setdefault((found.rule, found.excerpt), found)
        reported.add(found.rule)
        unclear = ()
    suspected = chosen.suspects(scores, reported)
    return Screening(
        tuple(violations.values()),
        tuple(exemptions.values()),
        truncated,
        max(scores.values(), default=0.0),
        bool(suspected),
        unclear,
        suspected,
        tuple(scores.items()),
    )


def _unclear(prepared: list[Prepared], lang: str) -> tuple[Exemption, ...]:
    """A gender restriction no rule names still goes to a person (never passes silently)."""
    found = unnamed_restriction(prepared)
    if found is None:
        return ()
    index, start, end = found
    prep = prepared[index]
    sents = sentences(prep.text)
    parts = [clauses(prep.text, lo, hi) for lo, hi in sents]
    cut = excerpt(prep, sents, parts, start, end)
    return (Exemption(GENDER_UNCLEAR, cut, explanation(GENDER_UNCLEAR, lang)),)
