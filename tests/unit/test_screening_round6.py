"""Round 6 of the screening rules (2026.11-7): the classes heldout5 showed, in my own wording.

Data flow: a short post of my own -> `screen_post` (rules only, no classifier) -> the rule codes
reported, or the exemption/review outcome, compared with what README's policy says.
"""

from __future__ import annotations

import pytest

from domain.screening import RULES_VERSION, screen_post
from domain.screening.model import PROHIBITED_WORK_FOR_WOMEN, version_key


def _rules(text: str) -> set[str]:
    return set(screen_post(text, model=None).rules)


def test_rules_version() -> None:
    # Round 6 shipped 2026.11-7; later rounds only move it on.
    assert version_key(RULES_VERSION) >= version_key("2026.11-7")


@pytest.mark.parametrize(
    "text",
    [
        "门店急需收银员，男、女店员各若干名，能倒班",
        "早教中心需要男老师女老师都可以来面试",
        "Hosts and hostesses needed for the gala dinner",
        "护理部欢迎男护士报名，持证上岗",
        "欢迎女性、退役军人、残障人士等各类人才投递简历",
        "We welcome candidates of any gender, marital status or background to apply.",
    ],
)
def test_clauses_open_to_both_genders_are_clean(text: str) -> None:
    assert _rules(text) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("欢迎年轻女孩加入前台团队", "GENDER"),  # a welcome with an age or looks is a preference
        ("仓库只招男工，女工人另有岗位欢迎男女报名", "GENDER"),
        ("要求：已婚已育女性或男性均可", "MARRIAGE_CHILDBEARING"),
    ],
)
def test_a_restriction_beside_an_open_phrase_still_counts(text: str, rule: str) -> None:
    assert rule in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "石灰厂装车工：每袋石灰大约45公斤，全部人工装车。Male workers only.",
        "Mixer hand: barrels of 30 kg are tipped in by hand all shift; men only",
        "冲压车间劳动强度达到国家标准第四级，只招男工",
        "采石场凿岩工，属四级重体力劳动，男性",
        "卸砖工：每次抱起都超过20公斤，整天反复搬运，招男工",
    ],
)
def test_named_heavy_work_is_an_exemption_for_review(text: str) -> None:
    result = screen_post(text, model=None)
    assert not result.violations
    assert any(e.code == PROHIBITED_WORK_FOR_WOMEN for e in result.exemptions)


def test_a_company_saying_we_are_a_mining_group_is_a_blurb_not_the_job() -> None:
    text = (
        "Payroll clerk wanted. Requirements: spreadsheets, two years in an office. "
        "Men only. We are a coal mining group with underground pits."
    )
    assert "GENDER" in _rules(text)


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("3. 女💥生💥优💥先", {"GENDER"}),
        ("◆宝🌸妈🌸专🌸属", {"GENDER", "MARRIAGE_CHILDBEARING"}),
        ("S I N G L E applicants preferred", {"MARRIAGE_CHILDBEARING"}),
        ("2. yi hun you xian", {"MARRIAGE_CHILDBEARING"}),
        ("性 别：女，年龄不限", {"GENDER"}),
        ("Gender: F / Location: Shenzhen", {"GENDER"}),
        ("岗位：主播/女/3人；场控/男/1人", {"GENDER"}),
    ],
)
def test_obfuscated_and_field_forms(text: str, rules: set[str]) -> None:
    assert _rules(text) >= rules


@pytest.mark.parametrize("text", ["好评🔥返现", "Gender: M/F welcome", "Plan A B C D for Q3"])
def test_obfuscation_readers_leave_ordinary_text_alone(text: str) -> None:
    assert _rules(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "男性求职者将被优先安排复试",
        "本岗为女生专岗",
        "找个能吃苦的大哥守夜",
        "后厨请洗菜姐姐，长期",
        "招三名厨娘包饺子",
        "来两个小妹妹贴标签",
        "诚邀美女模特加盟",
        "要有血性的男儿，能出差",
    ],
)
def test_slang_and_preference_forms_of_gender(text: str) -> None:
    assert "GENDER" in _rules(text)


@pytest.mark.parametrize(
    "text", ["有事请联系王大哥", "客服姐姐会在线解答", "我们的大姐姐们很照顾新人"]
)
def test_slang_nouns_outside_hiring_are_clean(text: str) -> None:
    assert _rules(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "专属岗位，专门给宝妈的，宝爸就不用报了",
        "只限師奶，可遷就接送",
    ],
)
def test_jobs_reserved_for_mothers(text: str) -> None:
    assert _rules(text) >= {"GENDER", "MARRIAGE_CHILDBEARING"}


@pytest.mark.parametrize(
    "text",
    [
        "合同期内怀孕的，视同本人自动离职",
        "懷孕者視為自願離職",
        "入职两年内怀孕的，培训费须全额退还",
        "怀孕就别干了，店里不留孕妇",
        "入职体检含妊娠检查，孕期人员不予聘用",
        "体检加查妊娠试验，结果阳性者暂缓录用",
    ],
)
def test_pregnancy_as_grounds_to_dismiss_or_refuse(text: str) -> None:
    assert "MARRIAGE_CHILDBEARING" in _rules(text)


def test_lawful_mention_of_pregnancy_is_clean() -> None:
    assert _rules("公司不得因怀孕解除劳动合同，孕期员工依法享受产检假") == set()


@pytest.mark.parametrize(
    "text",
    [
        "入职后前两年不安排生育，各部门排队怀孕",
        "报到时在信息表上注明婚姻状况和子女情况",
        "有三个以上小孩的慎投",
    ],
)
def test_family_planning_forms_and_child_counts(text: str) -> None:
    assert "MARRIAGE_CHILDBEARING" in _rules(text)


@pytest.mark.parametrize(
    "text",
    ["入职登记无需填写婚育状况", "员工生育可享受生育津贴和产假", "有两个孩子的员工可申请亲子宿舍"],
)
def test_family_words_without_a_condition_are_clean(text: str) -> None:
    assert _rules(text) == set()
