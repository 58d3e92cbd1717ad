"""Round-5 rule classes (issue 9): broad structural families, written by the round-5 session in
its own words (other jobs, orders and fields than any corpus file), and their clean traps.

Data flow: each text -> screen_post(model=None) -> the rules it must report (or none), and the
exemption a named legal list brings to review.
"""

from __future__ import annotations

import pytest

from domain.screening import PROHIBITED_WORK_FOR_WOMEN, screen_post

CODES = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

VIOLATING = [
    # a gendered compound of any job noun after a hiring or requirement verb
    ("仓储中心\n任职要求：1. 招男叉车工3名\n2. 能上夜班", "G"),
    ("报名条件：应聘者须为女性公民，35岁以下", "G"),
    # a pronoun as the subject of a requirement, in a post that never uses the other one
    ("门店店员\n希望她性格开朗，她需要会化妆", "G"),
    ("What we need: he must hold a valid driving licence", "G"),
    # a gender noun + "will do", a lone gender-noun item, a zero quota, a one-gender bar
    ("仓管员\n条件：\n1.女的就可以，年龄不限", "G"),
    ("仓库助理，女孩子，能吃苦，月薪4000", "G"),
    ("数据标注员 男：0人 女：3人", "G"),
    ("前台接待\n身高：女162以上\n五官端正", "G"),
    # a gender word used as a condition anywhere in a requirement section
    ("理货员\n任职要求：\n1. 男，能吃苦\n2. 会开叉车", "G"),
    ("Warehouse lead\nWhat we are looking for:\n- Male, tall, strong", "G"),
    # childcare or family made a condition
    ("行政专员\n要求：孩子由家里老人带的优先", "M"),
    ("销售顾问，须有家庭，已成家立业者优先", "M"),
    ("店长助理\n任职要求：\n1. 已成家，家庭稳定", "M"),
    ("Admin Assistant\nRequirements:\n- Married, with grown-up children", "M"),
    # English marriage and family conditions, and a job given a gender
    ("Office Manager. The ideal candidate is married and settled.", "M"),
    ("Tutor. Applicants without young children will be given priority.", "M"),
    ("Clerk. The interview covers your plans for marriage and children.", "M"),
    ("Site Foreman. This is a job for a man: long hours outdoors.", "G"),
    ("Our client, a logistics firm, wants a male candidate for this post.", "G"),
    ("Marketing intern - female students only", "G"),
    ("Secretary. She will keep the diary and she must be presentable.", "G"),
    # advice on who should apply; pregnancy as grounds to turn away
    ("考虑到工作环境，本岗位建议男性报考", "G"),
    ("仓管\n本岗位不招孕妇", "M"),
    ("我们更希望招到一位男同事，方便出差", "G"),
    ("要求：家中无学龄前儿童", "M"),
    ("婚恋状态：单身", "M"),
    ("Those who plan to marry within two years need not apply.", "M"),
    ("Please indicate whether you are pregnant.", "M"),
    # spoken forms (live-stream and group-chat ads)
    ("宝妈们注意，孩子还没上幼儿园的先别报", "M"),
    ("已经结了婚没孩子的，这边暂时不考虑", "M"),
    ("离过婚的也可以，但是得没孩子拖累", "M"),
    ("這份工適合男仔", "G"),
    # English pregnancy certificates
    ("All new hires must show a pregnancy-free certificate", "P"),
    # the adjacent form of the GENDER_UNCLEAR signal, and preference words the lists lacked
    ("夜班巡逻，女的不安排", "G"),
    ("本次报名仅女同学们", "G"),
    ("该岗更宜男性，需经常出差", "G"),
    ("男士优选，能倒班", "G"),
    # a gender leading an age bar, one gender only
    ("服务员\n招收：女 18-25岁 身高160以上", "G"),
    # known misses of round 4: 活儿 + 女的, bare pinyin, a component-split 妈
    ("这活儿女的干不了", "G"),
    ("nv xing you xian, nian ling 25 yi xia", "G"),
    ("xian nan sheng, gong zi 6000", "G"),
    ("限女姓，25岁内", "G"),
    ("宝⼥马优先，能长期做", "GM"),
]

CLEAN = [
    "招聘女装店导购2名，有经验优先",
    "照顾老人起居，帮他洗澡，他需要有人陪伴",
    "If the candidate has questions, he or she should contact HR",
    "The tutor reports to the director; he should be contacted via email",
    "美女主播招聘：要求形象好，男女不限",
    "招聘主播，负责美女主播的直播运营和排班",
    "福利：子女教育补贴，孩子上小学可申请",
    "妈妈岗：上午9点到下午3点，方便接送孩子，男女不限",
    "子女的教育我们也关心，员工子女可入托",
    "仓库理货员\n任职要求：\n1. 家庭住址在本区优先\n2. 会开叉车",
    "运营专员\n任职要求：\n1. 熟悉男科医院线上运营",
    "Requirements:\n- Experience with a women's health product line",
    "任职要求：\n1. 能与男同事、女同事良好协作",
    "幼儿园保育员\n任职要求：\n1. 喜欢孩子，有耐心",
    "店员\n要求：孩子王，阳光开朗",
    "Requirements:\n- Able to work single shifts",
    "本岗位适宜男女，能倒班",
    "女装店招店员，需女装搭配经验",
    "要求：熟悉针对女性创业者的扶持政策",
    "员工子女12岁以下可报销医药费",
    "Lawyer. Advise clients on marriage and divorce.",
    "本店不接待孕妇",
    "请填写子女姓名",
    "直播间的姐妹们，这个品牌的女装卖得很好",
    "结了婚的员工享受婚假",
    "Personal shopper. You will meet each client; she should feel welcome.",
    "Ward clerk. You report to the head nurse; she will assign shifts.",
    "保育员\n任职要求：\n1. 有照顾孩子的经验\n2. 孩子午睡时需看护",
    "Requirements:\n- Ability to work with families and children in crisis",
    "Office at Xian Nan Road 88",
    "建议女性定期体检",
    "Coach. Sell gear to female customers only on ladies' night.",
    "Marital status and family plans have no bearing on our decisions.",
    "任职要求：\n1. 尊重女性，服务态度好",
    "任职要求：\n1. 熟悉婚姻家庭法，处理离婚案件经验优先",
]


@pytest.mark.parametrize(("text", "codes"), VIOLATING)
def test_round5_class_is_reported(text: str, codes: str) -> None:
    result = screen_post(text, model=None)
    assert {CODES[c] for c in codes} <= set(result.rules), result.to_dict()


@pytest.mark.parametrize("text", CLEAN)
def test_round5_clean_trap_passes(text: str) -> None:
    result = screen_post(text, model=None)
    assert result.ok, result.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        # the legal list named beside work at height of class III, or beside logging
        "塔吊安装工\n作业高度40米，属三级高处作业\n本岗位依法不招女职工",
        "伐木工\n报名条件：男性（伐木作业为女职工禁忌劳动范围）",
    ],
)
def test_named_legal_list_goes_to_review_not_refusal(text: str) -> None:
    result = screen_post(text, model=None)
    assert result.ok and result.needs_review
    assert PROHIBITED_WORK_FOR_WOMEN in result.review_reasons


def test_manufacturer_blurb_gives_no_exemption_to_an_office_job() -> None:
    text = (
        "Sales Engineer\nWe manufacture hoists for underground coal mines.\n"
        "Requirements: Male, engineering degree, B2B sales"
    )
    assert "GENDER" in screen_post(text, model=None).rules
