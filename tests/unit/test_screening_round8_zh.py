"""Round 8 of the Chinese screening rules: classes, each in several wordings of my own.

Every class is tested with variants another author might write and, beside them, lawful
posts that share its words (clean traps). None of these sentences is taken from a corpus.
"""

from __future__ import annotations

import pytest

from domain.screening import screen_post

G, M, P = "GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"


def _rules(text: str) -> set[str]:
    return set(screen_post(text, model=None).rules)


VIOLATING = [
    # The wanted person: a hiring verb, a counter, modifiers, a gender noun or pronoun.
    ("店里想找一个手脚麻利的湘妹子", G),
    ("仓库需要一名肯吃苦的壮小伙，包住", G),
    ("希望新人是一位温柔耐心的小姐姐", G),
    ("我们正在寻找一位有亲和力的她，负责会员接待", G),
    ("门店需之妈妈一名", G),
    # A hiring verb and a bare gender before a role or a count.
    ("车间招女质检员两名", G),
    ("物业请男电工一名，持证上岗", G),
    ("项目组优先录用女研究生", G),
    ("夜班保安只聘男。", G),
    # One gender turned away, redirected, quota full; only one gender interviewed.
    ("女士简历恕不回复，谢谢理解", G),
    ("欢迎男生投递，女生请关注公司其他职位", G),
    ("今年男性指标已招满，只剩女性指标", G),
    ("这次复试只通知女性候选人", G),
    ("只看男生简历", G),
    # Ratios with words between, suitability, target field, signed height bar, same gender twice.
    ("今年男女招聘比例为3:1", G),
    ("按男女3:2比例安排面试", G),
    ("该岗位男士更为适合", G),
    ("本工作适合由女性担任", G),
    ("报名对象：应届女性毕业生", G),
    ("女生身高>=165cm，五官端正", G),
    ("性别：male/男", G),
    ("條件：須役畢，可配合加班", G),
    # Slang and role words of this round.
    ("奶茶店招美眉两名", G),
    ("搬家公司要大隻佬三个", G),
    ("柜台小姐两名，形象佳", G),
    ("限本地妇女报名，年龄55岁以下", G),
    # Pregnancy with an adverse outcome.
    ("入职半年内怀孕的，按考核不合格处理", M),
    ("怀上了就自己走人", M),
    ("大肚子的免谈", M),
    ("体检不合格(含怀孕)者取消资格", M),
    # Births or weddings put off, allowed later.
    ("入职两年内不得生育", M),
    ("三年以内不可要孩子", M),
    ("近两年没有生二胎的打算", M),
    ("工作满三年后方可申请生育", M),
    ("承诺一年内不结婚", M),
    # People defined by their children; carers; no young children.
    ("孩子已上初中的优先", M),
    ("家里小孩还没上学的慎投", M),
    ("家中无三岁以下幼儿", M),
    ("须有老人帮忙带孩子", M),
    # Spouse and partner asked or preferred; status in a "情况" field; blanks; mothers turned away.
    ("面试时需说明配偶的工作单位", M),
    ("老公在本公司上班的优先", M),
    ("请问是否有男朋友？", M),
    ("是否计划近期要孩子", M),
    ("本人情况：已婚，能出差", M),
    ("子女 ____ 人（必填）", M),
    ("宝妈暂不考虑", M),
    ("招两口子一起做，包吃住", M),
    ("两公婆一齐来的优先", M),
    # Check-ups listed as containing pregnancy; spaced test verbs.
    ("入职体检（含妊娠检查），费用自理", P),
    ("妇检包括早孕项目", P),
    ("上岗前查 孕", P),
    ("入职要验 hcg", P),
    # Pinyin, sound-alikes and English against Chinese.
    ("要求 wei hun 优先", M),
    ("在家做手工，只要bao ma", M),
    ("入职前需做 yan yun", P),
    ("只招兰生，跑夜班", G),
    ("全职妈妈 first，在家接单", G),
    # Floors and ceilings for one gender, job fields with a gendered headcount, assigned jobs.
    ("计划录用30人，其中女性不超过10人", G),
    ("收银员：女5名；理货：男3名", G),
    ("男的负责搬货，女的负责收银，要夫妻", G),
    ("门店都是男生，只招同性", G),
    ("招聘漂亮女主播数名", G),
    ("男保姆就别投了", G),
    ("迎宾小姐：165cm以上", G),
    ("想找几个可爱学妹拍视频", G),
    ("招伴郎两名，婚礼当天", G),
    # Children, spouses and status in this round's shapes.
    ("孩子年龄须满6周岁", M),
    ("本岗位要求已经成家有孩子", M),
    ("未婚者稳定性差，已婚的优先考虑", M),
    ("外派需配偶签字同意", M),
    ("家里不用照顾孩子，能常驻外地", M),
    ("应聘登记：孩子年龄 ____", M),
    ("哺乳期者恕不录用", M),
    ("员工孕期内公司有权调岗", M),
    ("合同期内怀孕的，公司有权调岗降薪", M),
    ("入职体检确认未孕后签约", P),
    # Titles with a dash and a gender, gender nouns before a role and a count, crowds called.
    ("招聘岗位：仓库文员-女（2名）", G),
    ("帅哥服务员数名，夜场", G),
    ("姐妹们快来报名，名额有限", G),
    ("只招可爱妹妹做直播", G),
    ("男的开货车，女的管账，夫妻优先", G),
    ("本岗位只为宝妈设置，宝爸及未婚人士不在招聘范围", G),
    ("幼儿园急招男幼师一名", G),
    ("条件：已育妇女", G),
    # A birth the applicant gave, mothers turned away (their GENDER side).
    ("育婴员：本人生养过孩子", G),
    ("孩子未满三岁的妈妈请勿投", G),
    # Preferences and calls for one gender; role: gender, looks; jobs assigned per gender.
    ("首选女性，会说粤语", G),
    ("老板更倾向于男生", G),
    ("诚征亲切小姐姐担任前台", G),
    ("美容顾问：女，形象气质佳", G),
    ("后厨招两人，男的炒菜女的洗碗", G),
    ("包装工女的就行，男的去搬货", G),
    ("招聘男编辑一名", G),
    ("饭堂请阿婶帮厨", G),
    ("xian nv, 会化妆", G),
]


@pytest.mark.parametrize(("text", "rule"), VIOLATING)
def test_violating_forms(text: str, rule: str) -> None:
    assert rule in _rules(text), text


LAWFUL = [
    # The wanted frame with a service verb, a client or a second counter.
    "需要一位护工照顾一位八十岁的阿姨",
    "我们想找一个人陪伴一位独居的大爷聊天",
    "找一位运营，服务宝妈用户",
    # Bare gender before products.
    "招女装导购2名",
    "招男装店员一名",
    "招女鞋销售，男女不限",
    # Turned away / quotas that are not about the hire.
    "女生宿舍已满，男生宿舍还有空床",
    "只剩最后3个名额，男女不限",
    "男女比例1:1，欢迎报名",
    "现有员工男女比例为3:2",
    "本职位适合应届毕业生",
    "招聘对象：应届毕业生，男女不限",
    "性别：女/男",
    # Pregnancy, birth, children and spouses in lawful senses.
    "孕期员工依法享受产假，不得以怀孕为由辞退",
    "试用期内怀孕的员工依法享受孕期保护",
    "怀孕女职工不安排夜班",
    "年内不安排加班",
    "入职后可申请婚假、产假",
    "员工子女的优先入读附近幼儿园",
    "孩子上学的家长可以选择早班",
    "有孩子要接送的也可以来，男女都行",
    "有婴幼儿照护经验者优先（男女不限）",
    "我们公司不会问你是否打算结婚",
    "面试官不会询问是否有对象",
    "配偶可一起参加年度体检",
    # Tests not asked of applicants.
    "体检项目不含妊娠检测",
    "验孕棒及排卵试纸的进口报关",
    "维护验孕棒、hcg检测卡产品的注册资料",
    # This round's lawful contexts.
    "我是人事小周，女的，有问题随时问",
    "部门目前10个人，4个女生6个男生，氛围很好",
    "学员以初中男生居多，需有耐心",
    "在妇科门诊为就诊女性提供导诊服务",
    "产品主要面向宝妈群体，需懂母婴",
    "女性话题栏目编辑，文笔好",
    "男士西服定制店学徒，包吃住",
    "员工结婚发放贺礼800元",
    "结婚纪念日可调休一天",
    "协助居民办理独生子女证、婚育证明的初审",
    "本职位不查询婚姻状况",
    "应聘表毋须填写婚姻状况",
    "本岗位对性别、婚育状况不作任何要求",
    # Round 8, second part: clients after the gender word, goods, books, programmes, brands.
    "岗位要求：为男性顾客提供理发服务",
    "负责运营宝妈社群，策划亲子活动",
    "店铺主营女士运动服，负责投放",
    "参与编写《已婚育龄妇女保健手册》",
    "负责计划生育特殊家庭帮扶工作",
    "入职满一年可申请单身公寓",
    "负责员工子女班车接送",
    "员工子女可享受学费补贴",
    "阿姨来了家政招前台",
    "报名无需婚育证明，不收取任何证件原件以外材料",
    "我们欢迎所有婚育状况的候选人",
    "团队里有女设计师也有男设计师",
    "团队女性占45%，管理层女性占比40%",
    "女子中学数学家教，男女老师都可",
    "这是妈妈岗，但不是只招妈妈，爸爸也可以报",
    "哥哥们的公司在隔壁",
    "这是妈妈岗，不考虑学历",
    "路演嘉宾以女性居多，需懂金融",
    "欢迎退役军人、大龄女性等各类人员报名",
    "配送员男女都有，女配送员收入也不低",
    "欢迎男护士加入，女护士同样欢迎",
    "女员工专属休息室已启用",
    "Our office is on Xian Nan Road, 5th floor",
    "任职要求：Male or Female均可",
    "岗位要求: male or female, 22-35",
]


@pytest.mark.parametrize("text", LAWFUL)
def test_lawful_look_alikes(text: str) -> None:
    assert not _rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        # Still restricts, so the lawful contexts do not hold.
        "客户指定男性，35岁以下",
        "本岗位面向已生育的女同志",
        "面向社会招聘女工3名",
        "大客户销售 男 3名",
        "招男大学生两名",
        "招聘岗位：销售经理（男）",
    ],
)
def test_contexts_that_still_restrict(text: str) -> None:
    assert G in _rules(text), text
