"""Round 7 of the screening rules (2026.11-8): classes, each in several wordings of my own.

Every class is tested with variants a different author might write and, beside them, the
lawful posts that share its words. None of these sentences is taken from a corpus.
"""

from __future__ import annotations

import pytest

from domain.screening import screen_post
from domain.screening.model import RULES_VERSION, version_key
from domain.screening.normalise import normalise

G, M, P = "GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"


def _rules(text: str) -> set[str]:
    return set(screen_post(text, model=None).rules)


def test_rules_version() -> None:
    assert version_key(RULES_VERSION) >= version_key("2026.11-8")


# --- Disguised gender words: emoji, homophones, English written against Chinese -------------


@pytest.mark.parametrize(
    "text",
    [
        "门店收银，👩优先，月休四天",
        "夜班理货 👨限定，包住宿",
        "前台接待，👧勿扰",  # a lone girl emoji refused
        "招聘网店客服，限钕生，会打字",
        "急招配送员，只要楠生，能吃苦",
        "仓库打包，招南士两名",
        "需要一名male助理，会开车",
        "诚聘翻译，限female，专八",
        "店员prefer男生，能搬货",
        "前台女生only，形象好",
        "Cashier needed, ladies only哦，日结",
    ],
)
def test_disguised_gender_words(text: str) -> None:
    assert G in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "亲子乐园招聘活动策划👨‍👩‍👧，热爱孩子，男女不限",  # a family picture, both genders
        "我们卖男装也卖女装👗，招店员，性别不限",
        "南方电网外包项目招聘资料员，楠木家具厂旁",  # 楠 and 南 as place and wood
        "Contact Ms. Wang 王女士 for details, male and female welcome",
        "我们的客户以female用户为主，招运营专员",
    ],
)
def test_disguise_look_alikes_stay_clean(text: str) -> None:
    assert G not in _rules(text)


def test_variation_selector_does_not_hide_a_word() -> None:
    assert normalise("要求：♀️").text == "要求:女"
    assert normalise("限👩\ufe0f").text == "限女"


# --- Gendered person nouns of any register after a hiring word or with a headcount ----------


@pytest.mark.parametrize(
    "text",
    [
        "后厨缺人，想找几个手脚麻利的丫头",
        "工地招人，要肯干的汉子，日结",
        "请后生仔搬货，包食宿",
        "只要闺女，小子就不考虑了",
        "夜场招公主若干，提成高",
        "会所招少爷5名，包住",
        "后厨洗菜大姐两名，早班",
        "小区门岗大爷一名，退休可",
        "电竞馆招女陪练，声音好听",
        "兄弟们来了直接上岗，不用培训",
    ],
)
def test_person_nouns_of_any_register(text: str) -> None:
    assert G in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "联系人：王大爷，电话13800000000",
        "本店服务对象多为退休大爷大妈，招护理员，男女不限",
        "现有员工中大姐5名、小伙3名，现再招收银员，性别不限",
        "儿童摄影店招摄影助理，会给小公主们拍照，男女不限",
    ],
)
def test_person_nouns_outside_hiring_stay_clean(text: str) -> None:
    assert G not in _rules(text)


# --- Marriage and family in spoken forms; couples as the hire -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "招仓管，成了家的优先，踏实",
        "司机岗，最好是有家有口的，稳定",
        "家里有人帮着带孩子的才考虑",
        "打算再要孩子的就别来了，岗位忙",
        "准备生二胎的慎投",
        "保安岗，夫妇档优先，提供夫妻房",
        "果园招夫妻工三对，包吃住",
        "只要两口子，一起干活",
    ],
)
def test_marriage_in_spoken_forms(text: str) -> None:
    assert M in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "提供夫妻房，单身宿舍也有",
        "婚庆公司招策划，服务新人夫妇",
        "员工可申请夫妻宿舍，招普工，男女不限",
        "家中老人需要照顾的员工可申请弹性排班",
    ],
)
def test_couples_and_family_benefits_stay_clean(text: str) -> None:
    assert M not in _rules(text)


# --- Pregnancy tests in passing or by the hormone; the product is not a test -----------------


@pytest.mark.parametrize(
    "text",
    [
        "入职前去医院验个孕",
        "体检时顺便查一下孕，统一安排",
        "入职体检加做人绒毛膜促性腺激素检测",
    ],
)
def test_pregnancy_tests_in_passing(text: str) -> None:
    assert P in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "招电商运营，负责验孕棒品牌的店铺",
        "药店店员：销售早孕试纸等计生用品",
        "Join our brand team: our range includes pregnancy test kits and vitamins.",
        "婚检中心招聘护士，负责接待",
        "孕检门诊招导诊员，男女不限",
    ],
)
def test_products_and_clinics_are_not_tests(text: str) -> None:
    assert not {P, M} & _rules(text)


# --- Lawful mentions that earlier rules refused ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "简历中请勿填写婚姻状况",
        "报名表别写生育情况，我们不看",
        "住家保姆：雇主家两位老人，孙子5岁；保姆性别不限",
        "急招女士美容区前台，男女不限",
        "Requirements:\n- Volunteer with a women's shelter is a plus\n- Good Excel",
    ],
)
def test_lawful_mentions_stay_clean(text: str) -> None:
    assert not {G, M} & _rules(text)


# --- The exemption's basis is the job's own work, not the employer's name or the pay -------


@pytest.mark.parametrize(
    "text",
    [
        "某煤业有限公司（井下采煤）招聘出纳\n要求：男，会计证",
        "某化肥厂（每袋50公斤）招聘人事专员\n要求：男性，本科",
        "招聘办公室文员\n要求：男\n待遇：月薪6000，下井补贴另计",
    ],
)
def test_company_aside_or_pay_is_no_basis(text: str) -> None:
    result = screen_post(text, model=None)
    assert G in set(result.rules)
    assert not result.exemptions


def test_the_jobs_own_heavy_work_still_exempts() -> None:
    result = screen_post("招聘装卸工\n工作内容：人工搬运化肥，每袋50公斤\n要求：男", model=None)
    assert result.exemptions and result.needs_review


# --- Pronouns for the hire: the antecedent must be near, possessives name the hire's duties --


@pytest.mark.parametrize(
    "text",
    [
        "招聘区域主管，月薪面议。上岗后他将独立管理三家门店",
        "行政助理：入职后她会负责前台接待和快递收发",
        "她的主要职责是整理合同和报销单据",
        "Office Coordinator wanted. Her duties include ordering supplies and booking rooms.",
        "Client Services Executive, Shanghai.\n- He will own the renewal pipeline for APAC",
        "Housekeeper for a family villa. Must be married with her own children.",
    ],
)
def test_pronouns_for_the_hire(text: str) -> None:
    assert G in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "你将向运营总监汇报，她会在入职第一周带你熟悉流程",
        "我们的客户是一位退休教师，她需要有人每天陪同散步",
        "You will report to our Head of Sales; he will coach you during probation.",
        "The successful candidate will support the director. She or he will also draft minutes.",
    ],
)
def test_pronouns_for_someone_else_stay_clean(text: str) -> None:
    assert G not in _rules(text)


# --- English: slang teams, mothers as the hire, family asked, looks, conditional offers -------


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Our shop is full of lads and we need one more who fits in with the boys.", {G}),
        ("Fun office, all girls here, so we'd love another gal on the team!", {G}),
        ("Hiring a few strong young blokes for the warehouse.", {G}),
        ("Perfect for mums who want school-hours work.", {G, M}),
        ("This part-time role is reserved for stay-at-home mothers.", {G, M}),
        ("In your cover letter, state whether you have small children.", {M}),
        ("Ladies with a slim figure and height 168cm+ preferred.", {G}),
        ("Male, divorced or single, 30-40", {G, M}),
        ("Employment is contingent on a negative pregnancy result.", {P, M}),
    ],
)
def test_english_classes(text: str, rules: set[str]) -> None:
    assert rules <= _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Perfect for parents - mums and dads welcome, school-hours shifts.",
        "We sponsor a girls' football club and a men's choir.",
        "The team: 6 engineers, a designer and two product managers.",
        "Join the guys and girls of our friendly support desk.",
    ],
)
def test_english_look_alikes_stay_clean(text: str) -> None:
    assert not {G, M} & _rules(text)


# --- Chinese: a gendered job title as a whole item; only reading one gender's CVs -----------


@pytest.mark.parametrize(
    "text",
    [
        "诚聘发牌员，女性荷官，18-30岁",
        "岗位要求：3. 男保安员，退伍优先",
        "只看男生的简历，其他不回",
        "女孩子来了也待不住，这活就要小伙子",
        "1. zhi yao nan sheng",
    ],
)
def test_chinese_item_and_reading_forms(text: str) -> None:
    assert G in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "岗位：女性客户经理，负责女性高端会员，性别不限",
        "专柜：男士护肤品导购，男女不限",
        "简历只看工作经历，不问性别",
    ],
)
def test_chinese_item_look_alikes_stay_clean(text: str) -> None:
    assert G not in _rules(text)


# --- A broad sweep in my own wording: each class in its everyday forms, and lawful look-alikes --

_SWEEP_VIOLATING = [
    ("G", "本岗位更适合男同胞"),
    ("G", "招聘保安，限退伍军人，男"),
    ("G", "需招男性司机两名"),
    ("G", "只招收男生，女生勿扰"),
    ("G", "招聘前台妹子，颜值高"),
    ("G", "要求：男，年龄25-40"),
    ("G", "仅限男士报名"),
    ("G", "女性优先考虑"),
    ("G", "男生优先录取"),
    ("G", "诚聘男技师数名"),
    ("G", "招聘女按摩技师"),
    ("G", "需要一位男士开车"),
    ("G", "此岗位女士勿扰"),
    ("G", "招聘：仓库管理员（男）"),
    ("G", "限男，能吃苦"),
    ("G", "男性，35岁以下，有驾照"),
    ("G", "需要会说粤语的阿姐"),
    ("G", "招几个大妈做保洁"),
    ("G", "招聘保洁阿姨2名"),
    ("G", "男士为主"),
    ("G", "岗位要求男性"),
    ("G", "性别：男性"),
    ("G", "我们只要女的"),
    ("G", "不招女的"),
    ("G", "女生不考虑"),
    ("G", "这活女孩子干不了"),
    ("G", "适合男性"),
    ("G", "本职位需要男生"),
    ("G", "寻找一位女性合伙人"),
    ("G", "要求女性，形象气质佳"),
    ("G", "招工：男工10名，女工5名"),
    ("G", "靓女优先"),
    ("G", "女性专属岗位"),
    ("G", "女同胞请勿投递"),
    ("G", "要小伙，不要丫头"),
    ("G", "招聘女主持一名"),
    ("G", "仅男性可报"),
    ("G", "Looking for a young female receptionist"),
    ("G", "Male candidates only"),
    ("G", "Women need not apply"),
    ("G", "Seeking a gentleman driver"),
    ("G", "We prefer a male candidate"),
    ("G", "The position is suitable for men only"),
    ("G", "Salesgirl wanted"),
    ("G", "Gender: M"),
    ("G", "This role is for a guy"),
    ("G", "We're looking for a lady to join the front desk"),
    ("G", "Must be male"),
    ("G", "Females preferred"),
    ("G", "Only male applicants will be considered"),
    ("G", "Sorry, no women"),
    ("G", "Strong men needed for lifting"),
    ("G", "Ideal candidate: female, 20-28"),
    ("M", "已婚已育优先"),
    ("M", "未婚者优先"),
    ("M", "要求未婚"),
    ("M", "单身优先"),
    ("M", "有稳定家庭者优先"),
    ("M", "两年内无生育计划"),
    ("M", "入职两年内不得怀孕"),
    ("M", "请注明婚姻状况"),
    ("M", "是否已婚？"),
    ("M", "孩子多大了？"),
    ("M", "怀孕视为自动离职"),
    ("M", "孕妇勿扰"),
    ("M", "需提供结婚证"),
    ("GM", "已婚男士优先"),
    ("GM", "未育女性勿扰"),
    ("M", "婚育：已育"),
    ("M", "结婚了吗"),
    ("GM", "有娃的宝妈优先"),
    ("M", "离异人士慎投"),
    ("GM", "家庭主妇优先"),
    ("M", "Must be single"),
    ("M", "Married applicants preferred"),
    ("M", "Applicants with young children need not apply"),
    ("M", "Do you plan to have children soon?"),
    ("M", "No pregnant women"),
    ("M", "婚后一年内不能要孩子"),
    ("M", "近三年没有生育打算的优先"),
    ("M", "丁克家庭优先"),
    ("M", "怀孕的不要"),
    ("M", "入职需签不生育承诺书"),
    ("P", "入职需做妊娠检测"),
    ("P", "体检包括验孕"),
    ("P", "提供未孕证明"),
    ("P", "需查HCG"),
    ("P", "B超检查排除早孕"),
    ("P", "Pregnancy test required before joining"),
    ("P", "A urine pregnancy test is part of the medical"),
    ("P", "入职体检加查血HCG"),
    ("P", "Proof of non-pregnancy required"),
]
_SWEEP_CLEAN = [
    "招聘收银员，男女不限，18-45岁",
    "欢迎宝妈宝爸加入，时间灵活",
    "本店主营女装，招聘店员，性别不限",
    "男士理发师一名，性别不限，手艺好即可",
    "公司提供产假、陪产假、婚假",
    "享受生育保险，女职工三八节放假半天",
    "负责孕产妇建档和随访（产科护士，男女均可）",
    "婚恋网站招聘红娘，负责会员婚姻状况审核",
    "联系人：张女士 13800000000",
    "妇联主办的春风行动专场招聘会",
    "女排精神：团结拼搏，招聘体育老师，男女不限",
    "母婴店招聘导购，熟悉婴儿用品，男女均可",
    "月嫂公司招聘客服，对接孕妈客户",
    "招聘幼儿园老师，热爱孩子，有耐心",
    "员工子女可入读公司附属幼儿园",
    "我们尊重每一位求职者，不问婚育情况",
    "入职体检不含妊娠检测",
    "体检项目：血常规、肝功能、胸透（不含孕检）",
    "本公司依法保障女职工孕期、产期、哺乳期权益",
    "招聘夫妻肺片厨师，会做川菜",
    "销售女儿红黄酒，招业务员，男女不限",
    "主营男装定制，招裁缝，性别不限",
    "女性健康APP招聘产品经理，欢迎所有性别",
    "面向全体求职者，不因性别、婚育设限",
    "招聘男科医院前台，男女不限",
    "公司有女职工休息室和母婴室",
    "We welcome applicants of all genders and backgrounds.",
    "Our clients are mostly women aged 30-50.",
    "Maternity leave and paternity leave provided.",
    "We sell women's shoes; hiring a store assistant (any gender).",
    "Contact Mr. Wang or Ms. Li for details.",
    "We do not ask about marital status or family plans.",
    "Annual health check (no pregnancy test).",
    "She Codes Shanghai is hiring a community manager.",
    "Benefits include childcare vouchers for parents.",
    "The role involves supporting pregnant patients in the antenatal clinic.",
    "Our founder, Ms. Chen, will interview shortlisted candidates.",
    "Men's and women's teams both need a coach; open to any gender.",
    "Waiters and waitresses wanted, all genders welcome.",
    "招聘家政阿姨培训讲师，男女不限",
    "服务对象：社区老人、大爷大妈，招聘社工，男女均可",
    "员工构成：男员工20名，女员工30名",
    "公司现有女工200名，男工50名，现招质检员，男女不限",
    "提供夫妻房，已婚员工可申请",
    "主播多说一句，男生女生都可以报",
    "招聘网红主播，男女主播各2名",
    "少儿舞蹈老师，负责小公主们的芭蕾课，男女不限",
    "养老院招护工，照顾老人，男女均可",
    "带孩子的家长可以申请弹性工作",
    "岗位：婚礼策划师，服务新人，男女不限",
    "出售验孕试纸的药店招店员",
    "我们的客户多为宝妈，招聘母婴顾问，男女不限",
    "请勿在简历中注明性别和婚姻状况",
    "工作地点：南山区，楠木路88号",
    "产品包括孕妇装、哺乳文胸，招聘电商客服",
    "招聘王大姐家政服务公司文员，男女不限",
    "本岗位不限男女，也欢迎退休大爷大妈",
    "帅哥美女都欢迎，经验不限",
    "老板是个大叔，人很好，招文员，性别不限",
    "Hi there, she will be your onboarding buddy and will show you around.",
]
_CODES = {"G": G, "M": M, "P": P}


@pytest.mark.parametrize(("codes", "text"), _SWEEP_VIOLATING)
def test_sweep_violating(codes: str, text: str) -> None:
    assert {_CODES[c] for c in codes} <= _rules(text)


@pytest.mark.parametrize("text", _SWEEP_CLEAN)
def test_sweep_clean(text: str) -> None:
    assert not {G, M, P} & _rules(text)


# --- Contexts that make a word lawful, for every rule family (context.py) --------------------


@pytest.mark.parametrize(
    "text",
    [
        "评论区有人问是不是只招男生？不是的，男女都行",
        "好多人以为这岗只要女的，没这回事，谁能干谁来",
        "Some of you asked if we only hire women. No, anyone can apply.",
        "生育情况不作为录用依据",
        "是否有孩子不影响录取，欢迎投递",
        "Pregnancy is never a ground for rejecting an applicant.",
        "性别要求：不限（也欢迎女性司机）",
        "面试官：刘女士（行政主管）",
        "要求：简历发给招聘专员赵先生",
        "HR：王芳（女士），电话见下",
        "上一任司机是位男士，已退休，现招接替",
        "女员工加做妇科检查，费用公司承担",
        "向女性客户推荐女士专属理财产品，男女不限",
        "员工结婚可领取礼金500元",
        "熟悉婚姻登记、户籍业务者优先",
        "Our dental plan covers your spouse and children.",
        "负责HCG、孕酮等检验项目的报告录入",
        "Lab technician: run hCG assays on patient samples.",
    ],
)
def test_lawful_contexts(text: str) -> None:
    assert not {G, M, P} & _rules(text)


@pytest.mark.parametrize(
    ("codes", "text"),
    [
        ("M", "面试会问是否已婚，没有结婚的优先"),
        ("G", "只招男生，不是女生能干的活"),
        ("M", "已婚优先，不影响正常上班"),
        ("G", "男女不限，男士更佳"),
        ("G", "要求：女士，形象好"),
        ("G", "课程顾问（女士）两名"),
        ("G", "女性专属岗位，男士勿投"),
        ("P", "入职体检含HCG检测"),
        ("G", "Night porter, male applicants: apply in person"),
    ],
)
def test_restrictions_beside_those_contexts(codes: str, text: str) -> None:
    assert {_CODES[c] for c in codes} <= _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "搬运工，限男，每包米七八十斤，全天装车",
        "砌砖小工，只要男的，一筐砖四十来公斤，来回搬",
        "Removals crew, male only: carry fridges of 60-70 lb up stairs",
    ],
)
def test_heavy_loads_in_everyday_wording_reach_review(text: str) -> None:
    result = screen_post(text, model=None)
    assert result.exemptions and result.needs_review


# --- Round 7, after dev16-19: openness in policy words, places and programmes, loads in titles --


@pytest.mark.parametrize(
    "text",
    [
        "适合家庭主妇或家庭主夫，时间自由",
        "* No restrictions on age, marital status or family plans",
        "Our recruiters are told not to ask about marriage, kids or pregnancy.",
        "Applicants of any marital status may apply.",
        "已婚未婚均可，有无孩子都可以",
        "派遣说明：不要求提供婚育证明，不做孕检",
        "面试地点：女人街入口，招理货员，男女不限",
        "Interview venue: Ladies' Market, stall 12",
        "- Man-hour reporting in SAP",
        "参与「婚育友善企业」评选资料整理",
        "Family chauffeur: school runs for the children, weekend shopping",
        "Visa sponsorship for married staff and their families.",
        "Childcare subsidy for employees with children under 6",
        "员工可申请夫妻房（需结婚证办理入住），招聘不限婚否",
        "怀孕女职工不安排夜班，可调岗，工资不变",
        "有事请找陈姑娘，电话见下",
        "公司名称：女人帮电子商务有限公司",
        "主营：男士理容、女士美甲",
        "药店店员：向顾客介绍验孕棒、叶酸等商品",
    ],
)
def test_dev16_19_classes_stay_clean(text: str) -> None:
    assert not {G, M, P} & _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Male scaffold hands for tower erection, Grade IV physical labour intensity",
        "Rice-bag porter, male: 50 kg sacks carried up stairs all day",
        "Position: Male tunnel workers, 200 m underground",
        "Quarry loader, male: hand-loading 40 kg stone blocks",
        "工地项目：男性力工，人工搬运40公斤水泥袋",
        "冷库装卸工，男：每箱冻肉约35公斤，人工码垛",
    ],
)
def test_men_only_heavy_work_in_titles_reaches_review(text: str) -> None:
    result = screen_post(text, model=None)
    assert result.exemptions and result.needs_review
    assert G not in set(result.rules)


@pytest.mark.parametrize(
    ("codes", "text"),
    [
        ("G", "Position: Female receptionists for our hotel lobby"),
        ("G", "Office clerk, female: good Excel skills"),
        ("G", "岗位：女营业员两名，会收银"),
        ("M", "签约前须签《两年内不生育承诺书》"),
        ("M", "婚育：已婚已育　学历：不限"),
    ],
)
def test_restrictions_in_the_same_shapes_still_count(codes: str, text: str) -> None:
    assert {_CODES[c] for c in codes} <= _rules(text)


# --- Round 7, ratios, slang in English, regional 妹子, tests by other names ------------------


@pytest.mark.parametrize(
    ("codes", "text"),
    [
        ("G", "本批招工男女比例9:1，女工名额已满"),
        ("G", "We aim to keep this intake at 70% women, so please send female CVs."),
        ("G", "This round we are only shortlisting men."),
        ("G", "Need a reliable bloke for the night shift."),
        ("G", "Calling all gentlemen: join our security team"),
        ("G", "Hiring cheerful barmaids for the weekend."),
        ("G", "Stewardess vacancies now open on our regional routes."),
        ("G", "火锅店招川妹子，能说会道"),
        ("G", "发廊请洗头妹，包住"),
        ("G", "工地招伢子两个，能吃苦"),
        ("G", "保洁阿姨，55岁以下，勤快"),
        ("G", "搵靓女做楼面，时薪高"),
        ("G", "车间只进男工，女工下月再招"),
        ("P", "体检顺带查一下怀没怀孕"),
        ("P", "入职前须用B超确认未处于孕期"),
        ("P", "Applicants must show proof of not being pregnant."),
        ("P", "Pre-employment medical (blood count, hepatitis B, pregnancy) required."),
        ("P", "上岗当天请携带验孕报告"),
    ],
)
def test_round7_late_classes(codes: str, text: str) -> None:
    assert {_CODES[c] for c in codes} <= _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "去年入职员工男女比例为51:49，我们只看能力",
        "我们团队男女比例1:1，欢迎加入",
        "Our staff is about 50% women and 50% men.",
        "Pre-employment medical (blood count, hepatitis B; no pregnancy test).",
        "Hi guys, we are hiring a cashier, anyone welcome.",
        "Our clients include stewardess training schools.",
        "幼儿园招老师，带小朋友认识哥哥姐姐的称呼，男女不限",
    ],
)
def test_round7_late_look_alikes_stay_clean(text: str) -> None:
    assert not {G, M, P} & _rules(text)


# --- Round 7, pregnancy and children as grounds in everyday wording; decoy employers ---------


@pytest.mark.parametrize(
    ("codes", "text"),
    [
        ("M", "怀了孩子的就别来了，活太累"),
        ("M", "干到一半怀上了的，自己走人"),
        ("M", "试用期内怀孕者，公司将终止劳动合同"),
        ("M", "孕妇勿应聘"),
        ("M", "Not suitable for pregnant or nursing applicants."),
        ("M", "The client would rather not hire anyone with small children."),
        ("M", "娃娃还在吃奶的先不要来"),
        ("M", "孩子有老人帮忙看管者方可报名"),
        ("M", "家里孩子还小没人带的不考虑"),
        ("M", "家中有幼儿者恕不考虑"),
        ("M", "Requirements:\n- No kids.\n- Own car"),
        ("GM", "This programme is reserved for women who have children."),
        ("GM", "Preference for mums with school-age kids."),
        ("GM", "Hiring mummies only for the packing line."),
        ("GM", "招聘对象：全职宝妈"),
        ("GM", "只面向育有子女的女性"),
    ],
)
def test_round7_family_grounds(codes: str, text: str) -> None:
    assert {_CODES[c] for c in codes} <= _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "有婴幼儿照护经验者优先，男女不限",
        "怀孕员工依法享受产检假，公司不会因此调岗降薪",
        "We support employees with young children through flexible hours.",
        "家中有幼儿的员工可申请弹性上班",
    ],
)
def test_round7_family_look_alikes_stay_clean(text: str) -> None:
    assert not {G, M, P} & _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "我们是开矿的，井下工人上百个，现招文员一名，只要男的",
        "We run two underground gold mines. Hiring: Payroll Officer (male), city office.",
        "Brick maker (40 kg pallets) hiring Office Driver, male, to drive the directors.",
        "砖厂招聘：业务员（男），负责跑客户，每垛砖60公斤由装卸班负责",
        "Our steel mill ships coils worldwide. Accountant wanted, men only.",
    ],
)
def test_decoy_employers_are_refused_not_exempted(text: str) -> None:
    result = screen_post(text, model=None)
    assert G in set(result.rules)
    assert not result.exemptions


@pytest.mark.parametrize(
    ("codes", "text"),
    [
        ("M", "面试会问你结咗婚未，有冇小朋友"),
        ("M", "Interview form: wife's occupation, ages of children"),
        ("M", "Application form\nName ____\nSpouse's employer ____"),
        ("G", "Looking for a tall, outgoing lady to greet guests."),
        ("G", "She is the right woman for the role if she can travel."),
        ("G", "我们要找的这位区域经理，他需要常驻外地"),
        ("G", "招聘家务助理，要菲佣，会英文"),
        ("G", "奶茶店招川妹子两名"),
    ],
)
def test_round7_forms_and_questions(codes: str, text: str) -> None:
    assert {_CODES[c] for c in codes} <= _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fill in the form: name, phone and email ____",
        "我们的店长姓王，她会带新人熟悉流程",
        "漂亮的门店环境，招店员，男女不限",
    ],
)
def test_round7_forms_look_alikes_stay_clean(text: str) -> None:
    assert not {G, M, P} & _rules(text)


@pytest.mark.parametrize(
    ("codes", "text"),
    [
        ("GM", "只招bao妈，下午三点下班"),
        ("P", "报到前先验yun"),
        ("M", "怀yun的请自觉离职"),
        ("P", "入职体检加 h c g 检查"),
        ("G", "限 N A N，夜班"),
        ("M", "哺乳期女工不予续约"),
        ("M", "已孕者恕不录用"),
        ("M", "若入职体检发现怀孕，录用通知作废"),
        ("M", "Employees who fall pregnant are expected to resign."),
        ("M", "Who will take care of your kids during night shifts?"),
        ("GM", "生养过孩子的大姐优先"),
        ("M", "只考虑未婚人员，需住店"),
        ("M", "报名时请附上结婚证复印件"),
        ("M", "老公在本地工作者优先"),
        ("M", "请在表格中注明子女姓名及年龄"),
        ("GM", "Perfect for a young wife wanting extra income."),
    ],
)
def test_round7_last_batch(codes: str, text: str) -> None:
    assert {_CODES[c] for c in codes} <= _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "孕期员工依法享受产检假，不会因此解约",
        "员工子女可在公司托管班登记姓名年龄",
        "Bring your wife and kids to our family day!",
        "限本地户口，能吃苦",
    ],
)
def test_round7_last_batch_look_alikes(text: str) -> None:
    assert not {G, M, P} & _rules(text)


@pytest.mark.parametrize(
    ("codes", "text"),
    [
        ("G", "招搬运，男的来，女的莫来"),
        ("G", "培训班招学员兼招聘，女性不予录取"),
        ("G", "Preferred profile: a polished lady, 25-32, good English."),
        ("G", "女生视力0.8以上，男生不限"),
        ("G", "岗位代码C07 档案管理 2名 男 大专以上"),
        ("G", "需求：男：4人 女：1人"),
        ("G", "仓管员\t2\t男\t高中"),
        ("G", "應聘者：女，會粵語"),
        ("G", "本岗位不请女士"),
        ("G", "We cannot accept female candidates for this shift."),
        ("G", "Requirements: Male / local / own transport"),
        ("G", "Open to male graduates of engineering only."),
        ("G", "Sorry ladies, this role is strictly for the guys."),
        ("G", "Only Filipina nannies will be shortlisted."),
    ],
)
def test_round7_tables_and_refusals(codes: str, text: str) -> None:
    assert {_CODES[c] for c in codes} <= _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Open to male and female graduates; only a degree is required.",
        "需求：男女不限，4人",
        "This event is strictly for the ladies' football club members.",
    ],
)
def test_round7_tables_look_alikes(text: str) -> None:
    assert G not in _rules(text)
