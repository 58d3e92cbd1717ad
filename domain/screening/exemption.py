"""The 女职工禁忌劳动范围 exemption, looked for in the restricted job's own duties only.

Data flow: the prepared texts of a post and a gender hit that favours men -> the hit's job
section (the part of its text between job headers such as 岗位二: / Position 2:, plus the
post's title) minus company-description sentences (是一家, 成立于, 集团, about us) -> does a
sentence there name work forbidden to women (Appendix of 女职工劳动保护特别规定: underground
mining, level IV physical labour or work at height, loads over 20 kg, written either as 负重 or
as an ordinary weight "单袋水泥重50公斤")? `screen.py` then records an Exemption, which always
sends the post to `needs_review`: only a person can confirm the claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from domain.screening.exempt8 import desk_region, more_work
from domain.screening.text import Prepared, sentences

_FOUR = r"(?:四|iv|4)"
_NAMED_WORK = re.compile(
    rf"矿山井下|井下|矿井下|下矿井|下井|{_FOUR}级重?(?:体力劳动|高处作业)|体力劳动强度[^,;。]{{0,6}}{_FOUR}级|"
    rf"劳动强度[^,;。]{{0,8}}{_FOUR}级|"
    rf"高处作业[^,;。]{{0,8}}{_FOUR}级|{_FOUR}级[^,;。]{{0,4}}高处作业|女职工禁忌|禁忌(?:从事的)?劳动|"
    r"矿坑|坑内|坑下|矿下|地下(?:煤|铁|金|铜|锡|铅锌|有色金属)?矿|矿井(?:内|里|作业)|(?:地下|井下)(?:开采|采掘|采矿|作业)|(?:女性|女职工|妇女)(?:依法)?不得从事|"
    r"女职工劳动保护特别规定|"
    r"underground (?:mining|mines?|work|coal|shafts?)|(?:mine|mining|coal)[^.;]{0,20}underground|"
    # Round 7: tunnelling and excavation underground, felling, grade 4 work in words.
    r"(?:tunnel|excavat|labou?rer|miner|digging)\w*[^.;]{0,30}underground|地底|隧道掘进|掘进工|"
    r"underground (?:[a-z-]+ ){0,2}(?:fitters?|workers?|labou?rers?|crews?|staff)|below surface|"
    r"(?:level|class|grade) (?:iv|4)\b[^.;]{0,20}(?:physical|labou?r|work|intensity)|\bfelling\b|"
    r"\blogging\b|log skidding|"
    # Round 7b: heavy goods carried alone, named not weighed (单人背冰箱, 独自搬运洗衣机).
    r"(?:单人|独自|一个人|一人)(?:背|扛|搬|抬)(?:运)?[^,;。]{0,4}?(?:冰箱|洗衣机|钢琴|空调|保险柜|家具)|"
    r"underground\b[^.;]{0,30}\b(?:mines?|mining|coal|shafts?|pits?)\b|"
    r"work(?:ing)? underground|below ground|(?:level|class|grade) iv\b|"
    r"labou?r protection of female (?:employees|workers)|"
    r"(?:prohibit|forbid)\w{0,5} (?:for |to )?(?:women|female)|"
    # Work at height of class III or IV and logging, with the legal list named (round 5):
    # the Appendix forbids height work to women in menstruation only, so a person decides.
    rf"(?:三|iii|3)级高处作业|高处作业[^,;。]{{0,8}}(?:三|iii|3)级|"
    r"(?:level|class|grade) (?:iii|3|4)\b[^.;]{0,12}(?:height|heights)|伐木|归楞"
)
# A weight the worker handles, in any wording: 负重30公斤, 单袋水泥重50公斤, 每箱约25kg, 100斤.
_WEIGHT = re.compile(
    r"(\d{2,4}(?:\.\d+)?)\s*[多来余+]?\s*(公斤|千克|kg|kilograms?|斤|磅|lbs?|pounds)(?![a-z])"
)
_HANDLING = re.compile(
    r"负重|搬|扛|抬|抱|提|举|装卸|背|孭|挑|担|拉|推|运|重|袋|箱|包|件|货|人工|挂|lift|carry|carrying|load|bags?|sacks?|"
    r"boxes|handle|move|drums?|by hand|tipp?ed|manual|carries|cylinders?|kegs?|each|repeatedly|"
    r"送|上楼|瓶|unaided|single-handed\w*|alone|stacks?"
)
# 超过20公斤 / more than 20 kg: more than the number written.
_OVER_BEFORE = re.compile(
    r"(?:超过|超出|大于|多于|over|more than|above|exceed\w*)\s*(?:about\s*)?$"
)
_NOT_HANDLING = re.compile(
    r"体重|限重|载重|承重|起重|净重|重量不超过|weigh(?:t|s)? (?:under|below)"
)
_BLURB = re.compile(
    r"是一家|成立于|公司简介|公司介绍|企业简介|关于我们|集团|旗下|总部|主营|注册资金|占地|年产|"
    r"本(?:矿|厂|公司|企业|集团|单位)(?:为|是|系|属于|从事|经营|主要)|我(?:公司|司|矿|厂|单位)|企业(?!微信)|为主(?![管任])|"
    r"about us|founded|is a leading|our company|headquarter|manufactur|"
    r"equipment (?:maker|supplier|vendor)|"
    r"\bwe (?:make|produce|supply|sell|build|design|operate|run|own)\b|\bwe are (?:a|an)\b|"
    r"\bour (?:[a-z-]+ ){0,2}(?:plants?|factory|factories|mills?|mines?|quarr\w+) "
    r"(?:ships|produces|makes|supplies|sells|operates|runs|employs)\b|"
    r"我们是|我们(?:这)?(?:是)?(?:搞|做|开)|(?:公司|集团)拥有|"
    r"\b(?:the|our) (?:[a-z-]+ ){0,2}(?:group|company|firm|employer) (?:operates|runs|owns|has)\b"
)
# A line that names the job: what comes before the first one is the company's description.
_JOB_HEADER = re.compile(
    r"(?:^|\n)\s*(?:岗位|职位|招聘岗位|岗位名称|职位名称|需求岗位|招聘|诚聘|急聘|现招|招工|征求|"
    r"诚征|招|聘)\s*[一二三四五六七八九十\d]*\s*[:(]|"
    r"(?:^|\n)\s*(?:position|job title|role|we are hiring|openings|vacancy)\s*\d*\s*:"
)


_ZH_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"两": 2}
# A weight in Chinese numerals: 五十多公斤, 一百斤, 三十五千克.
# 三十来公斤 / 六七十磅 (a range: the upper figure is read) / 四十多斤.
_ZH_WEIGHT = re.compile(r"([一二两三四五六七八九十百]{1,5})[多来余]?\s*(公斤|千克|斤|磅)")


def _zh_number(text: str) -> float:
    """五十 -> 50, 一百二十 -> 120, 三十五 -> 35 (small numbers only)."""
    total, digit = 0, 0
    for ch in text:
        if ch == "百":
            total, digit = total + (digit or 1) * 100, 0
        elif ch == "十":
            total, digit = total + (digit or 1) * 10, 0
        else:
            digit = _ZH_DIGITS[ch]
    return float(total + digit)


_AT_ONCE = re.compile(r"一次(?:扛|搬|背|提|抬|拿|运)([两二三四2-4])")
_AT_ONCE_N = {"两": 2, "二": 2, "三": 3, "四": 4, "2": 2, "3": 3, "4": 4}


def _heavy(text: str, lo: int, hi: int) -> bool:
    for m in (*_WEIGHT.finditer(text, lo, hi), *_ZH_WEIGHT.finditer(text, lo, hi)):
        raw = m.group(1)
        value = float(raw) if raw[0].isdigit() else _zh_number(raw)
        unit = m.group(2)
        kg = value / 2 if unit == "斤" else value * 0.4536 if unit[0] in "lp磅" else value
        before = text[max(lo, m.start() - 14) : m.start()]
        # 20公斤以上 / 20多公斤 / 20+ kg: more than the number written.
        after = text[m.end() : m.end() + 2]
        over = (
            after.startswith(("以上", "多", "+", "余"))
            or "多" in m.group()
            or bool(_OVER_BEFORE.search(before))
        )
        # 每桶19公斤，一次扛两桶: several units carried at once weigh together.
        at_once = _AT_ONCE.search(text, m.end(), min(hi, m.end() + 12))
        kg *= _AT_ONCE_N.get(at_once.group(1), 1) if at_once else 1
        heavy = kg > 20 or (kg >= 20 and over)
        if not heavy or _NOT_HANDLING.search(before) or _aside(text, lo, m.start(), m.end()):
            continue
        if _OTHERS_LOAD.match(text, m.end(), min(hi, m.end() + 14)):
            continue
        # The handled thing may be named a little before or after the weight, in its
        # sentence: "each sack of quicklime is about 40 kg", "35 kg are tipped in by hand".
        if _HANDLING.search(text, max(lo, m.start() - 30), min(hi, m.end() + 30)):
            return True
    return False


# 接送井下工人 -- the job carries or serves people who work underground; it is not that work.
_SERVES = re.compile(
    r"(?:接送|运送|载|服务|(?<!强度)(?<!等级)(?<!级别)(?<!定)(?<!认)(?<!确)(?<!位)(?<!种)为|给|培训|接待)$"
)


_LEGAL_LIST = re.compile(r"禁忌|规定|不得|prohibit|forbid|protection")


# 某铁矿有限公司（井下开采）/ 某水泥厂（产品每袋50公斤）: a bracket after the employer's name
# describes the employer; 下井津贴 / 井下补贴 in the pay line is a pay item. Neither is the
# restricted job's own work (round 7).
_ORG_BRACKET = re.compile(
    r"(?:公司|厂|矿|集团|矿业|企业|group|company|ltd\.?|manufacturer|maker|producer|plant|factory|mill|"
    r"supplier)\s*\([^()]{0,20}$"
)
# 每袋水泥50公斤由装卸队负责 -- the load is someone else's work, not the restricted job's.
_OTHERS_LOAD = re.compile(
    r"[^,;。]{0,4}(?:由|交给|归)[^,;。]{0,6}(?:负责|完成|搬运)|\s*(?:are |is )?handled by"
)
_PAY_ITEM = re.compile(r"[ \t]*(?:津贴|补贴|补助|工资|费|allowance|bonus)")


def _aside(text: str, lo: int, start: int, end: int) -> bool:
    """Is text[start:end] inside a bracket after the employer's name, or a pay item?"""
    return bool(
        _ORG_BRACKET.search(text, max(lo, start - 32), start) or _PAY_ITEM.match(text, end, end + 8)
    )


def _names_work(text: str, lo: int, hi: int) -> bool:
    if _BLURB.search(text, lo, hi):
        return False
    for m in _NAMED_WORK.finditer(text, lo, hi):
        if _aside(text, lo, m.start(), m.end()):
            continue
        # 为女职工禁忌劳动 names the legal list; 为井下工人 serves the people who do the work.
        if _LEGAL_LIST.search(m.group()) or not _SERVES.search(
            text, max(lo, m.start() - 2), m.start()
        ):
            return True
    return more_work(text, lo, hi) or _heavy(text, lo, hi)


class Basis:
    """Where each text of a post names work forbidden to women, computed once per post.

    `has_basis()` then answers in logarithmic time per hit, so a post with thousands of hits
    stays linear.
    """

    def __init__(self, texts: list[Prepared]) -> None:
        self._heads: list[list[int]] = []
        self._starts: list[list[int]] = []
        self._counts: list[list[int]] = []
        self._texts = [prep.text for prep in texts]
        for prep in texts:
            text = prep.text
            self._heads.append([m.start() for m in _JOB_HEADER.finditer(text)])
            sents = sentences(text)
            self._starts.append([lo for lo, _ in sents])
            counts = [0]
            for lo, hi in sents:
                counts.append(counts[-1] + _names_work(text, lo, hi))
            self._counts.append(counts)

    def _section(self, index: int, pos: int) -> tuple[int, int]:
        """The job section around pos; before the first job header lies the company blurb."""
        heads = self._heads[index]
        i = bisect_right(heads, pos) - 1
        lo = heads[i] if i >= 0 else 0
        hi = heads[i + 1] if i + 1 < len(heads) else 1 << 62
        return lo, hi

    def _in_span(self, index: int, lo: int, hi: int) -> bool:
        starts, counts = self._starts[index], self._counts[index]
        first = bisect_left(starts, lo)  # sentences before lo belong to the previous section
        last = bisect_right(starts, hi - 1)
        return counts[last] - counts[first] > 0 if last > first else False

    def has_basis(self, index: int, pos: int) -> bool:
        """Does the job restricted at text `index`, position pos, name work forbidden to women?"""
        lo, hi = self._section(index, pos)
        starts = self._starts[index]
        i = bisect_right(starts, pos) - 1
        if i >= 0:
            # A desk job (专员（男性优先）, "Driver - male only"): only its own words count.
            text = self._texts[index]
            s_hi = starts[i + 1] if i + 1 < len(starts) else len(text)
            region = desk_region(text, starts[i], s_hi, pos)
            if region is not None:
                own = min(s_hi, region + 200)  # the job's own words, bounded: linear time
                return _names_work(text, region, own) or self._in_span(index, s_hi, hi)
        if self._in_span(index, lo, hi):
            return True
        # The title names the job: its restriction is judged on the description, and the
        # description's on the title.
        other = 1 if index == 0 else 0
        return other < len(self._starts) and self._in_span(other, 0, 1 << 62)
