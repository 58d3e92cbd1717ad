"""Text preparation for screening: normalisation, sentence and clause spans, excerpts, language.

Data flow: raw post text -> `prepare()` (truncated original plus a normalised copy of the same
length) -> `sentences()` / `clauses()` spans that the rule modules search -> `excerpt()` cuts
the reported excerpt out of the *original* text, so an excerpt is always a substring of what
the employer wrote (after whitespace is collapsed).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from types import MappingProxyType

from domain.screening.model import MAX_CHARS

EXCERPT_MAX = 60

# Traditional characters that occur in the rule vocabulary; a post in traditional script must
# match the same patterns. Pairs are written side by side so a typo shows at once.
_TRAD_PAIRS = (
    "別别 僅仅 須须 鬚须 優优 懷怀 檢检 驗验 測测 試试 體体 職职 員员 歡欢 應应 條条 寫写 請请 "
    "況况 內内 兩两 計计 劃划 對对 於于 為为 與与 無无 論论 負负 擔担 礦矿 業业 強强 級级 處处 "
    "運运 動动 勞劳 歲岁 學学 歷历 專专 證证 經经 適适 時时 間间 後后 說说 報报 產产 帶带 兒儿 "
    "媽妈 裝装 飾饰 門门 護护 嬰婴 長长 養养 結结 離离 單单 戀恋 愛爱 問问 詢询 錄录 議议 則则 "
    "購购 賣卖 銷销 務务 師师 醫医 診诊 線线 車车 駕驾 駛驶 廠厂 設设 種种 類类 詳详 細细 輕轻 "
    "彈弹 選选 擇择 慮虑 屬属 範范 圍围 規规 採采 狀状 態态 個个 幾几 們们 頭头 祇只 衹只 纔才 "
    "親亲 齡龄 聽听 話话 將将 給给 資资 險险 獎奖 績绩 質质 確确 認认 審审 婦妇 櫃柜 傳传 標标 "
    "準准 場场 會会 雙双 網网 絡络 絕绝 謝谢 嚴严 禁禁 簽签 諾诺 書书 訂订 約约 題题 聘聘 徵征 "
    "優优 勿勿 慎慎 遞递 談谈 濟济 衛卫 藥药 機机 電电 銀银 錶表 鞋鞋 麗丽 顧顾 客客 態态"
)


def _build_table() -> MappingProxyType[int, str]:
    table: dict[int, str] = {}
    for pair in _TRAD_PAIRS.split():
        if pair[0] != pair[1]:
            table[ord(pair[0])] = pair[1]
    # Full-width ASCII (ｍａｌｅ，（）) behaves like ASCII; the mapping is one char to one char
    # so offsets in the normalised copy are offsets in the original.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0).lower()
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    table[0x3000] = " "
    table[0x00A0] = " "
    table[0x2019] = "'"
    table[0x2018] = "'"
    table[0x2163] = "ⅳ"  # Roman numeral four, upper to lower, as in "Ⅳ级"
    return MappingProxyType(table)


_TABLE = _build_table()

# A sentence ends at full stops, question and exclamation marks, semicolons, line breaks and the
# bar that night-market posters use between fields; "." only when not inside a number.
_SENTENCE_END = re.compile(r"[。!?;\n\r|丨]|\.(?!\d)")
_CLAUSE_END = re.compile(r",")
_STRIP = " \t\r\n\f\v,;.。|丨:、-"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[a-z]")


def prepare(text: str) -> tuple[str, str]:
    """Return (original, normalised): both cut to MAX_CHARS and of equal length."""
    original = text[:MAX_CHARS]
    return original, original.translate(_TABLE)


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


def _clean(original: str, start: int, end: int) -> str:
    return " ".join(original[start:end].split()).strip(_STRIP)


def _short(original: str, span: tuple[int, int]) -> str | None:
    # Only spans that can collapse to EXCERPT_MAX are cleaned: cleaning a 20,000-character
    # sentence once per hit would make a post with many hits quadratic.
    if span[1] - span[0] > 4 * EXCERPT_MAX:
        return None
    text = _clean(original, *span)
    return text if len(text) <= EXCERPT_MAX else None


def excerpt(
    original: str,
    sents: list[tuple[int, int]],
    parts: list[list[tuple[int, int]]],
    start: int,
    end: int,
) -> str:
    """The sentence around a match if short, else its clause, else a window around it.

    `sents` and `parts` (clauses per sentence) are computed once per text by the caller, so
    a post with many hits costs one lookup per hit, not a re-split.
    """
    i = bisect_right(sents, (start, len(original) + 1)) - 1
    sent = sents[i] if i >= 0 and sents[i][0] <= start < sents[i][1] else (start, end)
    text = _short(original, sent)
    if text is not None:
        return text
    clause = _containing(parts[i], start) if sent is sents[i] else sent
    text = _short(original, clause)
    if text is not None:
        return text
    width = max(EXCERPT_MAX - (end - start), 0)
    lo = max(clause[0], start - width // 2)
    return _clean(original, lo, max(end, lo + EXCERPT_MAX))[:EXCERPT_MAX].strip(_STRIP)


def language(norm: str) -> str:
    """'zh' when Chinese carries the post; a Chinese character counts for about a word."""
    cjk = len(_CJK.findall(norm))
    latin = len(_LATIN.findall(norm))
    return "zh" if cjk and cjk * 4 >= latin else "en"
