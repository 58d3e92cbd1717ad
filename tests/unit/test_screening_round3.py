"""Round-3 rule classes (issue 9): phrasings written by the round-3 session from the classes it
found in the misses of heldout and heldout2, varied on purpose (other jobs, words and orders),
not copied from any corpus file.

Data flow: each text -> screen_post(model=None) -> the rules it must report (violating) or no
violation at all (clean traps, and the three false positives round 2 found on policy texts).
"""

from __future__ import annotations

import pytest

from domain.screening import screen_post

CODES = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

VIOLATING = [
    # a gender as a whole item of a requirement list, or between spaces after a job title
    ("任职要求：\n3. 女，做事仔细，会用表格", "G"),
    ("【仓管】男，能开叉车，年龄40岁以下", "G"),
    ("4. 女文员，打字快", "G"),
    ("电梯维保员　男　持特种作业证", "G"),
    ("收银　女士　20-30岁", "G"),
    ("夜班保安　招男", "G"),
    ("只招男不招女", "G"),
    ("招聘对象：女性大学生", "G"),
    # wanting words beyond 招/要: 欢迎, 限, 征, 给……准备的, 快来
    ("欢迎年轻姑娘来面试", "G"),
    ("限家有小孩的母亲报名", "GM"),
    ("急征柜姐两名", "G"),
    ("这个活是给小伙子们准备的", "G"),
    ("壮小伙快来，包吃住", "G"),
    ("只收宝妈，宝爸不可以", "GM"),
    # marriage and childbearing: status with a condition, pregnancy as grounds to turn away
    ("门店要已婚的，稳定", "M"),
    ("孩子读初中以上的可以来", "M"),
    ("要求家里没有婴儿需要照看", "M"),
    ("怀了孕的请别来了", "M"),
    ("哺乳期的请慎重考虑", "M"),
    ("未婚者入职须签承诺书", "M"),
    ("有小孩的女性优先", "GM"),
    ("weihun优先", "M"),
    # pregnancy tests under other names
    ("入职前检查一下是否怀孕", "P"),
    ("请附非孕期的体检报告", "P"),
    ("體檢須驗有否懷孕", "P"),
    ("体检包括huaiyun检测", "P"),
    # English
    ("Perfect for energetic young lads.", "G"),
    ("Openings: cashier (2 ladies), porter (1 man)", "G"),
    ("- Female, at least 160 cm, good figure", "G"),
    ("The ideal candidate is a cheerful young woman.", "G"),
    ("Driver – male pref.", "G"),
    ("Hostess wanted - female, 20-25, single", "GM"),
    ("Please state your husband's or wife's occupation on the form; this is required.", "M"),
    ("We prefer applicants with no small children.", "M"),
    ("Married people with grown children preferred.", "M"),
    ("Your contract will terminate if you become pregnant in the first year.", "M"),
    ("Hiring is conditional on a negative pregnancy test.", "P"),
]

CLEAN = [
    # round 2's known false positives, from policy texts
    "邀请优秀女性企业家分享创业经验",
    "开展直播带岗、线上招聘等女大学生就业服务活动",
    "用人单位不得限定性别（国家规定的女职工禁忌劳动范围等情况除外）或性别优先",
    "为有就业需求女性求职者提供就业援助",
    "针对女性从业的技术职业开展培训",
    # welcomes, open wording, clients, contacts, protection
    "童装店导购，欢迎宝妈应聘，时间灵活",
    "男士女士都欢迎，也欢迎宝妈",
    "已婚未婚都可以来",
    "联系人：王 女士 13800001111",
    "婚纱摄影助理：给新婚夫妇拍外景，有经验优先",
    "母亲节发放慰问品",
    "孕期员工依法调整岗位，不安排夜班",
    "我们不会询问应聘者是否怀孕",
    "The person you will report to is a woman with 20 years of experience.",
    "Suitable for men and women of all ages.",
    "We will not end your contract because of pregnancy.",
]


@pytest.mark.parametrize(("text", "codes"), VIOLATING)
def test_round3_violation_found(text: str, codes: str) -> None:
    got = {v.rule for v in screen_post(text, model=None).violations}
    assert {CODES[c] for c in codes} <= got, (text, got)


@pytest.mark.parametrize("text", CLEAN)
def test_round3_clean_passes(text: str) -> None:
    result = screen_post(text, model=None)
    assert result.ok, result.to_dict()


def test_exemption_with_a_cited_basis_goes_to_review_not_refusal() -> None:
    # 特别规定 holds 别 ("don't"); it must not read as excluding men, nor refuse the post.
    result = screen_post("矿山井下作业，依据《女职工劳动保护特别规定》限男性", model=None)
    assert result.ok and result.needs_review, result.to_dict()
    assert [e.code for e in result.exemptions] == ["PROHIBITED_WORK_FOR_WOMEN"]
