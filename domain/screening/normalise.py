"""Normalisation of post text before any rule, with a map back to the original characters.

Data flow: original text (already cut to MAX_CHARS) -> HTML tags dropped and entities decoded
-> format characters (Unicode Cf: zero-width, bidi, soft hyphen) removed, other control
characters turned into spaces -> NFKC per character cluster (Kangxi radicals, full-width
forms, compatibility ideographs) and lower case -> traditional to simplified (OpenCC t2s) ->
pinyin gender words written beside Chinese (限nan, 性别:nv) turned into 男/女 -> letter-spaced
Chinese closed up (女 性 优 先 -> 女性优先) -> disguised gender words written plainly
(`normalise_mixed`: emoji, homophones, English against Chinese) -> `Normalised`:
the normalised string plus, for every normalised character, the span of original characters
it came from, so excerpts are cut from what the employer wrote.

OpenCC is created lazily on first use (it reads its dictionaries then), never at import.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from domain.screening.normalise_mixed import unmask

# Tags and comments: bounded so a stray "<" in a long text costs nothing.
TAG = re.compile(r"<!--[^<>]{0,2000}?-->|<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,500}>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,15});")
BLOCK_TAGS = frozenset(
    [
        "br",
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "hr",
        "dd",
        "dt",
    ]
)
_KEEP_CONTROLS = "\n\t"
# Pinyin for gender words, only when written beside Chinese or after a field label: "限nan",
# "性别:nv", "女/nü". English "nan" (a name, "NaN") stands between Latin words and is left.
_PINYIN = re.compile(
    r"(?<![a-z])(nanxing|nvxing|nüxing|nanshi|nvshi|nüshi|nansheng|nvsheng|nüsheng|"
    r"(?:nan|nv|nü) (?:xing|sheng|shi)|nan|nv|nü|"
    r"xian ?(?:nan|nv|nü) ?(?:xing|sheng|shi)?|you ?xian|"
    r"yi ?hun|wei ?hun|yi ?yu|wei ?yu|jie ?hun|huai ?yun|"
    r"ren ?shen|yan ?yun|yunfu|female|male|zhi ?(?:yao|zhao|xian)|jin ?xian|hai ?zi|bao ?ma|"
    r"(?<=[已未])(?:hun|yu)|hun(?=[育姻])|xian(?=[男女])|mei(?=子)|bao(?=妈)|(?<=[验怀查测未无])yun|"
    r"(?:(?<=[限招要])|(?<=[限招要] ))n a n)"
    r"(?![a-z])"
)
_PINYIN_HAN = {
    "nan": "男", "nv": "女", "nü": "女", "nanxing": "男性", "nvxing": "女性", "nüxing": "女性",
    "nanshi": "男士", "nvshi": "女士", "nüshi": "女士", "nansheng": "男生", "nvsheng": "女生",
    "nüsheng": "女生", "hun": "婚", "yu": "育", "xian": "限", "mei": "妹", "female": "女",
    "yihun": "已婚", "weihun": "未婚", "yiyu": "已育", "weiyu": "未育", "jiehun": "结婚",
    "huaiyun": "怀孕", "yanyun": "验孕", "renshen": "妊娠", "yunfu": "孕妇", "male": "男",
    "xiannan": "限男", "xiannv": "限女", "xiannü": "限女", "xiannanxing": "限男性",
    "xiannvxing": "限女性", "xiannüxing": "限女性", "xiannansheng": "限男生",
    "xiannvsheng": "限女生", "xiannüsheng": "限女生", "xiannanshi": "限男士", "xiannvshi": "限女士",
    "xiannüshi": "限女士", "youxian": "优先", "zhiyao": "只要", "zhizhao": "只招", "baoma": "宝妈",
    "zhixian": "只限", "jinxian": "仅限", "haizi": "孩子", "bao": "宝", "yun": "孕",
}  # fmt: skip
# 只要 / 只招 / 仅限 in pinyin count only right before a pinyin gender word (zhi yao nv hai zi);
# hai zi only inside such a run.
_PINYIN_RESTRICT = {"zhiyao", "zhizhao", "zhixian", "jinxian"}
_GENDER_NEXT = re.compile(r"[ ,]*(?:nan|nv|nü|bao ?ma)(?![a-z])")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_PINYIN_GENDER = {"nan", "nv", "nü", "nanxing", "nvxing", "nüxing", "nanshi", "nvshi", "nüshi",
                  "nansheng", "nvsheng", "nüsheng"}  # fmt: skip
# 限 + a two-syllable gender word is never a name or an address (unlike "Xian Nan Road").
_PINYIN_LIMITED = {"xiannanxing", "xiannvxing", "xiannüxing", "xiannansheng", "xiannvsheng",
                   "xiannüsheng", "xiannanshi", "xiannvshi", "xiannüshi"}  # fmt: skip
_PINYIN_STATUS = {"yihun", "weihun", "yiyu", "weiyu"}
_STATUS_RUN = re.compile(r"(?: ?(?:yi|wei) ?(?:hun|yu))* ?[\u4e00-\u9fff]")  # yi hun yi yu 优先
_COMMA_HAN = re.compile(r" ?, ?[\u4e00-\u9fff]")  # xian nan, 要… (not "Xian Nan Road")
_YOUXIAN_NEXT = re.compile(r"[ ,]*you ?xian(?![a-z])")
_JOINED = re.compile(r"(?<=宝)女马")
_HOMOPHONE = re.compile(r"(?<=(?<![子儿男女])[男女])姓(?![名氏])")
_LEET = re.compile(r"(?<=[a-z][a-z])[0134](?=[a-z][a-z])|(?<=[a-z])[0134](?=[a-z]{3})")
_LEET_LETTER = {"0": "o", "1": "i", "3": "e", "4": "a"}
# Three or more single Chinese characters, each one apart by one space or separator mark.
# A two-character gender word split by a mark (限男-性, 女.生) is closed up as well.
_SPACED = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ ·・.*_\-~][\u4e00-\u9fff](?![\u4e00-\u9fff])){2,}|"
    r"[男女][·・.*_\-~](?=[性士生])|"
    # 要 求 : 女 性 , -- letter-spaced Chinese with its field marks spaced out as well.
    r"(?<!\S)[\u4e00-\u9fff](?: [\u4e00-\u9fff:,;](?!\S)){3,}"
)
# Four or more single Latin letters one space or hyphen apart (m a r r i e d, s-i-n-g-l-e)
# spell one word.
_SPACED_LATIN = re.compile(
    r"(?<![a-z][ -])(?<![a-z])[a-z](?: [a-z]){3,}(?![a-z])|(?<![a-z])[a-z](?:-[a-z]){3,}(?![a-z])"
)
# An emoji between two Chinese characters (男🔥生🔥优🔥先, 宝💕妈) is a separator, never a word.
_EMOJI_BETWEEN = re.compile(
    r"(?<=[\u4e00-\u9fff])[\u2600-\u27bf\U0001f300-\U0001faff](?=[\u4e00-\u9fff])"
)
# Gender symbols stand for the gender word (要求：♀).
_SYMBOLS = str.maketrans({"♀": "女", "♂": "男"})


@dataclass(frozen=True)
class Normalised:
    """`text` is the normalised string; `starts[i]:ends[i]` is the original span of text[i]."""

    text: str
    starts: list[int]
    ends: list[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span covering normalised characters start..end-1 (end > start)."""
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    import opencc  # created on first use: OpenCC reads its dictionaries when built

    return opencc.OpenCC("t2s").convert


class _Builder:
    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, text: str, start: int, end: int) -> None:
        for ch in text:
            self.chars.append(ch)
            self.starts.append(start)
            self.ends.append(end)


def _char_units(text: str, builder: _Builder, offset: int) -> None:
    """NFKC, lower case and control handling over text, a piece of the original at offset."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        # A base character with its combining marks is normalised as one cluster (e + ́ = é).
        while j < n and unicodedata.category(text[j]).startswith("M"):
            j += 1
        cluster = text[i:j]
        cat = unicodedata.category(cluster[0])
        if cat == "Cf":
            pass
        elif cat in ("Cc", "Cs", "Co", "Cn") or cluster[0] in "\u2028\u2029":
            builder.add(cluster[0] if cluster[0] in _KEEP_CONTROLS else " ", offset + i, offset + j)
        else:
            folded = unicodedata.normalize("NFKC", cluster).lower()
            builder.add(
                "".join(c for c in folded if unicodedata.category(c) != "Cf"),
                offset + i,
                offset + j,
            )
        i = j


def _strip_markup(original: str, builder: _Builder) -> None:
    pos = 0
    markup = sorted([*TAG.finditer(original), *_ENTITY.finditer(original)], key=lambda m: m.start())
    for m in markup:
        if m.start() < pos:
            continue
        _char_units(original[pos : m.start()], builder, pos)
        if m.group(0).startswith("&"):
            decoded = html.unescape(m.group(0))
            folded = unicodedata.normalize("NFKC", decoded).lower()
            builder.add(
                "".join(c for c in folded if c.isprintable() or c in _KEEP_CONTROLS),
                m.start(),
                m.end(),
            )
        elif m.group(2) and m.group(2).lower() in BLOCK_TAGS:
            builder.add("\n", m.start(), m.end())
        pos = m.end()
    _char_units(original[pos:], builder, pos)


def _simplified(text: str) -> str:
    if not _HAN.search(text):
        return text
    convert = _t2s()
    out = convert(text)
    if len(out) == len(text):
        return out
    # A phrase conversion changed the length: fall back to one character at a time, so
    # every normalised character still maps to its own original span.
    return "".join(c if len(s := convert(c)) != 1 else s for c in text)


def _pinyin(norm: str, starts: list[int], ends: list[int]) -> Normalised:
    if not _PINYIN.search(norm):
        return Normalised(norm, starts, ends)
    builder = _Builder()
    pos = 0
    last = -1  # end of the last pinyin word taken: yi hun yi yu is read as a run
    for m in _PINYIN.finditer(norm):
        key = m.group(1).replace(" ", "")
        before = norm[max(0, m.start() - 3) : m.start()].rstrip(" ")
        after = norm[m.end() : m.end() + 1]
        # English gender words only as a Chinese field value (性别：Ｍａｌｅ; not "male or female")
        chinese_field = len(before) >= 2 and before[-1] == ":" and _HAN.match(before[-2])
        either = re.match(r" (?:or|and) (?:fe)?male", norm[m.end() : m.end() + 12])
        if key in ("male", "female") and (not chinese_field or either):
            continue
        beside_han = bool(before and (_HAN.match(before[-1]) or before[-1] in ":(/、,"))
        run = last >= 0 and not norm[last : m.start()].strip()
        hires = key == "baoma" and bool(before) and before[-1] in "招限要聘找"
        if key in ("youxian", "haizi", "baoma") and not (run or hires):
            continue  # 优先 only right after a pinyin gender word (nv xing you xian)
        if key in _PINYIN_RESTRICT and not _GENDER_NEXT.match(norm, m.end()):
            continue
        # A pinyin gender word leading "you xian" needs no Chinese beside it (nv xing you xian).
        leads = (
            key in _PINYIN_GENDER | _PINYIN_STATUS
            and _YOUXIAN_NEXT.match(norm, m.end()) is not None
        ) or (key in _PINYIN_LIMITED | _PINYIN_RESTRICT)
        run_on = _STATUS_RUN if key in _PINYIN_STATUS else _COMMA_HAN if key[:4] == "xian" else None
        leads = leads or bool(run_on and run_on.match(norm, m.end()))
        if not (beside_han or run or leads or _HAN.match(after or " ")):
            continue
        last = m.end()
        for k in range(pos, m.start()):
            builder.add(norm[k], starts[k], ends[k])
        builder.add(_PINYIN_HAN[key], starts[m.start()], ends[m.end() - 1])
        pos = m.end()
    for k in range(pos, len(norm)):
        builder.add(norm[k], starts[k], ends[k])
    return Normalised("".join(builder.chars), builder.starts, builder.ends)


def _unspaced(norm: Normalised) -> Normalised:
    """Letter-spaced Chinese (女 性 优 先, 限-男-性, 男🔥生) closed up; ordinary spacing is left."""
    if not (
        _SPACED.search(norm.text)
        or _EMOJI_BETWEEN.search(norm.text)
        or _SPACED_LATIN.search(norm.text)
    ):
        return norm
    drop: set[int] = {m.start() for m in _EMOJI_BETWEEN.finditer(norm.text)}
    for m in _SPACED_LATIN.finditer(norm.text):
        drop.update(range(m.start() + 1, m.end(), 2))
    for m in _SPACED.finditer(norm.text):
        drop.update(range(m.start() + 1, m.end(), 2))
    keep = [i for i in range(len(norm.text)) if i not in drop]
    return Normalised(
        "".join(norm.text[i] for i in keep),
        [norm.starts[i] for i in keep],
        [norm.ends[i] for i in keep],
    )


def _joined(norm: Normalised) -> Normalised:
    """Characters written as their components (宝女马) closed up into one (宝妈)."""
    if "女马" not in norm.text:
        return norm
    text, starts, ends = norm.text, list(norm.starts), list(norm.ends)
    for m in reversed(list(_JOINED.finditer(text))):
        i = m.start()
        text = text[:i] + "妈" + text[i + 2 :]
        starts[i : i + 2] = [starts[i]]
        ends[i : i + 2] = [ends[i + 1]]
    return Normalised(text, starts, ends)


def normalise(original: str) -> Normalised:
    """Normalise `original` (any string) and keep the map back to its characters."""
    builder = _Builder()
    _strip_markup(original, builder)
    text = _simplified("".join(builder.chars)).translate(_SYMBOLS)
    # 男姓 / 女姓: the homophone 姓 for 性 after a gender (not 子女姓名, 男女姓氏).
    text = _HOMOPHONE.sub("性", text)
    # s1ngle / pr3ferred: a digit inside a Latin word stands for the letter it looks like.
    text = _LEET.sub(lambda m: _LEET_LETTER[m.group()], text)
    done = _joined(_unspaced(_pinyin(text, builder.starts, builder.ends)))
    return Normalised(*unmask(done.text, done.starts, done.ends))
