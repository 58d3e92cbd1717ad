"""Restrictions that invoke the 女职工禁忌劳动范围, however they are worded (round 4 of issue 9).

Data flow: normalised text and its sentence/clause spans in, `Hit`s out. Two families:
- **women turned away from the job** (本岗位不安排女职工 / 不招用女性 / 女职工不予录用 / "this role
  is not open to women" / "female employees cannot be assigned to this role"): a GENDER hit
  that favours men. `screen.py` turns it into a PROHIBITED_WORK_FOR_WOMEN exemption when the
  restricted job's own duties name forbidden work (`exemption.Basis`), otherwise it is a
  GENDER violation like any other restriction -- a restriction never passes silently;
- **women moved off the work for a period** (孕期、哺乳期女职工依法不安排此项作业 / 女职工经期
  不安排冷水作业 / "employees who are pregnant or breastfeeding are reassigned"): the job is
  open to all, but the post invokes the special provisions, so it is a PROHIBITED_WORK_FOR_WOMEN
  hit that `screen.py` always sends to review as an exemption, never a violation.
Both look at one sentence; every pattern has bounded gaps, so matching stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening.model import GENDER, PROHIBITED_WORK_FOR_WOMEN, Hit

_WOMEN = r"(?P<f>女职工|女性职工|女性员工|女员工|女工人|女工|女同志|女性|妇女|女生|女士)"
_NOT_ASSIGN = (
    r"(?:不|不予|不得|不能|不会|无法|禁止)(?:安排|招用|招收|招录|招聘|招|录用|录取|聘用|聘|雇用|僱用|"
    r"接收|使用|考虑|派)"
)
# 本岗位不安排女职工 / 依法不招用女性 -- the refusal before the women word.
_REFUSE_BEFORE = re.compile(
    rf"{_NOT_ASSIGN}(?:任何)?{_WOMEN}(?!客户|顾客|会员|用品|专用|[^,;。(]{{0,8}}(?:禁忌|国家规定))"
)
# 女职工不予录用 / 女性不安排此岗 / 女性不得从事本岗位 -- the women word before the refusal.
_REFUSE_AFTER = re.compile(
    rf"(?<![男妇子儿])(?P<f>女职工|女性职工|女性员工|女员工|女性|女工)(?:应聘者|求职者)?"
    rf"[^,;。!?\n]{{0,4}}?(?:{_NOT_ASSIGN}|不得从事|不宜|不能从事|恕不|谢绝|勿扰)"
)
_EN_REFUSE = re.compile(
    r"\b(?:not open to (?P<f>women|females?|female (?:applicants|candidates|employees|workers))|"
    r"(?P<f2>women|females?|female (?:employees|workers|staff|applicants))\s+"
    r"(?:cannot|can ?not|may not|will not|won't|are not|shall not)\s+(?:be\s+)?"
    r"(?:assigned|hired|employed|recruited|"
    r"considered|accepted)|(?:no|not hire|not employ|not recruit)\s+(?P<f3>women|females?)\b)"
)
# A period of a woman's life during which the law moves her off the work.
_PERIOD = re.compile(
    r"经期|月经期|孕期|怀孕期间|怀孕的?(?:女|员工|职工)|哺乳期|menstruat|pregnan|breastfeed|nursing"
)
_PERIOD_WOMEN = re.compile(
    r"女职工|女性职工|女员工|女性员工|女工|female|wom[ae]n|employees|staff|workers"
)
_PERIOD_MOVE = re.compile(
    r"不安排|不得从事|不从事|不得安排|调岗|调离|调至|调整至|调整到|暂停|"
    r"reassign|not (?:be )?assigned|moved? (?:away|off)|transferr?ed"
)
# Work the Appendix forbids to women during these periods (not night shifts or overtime,
# which are protections of another article and need no review).
_PERIOD_WORK = re.compile(
    r"冷水|低温|冷库|高处|登高|高空|潜水|辐射|放射|电离|农药|有毒|毒物|铅|苯|汞|镉|负重|搬运|扛|振动|"
    r"噪声|高温|野外|此项作业|该岗位作业|本岗位作业|radiat|x-ray|height|diving|pesticide|cold|"
    r"toxic|lead\b|benzene|lifting|loads?\b|vibrat|(?:this|such|the) (?:work|role|job|task)"
)
# The refusal is about something else than hiring women for this job.
_OTHER_MATTER = re.compile(r"歧视|性别为由|因性别|不得以|不以性别|保障|权益|regardless|discriminat")


def _sentence_hits(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    seg = norm[lo:hi]
    if _OTHER_MATTER.search(seg):
        return
    if _PERIOD.search(seg):
        if _PERIOD_WOMEN.search(seg) and _PERIOD_MOVE.search(seg) and _PERIOD_WORK.search(seg):
            m = _PERIOD.search(norm, lo, hi)
            assert m is not None
            yield Hit(PROHIBITED_WORK_FOR_WOMEN, m.start(), m.end())
        return
    for pattern in (_REFUSE_BEFORE, _REFUSE_AFTER):
        for m in pattern.finditer(norm, lo, hi):
            yield Hit(GENDER, m.start(), m.end(), True, m.start("f"))
    for m in _EN_REFUSE.finditer(norm, lo, hi):
        yield Hit(GENDER, m.start(), m.end(), True)


def find(
    norm: str, sents: list[tuple[int, int]], parts: list[list[tuple[int, int]]]
) -> Iterator[Hit]:
    del parts
    for lo, hi in sents:
        yield from _sentence_hits(norm, lo, hi)
