"""Round-4 rule classes (issue 9): phrasings written by the round-4 session from the classes it
found in the misses of heldout3, varied on purpose (other jobs, words, orders and weights), not
copied from any corpus file.

Data flow: each text -> screen_post(model=None) -> the rules it must report, the exemption it
must get (a lawful restriction to men whose basis is the job's own forbidden work), or the
review it must get (a gender restriction no rule names never passes silently).
"""

from __future__ import annotations

import pytest

from domain.screening import GENDER_UNCLEAR, PROHIBITED_WORK_FOR_WOMEN, screen_post

CODES = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

VIOLATING = [
    # women turned away without a basis in the job's own work: a restriction like any other
    ("仓库文员：整理单据，本岗位不安排女职工", "G"),
    ("前台接待，女性不予录用", "G"),
    ("Data entry clerk. This role is not open to women.", "G"),
    # a bar set for women only, with a laxer or no bar for men
    ("招收银员，女30岁以内，男不限", "G"),
    ("女士身高不低于165cm可以，男士无要求", "G"),
    # job - gender - next field, with dashes or bars between them
    ("◇ 叉车工 — 男 — 持证", "G"),
    ("收银 | 女性 | 两班倒", "G"),
    # obfuscation: gender symbols, spaced pinyin, an English value in a Chinese field, a mark
    ("基本条件：♂，能出差", "G"),
    ("需 xian nv sheng，会剪辑", "G"),
    ("性别：ＦＥＭＡＬＥ\n工作地点：市区", "G"),
    ("招聘对象：限女.生", "G"),
    ("条件：wei hun wei yu", "M"),
    # childcare made a condition
    ("家里有孩子的要自己安排好接送", "M"),
    ("不得因小孩生病请假", "M"),
    ("Candidates whose kids are grown will be preferred.", "M"),
    # pregnancy as grounds, in other words
    ("备孕的就别报名了", "M"),
    ("试用期怀孕的按自动离职处理", "M"),
    ("A pregnancy in the first six months is deemed a voluntary resignation.", "M"),
    # pregnancy tests under other names
    ("报到时交妊娠化验单和怀孕检验结果", "P"),
    ("早孕筛查阳性者不予录用", "PM"),
    ("Bring a letter of non-pregnancy from your doctor.", "P"),
    # English appearance asked of one gender
    ("Girls with pretty looks are encouraged to apply.", "G"),
    # gender nouns and wanting words beyond the old lists
    ("徵求女性會計一名", "G"),
    ("哥们儿优先，能吃苦", "G"),
    ("招靓妹做前台", "G"),
    # family questions and conditions, other wordings
    ("面试时会问：家里孩子几岁了", "M"),
    ("必须家里有人帮忙接送孩子", "M"),
    ("Please don't apply if you are planning a baby this year.", "M"),
    ("Only single applicants will be considered.", "M"),
    ("We will ask whether you are planning to have children soon.", "M"),
    ("The onboarding medical includes a pregnancy screen.", "P"),
    ("Candidates must be under 30 and unmarried.", "M"),
    ("A male candidate is strongly preferred.", "G"),
    ("2. 男（有厨师证优先）", "G"),
    ("年轻女性，会打字", "G"),
    ("3. 孩子上初中以后的妈妈", "GM"),
    ("婚后一年内怀孕的不续签", "M"),
    ("请附单身证明", "M"),
    ("The job requires a woman, as most guests are ladies.", "G"),
    ("We cannot hire married applicants for this post.", "M"),
    ("A note from your GP stating you are not expecting is required.", "P"),
    ("Moms with babies will not be considered.", "GM"),
    ("未婚人士請勿申請", "M"),
    ("男/30岁以下/能上夜班", "G"),
    ("有家庭负担的就算了", "M"),
]

CLEAN = [
    # duties on clients' data, not questions to the applicant
    "2. 核实会员填写的婚姻状况",
    "3. 甄别虚假的婚姻状况资料",
    "- Handle member profiles, including marital status verification",
    "负责整理孕检报告并归档",
    # open to both, with different wording
    "收银员：男女不限，30岁以内",
    # compliance and protection statements, not restrictions
    "依法保障女职工权益，不安排女职工从事禁忌劳动",
    "我们不因怀孕或性别拒绝录用任何人",
    "征求员工意见后确定排班",
    "性别：男/女均可",
    "1. 男/女不限/25岁以下",
]

EXEMPT = [
    # the restriction to men, worded as women turned away, basis in the job's own work
    "招聘采煤工\n岗位说明：在矿井下采煤，按规定不招用女职工。",
    "码头装卸工：人工搬麻袋，每袋约60公斤，该岗位不安排女性。",
    "扛水泥：一包五十多公斤，女性不宜。",
    "掘进工：在地下铁矿巷道作业，谢绝女性。",
    "架子工：每次需扛20公斤以上的钢管，限男士。",
    "因要下井检修，本岗位只接受男性。",
    "礦場井下工人，依法不聘用女性。",
    "钢厂炉前工：体力劳动强度为第Ⅳ级，本岗不录用女工。",
    "Job title: Underground driller\nThe work is underground in a coal mine; "
    "female employees cannot be assigned to this role.",
    # open to all, but women are moved off the work for a period: always a person looks
    "高空作业员：高处作业第三级，女职工在经期、孕期不安排此项作业，男女均可应聘。",
    "Radiology assistant. Staff who are pregnant or breastfeeding are reassigned away from "
    "X-ray work; open to everyone.",
]

DECOYS = [
    # a mining or heavy-industry company, but the restricted job is an office or sales one
    "某铜矿 招聘出纳\n本矿为井下开采矿山。出纳在财务室工作，限男性。",
    "我公司以矿山井下作业为主。客户经理负责煤炭销售，只招男士。",
    # the duties name underground workers, not underground work
    "班车司机：接送井下工人上下班，限男。",
]


@pytest.mark.parametrize(("text", "codes"), VIOLATING)
def test_round4_violation_found(text: str, codes: str) -> None:
    got = {v.rule for v in screen_post(text, model=None).violations}
    assert {CODES[c] for c in codes} <= got, (text, got)


@pytest.mark.parametrize("text", CLEAN)
def test_round4_clean_passes(text: str) -> None:
    result = screen_post(text, model=None)
    assert result.ok, result.to_dict()


@pytest.mark.parametrize("text", EXEMPT)
def test_lawful_restriction_goes_to_review_with_the_exemption(text: str) -> None:
    result = screen_post(text, model=None)
    assert result.ok and result.needs_review, result.to_dict()
    assert PROHIBITED_WORK_FOR_WOMEN in result.review_reasons


@pytest.mark.parametrize("text", DECOYS)
def test_company_blurb_does_not_excuse_an_office_job(text: str) -> None:
    result = screen_post(text, model=None)
    assert "GENDER" in result.rules and not result.exemptions, result.to_dict()


def test_protection_for_pregnancy_without_forbidden_work_needs_no_review() -> None:
    # Night shifts in pregnancy are a protection of another article, not Appendix work.
    result = screen_post("孕期女职工不安排夜班，本岗位男女均可", model=None)
    assert result.ok and not result.needs_review, result.to_dict()


def test_restriction_no_rule_names_is_not_silent() -> None:
    # 仅 … 女同学们 with a word between: no rule family names it, yet a person must look.
    # (Since round 5 the adjacent form, 仅女同学们, is refused as GENDER.)
    result = screen_post("本次活动报名仅本校女同学们", model=None)
    assert result.ok and result.needs_review, result.to_dict()
    assert result.review_reasons == [GENDER_UNCLEAR]
    assert result.to_dict()["review_notes"][0]["excerpt"] == "本次活动报名仅本校女同学们"


@pytest.mark.parametrize(
    "text",
    ["男女不限，仅需健康证", "女装店导购，负责女装陈列", "不得以性别为由拒绝录用女性"],
)
def test_open_or_client_wording_is_not_a_doubtful_restriction(text: str) -> None:
    result = screen_post(text, model=None)
    assert result.ok and GENDER_UNCLEAR not in result.review_reasons, result.to_dict()
