"""Round 7b of the screening rules (2026.11-9): classes, each in several wordings of my own.

Every class is tested with variants a different author might write and, beside them, lawful
posts that share its words. None of these sentences is taken from a corpus.
"""

from __future__ import annotations

import pytest

from domain.screening import screen_post
from domain.screening.model import RULES_VERSION, version_key

G, M, P = "GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"


def _rules(text: str) -> set[str]:
    return set(screen_post(text, model=None).rules)


def test_rules_version() -> None:
    assert version_key(RULES_VERSION) >= version_key("2026.11-9")


# --- Disguises: letter spacing with field marks, hyphens, digits, sound-alikes ---------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("条 件 ： 男 性 ， 退 伍 优 先", G),
        ("性 别 ： 女 ， 25 岁 以 下", G),
        ("Requirements: m-a-r-r-i-e-d applicants", M),
        ("Clerk wanted, s1ngle applicants pr3ferred", M),
        ("只招囡生，做网店客服", G),
        ("招前台菇凉两名", G),
        ("奶茶店只要帅锅", G),
        ("在家接单，仅限宝麻", G),
        ("要求已昏已浴，踏实肯干", M),
        ("入职交未yun证明", P),
        ("shou yin yuan, jin xian bao ma", G),
    ],
)
def test_disguised_words(text: str, rule: str) -> None:
    assert rule in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "招 聘 保 安 两 名 ， 男 女 不 限",
        "宝马4S店招销售顾问，性别不限",
        "Drivers for our e-mail and x-ray units, any gender",
        "mp3 and a4 paper supplied; apply by email",
        "麻辣烫店招帮厨，能吃苦",
    ],
)
def test_disguise_look_alikes_stay_clean(text: str) -> None:
    assert not _rules(text) & {G, M, P}


# --- Gender in titles, tables, quotas, age bars, screening-out ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "【前台接待·女】月薪4500",
        "[仓库搬运-男] 日结200",
        "包装工（女）12人　质检（男女不限）3人",
        "岗位 | 2人 | 女 | 大专",
        "Cashier | 1人 | female | 20-30",
        "Nanny: F, 25-40, patient",
        "Porter x3 male; cleaner x2 female",
        "拟招聘8名，其中女性5名、男性3名",
        "本次设男性岗位4个，请按性别报名",
        "女性不超过30周岁，男性不超过40周岁",
        "Age cap: women up to 32, men up to 45.",
        "简历初筛：男性候选人直接淘汰",
        "夜班巡检原则上由男性员工担任",
        "车间以女工为主，新人也按女工招",
        "This vacancy is restricted to males.",
        "A lady would be ideal for the reception desk.",
        "The ideal candidate: he is hands-on and calm.",
        "女性应聘者年龄不超过26周岁",
        "男士暂不安排面试，欢迎女士",
        "报名条件：女 ✔ 男 ✘",
        "应聘者须本人（女士）到场",
        "网店客服，女优，会PS",
        "店长需要一个助理，她得能陪同出差",
        "We are unable to consider male applicants for this post.",
        "Male applicants: height 175 cm or more.",
        "Our kitchen is mostly men and we want to keep it that way.",
        "Openings for women analysts only; male quota is full.",
        "小哥哥们快来，顺丰急招快递员",
        "诚征OL一名，打字快",
        "招萌妹客服，声音甜",
        "（三）女，大专以上，会开车",
        "2. 男，退伍军人优先",
        "- Female, 22-28, fluent English",
        "Lady helper, live-in, Sundays off",
        "Male fitters for the boiler room; shifts",
        "Requirements: fluent English. She should be presentable and slim.",
        "Duties: sales pipeline. He will report directly to the Managing Director.",
    ],
)
def test_gender_in_terse_forms(text: str) -> None:
    assert G in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "【前台接待·急聘】月薪4500",
        "包装工（男女不限）12人",
        "公司男女员工比例均衡，其中男性占51%",
        "年龄要求：男女均为18-45周岁",
        "Age limit: 18 to 50 for everyone.",
        "The role is open to men and women alike.",
        "我们的仓库主管是一位女师傅，带教耐心",
        "团队现有多位女工程师和男设计师",
        "工地联系人：钱工（女），电话面议",
        "Posted for the Women's Job Fair; open to all applicants.",
        "熟练使用“男人帮”ERP系统",
        "女职工每年可享受一次免费妇科体检",
        "厂区设托儿所，员工子女优先入托",
        "育婴师培训招生，男性也可报名",
        "我们不会淘汰任何候选人的简历而不回复",
        "- 男、女均可，持证上岗",
        "（二）男女不限，大专以上",
        "员工构成：男员工20名，女员工30名",
        "需熟悉仙女湖景区周边路线",
        "Ask for Jenny at the front desk. She will show you around.",
        "Our chef runs the kitchen. He will train new cooks.",
        "The shop opens at 9. She will be happy to help you.",
    ],
)
def test_gender_look_alikes_stay_clean(text: str) -> None:
    assert G not in _rules(text)


# --- Marriage and childbearing as rule-book conditions ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "员工入职满两年后方可安排生育",
        "生育须经部门批准排期",
        "未经批准怀孕的按违纪处理",
        "新员工需按公司生育排队计划安排怀孕",
        "孕期人员不在本次招聘范围内",
        "培训期内怀孕的，须退还全部培训费",
        "哺乳期求职者一律不收",
        "家里有三岁以下小孩的暂不考虑",
        "家中有幼儿需人照看的请勿投递",
        "欢迎夫妻一起来，单身的暂不安排",
        "复试将了解考生的婚恋情况",
        "保姆需无年幼子女",
        "面试时请说明子女年龄",
        "孩子须有老人帮带",
        "婚况：已婚",
        "Candidates must not be pregnant at the start date.",
        "Family man preferred for this driver post.",
        "Ideally married, with a stable home life.",
        "Pregnant or nursing applicants cannot be considered.",
        "Interview question: who takes care of your kids while you work?",
        "运维工程师，single优先",
        "Unmarried, no children, willing to relocate.",
        "Single lady for a live-in post.",
    ],
)
def test_marriage_and_childbearing_conditions(text: str) -> None:
    assert M in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "女职工孕期、哺乳期依法享受保护，不得因此解除合同",
        "生育津贴按国家规定发放，产假依法享受",
        "家有老人孩子的员工可申请弹性工作时间",
        "面试不会询问婚姻状况和生育计划",
        "单身宿舍、夫妻房均可提供",
        "婚姻：不拘",
        "本公司为平等机会雇主，欢迎不同性别、婚姻状况人士申请",
        "Married or single, it makes no difference to us.",
        "Please do not include marital status or a photo in your CV.",
        "Moderate profiles on a dating app, including marital status fields.",
        "产检费用公司全额报销",
    ],
)
def test_marriage_look_alikes_stay_clean(text: str) -> None:
    assert M not in _rules(text)


# --- Pregnancy tests by the sample or the paper ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "入职体检：血常规、尿妊娠、胸透",
        "报到时交早孕试纸检测结果",
        "需签署未怀孕声明",
        "转正前补做孕情筛查",
        "体检查出怀孕的，不予录用",
        "Bring a scan report showing you are not pregnant.",
        "preg. test at the pre-employment medical",
    ],
)
def test_pregnancy_tests_by_sample_or_paper(text: str) -> None:
    assert P in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "本店销售早孕试纸、验孕棒等计生用品",
        "温馨提示：体检不查孕，不设婚育限制",
        "参与HCG检测试剂的研发",
        "We never ask whether you are pregnant and run no such test.",
    ],
)
def test_pregnancy_test_look_alikes_stay_clean(text: str) -> None:
    assert P not in _rules(text)


# --- Exemption basis in ordinary wording --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "铸造浇注工，男，劳动强度为IV级体力劳动",
        "搬家师傅，限男，需单人背冰箱上楼",
        "矿山井下掘进工（男）6名",
    ],
)
def test_men_only_heavy_work_reaches_review(text: str) -> None:
    s = screen_post(text, model=None)
    assert s.exemptions, text
    assert G not in set(s.rules)


def test_versions_compare_by_number() -> None:
    assert version_key("2026.11-10") > version_key("2026.11-9")
    assert version_key("2027.1-1") > version_key("2026.11-10")
