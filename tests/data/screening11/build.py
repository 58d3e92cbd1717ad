# -*- coding: utf-8 -*-
"""Build dev11.jsonl (author 11, blind). Standard library only; fixed seed; byte-for-byte reproducible.

Every hand-written item (items_*.py, which contain the answers) is wrapped in one realistic ad body
and appears verbatim in exactly one post. Template text is kept free of gender / marriage /
pregnancy vocabulary (checked below) so that the item alone decides the label.
"""
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from items_zh_v import V_ZH  # noqa: E402
from items_zh_c import C_ZH  # noqa: E402
from items_x import X_ALL  # noqa: E402
from items_hant import V_HANT, C_HANT  # noqa: E402
from items_en import V_EN, C_EN  # noqa: E402
from items_extra import EXTRA  # noqa: E402

SEED = 20261211
PREFIX = "s11d"
OUT = os.path.join(HERE, "dev11.jsonl")
LABEL = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

# ---------------------------------------------------------------- pools (neutral wording only)
CITIES = ["杭州", "南京", "成都", "武汉", "西安", "长沙", "合肥", "济南", "郑州", "南昌", "福州", "昆明",
          "贵阳", "太原", "石家庄", "南宁", "宁波", "佛山", "东莞", "肇庆", "绍兴", "温州", "洛阳", "宜昌"]
DISTRICTS = ["高新区", "经开区", "城东片区", "滨江区", "老城区", "新区", "城北街道", "临港片区"]
ORG = {
    "notice": ["{c}市{d}人力资源和社会保障局", "{c}市{d}街道办事处", "{c}市城市管理综合执法局", "{c}市{d}社区服务中心",
               "{c}市公共就业服务中心", "{c}市{d}政务服务中心", "{c}市水务局", "{c}市档案馆"],
    "bank": ["{c}农村商业银行", "{c}银行股份有限公司", "中国某国有银行{c}分行", "{c}城市商业银行{d}支行", "{c}村镇银行"],
    "hospital": ["{c}市第一人民医院", "{c}市中医院", "{c}大学附属医院", "{c}市{d}社区卫生服务中心", "{c}市中心医院",
                 "{c}市精神卫生中心"],
    "school": ["{c}市第三中学", "{c}市实验小学", "{c}职业技术学院", "{c}市{d}中心幼儿园", "{c}外国语学校"],
    "soe": ["{c}城市建设投资集团有限公司", "{c}交通投资集团", "{c}能源集团有限公司", "{c}水务集团", "{c}国有资本运营公司",
            "{c}轨道交通集团", "{c}港务集团"],
    "airline": ["{c}航空有限公司", "某航空股份有限公司{c}分公司", "{c}机场集团", "{c}公务航空服务有限公司"],
    "hotel": ["{c}国际大酒店", "{c}皇冠假日酒店", "{c}温泉度假酒店", "{c}宾馆（国有）", "{c}希尔顿逸林酒店"],
    "law": ["{c}某某律师事务所", "{c}正衡律师事务所", "{c}明德律师事务所", "{c}国信律师事务所"],
    "securities": ["某证券股份有限公司{c}分公司", "{c}证券营业部", "某期货有限公司{c}营业部", "某基金销售有限公司{c}分公司"],
    "platform": ["{c}启航科技有限公司", "{c}优品商贸有限公司", "{c}云帆网络科技", "{c}瑞丰实业有限公司", "{c}嘉禾文化传媒",
                 "{c}安信物业服务有限公司", "{c}华远电子商务有限公司", "{c}万象健康管理有限公司"],
    "agency": ["{c}鑫源劳务派遣有限公司", "{c}人力资源服务有限公司", "{c}顺达劳务", "{c}众诚人力"],
    "hr_policy": ["{c}某集团有限公司", "{c}某科技股份有限公司", "{c}某连锁酒店管理公司", "{c}某制造有限公司"],
}
TITLES = {
    "notice": ["编外工作人员", "劳务派遣制工作人员", "公益性岗位人员", "合同制工作人员", "辅助性岗位人员"],
    "bank": ["柜员及客户经理", "综合柜员", "派遣制员工", "营业网点工作人员"],
    "hospital": ["编外专业技术人员", "合同制护理及医技人员", "编外工作人员", "后勤保障人员"],
    "school": ["编外教师", "合同制教职工", "临聘教师及教辅人员", "后勤服务人员"],
    "soe": ["社会招聘人员", "市场化选聘人员", "一线及职能岗位人员", "所属企业工作人员"],
    "airline": ["乘务员及地面服务人员", "客舱乘务员", "地面服务人员", "空中安全员及乘务员"],
    "hotel": ["各部门员工", "前厅及餐饮部员工", "开业筹备人员", "客房及礼宾员工"],
    "law": ["律师助理及行政人员", "实习律师", "行政与法务人员"],
    "securities": ["财富管理岗位人员", "营业部员工", "客户经理及投资顾问"],
}
DUTY_ZH = {
    "notice": ["协助做好窗口受理、咨询引导和资料归档工作", "负责日常巡查、台账登记及信息报送", "完成领导交办的其他工作",
               "协助开展政策宣传和群众来访接待", "负责系统数据录入及统计报表编制"],
    "bank": ["办理现金及非现金柜面业务", "负责网点客户营销与维护", "按照监管要求落实反洗钱及客户身份识别", "做好大堂分流与业务引导"],
    "hospital": ["按照诊疗规范完成本岗位工作", "参与科室质量控制与院感管理", "配合完成夜班及节假日值班安排", "做好病历资料的书写与归档"],
    "school": ["承担相应学科教学任务", "参与教研活动及课后服务", "协助做好学生日常管理", "完成学校安排的其他工作"],
    "soe": ["负责项目前期手续办理及档案管理", "参与公司制度建设与执行监督", "配合完成经营指标分解与考核", "完成上级交办的其他工作"],
    "airline": ["执行航班客舱服务与安全工作", "负责旅客值机、引导及特殊旅客服务", "按照手册完成航前准备与航后讲评"],
    "hotel": ["按照酒店标准为宾客提供服务", "负责本区域卫生与物品管理", "配合完成大型会议及宴会接待"],
    "law": ["协助律师开展法律检索、文书起草及案卷整理", "负责客户接待及案件进度跟进", "完成律所安排的其他行政工作"],
    "securities": ["负责客户开发与资产配置服务", "开展投资者教育及适当性管理工作", "做好客户回访与合规留痕"],
}
REQ_ZH = ["具有中华人民共和国国籍，遵守宪法和法律", "具有良好的品行和职业道德", "身体健康，具备正常履行职责的身体条件",
          "大专及以上学历", "全日制本科及以上学历，所学专业与岗位相符", "熟练使用Office等办公软件",
          "具有较强的沟通协调能力和团队合作精神", "年龄在18周岁以上", "有相关工作经验者同等条件下优先",
          "服从单位工作安排", "无违法违纪记录", "具备岗位所需的专业技能"]
PAY_ZH = ["薪酬参照本单位同类人员标准执行，缴纳五险一金", "月薪4500-6500元，另有绩效奖金", "试用期后综合年薪8-12万元",
          "依法缴纳社会保险和住房公积金，享受带薪年休假", "提供工作餐，节日慰问，年度体检", "薪资面议，享受法定节假日"]


CTX = {"plain": False}  # True for exemption / decoy posts: neutral title and duties, so the item alone names the job
PLAIN_TITLE_ZH = ["一线作业人员", "生产及配套岗位人员", "各类岗位人员"]
PLAIN_DUTY_ZH = ["遵守安全操作规程，服从班组安排", "按岗位说明完成本职工作", "参加上岗前安全教育培训"]


def org(rng, style):
    c = rng.choice(CITIES)
    d = rng.choice(DISTRICTS)
    return rng.choice(ORG.get(style, ORG["platform"])).format(c=c, d=d), c


def phone(rng):
    return "0%d-%d" % (rng.randint(10, 999), rng.randint(10000000, 89999999))


def date_zh(rng):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return "2026年%d月%d日" % (m, d), m, d


def numbered(lines, style):
    out = []
    for i, l in enumerate(lines, 1):
        if style == 0:
            out.append("%d. %s" % (i, l))
        elif style == 1:
            out.append("（%s）%s" % ("一二三四五六七八九十"[i - 1], l))
        else:
            out.append("%d、%s" % (i, l))
    return out


def mix_item(rng, item, pool, k):
    """Put an item among k neutral lines at a random position (item stripped of its own numbering)."""
    lines = rng.sample(pool, k)
    lines.insert(rng.randint(0, len(lines)), None)
    return lines


def render_lines(rng, item, pool, k):
    lines = mix_item(rng, item, pool, k)
    st = rng.randint(0, 2)
    out = []
    n = 0
    for l in lines:
        n += 1
        if l is None:
            # item is inserted verbatim; numbered like its neighbours unless it carries its own numbering
            if re.match(r"^[（(]?[0-9一二三四五六七八九十]+[）)、.．]", item) or not rng.random() < 0.8:
                out.append(item)
            elif st == 0:
                out.append("%d. %s" % (n, item))
            elif st == 1:
                out.append("（%s）%s" % ("一二三四五六七八九十"[n - 1], item))
            else:
                out.append("%d、%s" % (n, item))
        else:
            if st == 0:
                out.append("%d. %s。" % (n, l))
            elif st == 1:
                out.append("（%s）%s。" % ("一二三四五六七八九十"[n - 1], l))
            else:
                out.append("%d、%s；" % (n, l))
    return out


# ---------------------------------------------------------------- Chinese templates
def t_formal(rng, item, style):
    name, city = org(rng, style)
    title = rng.choice(TITLES.get(style, TITLES["soe"]))
    dt, m, d = date_zh(rng)
    n = rng.randint(2, 30)
    duties = rng.sample(DUTY_ZH[style], min(2, len(DUTY_ZH[style])))
    if CTX["plain"]:
        title = rng.choice(PLAIN_TITLE_ZH)
        duties = rng.sample(PLAIN_DUTY_ZH, 2)
    variant = rng.randint(0, 2)
    body = []
    if variant == 0:
        body.append("%s2026年公开招聘%s公告" % (name, title))
        body.append("")
        body.append("根据工作需要，经研究决定，面向社会公开招聘%s%d名。现将有关事项公告如下：" % (title, n))
        body.append("一、招聘岗位")
        if CTX["plain"]:
            body.append(item)
            body.append("二、报名条件")
            body += ["%d. %s。" % (i + 1, x) for i, x in enumerate(rng.sample(REQ_ZH, 4))]
        else:
            body.append("详见《招聘岗位一览表》。岗位职责：" + "；".join(duties) + "。")
            body.append("二、报名条件")
            body += render_lines(rng, item, REQ_ZH, rng.randint(3, 5))
        body.append("三、报名方式")
        body.append("报名时间：%s至%d月%d日（工作日8:30-17:00）。应聘人员须如实填写《报名登记表》，并提交身份证、学历证书等材料。" % (dt, m, min(d + 7, 28)))
        body.append("四、考试与考察")
        body.append("考试采取笔试与面试相结合的方式，成绩按笔试40%、面试60%折算。")
        body.append("五、体检与聘用")
        body.append("根据总成绩从高到低按1:1确定体检、考察人选。合格者签订劳动合同，试用期%d个月。" % rng.choice([1, 3, 6]))
        body.append("六、待遇")
        body.append(rng.choice(PAY_ZH) + "。")
        body.append("咨询电话：%s" % phone(rng))
        body.append("")
        body.append(name)
        body.append(dt)
    elif variant == 1:
        body.append("【%s】%s招聘启事" % (name, title))
        body.append("单位简介：%s位于%s，是%s。" % (name, city, rng.choice(["市属重点单位", "一家综合性服务机构", "行业内骨干企业", "当地知名单位"])))
        body.append("招聘人数：%d人" % n)
        if CTX["plain"]:
            body.append("招聘岗位：")
            body.append(item)
            body.append("基本要求：" + "；".join(rng.sample(REQ_ZH, 3)) + "。")
        else:
            body.append("岗位职责：")
            body += ["· " + x for x in duties]
            body.append("任职要求：")
            body += render_lines(rng, item, REQ_ZH, rng.randint(2, 4))
        body.append("薪酬待遇：" + rng.choice(PAY_ZH))
        body.append("报名方式：将简历发送至 hr%d@example.cn，邮件标题注明“姓名+应聘岗位”。截止日期：%s。" % (rng.randint(10, 99), dt))
    else:
        body.append("%s关于招聘%s的通知" % (name, title))
        body.append("各有关人员：")
        body.append("为进一步充实工作力量，现就招聘事宜通知如下。")
        if CTX["plain"]:
            body.append("1. 岗位与名额：")
            body.append(item)
            body.append("2. 安全要求：" + "；".join(duties) + "。")
            body.append("3. 应聘条件：" + "、".join(rng.sample(REQ_ZH, 2)) + "。")
        else:
            body.append("1. 岗位与名额：%s %d名。" % (title, n))
            body.append("2. 主要职责：" + "；".join(duties) + "。")
            body.append("3. 应聘条件：")
            body.append(item)
            body.append("   另须" + "、".join(rng.sample(REQ_ZH, 2)) + "。")
        body.append("4. 薪酬福利：" + rng.choice(PAY_ZH) + "。")
        body.append("5. 其他：本次招聘不收取任何费用。联系电话 %s。" % phone(rng))
        body.append("特此通知。")
        body.append(dt)
    return "\n".join(body)


JOBS_PF = ["行政专员", "客服专员", "销售代表", "运营助理", "仓储专员", "储备干部", "门店店员", "数据录入员", "市场专员", "前台接待"]


def t_platform(rng, item, style):
    name, city = org(rng, "platform")
    job = rng.choice(JOBS_PF)
    lo = rng.randint(4, 8) * 1000
    variant = rng.randint(0, 1)
    duties = ["完成日常工作安排，按时提交周报", "对接内部各部门，跟进事项进度", "维护客户关系，处理咨询与投诉",
              "整理资料和数据，保证信息准确", "参与团队培训与业务活动"]
    if CTX["plain"]:
        job = "现场作业岗"
        duties = ["遵守安全操作规程", "服从现场主管安排", "参加岗前培训", "爱护公司设备与物资", "按时完成当班任务"]
    reqs = ["大专及以上学历", "有1年以上相关经验", "沟通表达清晰，责任心强", "熟悉Excel、PPT", "能适应阶段性加班", "普通话标准"]
    if variant == 0:
        body = ["%s | %s | %d-%dK" % (job, city, lo // 1000, lo // 1000 + 3),
                name,
                "",
                "岗位职责："]
        if CTX["plain"]:
            body.append(item)
        body += ["%d. %s；" % (i + 1, x) for i, x in enumerate(rng.sample(duties, 3))]
        body.append("任职要求：")
        rl = rng.sample(reqs, 3)
        if not CTX["plain"]:
            rl.insert(rng.randint(0, 3), None)
        for i, x in enumerate(rl):
            if x is None:
                own = re.match(r"^[（(]?[0-9一二三四五六七八九十]+[）)、.．]", item)
                body.append(item if own or rng.random() < 0.3 else "%d. %s" % (i + 1, item))
            else:
                body.append("%d. %s；" % (i + 1, x))
        body.append("薪资福利：")
        body.append("底薪%d元+绩效，五险一金，双休，带薪年假，节日福利。" % lo)
        body.append("工作地址：%s%s。" % (city, rng.choice(DISTRICTS)))
    else:
        body = ["【招聘】%s诚聘%s" % (name, job),
                "一、岗位描述",
                "；".join(rng.sample(duties, 2)) + "。",
                "二、岗位要求",
                "；".join(rng.sample(reqs, 2)) + "。",
                item,
            ]
        if CTX["plain"]:
            body[1:1] = ["岗位：", item]
            del body[-1]
        body += [
                "三、待遇",
                "月薪%d-%d元，入职即缴社保，提供午餐。" % (lo, lo + 2500),
                "四、应聘",
                "请在本平台直接投递简历，HR会在3个工作日内回复。"]
    return "\n".join(body)


def t_wechat(rng, item, style):
    city = rng.choice(CITIES)
    e = rng.choice(["📢", "🔥", "✨", "💼", "👉"])
    body = ["%s%s招人啦%s" % (e, city, e),
            "%s，%s" % (rng.choice(["工作室扩招", "门店缺人", "朋友公司急招", "新项目启动"]), "详情见下" if CTX["plain"] else rng.choice(JOBS_PF)),
            item,
            "💰%d-%d/月，%s" % (rng.randint(4, 7) * 1000, rng.randint(8, 12) * 1000, rng.choice(["月休4天", "做六休一", "双休", "时间可商量"])),
            "📍%s%s" % (city, rng.choice(DISTRICTS)),
            rng.choice(["有意私聊～", "感兴趣的戳我头像", "转发扩散，谢谢大家🙏", "评论区扣1我来找你"])]
    if rng.random() < 0.5:
        body.insert(2, "")
    return "\n".join(body)


def t_live(rng, item, style):
    name, city = org(rng, "platform")
    job = "现场作业" if CTX["plain"] else rng.choice(JOBS_PF)
    body = ["【直播带岗 口播稿】",
            "主播：欢迎新进直播间的家人们！下面给大家上一个%s的岗位，%s。" % (city, name),
            "主播：岗位是%s，工资%d到%d，%s。" % (job, rng.randint(4, 6) * 1000, rng.randint(7, 10) * 1000, rng.choice(["交社保", "包午餐", "有年终奖"])),
            "主播：" + item,
            "主播：想报名的点下方小黄车，填一下名字电话就行，HR会联系大家。",
            "场控：下一个岗位准备！"]
    return "\n".join(body)


def t_poster(rng, item, style):
    shop = rng.choice(["老街面馆", "鲜果时光水果店", "安心药房", "潮流服饰店", "好邻居便利店", "阿福建材", "佳佳美发", "鑫鑫粮油店"])
    body = ["～～～ 招 聘 ～～～",
            "本店（%s）因业务需要招聘员工：" % shop,
            item,
            "工作时间：%s" % rng.choice(["9:00-18:00", "10:00-21:00 两班倒", "早7点到下午4点"]),
            "待遇：%d元/月起，包%s" % (rng.randint(3, 5) * 1000 + 500, rng.choice(["午餐", "吃住", "一餐"])),
            "有意者进店详谈或电话：1%d" % rng.randint(3000000000, 8999999999)]
    return "\n".join(body)


def t_agency(rng, item, style):
    name, city = org(rng, "agency")
    body = ["%s 最新岗位信息（%s）" % (name, date_zh(rng)[0]),
            "━━━━━━━━━━━━",
            "企业：%s某%s厂" % (city, rng.choice(["电子", "食品", "物流", "包装", "五金", "建材"])),
            item,
            "班次：%s" % rng.choice(["两班倒，一周一倒", "长白班", "做六休一"]),
            "食宿：%s" % rng.choice(["包住不包吃，餐补15元/天", "包吃包住", "宿舍4-6人间，空调热水"]),
            "发薪：每月%d号准时发放" % rng.randint(5, 25),
            "报名：带身份证原件到门店，免费面试，当天安排进厂",
            "━━━━━━━━━━━━"]
    return "\n".join(body)


def t_form(rng, item, style):
    name, city = org(rng, rng.choice(["platform", "soe", "agency"]))
    fields = ["岗位名称：%s" % ("见下" if CTX["plain"] else rng.choice(JOBS_PF)), "招聘人数：%d" % rng.randint(1, 10), "学历：大专及以上",
              "年龄：18-45周岁", "工作地点：%s" % city, "薪资：%d-%d元/月" % (rng.randint(4, 6) * 1000, rng.randint(7, 9) * 1000),
              "工作经验：不限", "联系方式：%s" % phone(rng)]
    pos = rng.randint(2, len(fields))
    fields.insert(pos, item)
    return "%s 招聘信息登记表\n" % name + "\n".join(fields)


def t_hr_policy(rng, item, style):
    name, city = org(rng, "hr_policy")
    variant = rng.randint(0, 1)
    if variant == 0:
        body = ["%s 新员工入职须知（节选）" % name,
                "一、报到材料：身份证、学历学位证书、离职证明、一寸照片两张。",
                "二、入职体检：应于报到前完成，体检机构由公司指定。",
                item,
                "三、劳动合同：公司与员工签订书面劳动合同，依法缴纳社会保险。",
                "四、考勤：实行标准工时制，每周工作五天。",
                "人力资源部"]
    else:
        body = ["%s 劳动合同（示范文本）部分条款" % name,
                "第五条 乙方的工作岗位由甲方根据工作需要和乙方的能力确定。",
                "第八条 甲方按月以货币形式支付乙方工资，不低于%s最低工资标准。" % city,
                item,
                "第十五条 甲方依法为乙方缴纳各项社会保险费。",
                "第二十条 本合同一式两份，甲乙双方各执一份。"]
    return "\n".join(body)


def t_oneliner(rng, item, style):
    tail = rng.choice(["", " 电话%s" % phone(rng), "（%s）" % rng.choice(CITIES), " 有意私信"])
    return item + tail


def t_bilingual(rng, item, style):
    name, city = org(rng, "platform")
    body = ["%s | %s Office 招聘 Hiring" % (name, city),
            "Job Title 职位：%s" % rng.choice(["Marketing Executive 市场专员", "Relationship Manager 客户经理", "Teller 柜员", "Office Admin 行政"]),
            "Responsibilities 职责：support daily operations; 维护客户关系。",
            item,
            "Salary 薪资：RMB %d-%dK / month，五险一金" % (rng.randint(6, 10), rng.randint(11, 18)),
            "Apply 投递：careers@example.cn"]
    return "\n".join(body)


# ---------------------------------------------------------------- traditional templates
HK_ORG = ["恒信物業管理有限公司", "港城保安服務有限公司", "永利清潔服務有限公司", "華峰貿易有限公司", "新紀元飲食集團",
          "大昌行倉儲有限公司", "東方建築工程有限公司", "匯安財務有限公司"]
HK_BANK = ["某銀行（香港）有限公司", "港灣銀行", "亞太商業銀行", "某財務有限公司"]
TW_ORG = ["永豐實業股份有限公司", "台灣某連鎖餐飲集團", "宏達物流股份有限公司", "日光精品旅館", "大安診所", "新北某科技公司"]


def t_hk(rng, item, style):
    if style == "tw":
        name = rng.choice(TW_ORG)
        city = rng.choice(["台北市", "新北市", "台中市", "高雄市", "桃園市", "台南市"])
        body = ["【%s】職缺：%s" % (name, "現場人員" if CTX["plain"] else rng.choice(["門市人員", "行政助理", "倉管人員", "櫃檯人員", "業務專員"])),
                "工作內容：" + ("依職缺說明" if CTX["plain"] else rng.choice(["負責門市銷售與顧客服務", "處理文書資料及電話接聽", "協助進出貨及庫存盤點"])),
                "工作地點：%s" % city,
                "條件要求：",
                item,
                "薪資待遇：月薪NT$%d,000起，勞健保、三節獎金" % rng.randint(28, 38),
                "上班時段：%s" % rng.choice(["日班 09:00-18:00", "排班制", "週休二日"]),
                "應徵方式：請透過人力銀行投遞履歷"]
        return "\n".join(body)
    if style == "hk_bank":
        name = rng.choice(HK_BANK)
    else:
        name = rng.choice(HK_ORG)
    pre = "（政府外判合約）" if style == "hk_gov" else ""
    body = ["%s%s 誠聘" % (name, pre),
            "職位：%s" % ("見下列" if CTX["plain"] else rng.choice(["客戶服務主任", "文員", "助理", "前線職員", "物業管理員"])),
            "職責：" + ("遵守工地及安全守則" if CTX["plain"] else rng.choice(["處理日常文書及客戶查詢", "負責前線服務及資料輸入", "協助主管處理行政事務"])),
            "要求：",
            "- " + rng.choice(["中學會考／文憑試程度", "大學學位或同等學歷", "一年或以上相關經驗"]),
            item,
            "待遇：月薪HK$%d,000-%d,000，%s" % (rng.randint(14, 20), rng.randint(21, 28), rng.choice(["五天工作", "醫療福利", "年終雙糧"])),
            "有意者請將履歷及要求薪金寄往 hr@example.com.hk，或致電 %d %d 查詢。" % (rng.randint(2100, 3999), rng.randint(1000, 9999)),
            "（申請人提供的資料只作招聘用途）" if rng.random() < 0.4 else "歡迎應屆畢業生申請"]
    return "\n".join(body)


# ---------------------------------------------------------------- English templates
EN_CO = ["Meridian Capital (Asia) Ltd", "Harbourline Securities", "Northgate Hotels & Resorts", "Pacific Crest Airways",
         "Kestrel Consulting", "Everbright Logistics Ltd", "Lumen Pharma APAC", "Aster Bank (Hong Kong) Limited",
         "Sable & Co. LLP", "Orion Retail Group", "Bluewater Facilities Services", "Greyson Engineering Ltd"]
EN_JOBS = ["Client Service Associate", "Operations Analyst", "Executive Assistant", "Account Manager", "Compliance Officer",
           "Guest Relations Officer", "Business Development Executive", "Office Administrator", "Relationship Manager"]
EN_CITY = ["Hong Kong", "Shanghai", "Singapore", "Shenzhen", "Beijing", "Guangzhou", "Kuala Lumpur", "Taipei"]
EN_REQ = ["Bachelor's degree in a relevant discipline", "3+ years of relevant experience", "Fluent written and spoken English",
          "Strong attention to detail", "Proficiency in Microsoft Office", "Good knowledge of local regulatory requirements",
          "Ability to work under pressure and meet deadlines"]
EN_OFFER = ["Competitive salary and discretionary bonus", "Medical and dental coverage", "20 days' annual leave",
            "Hybrid working (3 days in office)", "Structured training and professional certification support",
            "Mandatory Provident Fund contributions"]


def t_en_jd(rng, item, style):
    co = rng.choice(EN_CO)
    job = rng.choice(EN_JOBS)
    city = rng.choice(EN_CITY)
    if CTX["plain"]:
        job = "Site Vacancies"
    body = ["%s - %s (%s)" % (job, co, city), "",
            "About us", "%s is a %s with offices across the region." % (co, rng.choice(["leading financial services firm", "regional services group", "fast-growing company", "hospitality group"])),
            "", "Responsibilities",
            "- " + ("Follow site safety rules at all times" if CTX["plain"] else rng.choice(["Support the team in day-to-day operations", "Manage a portfolio of key clients", "Prepare reports for senior management"])),
            "- " + ("Attend induction training before the first shift" if CTX["plain"] else rng.choice(["Ensure compliance with internal policies and applicable regulations", "Coordinate with cross-functional stakeholders", "Maintain accurate records in the CRM"])),
            "", "Requirements"]
    reqs = ["- " + x for x in rng.sample(EN_REQ, 3)]
    if CTX["plain"]:
        body.insert(4, "")
        body.insert(5, "Vacancy")
        body.insert(6, item)
        body += reqs
        body += ["", "What we offer"] + ["- " + x for x in rng.sample(EN_OFFER, 3)]
    elif rng.random() < 0.5:
        reqs.insert(rng.randint(0, 3), item)
        body += reqs
        body += ["", "What we offer"] + ["- " + x for x in rng.sample(EN_OFFER, 3)]
    else:
        body += reqs
        body += ["", "What we offer"] + ["- " + x for x in rng.sample(EN_OFFER, 3)]
        body += ["", item]
    body += ["", "Personal data collected will be used for recruitment purposes only."]
    return "\n".join(body)


def t_en_email(rng, item, style):
    co = rng.choice(EN_CO)
    job = "site-based role" if CTX["plain"] else rng.choice(EN_JOBS)
    body = ["Subject: Opportunity - %s, %s" % (job, rng.choice(EN_CITY)), "",
            "Hi,", "",
            "I'm reaching out on behalf of my client, %s, who is hiring a %s." % (co, job),
            item,
            "The package is %s plus %s." % (rng.choice(["HKD 35-45k/month", "RMB 300-400k/year", "SGD 6-8k/month"]), rng.choice(["bonus", "medical", "a housing allowance"])),
            "If this is of interest, please reply with your latest CV and a good time to talk.", "",
            "Best regards,", "Talent Partner, %s Search" % rng.choice(["Apex", "Crossbridge", "Summit", "Keystone"])]
    return "\n".join(body)


def t_linkedin(rng, item, style):
    co = rng.choice(EN_CO)
    job = rng.choice(EN_JOBS)
    body = ["We're hiring! %s" % rng.choice(["🚀", "📣", "🌟", ""]),
            "%s is looking for a %s to join our %s team." % (co, job, rng.choice(EN_CITY)),
            item,
            "DM me or apply via the link below. #hiring #%s" % job.replace(" ", "")]
    return "\n".join(body)


def t_en_form(rng, item, style):
    fields = ["Position: %s" % rng.choice(EN_JOBS), "Location: %s" % rng.choice(EN_CITY), "Headcount: %d" % rng.randint(1, 5),
              "Education: Bachelor's or above", "Experience: 2+ years", "Salary: negotiable"]
    fields.insert(rng.randint(1, len(fields)), item)
    return "Job Requisition Form - %s\n" % rng.choice(EN_CO) + "\n".join(fields)


def t_en_policy(rng, item, style):
    co = rng.choice(EN_CO)
    body = ["%s - Employee Onboarding Policy (extract)" % co,
            "1. All new hires must provide proof of identity and right to work.",
            "2. Pre-employment screening: background and reference checks.",
            "3. " + item,
            "4. Probation period is three months, during which either party may terminate with seven days' notice.",
            "5. This policy is reviewed annually by Human Resources."]
    return "\n".join(body)


def t_en_oneliner(rng, item, style):
    return item + rng.choice(["", " Apply now.", " WhatsApp 9%d %d." % (rng.randint(100, 999), rng.randint(1000, 9999)), " (%s)" % rng.choice(EN_CITY)])


TEMPLATES = {
    "notice": t_formal, "bank": t_formal, "hospital": t_formal, "school": t_formal, "soe": t_formal,
    "airline": t_formal, "hotel": t_formal, "law": t_formal, "securities": t_formal,
    "platform": t_platform, "wechat": t_wechat, "live": t_live, "poster": t_poster, "agency": t_agency,
    "form": t_form, "hr_policy": t_hr_policy, "oneliner": t_oneliner, "mixed": t_bilingual,
    "hk": t_hk, "hk_gov": t_hk, "hk_bank": t_hk, "tw": t_hk,
    "en_jd": t_en_jd, "en_email": t_en_email, "linkedin": t_linkedin, "en_form": t_en_form,
    "en_policy": t_en_policy, "en_oneliner": t_en_oneliner,
}
SOURCE = {
    "notice": "编外/事业单位招聘公告", "bank": "银行招聘公告", "hospital": "医院招聘公告", "school": "学校招聘公告",
    "soe": "国企招聘公告", "airline": "航空公司招聘公告", "hotel": "酒店招聘公告", "law": "律所招聘公告",
    "securities": "证券公司招聘公告", "platform": "招聘平台职位", "wechat": "微信朋友圈", "live": "直播带岗口播",
    "poster": "店铺招聘海报", "agency": "劳务中介岗位单", "form": "招聘信息登记表", "hr_policy": "入职须知/劳动合同条款",
    "oneliner": "一句话招聘", "mixed": "中英双语职位", "hk": "香港招聘廣告", "hk_gov": "香港政府外判合約招聘",
    "hk_bank": "香港銀行招聘", "tw": "台灣人力銀行職缺", "en_jd": "English JD", "en_email": "recruiter e-mail",
    "linkedin": "LinkedIn post", "en_form": "requisition form", "en_policy": "onboarding policy extract",
    "en_oneliner": "English one-liner",
}

# Template text must not itself carry label-relevant vocabulary.
BAD_ZH = re.compile("[女男婚孕妈娠]|宝爸|夫妻|配偶|子女|生育|怀|哺乳|小姐|先生|阿姨|靓|妹|帅")
BAD_EN = re.compile(r"\b(he|she|his|her|him|man|men|male|female|woman|women|girl|lady|ladies|guy|mum|mom|mother|"
                    r"father|dad|married|marital|single|pregnan\w*|maternity|spouse|wife|husband|child\w*|kids?|"
                    r"gentleman|hcg)\b", re.I)


def lang_of(style, default):
    if style == "mixed":
        return "zh"
    return default


def main():
    rng = random.Random(SEED)
    raw = []
    for t, lab, cat, st in V_ZH + C_ZH:
        raw.append(("zh", t, lab, cat, st, False))
    for t, lab, cat, st in V_HANT + C_HANT:
        raw.append(("zh-Hant", t, lab, cat, st, False))
    for t, lab, cat, st in V_EN + C_EN:
        raw.append(("en", t, lab, cat, st, False))
    for lg, t, lab, cat, st in EXTRA:
        raw.append((lg, t, lab, cat, st, False))
    for lg, t, lab, cat, st in X_ALL:
        raw.append((lg, t, lab, cat, st, cat.startswith("exemption_") and cat != "exemption_decoy"))
    texts = [r[1] for r in raw]
    assert len(texts) == len(set(texts)), "an item is used twice"

    posts = []
    for lg, t, lab, cat, st, ex in raw:
        CTX["plain"] = ex or cat == "exemption_decoy"
        body = TEMPLATES[st](rng, t, st)
        assert body.count(t) == 1, (t, body)
        rest = body.replace(t, "")
        assert not BAD_ZH.search(rest), (BAD_ZH.search(rest).group(0), rest)
        assert not BAD_EN.search(rest), (BAD_EN.search(rest).group(0), rest)
        labels = sorted({LABEL[c] for c in lab}, key=["GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"].index)
        if ex:
            assert labels == []
        if cat == "exemption_decoy":
            assert labels == ["GENDER"]
        posts.append({"lang": lang_of(st, lg), "text": body, "labels": labels, "category": cat,
                      "source": "author11:" + SOURCE[st], "_ex": ex, "_item": t})
    rng.shuffle(posts)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, p in enumerate(posts, 1):
            o = {"id": "%s-%04d" % (PREFIX, i), "lang": p["lang"], "text": p["text"], "labels": p["labels"],
                 "category": p["category"], "source": p["source"]}
            if p["_ex"]:
                o["exemption"] = True
            assert p["_item"] in o["text"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    h = hashlib.sha256(open(OUT, "rb").read()).hexdigest()
    print(len(posts), "posts ->", OUT)
    print("sha256", h)


if __name__ == "__main__":
    main()
