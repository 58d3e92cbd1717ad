"""Code-switched and disguised gender words, closed up before any rule (round 7 of issue 9).

Data flow: the `Normalised` text from `normalise()` (already NFKC, lower case, simplified,
pinyin read) -> one left-to-right pass of bounded patterns that rewrite disguises of a gender
word into the plain Chinese word the rules know, keeping the offset map -> `Normalised`.
Classes (not phrases):
- presentation marks that only decorate a character (variation selectors, emoji skin tones)
  are dropped, so 女️ (女 + VS16) is 女; pictures opening a line are its bullet (👉女 -> •女);
  the sign of a person emoji before a gender noun repeats it (💁‍♀️妹子 -> 💁妹子);
- a gender emoji standing for the word beside Chinese text (👩限定, 👨勿扰, 🙋‍♀️优先) is that word;
- a homophone of 男/女 used as the gender syllable (钕生, 限楠生, 招南士) is 男/女 -- 钕 is
  never a person, the others only after a hiring or restricting character;
- sound-alike spellings (囡生, 菇凉, 帅锅, 宝麻, 已昏已浴) are the word they stand for;
- an English gender word written against Chinese (限female, 一名male driver, 男生preferred,
  prefer男生) is the Chinese word, and "prefer"/"preferred"/"only" written against Chinese is
  优先/限定.
A Latin word written against Chinese keeps its letters otherwise; the English rules read their
words with ASCII word boundaries, so "ladies only哦" is still "ladies only".
Every pattern is bounded; the pass is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class _Text:
    text: str
    starts: list[int]
    ends: list[int]


_HAN = r"\u4e00-\u9fff"
_DECOR = re.compile(r"[\ufe00-\ufe0f\U0001f3fb-\U0001f3ff]")
_F_EMOJI = "\U0001f469\U0001f467\U0001f6ba\U0001f475\U0001f478"  # 👩 👧 🚺 👵 👸
_M_EMOJI = "\U0001f468\U0001f466\U0001f6b9\U0001f474\U0001f934"  # 👨 👦 🚹 👴 🤴
_PICTO = r"\u2600-\u27bf\U0001f300-\U0001faff"
# A lone gender emoji (not part of a row of pictures such as a family) beside Chinese.
_EMOJI = re.compile(
    rf"(?<![{_PICTO}])[{_F_EMOJI}{_M_EMOJI}](?![{_PICTO}])(?=[ ]?[{_HAN}])"
    rf"|(?<=[{_HAN}])[ ]?[{_F_EMOJI}{_M_EMOJI}](?![{_PICTO}])"
)
# 💁‍♀️妹子: the sign of a person emoji repeats the gender noun that follows; it is dropped.
_SIGN_DUP = re.compile(rf"(?<=[{_PICTO}])[女男](?=[ ]?[妹姑姐帅靓美宝阿大小男女汉丫闺少公])")
# 👉女，25岁以下: a picture (or a row of them) opening a line is its bullet.
_LINE_PICTURE = re.compile(rf"(?:^|(?<=\n))[ ]*[{_PICTO}]+", re.MULTILINE)
_HIRE_BEFORE = r"限|只|仅|招|要|需|聘|请|收|找"
_HOMOPHONE = re.compile(
    rf"钕(?=[生性士孩的工])|(?<=[{_HIRE_BEFORE}])(?:楠|南|难|喃|蓝|兰)(?=[生性士孩的])"
    r"|(?:楠|南|蓝)(?=生(?:优先|为主|勿扰|免谈))"
    rf"|(?<=[{_HIRE_BEFORE}])(?:汝|钮)(?=[生性士孩])"
)
# Sound-alike spellings of gender and status words (囡生, 菇凉, 帅锅, 宝麻, 已昏已浴, 未yun is
# read in `normalise`): each is written as the word it stands for.
_SOUNDALIKE = {"囡": "女", "菇凉": "姑娘", "帅锅": "帅哥", "麻": "妈", "昏": "婚", "浴": "育"}
_SOUND = re.compile(r"囡(?=[生性孩的])|菇凉|帅锅|(?<=宝)麻|(?<=[已未])昏|(?<=[已未][婚昏])浴")
_MODAL = r"prefer|preferred|only|first"
_EN_WORDS = {
    "male": "男性", "males": "男性", "female": "女性", "females": "女性", "men": "男士",
    "man": "男士", "gentlemen": "男士", "guys": "男生", "guy": "男生", "boys": "男生",
    "boy": "男生", "women": "女士", "woman": "女士", "ladies": "女士", "lady": "女士",
    "girls": "女生", "girl": "女生", "prefer": "优先", "preferred": "优先", "only": "限定",
    "first": "优先",
    "single": "单身", "unmarried": "未婚", "married": "已婚",
}  # fmt: skip
_GENDER_EN = "|".join(sorted((w for w in _EN_WORDS if w not in _MODAL.split("|")), key=len)[::-1])
# An English gender word with Chinese right against it on one side (one space at most); "prefer"
# and "only" only where no English word stands on their other side ("ladies only哦" stays).
_EN_AGAINST = re.compile(
    rf"(?<=[{_HAN}])[ ]?(?P<a>{_GENDER_EN})(?![a-z'\u2019])"
    rf"|(?<![a-z])(?P<b>{_GENDER_EN})[ ]?(?=[{_HAN}])"
    rf"|(?<=[{_HAN}])[ ]?(?P<c>{_MODAL})(?![a-z])(?!\s[a-z])"
    rf"|(?<![a-z])(?<![a-z]\s)(?P<d>{_MODAL})[ ]?(?=[{_HAN}])"
)


def _rewrite(text: str, starts: list[int], ends: list[int]) -> _Text:
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0

    def keep(upto: int) -> None:
        for k in range(pos, upto):
            out.append(text[k])
            new_starts.append(starts[k])
            new_ends.append(ends[k])

    edits: list[tuple[int, int, str]] = []
    for m in _SIGN_DUP.finditer(text):
        edits.append((m.start(), m.end(), ""))
    for m in _LINE_PICTURE.finditer(text):
        edits.append((m.start(), m.end(), "•"))
    for m in _EMOJI.finditer(text):
        ch = m.group().strip()
        edits.append((m.end() - 1, m.end(), "女" if ch in _F_EMOJI else "男"))
    for m in _HOMOPHONE.finditer(text):
        edits.append((m.start(), m.end(), "女" if m.group() in "钕汝钮" else "男"))
    for m in _SOUND.finditer(text):
        edits.append((m.start(), m.end(), _SOUNDALIKE[m.group()]))
    for m in _EN_AGAINST.finditer(text):
        g = next(k for k in "abcd" if m.group(k) is not None)
        edits.append((m.start(g), m.end(g), _EN_WORDS[m.group(g)]))
    edits.sort()
    for lo, hi, rep in edits:
        if lo < pos:
            continue
        keep(lo)
        for ch in rep:
            out.append(ch)
            new_starts.append(starts[lo])
            new_ends.append(ends[hi - 1])
        pos = hi
    keep(len(text))
    return _Text("".join(out), new_starts, new_ends)


def unmask(text: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    """(text, starts, ends) with disguised gender words written plainly (see module doc)."""
    if _DECOR.search(text):
        keep = [i for i in range(len(text)) if not _DECOR.match(text[i])]
        text = "".join(text[i] for i in keep)
        starts, ends = [starts[i] for i in keep], [ends[i] for i in keep]
    patterns = (_SIGN_DUP, _LINE_PICTURE, _EMOJI, _HOMOPHONE, _SOUND, _EN_AGAINST)
    if not any(p.search(text) for p in patterns):
        return text, starts, ends
    done = _rewrite(text, starts, ends)
    return done.text, done.starts, done.ends
