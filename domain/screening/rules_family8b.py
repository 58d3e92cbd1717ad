"""More marriage and childbearing structures (round 8 of issue 9): refusals, sanctions, forms.

Data flow: `rules_family8.find` calls `find(norm, lo, hi)` for each sentence of the normalised
text -> `Hit`s, which `screen._hits` passes through every lawful-context filter. Classes:
- a status, a spouse's situation or a spoken/Cantonese status, then a refusal (新婚的暂不考虑,
  有BB嘅唔好搵我哋, 配偶在外地的不考虑, 备孕期的不建议投递), or a refusal, then the status
  (老板不想要刚结婚的);
- spoken/Cantonese statuses as a preference (未生仔嘅优先考虑, 仲未结婚嘅先好申请);
- a requirement to be without pregnancy or children (应征者须无怀孕) or a ban on having them
  (合同期内不得怀孕);
- childbirth penalised (产假期间不发工资, 产后不保证原岗位, 生了孩子回来就没有位置了);
- an interview or form that asks about marriage or birth plans without addressing "you"
  (面试会问到结婚和生小孩的计划), and tick-box fields (子女：□有 □无).
Every gap is bounded; one left-to-right search per pattern and sentence: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening.model import MARRIAGE_CHILDBEARING, Hit
from domain.screening.rules_family8_words import (
    CHILD,
    PREG,
    REFUSE,
    SPOUSE,
    STATUS,
    STATUS_SPOKEN,
    C,
    S,
)

_WHO = r"(?:" + STATUS + "|" + r"(?:仲|还)?未结婚|没结婚|未生仔|新婚|刚结婚|" + PREG + ")"
_SPOKEN = STATUS_SPOKEN
_PATTERNS = [
    # 新婚的暂不考虑 / 有BB嘅唔好搵我哋 / 有小孩嘅妈妈唔适合
    re.compile(
        r"(?:"
        + _WHO
        + "|"
        + _SPOKEN
        + r")(?![房间楼]|公寓|宿舍)(?:嘅|的|者|人士|人员|妈妈|女士)?"
        + C
        + r"{0,6}?"
        + REFUSE
    ),
    # 配偶在外地的不考虑 / 对象在本地工作的优先
    re.compile(
        r"(?:" + SPOUSE + r"|对象)(?:在|是|的)" + C + r"{0,10}?(?:的|者)?" + C + r"{0,3}?"
        r"(?:" + REFUSE + r"|优先|为佳)"
    ),
    # 老板不想要刚结婚的 / 不招已婚
    re.compile(
        r"(?:不想要|不愿意?要|不要(?!求)|不招|不收|拒收|谢绝|不考虑)"
        + C
        + r"{0,4}?(?:"
        + _WHO
        + "|"
        + _SPOKEN
        + ")"
    ),
    # 未生仔嘅优先考虑 / 仲未结婚嘅先好申请
    re.compile(
        _SPOKEN
        + r"(?:嘅|的|者|人士)?"
        + C
        + r"{0,4}?(?:优先|为佳|先好|先可以|先得|至好|最啱|啱晒|才可以?)"
    ),
    # 应征者须无怀孕 / 合同期内不得怀孕
    re.compile(
        r"(?:须|需|必须|要求|应)(?:无|未|没有|冇)(?:怀孕|身孕|孕|生育|子女|小孩|孩子|婚史|婚姻|结婚)"
    ),
    re.compile(r"(?:不得|不能|不准|不许|禁止|严禁)(?:怀孕|生育|生孩子|要孩子|结婚|生二胎|生二孩)"),
    # 产假期间不发工资 / 产后不保证原岗位 / 生了孩子回来就没有位置了
    re.compile(
        r"(?:产假|产后|生完|生了孩子|休完产假|生育后)" + C + r"{0,10}?"
        r"(?:不发工资|不保证|没有?位置|不保留|不再保留|另行安排|扣|降薪|降级|自动离职|辞退)"
    ),
    # 面试会问到结婚和生小孩的计划
    re.compile(
        r"(?:问到|问及|询问|了解|核实|打听)(?:你|您)?的?(?:婚姻|结婚|婚否|生育|生小孩|生孩子|要孩子|怀孕|"
        + CHILD
        + "|"
        + SPOUSE
        + r")"
        + S
        + r"{0,10}?(?:情况|状况|计划|打算|安排)"
    ),
    # 报名需填写配偶信息 / 请说明子女的年龄 (not 子女姓名, asked for benefits)
    re.compile(
        r"(?:填写|填报|提供|提交|注明|写明|说明)(?:(?:"
        + SPOUSE
        + r")(?:的)?(?:信息|情况|工作|单位|职业|年龄)|"
        r"(?:" + CHILD + r")(?:的)?(?:年龄|数量|个数|情况))"
    ),
    # 子女：□有 □无 / 婚否：□已婚 □未婚
    re.compile(
        r"(?:婚否|婚姻|婚育|子女|孩子|小孩|生育|配偶)(?:状况|情况|数目|数量)?\s*:?\s*(?:[□☐○]|\(\s*\))"
    ),
]
_ASKS_APPLICANT = re.compile(r"面试|报名|入职|应聘|应征|简历|hr|人事|老板|登记表|报名表")
# 不因…拒绝, 可申请, 依法: a protection or a policy beside the match, not a condition.
_NOT = re.compile(r"不因|不以|依法|保护|保障|享受|享有|可申请|可以申请|照发|不会|不问|均可|不限")


def find(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    for p in _PATTERNS:
        for m in p.finditer(norm, lo, hi):
            if _NOT.search(norm, max(lo, m.start() - 10), min(hi, m.end() + 6)):
                continue
            if p is _PATTERNS[7] and not _ASKS_APPLICANT.search(norm, lo, hi):
                continue
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
