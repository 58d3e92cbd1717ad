"""Chinese rule families on requirement items and listings (round 3 of issue 9).

Data flow: normalised text and its sentence/clause spans in, `Hit`s out (anchored on the gender
or status word, so `screen.py` insists that the word starts a word). Families:
- a gender as a whole item of a requirement list: a clause that is only a gender token or a
  gendered job noun after an optional bullet or 【title】 (5. 男，会开车 / 【司机】男，持C1驾照 /
  2. 女职员，做事细心), a gender token standing between spaces after a job title in a listing
  (物业维修工 男性 有电工证 / 珠宝专柜 女 25岁以下), 招男 at the end of an item (帮厨 招男,
  招男不招女), and a gender noun as the first word of a 招聘对象 field (招聘对象：男性青壮年);
- pregnancy tests under other names (查孕, 确认未妊娠, 未怀孕的医学证明, 查有没有怀孕, 非孕期
  证明) and a positive result as grounds to refuse (moved here from rules_general);
- a status group given a requirement of its own (已婚者入职需提供……), and a worker taken only
  as half of a couple (夫妻工可以，单身的不要).
A sentence naming both genders (男女, 先生/女士, 男…女…) is a listing of both and never counts; a
contact line (联系人 王女士) and a gender token glued to a preceding character never count.
Every pattern is anchored at a clause start or has bounded gaps, so matching stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening import rules_general as gen
from domain.screening import rules_zh as zh
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Hit, anchor_of

_TOKEN = r"(?:(?P<m>男性|男士|男生|男工|男)|(?P<f>女性|女士|女生|女工|女))"
_JOB_NOUN = (
    r"(?:(?P<m2>男职员|男服务员|男营业员|男店员|男保安|男司机|男主播)|"
    r"(?P<f2>女职员|女侍应|女服务员|女营业员|女店员|女文员|女秘书|女主播|柜姐|正妹))"
)
_TITLE = r"(?:【[^】\n]{1,12}】\s*|\[[^\]\n]{1,12}\]\s*)?"
# A clause that is only a gender (with a count or 优先 at most).
_ITEM = re.compile(
    rf"{gen._BULLET}{_TITLE}(?:性别\s*:?\s*)?(?:年轻|青年|中年|青壮年)?(?:{_TOKEN}|{_JOB_NOUN})"
    r"(?:优先|若干名?|\d{1,3}\s*(?:名|人|位))?\s*(?:\([^)]{0,12}\))?\s*"
)
# 物业维修工 男性 有电工证 -- a gender token between spaces after a job title.
_SEP = r"(?:\s+|\s*[—–|/]+\s*)"
_SPACED = re.compile(
    rf"(?:(?<=[\u4e00-\u9fff]{{2}})|(?<=[)】])|(?<=\d名)|(?<=\d人)|(?<=\d)(?=\t)){_SEP}{_TOKEN}"
    rf"(?={_SEP}\S|\s*$)"
)
_HIRE_BARE = re.compile(rf"(?<![不无没非])(?:招|聘|限|只要|只招){_TOKEN}(?=\s|$|不招|不要)")
# 招男不招女 -- one gender hired, the other refused, in one breath.
_ONE_NOT_OTHER = re.compile(
    r"(?:招|要|收|聘)(?:(?P<m>男)|(?P<f>女))(?:的|性|生|士)?[,\s]?不(?:招|要|收|聘)(?:女|男)"
)
_OBJECT = re.compile(
    rf"(?<!服务)(?<!客户)(?:招聘对象|招收对象|录用对象|适合人群|人选)\s*(?::|为|是)\s*"
    rf"(?:[^,;。\s]{{0,4}}?)(?<![男女])(?:{gen._NOUN})"
)
# 女/25岁以下/形象好 -- a gender leading a clause of fields split by slashes or dashes.
_LEAD_FIELD = re.compile(rf"{gen._BULLET}{_TOKEN}\s*[/|\-—–:]\s*(?![男女\s]|不限|均可)")
# 孩子满三岁以上的宝妈 -- a requirement item that is a described gender noun.
_DESCRIBED_ITEM = re.compile(
    rf"{gen._BULLET}(?P<d>[^,;。:\s]{{2,14}})的(?<![男女])(?:{gen._NOUN})(?:优先|为主|即可)?\s*"
)
_NOT_DESCRIBED = re.compile(
    r"客户|顾客|会员|用户|学员|患者|服务|照顾|是|为|给|帮|和|与|及|直播间|各位|亲爱"
)
# 征求女性行政助理 -- 征求 wants a person when a gender noun follows at once.
_SEEK = re.compile(rf"(?:征求|诚征|急征)(?:{gen._NOUN}){gen._AUDIENCE_AFTER}")
_BOTH = re.compile(r"男女|女男|先生|男[^,;。\n]{0,20}女|女[^,;。\n]{0,20}男")
# 夫妻工……女工单独不要 -- a worker taken only as half of a couple (married).
_COUPLE_ONLY = re.compile(
    r"(?:夫妻|两口子)[^。!?\n]{0,20}?(?P<w>单独|单身|一个人)(?:来|应聘|报名)?的?"
    r"(?:不要|不收|不招|不考虑|不行)"
)
_STATUS_NEEDS = re.compile(
    rf"(?P<w>{gen._STATUS_W})(?:者|的|人员|员工|应聘者){gen._B}{{0,4}}?(?:需|须|必须|要(?!求)|应(?!聘))"
)


# Pregnancy tests under other names, and a positive result as grounds to refuse.
_PT = re.compile(
    r"(?:查|测|验)(?:孕|妊娠|怀孕|早孕)|h\s?c\s?g\s?检|"
    r"(?:查|测|验|检查|检测|筛查)(?:一下)?(?:是否|有没有|有无|有否|是不是)(?:妊娠|怀孕|早孕)|"
    r"(?:检查|检测|筛查)(?:妊娠|怀孕|早孕)|"
    rf"(?:未|没有|无|非|是否|有否|有无|有没有)(?:怀孕|妊娠|孕期?)(?:的|之)?{gen._B}{{0,6}}?(?:证明|报告|结果|检查)|"
    rf"确认(?:未|没有|无|非|不在)(?:怀孕|妊娠|孕期)|(?:妇科)?b超{gen._B}{{0,8}}?(?:未|没有|排除)(?:怀孕|妊娠|早孕|孕)"
)
_POSITIVE_REFUSED = re.compile(
    rf"(?:阳性|孕期人员|怀孕的?|怀了的?){gen._B}{{0,4}}?"
    r"(?:不予?录用|不录取|不予?聘用|暂缓(?:聘用|录用)|取消|不合格|淘汰|劝退|不要)"
)


def _pregnancy(norm: str, lo: int, hi: int, s_lo: int, s_hi: int) -> Iterator[Hit]:
    if zh._PT_DUTY.search(norm, lo, hi):
        return
    for m in _PT.finditer(norm, lo, hi):
        if zh._negated(norm, m.start(), m.end(), lo, hi):
            continue
        yield Hit(PREGNANCY_TEST, m.start(), m.end())
    # A positive result as grounds to refuse, after a test under any name in the sentence.
    refused = _POSITIVE_REFUSED.search(norm, lo, hi)
    if refused and (zh._PT_TERM.search(norm, s_lo, s_hi) or _PT.search(norm, s_lo, s_hi)):
        yield Hit(MARRIAGE_CHILDBEARING, refused.start(), refused.end())


def _gender(m: re.Match[str]) -> Hit:
    groups = m.groupdict()
    return Hit(GENDER, m.start(), m.end(), bool(groups.get("m") or groups.get("m2")), anchor_of(m))


def _clause_gender(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    item = _ITEM.fullmatch(norm, lo, hi)
    if item:
        yield _gender(item)
    lead = _LEAD_FIELD.match(norm, lo, hi)
    if lead:
        yield _gender(lead)
    described = _DESCRIBED_ITEM.fullmatch(norm, lo, hi)
    if described and not _NOT_DESCRIBED.search(described.group("d")):
        yield from gen._gender_hit(described, excluding=False)
    for pattern in (_SPACED, _HIRE_BARE):
        for m in pattern.finditer(norm, lo, hi):
            yield _gender(m)
    for pattern in (_OBJECT, _SEEK):  # 招聘对象：全职宝妈 is also a childbearing condition
        for m in pattern.finditer(norm, lo, hi):
            yield from gen._gender_hit(m, excluding=False)


# 女28岁以下，男不限 / 女性年龄不超过28岁，男性不超过40岁 -- an age or height bar set for women,
# with a laxer or no bar for men in the same sentence: a higher bar for women is GENDER.
_MEASURE = r"(?:\d{2,3}\s*(?:周岁|岁|cm|厘米)|\d\.\d)"
_WOMEN_BAR = re.compile(
    r"(?<![男妇子儿])(?P<f>女性|女士|女生|女)(?:年龄|身高|视力|裸视|体重)?:?\s*"
    r"(?:不超过|不大于|小于|低于|须|需|要)?\s*"
    rf"{_MEASURE}"
)
_MEN_LAX = re.compile(
    r"(?<![女妇子])(?:男性|男士|男生|男)(?:年龄|身高)?:?\s*"
    rf"(?:不限|无要求|不作要求|不做要求|无限制|(?:不超过|不大于|小于|低于)?\s*{_MEASURE})"
)


def _uneven_bar(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    m = _WOMEN_BAR.search(norm, lo, hi)
    if m and _MEN_LAX.search(norm, lo, hi):
        yield Hit(GENDER, m.start(), m.end(), anchor=m.start("f"))


def find(
    norm: str, sentences: list[tuple[int, int]], clauses: list[list[tuple[int, int]]]
) -> Iterator[Hit]:
    for (s_lo, s_hi), parts in zip(sentences, clauses, strict=True):
        for m in _ONE_NOT_OTHER.finditer(norm, s_lo, s_hi):
            yield _gender(m)
        yield from _uneven_bar(norm, s_lo, s_hi)
        sent = norm[s_lo:s_hi]
        gender_ok = (
            not (_BOTH.search(sent) or gen._CONTACT.search(sent) or gen._OPEN.search(sent))
            and not gen._sentence_open(norm, s_lo, s_hi)[0]
        )
        lawful = gen._LAWFUL.search(sent) or gen._NOT_CONDITION.search(sent)
        for lo, hi in parts:
            yield from _pregnancy(norm, lo, hi, s_lo, s_hi)
            if gender_ok:
                yield from _clause_gender(norm, lo, hi)
            if lawful:
                continue
            for m in _STATUS_NEEDS.finditer(norm, lo, hi):
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=m.start("w"))
        for m in _COUPLE_ONLY.finditer(norm, s_lo, s_hi):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=m.start("w"))
