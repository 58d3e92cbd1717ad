"""Round 8 of the exemption: more ordinary wordings of forbidden work, and desk-job decoys.

Data flow: `exemption.Basis` asks, per sentence, `more_work(text, lo, hi)` (forbidden work in
wordings the round-7 patterns did not know: 体力强度四级, 四级体力劳动强度, 几十公斤, 扛冰箱,
"single-person lifting of fridges") and, per men-only hit, `desk_region(text, lo, hi, pos)`:
when the job restricted at pos is an office, sales, service or driving job (人力资源专员（男性
优先）, 现招食堂采购员，男士, "Executive Driver - male only"), only that job's own words count
as its duties -- the region from the job's name to the sentence end, and the sentences after --
so a company blurb before it (煤矿井下作业人员多，/ 水泥厂主要生产袋装水泥（每袋50公斤），/ "Our
coal group runs four underground mines.") no longer excuses the restriction. Pure functions,
bounded windows, linear time.
"""

from __future__ import annotations

import re

_FOUR = r"(?:四|iv|4)"
_GOODS = r"(?:fridges?|refrigerators?|washing machines?|pianos?|safes?|wardrobes?|sofas?|furniture)"
_ALONE = (
    r"(?:single-person|single-handed\w*|one-man|alone|on (?:your|his|their) own|"
    r"by (?:your|him|them)sel(?:f|ves))"
)
_MORE_WORK = re.compile(
    rf"体力(?:劳动)?强度[^,;。]{{0,6}}{_FOUR}级|{_FOUR}级的?体力(?:劳动)?强度|"
    r"几十(?:公斤|千克|kg)|上百斤|"
    r"(?:扛|背|抬)着?[^,;。]{0,4}?(?:冰箱|洗衣机|钢琴|保险柜|大衣柜|衣柜|沙发|家具)|"
    rf"{_ALONE}[^.;]{{0,25}}\b(?:lift|carr|mov|hoist)\w*[^.;]{{0,25}}{_GOODS}|"
    rf"\b(?:lift|carr|hoist)\w*[^.;]{{0,12}}{_GOODS}[^.;]{{0,20}}{_ALONE}"
)


def more_work(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] name forbidden work in a wording `exemption._NAMED_WORK` lacks?"""
    return _MORE_WORK.search(text, lo, hi) is not None


# Jobs whose own duties are desk, sales, service or driving work.
_DESK = (
    r"人力资源|人事|行政|财务|会计|出纳|文员|客服|前台|销售|业务员|业务代表|采购员?|专员|秘书|助理|"
    r"统计员?|收银员?|小车司机|商务司机|行政司机|司机|驾驶员|厨师|帮厨|厨工|食堂|保洁|保安|仓管|库管|"
    r"设计师|策划|运营|文案|主播|讲师|教师|"
    r"\b(?:drivers?|chauffeurs?|clerks?|accountants?|receptionists?|secretar(?:y|ies)|"
    r"assistants?|officers?|executives?|coordinators?|sales\w*|admin\w*|cashiers?|cooks?|hr|"
    r"recruiters?|analysts?|specialists?|representatives?|telesales|dispatchers?|planners?|"
    r"schedulers?|desk job|office job|office-based)\b"
)
# The desk job named right before the restriction:
# 专员（男性优先）, 司机，只要男的, "Driver - male".
_DESK_BEFORE = re.compile(rf"(?:{_DESK})[\s()\-–—:,]{{0,5}}(?:[限只仅要]{{1,2}})?$")
# The desk job right after the gender: "Male executive driver", 男性司机.
_DESK_AFTER = re.compile(
    rf"(?:males?|men|man|gentlem[ae]n|guys?)[\s-]{{1,2}}(?:[a-z]+[\s-]){{0,2}}?(?:{_DESK})|"
    rf"男(?:性|士|生|的)?(?:{_DESK})"
)
# The hit spans the desk job and its gender: 招聘:人力资源专员(男性.
_DESK_THEN_MEN = re.compile(
    rf"(?:{_DESK})[\s(\-–—:,]{{0,4}}(?:[限只仅要]{{1,2}})?(?:男|males?\b|men\b|gentlem[ae]n)"
)
# Where the job's own name begins: after 招聘 / 现招 / a colon, comma or the sentence start.
_NAME_START = re.compile(r".*(?:招聘|现招|诚聘|急聘|招|vacanc\w*|hiring|:|,|;|\(|\))", re.DOTALL)


def desk_region(text: str, lo: int, hi: int, pos: int) -> int | None:
    """Start of the desk job's own words, if the restriction at pos is on a desk job."""
    before = _DESK_BEFORE.search(text, max(lo, pos - 24), pos)
    name = before.start() if before else -1
    if name < 0:
        inside = _DESK_THEN_MEN.search(text, pos, min(hi, pos + 40))
        if inside is not None:
            name = inside.start()
        elif _DESK_AFTER.match(text, pos, min(hi, pos + 40)) is not None:
            name = pos
        else:
            return None
    start = max(lo, name - 60)
    head = _NAME_START.match(text, start, name)
    return head.end() if head else start
