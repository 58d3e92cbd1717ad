"""Round 8, Chinese marriage/childbearing and pregnancy-test classes (rules_family8*).

Every class is tested in several wordings of my own, simplified and traditional, and beside
them lawful posts that share its words (clients, duties, benefits, policies, people described).
None of these sentences is taken from a corpus.
"""

from __future__ import annotations

import pytest

from domain.screening import screen_post

G, M, P = "GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"


def _rules(text: str) -> set[str]:
    return set(screen_post(text, model=None).rules)


def _ad(line: str) -> str:
    return (
        "【诚聘】仓储文员 2名\n岗位职责：\n1. 负责出入库单据录入\n2. 协助盘点\n任职要求：\n"
        f"1. 中专以上学历\n2. {line}\n3. 会用Excel\n薪资：4500-5500元/月，包住\n"
    )


VIOLATING = [
    # pregnancy or nursing as grounds to refuse, dismiss or penalise
    ("孕妇及哺乳期妇女不予考虑", {M}),
    ("试用期内怀孕者按自动离职处理", {M}),
    ("入职后怀孕的一律劝退", {M}),
    ("在孕期的就别来面试了", {M}),
    ("哺乳期妈妈暂不录用，谢谢理解", {M}),
    ("身怀六甲者请勿投递", {M}),
    ("怀孕三个月以上的不收", {M}),
    ("哺乳中者恕不錄用", {M}),
    ("员工在合同期内怀孕的，公司有权调岗降薪", {M}),
    # not being pregnant as the entry condition; with a check, a test too
    ("未怀孕者方可办理入职手续", {M}),
    ("須確認沒有懷孕才可以上班", {M, P}),
    ("经体检确认非孕状态后签订合同", {P}),
    ("没有怀孕的才能签合同", {M}),
    # marital or parental status required or preferred
    ("要求已婚已育，家庭稳定", {M}),
    ("最好是已经成家的，做得长久", {M}),
    ("结了婚有孩子的优先", {M}),
    ("已婚有娃者更稳定，优先考虑", {M}),
    ("两口子一起来的优先安排", {M}),
    ("限已成家人员报名", {M}),
    ("单身者优先，能接受长期驻外", {M}),
    ("已婚优先，未婚也欢迎", {M}),
    ("宝子们注意，这个岗位要求已经结婚生了孩子的", {M}),
    ("有带娃经验的家长优先（不限性别）", {M}),
    ("急聘 某上市公司（旺角）　未婚，並須出示證件", {M}),
    # births: pledges, timetables, plans as a preference
    ("签约前需承诺三年内不要孩子", {M}),
    ("需保证入职两年内暂不生育", {M}),
    ("需承諾合約期內暫不生小朋友", {M}),
    ("生二胎需提前一年向部门报备", {M}),
    ("约定生育时间须提前一年报备部门审批", {M}),
    ("已有一孩、暂无二胎计划者优先", {M}),
    ("一孩已生、不打算再生的优先", {M}),
    # children's ages and childcare as conditions
    ("子女须年满6周岁", {M}),
    ("小孩年龄在十岁以上者优先", {M}),
    ("孩子8岁以上的优先", {M}),
    ("应聘者子女年龄须在3岁以上", {M}),
    ("家里无需接送孩子，可以经常加班", {M}),
    ("家中无需照顾小孩，能随时出车", {M}),
    ("无家庭拖累，能长期出差", {M}),
    # questions, forms and a spouse's consent
    ("面试时会问你家里有几个孩子", {M}),
    ("请如实告知您的婚姻及生育情况", {M}),
    ("面试官会询问应聘者配偶的工作单位", {M}),
    ("报名的时候老板要问你屋头有没有娃儿、老公在哪里上班", {M}),
    ("报名表：配偶姓名______ 配偶单位______", {M}),
    ("婚姻状况：______ 子女人数：______", {M}),
    ("需丈夫签字同意方可录用", {M}),
    ("需家属（丈夫）签字同意长期外出", {M}),
    # mothers only with an English operator: gender and status
    ("宝妈only，在家就能做", {G, M}),
    ("宝妈 first，居家办公", {G, M}),
    ("Only for 宝妈，WFH，每天4小时", {G, M}),
    # refusals after a status, spoken and Cantonese statuses, spouses (rules_family8b)
    ("在職期間懷孕將被解僱", {M}),
    ("應徵者須無懷孕", {M}),
    ("合同期内不得怀孕", {M}),
    ("有BB嘅唔好搵我哋", {M}),
    ("未生仔嘅優先考慮", {M}),
    ("仲未結婚嘅先好申請", {M}),
    ("有小孩嘅媽媽唔適合呢份工", {M}),
    ("老板不想要刚结婚的，怕马上怀孕", {M}),
    ("备孕期的不建议投递", {M}),
    ("产假期间不发工资，且产后不保证原岗位", {M}),
    ("生了孩子回来就没有位置了", {M}),
    ("配偶在外地的不考虑", {M}),
    ("面试会问到结婚和生小孩的计划", {M}),
    ("子女：□有 □无", {M}),
    # part 3: more refusal words, a lean, homophones, own children's schooling, birth
    # experience, a status singled out, couples hired, bare "not pregnant"
    ("最近打算备孕的朋友就不必投了", {M}),
    ("用人单位偏向已成家的候选人", {M}),
    ("入职前要签字保证三年内不要二胎", {M}),
    ("要求己婚，稳重", {M}),
    ("若合同期内懷孕，本公司將終止雇佣", {M}),
    ("自家小孩已上小学，能配合加班", {M}),
    ("有分娩经历者优先", {M}),
    ("需提交子女出生证明复印件", {M}),
    ("已婚人员须提供生育情况说明", {M}),
    ("招两对夫妇看管仓库", {M}),
    ("收银：女，未孕，能长期做", {P}),
    ("不要yun期的，站立工作", {M}),
    ("员工孕期请假超过五天按旷工开除处理", {M}),
    ("前台接待：已婚女士，形象好", {M}),
    ("门店销售顾问：未婚女生，身高160以上", {M}),
    ("怀孕的姐妹这次就算了哈", {M}),
    ("有身孕的恕难录用", {M}),
    ("结婚不满一年的暂缓考虑", {M}),
    ("报名需填写配偶信息", {M}),
    # pregnancy tests by the question, the pinyin, a quoted name
    ("入职体检需查一下有没有怀孕", {P}),
    ("体检项目包括：血常规、肝功、yan yun", {P}),
    ("体检需做yanyun，请空腹", {P}),
    ("入职前需做“早孕检测”", {P}),
    ("实习生转正前需补做一项“孕情筛查”", {P}),
    ("需出具医院证明确认未孕", {P}),
]

LAWFUL = [
    # protections and benefits
    "孕期员工依法享受产检假，工资照发",
    "不得以怀孕、生育为由辞退员工",
    "依法保障女职工权益，不以怀孕、哺乳为由降薪或解约",
    "哺乳期女职工每天享有一小时哺乳时间",
    "怀孕员工可申请调至轻松岗位",
    "怀孕期间可以居家办公",
    "已婚员工享受探亲假",
    "已婚员工可申请夫妻房",
    "夫妻双方都在公司的可以优先申请住房",
    "夫妻双方均在本单位工作的，可优先申请周转房",
    "员工宿舍：单身宿舍与夫妻房均有",
    "单身公寓拎包入住",
    "入职满一年可申请公租房（单身公寓及家庭户型）",
    "员工子女年满3岁可入读公司幼儿园",
    "子女教育补贴：每孩每年3000元",
    "员工可申请生育津贴，需提前报备人事部",
    "孩子放学后可以带来公司托管",
    "需要照顾孩子的家长可申请弹性工作时间",
    # policies
    "已婚未婚均可，欢迎投递",
    "婚育状况不影响录用",
    "不论是否结婚生子，一视同仁",
    "面试不会询问婚姻和生育情况",
    "本公司从不要求员工承诺不生育",
    "不因性别、婚姻、生育状况拒绝录用",
    "我们欢迎所有性别、所有婚育状况的候选人",
    "报名需提交身份证、学历证书复印件，不收取婚育证明",
    "要求：可为夫妻双方同时提供岗位，也欢迎单独应聘",
    "欢迎宝妈宝爸加入，时间灵活",
    "体检项目：血常规、胸片、肝功能（不含妊娠检查）",
    # clients, duties, products, people described
    "负责接待来访家长，介绍早教课程",
    "运营母婴社群，服务孕妈和宝妈用户",
    "条件：运营宝妈社群，策划亲子活动",
    "负责孕妇装产品的拍摄与上架",
    "负责婚纱照客户的预约与回访",
    "协助产科医生完成孕妇产检",
    "负责员工子女班车接送",
    "负责计划生育特殊家庭帮扶台账更新",
    "参与编写《已婚育龄妇女健康手册》，要求中文写作功底好",
    "职位：母婴店导购，负责向宝妈介绍奶粉",
    "产品面向孕妇群体，需熟悉母婴行业",
    "验孕试纸电商运营，负责店铺日常维护",
    "需有照顾婴幼儿的经验，持育婴师证优先",
    "我们的门店店长是一位二孩妈妈",
    "要求：创始人是一位宝妈，深知兼顾家庭的辛苦",
    "优先录用退役军人",
    "联系人：Wang Yanyun",
    "员工体检不合格者可复查一次",
    "面试时请不要带小孩来",
    "招生对象：孩子年龄在3-6岁",
    "负责3岁以上孩子的托管与看护",
    "须保证身体健康，不生病不请假",
    "欢迎已婚已育女性及男性投递，也欢迎未婚人士",
    "不得以怀孕为由辞退",
    "孕期女职工不得安排加班",
    "产假期间工资照发，回岗保留原职位",
    "产后可申请哺乳假",
    "不招收童工",
    "我们不会问你的婚姻和生育计划",
    "婚姻家庭（心理咨询）方向",
    "负责了解客户的婚姻状况和需求",
    "怀孕员工依法享受产假，不得辞退",
    "公司为已婚员工提供夫妻宿舍",
    "本岗位服务对象为孕产妇",
    "月子中心护理员，照顾产妇和新生儿",
    "已婚未婚、有无子女均可报名",
    "婚恋顾问，帮助会员寻找另一半",
    "本公司提供孕检假和产检报销",
    "妇幼保健院招聘B超医生，负责孕期超声检查",
    "医院检验科，负责HCG检测等项目",
    "有孩子的员工可以申请弹性工作",
    "子女结婚可享受婚假三天",
    "单身员工提供免费宿舍",
    "请勿在简历中填写婚姻状况",
    "我们团队有很多宝妈，氛围温馨",
    "幼儿园保育员，负责照顾3-6岁幼儿",
    "老板是两个孩子的爸爸，很理解带娃的辛苦",
    "面试不问婚否，不问生育计划",
    "员工享有婚检、孕检带薪假期",
    "妇幼保健院产科门诊招聘导诊员",
    "母婴店主营奶粉、纸尿裤及验孕试纸",
    "岗位要求：欢迎宝妈宝爸，时间可配合接送孩子",
    "依法保障女职工孕期、产期、哺乳期待遇，不降薪",
    "孩子已上初中的家长请到二楼报名",
    "育婴师，要求有育儿经验，持证上岗",
    "面试时不要求提供婚育证明",
    "不要求已婚",
    "招聘夫妻肺片师傅，会做凉菜",
    "员工享受产检假、婚假、陪产假",
    "婚姻状况：未婚、已婚均可",
    "孕妈瑜伽教练，负责孕期课程",
    "接送孩子的问题公司可以帮忙协调",
    "公司提供母婴室，方便哺乳期员工",
    "简历无需写明婚姻状况",
    "负责孕产妇档案管理",
    "家长需填写孩子的过敏信息",
    "办理子女医保请填写子女姓名",
]


@pytest.mark.parametrize(("text", "rules"), VIOLATING)
def test_violating_class_is_refused(text: str, rules: set[str]) -> None:
    assert rules <= _rules(text)


@pytest.mark.parametrize(("text", "rules"), VIOLATING[::4])
def test_violating_class_is_refused_inside_an_ad(text: str, rules: set[str]) -> None:
    assert rules <= _rules(_ad(text))


@pytest.mark.parametrize("text", LAWFUL)
def test_lawful_look_alike_passes(text: str) -> None:
    assert not _rules(text) & {M, P}


@pytest.mark.parametrize("text", LAWFUL[::3])
def test_lawful_look_alike_passes_inside_an_ad(text: str) -> None:
    assert not _rules(_ad(text)) & {M, P}
