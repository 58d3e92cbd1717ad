#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build heldout9.jsonl (s13h9) deterministically from the hand-written items.

Standard library only. Seed 20261213. Re-running reproduces the file byte for byte.
The items_*.py files contain the answers (labels)."""
import hashlib
import json
import os
import random
import re

import items_zh
import items_hant
import items_en
import items_exempt

SEED = 20261213
PREFIX = "s13h9"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout9.jsonl")
LABEL_ORDER = ["GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"]
LETTER = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

# ---------------- filler pools (must stay free of gender/marriage/pregnancy words) -------------
CO_ZH = [("郑州", "郑州豫信商贸有限公司"), ("洛阳", "洛阳河洛软件科技有限公司"), ("南阳", "南阳宛城物流有限公司"),
         ("西安", "西安秦川数据科技有限公司"), ("宝鸡", "宝鸡渭滨机电设备有限公司"), ("汉中", "汉中天汉茶业有限公司"),
         ("昆明", "昆明滇池供应链管理有限公司"), ("大理", "大理苍洱文旅发展有限公司"), ("曲靖", "曲靖麒麟建材有限公司"),
         ("贵阳", "贵阳筑城餐饮管理有限公司"), ("遵义", "遵义红城电子科技有限公司"), ("六盘水", "六盘水凉都商贸有限公司"),
         ("深圳", "深圳前海云帆网络科技有限公司"), ("杭州", "杭州西溪互联科技有限公司"), ("成都", "成都锦官城信息技术有限公司"),
         ("武汉", "武汉光谷星河软件有限公司"), ("新乡", "新乡牧野食品有限公司"), ("安康", "安康汉水农业开发有限公司"),
         ("玉溪", "玉溪红塔印务有限公司"), ("安顺", "安顺黄果树旅游服务有限公司"), ("开封", "开封汴梁文化传媒有限公司"),
         ("咸阳", "咸阳渭城医药连锁有限公司"), ("红河", "红河蒙自农产品有限公司"), ("毕节", "毕节乌蒙山茶业有限公司")]
DISTRICTS = ["高新区", "经开区", "老城区", "新区", "城东片区", "城南片区", "金水路", "中山路", "人民路", "北京路"]
ROLES_ZH = ["运营专员", "客服专员", "仓库管理员", "行政助理", "销售顾问", "财务助理", "数据标注员", "门店店员",
            "前端开发工程师", "质检员", "电商美工", "采购专员", "人事专员", "收银员", "平面设计师", "测试工程师",
            "会计", "文员", "市场推广专员", "项目助理", "服务员", "理货员", "售后专员", "新媒体编辑"]
DUTIES_ZH = ["负责日常数据整理与报表输出", "对接客户需求并及时反馈处理结果", "协助部门完成月度工作目标",
             "维护系统台账，做好资料归档", "完成上级交办的其他工作", "参与部门周会并跟进事项落实",
             "负责线上渠道的日常运营维护", "处理客户咨询与售后问题", "配合门店做好陈列和盘点",
             "跟进订单进度，协调物流发货", "编写工作周报，整理会议纪要", "按流程完成单据审核与录入"]
REQS_ZH = ["大专及以上学历", "有相关工作经验者优先", "沟通表达能力好，责任心强", "能熟练使用办公软件",
           "能适应快节奏工作", "有团队协作意识", "做事细致，有耐心", "接受应届毕业生"]
BENS_ZH = ["五险一金", "带薪年假", "节日福利", "包工作餐", "提供住宿", "周末双休", "月休6天", "绩效奖金",
           "年终奖", "定期团建", "交通补贴", "话费补贴", "免费体检（常规项目）"]
INDUSTRIES_ZH = ["互联网", "商贸零售", "餐饮", "物流", "制造业", "文旅", "农业", "医药", "职业培训"]
COUNTIES = ["河南省固始县", "河南省新县", "陕西省洛南县", "陕西省城固县", "云南省弥勒市", "云南省腾冲市",
            "贵州省湄潭县", "贵州省兴义市", "河南省兰考县", "陕西省富平县"]
UNITS = ["人民政府办公室", "住房和城乡建设局", "交通运输局", "自然资源局", "农业农村局", "城市管理局",
         "人民医院", "融媒体中心", "城关街道办事处", "市场监督管理局"]
AGENCIES = ["豫才人力", "秦岭劳务派遣", "彩云人力资源", "黔才就业服务", "中原用工联盟"]
SITE_DUTIES_ZH = ["服从班组长安排，遵守安全操作规程", "按时参加班前安全会", "做好交接班记录",
                  "正确佩戴劳动防护用品", "按计划完成当班作业量"]

CO_SITE_ZH = [("平顶山", "平顶山宝丰煤业有限公司"), ("铜川", "铜川王石凹矿业有限公司"), ("曲靖", "曲靖富源煤矿有限责任公司"),
              ("六盘水", "六盘水盘江建材有限公司"), ("焦作", "焦作太行水泥有限公司"), ("渭南", "渭南华山建材物流有限公司"),
              ("个旧", "个旧锡都矿业有限公司"), ("遵义", "遵义乌江港务有限公司"), ("洛阳", "洛阳栾川钼业服务有限公司"),
              ("毕节", "毕节黔西北粮油储运有限公司")]
SITE_REQS_ZH = ["能吃苦耐劳，服从管理", "能适应倒班", "有同类岗位经验优先", "身体健康，无职业禁忌证"]
INDUSTRIES_SITE = ["采矿", "建材", "港口物流", "粮油储运", "冶金"]
CO_HK = ["恆昌貿易有限公司", "德興物流（香港）有限公司", "永豐餐飲集團", "嘉信零售有限公司", "匯達科技有限公司"]
AREAS_HK = ["觀塘", "荃灣", "沙田", "灣仔", "旺角", "葵涌"]
ROLES_HANT = ["行政助理", "客戶服務主任", "倉務員", "營業代表", "會計文員", "門市人員", "採購助理", "助理店長"]
DUTIES_HANT = ["處理日常文書及資料輸入", "跟進客戶查詢及訂單", "協助盤點及貨品上架", "安排送貨及跟進單據",
               "協助主管處理部門事務", "整理每月報表"]
REQS_HANT = ["中五或以上程度", "一年或以上相關經驗", "懂中文輸入及Excel", "良好溝通技巧", "能即時上班者優先"]
BENS_HANT = ["五天工作", "醫療福利", "年終雙糧", "有薪年假", "勞健保", "三節獎金", "員工旅遊", "交通津貼"]
CO_TW = ["宏昇精密股份有限公司", "大成餐飲事業有限公司", "新創數位行銷有限公司", "全興物流股份有限公司", "永康生技股份有限公司"]
CITIES_TW = ["台北市內湖區", "新北市板橋區", "台中市西屯區", "高雄市前鎮區", "屏東縣屏東市", "桃園市中壢區"]
HOURS_TW = ["日班 08:00~17:00", "09:00~18:00", "輪班（早、中、晚）", "10:00~19:00"]

CO_EN = [("Shenzhen", "Cloudsail Technology"), ("Hangzhou", "Xixi Commerce Group"), ("Chengdu", "Jinguan Digital"),
         ("Kunming", "Dianchi Supply Chain Co."), ("Xi'an", "Qinchuan Data Ltd."), ("Zhengzhou", "Yuxin Trading Co."),
         ("Guiyang", "Zhucheng Hospitality Group"), ("Shanghai", "Bund Bridge Consulting"), ("Guangzhou", "Pearl Delta Exports"),
         ("Suzhou", "Gusu Precision Manufacturing")]
ROLES_EN = ["Operations Specialist", "Customer Success Executive", "Marketing Coordinator", "Business Development Manager",
            "Office Administrator", "Sales Representative", "Purchasing Assistant", "English Trainer", "Project Assistant",
            "Front Desk Officer", "Data Analyst", "Export Sales Executive"]
BLURBS_EN = ["We are a fast-growing cross-border e-commerce company serving buyers in 40 countries.",
             "Founded in 2009, we are a manufacturer of precision parts for the automotive sector.",
             "We run a network of language centres across southwest China.",
             "We are a hospitality group operating hotels and restaurants in Yunnan and Guizhou.",
             "We help overseas brands enter the Chinese market."]
DUTIES_EN = ["Handle daily client communication in English and Mandarin", "Prepare weekly reports for management",
             "Coordinate with logistics partners on shipments", "Maintain the CRM and sales pipeline",
             "Support trade-show preparation", "Organise meetings and keep minutes", "Follow up on purchase orders"]
REQS_EN = ["Bachelor's degree or above", "Fluent English; Mandarin is a plus", "2+ years of relevant experience",
           "Good command of Excel and PowerPoint", "Able to work in a fast-paced environment", "Valid work visa or willing to relocate"]
BENS_EN = ["Competitive salary", "Annual bonus", "Social insurance and housing fund", "Paid annual leave",
           "Free lunch", "Visa sponsorship", "Flight home once a year", "Apartment allowance"]
SITE_DUTIES_EN = ["Follow site safety rules and wear protective equipment", "Attend the pre-shift safety briefing",
                  "Complete the shift's assigned workload", "Keep handover records"]
SITE_DUTIES_HANT = ["遵守工地安全守則", "按時出席開工前安全簡報", "完成每日指派工作量"]
SITE_REQS_EN = ["Previous site experience preferred", "Able to work rotating shifts", "Follows safety procedures"]
SITE_REQS_HANT = ["有相關工作經驗優先", "能配合輪班", "遵守安全規定"]
CO_SITE_EN = [("Pingdingshan", "Central Plains Coal Group"), ("Gejiu", "Tin City Mining Co."), ("Jiaozuo", "Taihang Cement Ltd."),
              ("Zunyi", "Wujiang Port Logistics"), ("Tongchuan", "Weibei Quarries Co.")]
BLURBS_SITE_EN = ["We operate three underground coal mines and a washing plant in Henan.",
                  "We are a cement and aggregates producer supplying projects across Shaanxi and Henan.",
                  "We run bulk cargo terminals and grain warehouses on the upper Yangtze.",
                  "We are a non-ferrous metals miner with operations in southern Yunnan."]
CO_SITE_HANT = ["新興礦業有限公司", "港九建材貿易有限公司", "宏達水泥股份有限公司"]
RECRUITERS = ["Alex Liu", "Jamie Xu", "Sam Chen", "Robin Zhao", "Jordan Wu"]
AGENCIES_EN = ["Talentbridge China", "RedLantern Search", "SilkRoad Staffing"]

FORBID_ZH = "女男婚孕妇妈娘姐妹哥嫂育爸"
FORBID_EN = re.compile(r"\b(he|she|his|her|him|hers|male|female|man|men|woman|women|lady|ladies|girls?|boys?|guys?|"
                       r"married|single|wife|husband|mother|mum|mom|dad|father|pregnan\w*|baby|kids?|child\w*|"
                       r"wedding|marital|spouse|gentlem[ae]n|mr|ms|mrs)\b", re.I)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def pay(rng, lo, hi, step):
    a = rng.randrange(lo, hi, step)
    return a, a + step * rng.randrange(1, 4)


def phone(rng):
    return "1%d%d****%04d" % (rng.choice([3, 5, 8]), rng.randrange(10), rng.randrange(10000))


def date(rng):
    return "2026年%d月%d日" % (rng.randrange(1, 12), rng.randrange(1, 28))


# ---------------- templates ----------------
def t_notice(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_ZH if site else CO_ZH)
    role = role or pick(rng, ROLES_ZH)
    duties = rng.sample(SITE_DUTIES_ZH if site == "exempt" else DUTIES_ZH, 3)
    reqs = rng.sample(SITE_REQS_ZH if site == "exempt" else REQS_ZH, 2)
    bens = rng.sample(BENS_ZH, 3)
    a, b = pay(rng, 3000, 9000, 500)
    req_lines = [reqs[0], item, reqs[1]] if not cat.startswith("benefit") else reqs
    ben_extra = ("\n" + item) if cat.startswith("benefit") else ""
    body = "【%s】招聘启事\n\n因业务发展需要，现面向社会公开招聘%s%d名。\n\n一、岗位职责\n%s\n\n二、任职要求\n%s\n\n三、薪资福利\n月薪%d-%d元；%s%s\n\n四、报名方式\n有意者请将简历发送至 hr%03d@163.com，邮件标题注明“应聘岗位+姓名”。\n工作地点：%s%s" % (
        co, role, rng.randrange(1, 6), "\n".join("%d. %s" % (i + 1, d) for i, d in enumerate(duties)),
        "\n".join("%d. %s" % (i + 1, r) for i, r in enumerate(req_lines)), a, b, "；".join(bens), ben_extra,
        rng.randrange(1000), city, pick(rng, DISTRICTS))
    return body


def t_platform(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_ZH if site else CO_ZH)
    role = role or pick(rng, ROLES_ZH)
    a, b = pay(rng, 4, 15, 1)
    duties = rng.sample(SITE_DUTIES_ZH if site == "exempt" else DUTIES_ZH, 2)
    return "%s　%d-%dK·13薪\n%s·%s　%s　%s\n\n职位描述\n%s\n%s\n%s\n\n福利：%s\n\n%s\n%s　%s人" % (
        role, a, b, city, pick(rng, DISTRICTS), pick(rng, ["经验不限", "1-3年", "3-5年"]), pick(rng, ["学历不限", "大专", "本科"]),
        duties[0], item, duties[1], "、".join(rng.sample(BENS_ZH, 3)), co, pick(rng, INDUSTRIES_SITE if site else INDUSTRIES_ZH),
        pick(rng, ["20-99", "100-499", "500-999", "1000-9999"]))


def t_wechat(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_ZH if site else CO_ZH)
    role = role or pick(rng, ROLES_ZH)
    a, b = pay(rng, 3000, 7000, 500)
    return "【急招】%s%s\n%s\n💰%d-%d/月，%s\n📍%s%s\n有意私聊，或加微信 wx%05d（备注：应聘）\n帮忙转发扩散，谢谢朋友们🙏" % (
        city, role, item, a, b, pick(rng, BENS_ZH), city, pick(rng, DISTRICTS), rng.randrange(100000))


def t_live(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_ZH if site else CO_ZH)
    role = role or pick(rng, ROLES_ZH)
    a, b = pay(rng, 3000, 8000, 500)
    return "（直播带岗口播稿）\n好，来看下一个岗位啊，%s的%s，招%s，%d个人。\n上班时间%s，工资%d到%d，%s。\n%s\n想报名的点左下角小黄车，填个姓名电话，HR当天就联系你。" % (
        city, co, role, rng.randrange(2, 20), pick(rng, ["早九晚六", "早八晚五", "两班倒", "做六休一"]), a, b,
        pick(rng, BENS_ZH), item)


def t_poster(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_ZH if site else CO_ZH)
    role = role or pick(rng, ROLES_ZH)
    a, b = pay(rng, 2500, 6000, 500)
    return "招　聘\n%s　数名\n%s\n待遇：%d-%d元/月，%s\n地址：%s%s\n电话：%s" % (
        role, item, a, b, "，".join(rng.sample(BENS_ZH, 2)), city, pick(rng, DISTRICTS), phone(rng))


def t_agency(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_ZH if site else CO_ZH)
    a, b = pay(rng, 3500, 8000, 500)
    return "%s岗位汇总（%s）\n企业：%s\n工作地点：%s\n岗位及人数：\n%s\n工资：%d-%d元/月，%s\n食宿：%s\n报名请带身份证原件，不收任何费用" % (
        pick(rng, AGENCIES), date(rng), co, city, item, a, b, pick(rng, ["计件", "计时", "底薪加提成"]),
        pick(rng, ["包吃包住", "包住不包吃", "餐补15元/天"]))


def t_bianwai(rng, item, cat, role=None, site=False):
    county, unit = pick(rng, COUNTIES), pick(rng, UNITS)
    d1 = date(rng)
    return "%s%s2026年公开招聘编外工作人员公告\n\n根据工作需要，经研究决定，面向社会公开招聘编外工作人员%d名，现将有关事项公告如下：\n一、招聘岗位及条件\n%s\n二、基本条件\n1. 具有中华人民共和国国籍，遵守宪法和法律；\n2. 具有良好的品行和职业道德；\n3. 具备岗位所需的专业或技能条件。\n三、报名时间及方式\n报名时间：%s起5个工作日，现场报名地点：%s人事股。\n四、待遇\n按%s编外人员薪酬管理办法执行，依法缴纳社会保险。\n\n%s%s\n%s" % (
        county, unit, rng.randrange(1, 12), item, d1, unit, county, county, unit, d1)


def t_form(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_ZH if site else CO_ZH)
    role = role or pick(rng, ROLES_ZH)
    a, b = pay(rng, 3000, 9000, 500)
    return "岗位：%s\n招聘人数：%d\n工作地点：%s\n学历：%s\n%s\n薪资：%d-%d\n联系电话：%s" % (
        role, rng.randrange(1, 8), city, pick(rng, ["不限", "高中", "大专", "本科"]), item, a, b, phone(rng))


def t_oneliner(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_ZH if site else CO_ZH)
    role = role or pick(rng, ROLES_ZH)
    a, b = pay(rng, 3000, 8000, 500)
    return pick(rng, ["%s｜%s｜%s｜%d-%d元" % (role, city, item, a, b),
                      "%s招%s，%s，电话%s" % (city, role, item, phone(rng))])


def t_mixed(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_EN if site else CO_EN)
    return "%s is hiring | %s 招聘\nLocation 工作地点：%s\nResponsibilities 岗位职责：\n- %s\n- %s\n%s\nSalary 薪资：%dK-%dK RMB\nApply 投递：hr@%s.cn" % (
        co, pick(rng, ROLES_EN), city, pick(rng, DUTIES_EN), pick(rng, DUTIES_ZH), item,
        *pay(rng, 8, 20, 2), co.split()[0].lower())


def t_hk(rng, item, cat, role=None, site=False):
    role = role or pick(rng, ROLES_HANT)
    a, b = pay(rng, 14, 24, 2)
    reqs = rng.sample(SITE_REQS_HANT if site == "exempt" else REQS_HANT, 2)
    duties = rng.sample(SITE_DUTIES_HANT if site == "exempt" else DUTIES_HANT, 2)
    return "%s 誠聘\n%s（全職）\n工作地點：%s\n\n職責：\n• %s\n• %s\n\n要求：\n• %s\n• %s\n• %s\n\n待遇：月薪 HK$%d,000 - %d,000，%s\n有意者請將履歷連同要求薪金電郵至 hr%02d@example.com.hk\n所有資料只作招聘用途。" % (
        pick(rng, CO_SITE_HANT if site else CO_HK), role, pick(rng, AREAS_HK), duties[0], duties[1], reqs[0], item, reqs[1], a, b,
        "、".join(rng.sample(BENS_HANT, 3)), rng.randrange(100))


def t_tw(rng, item, cat, role=None, site=False):
    role = role or pick(rng, ROLES_HANT)
    a, b = pay(rng, 30, 45, 2)
    duties = rng.sample(SITE_DUTIES_HANT if site == "exempt" else DUTIES_HANT, 2)
    return "【%s】%s\n工作地點：%s\n工作待遇：月薪 %d,000~%d,000 元\n上班時段：%s\n\n工作內容：\n1. %s\n2. %s\n\n條件要求：\n%s\n%s\n\n福利：%s\n應徵方式：請透過人力銀行投遞履歷" % (
        pick(rng, CO_SITE_HANT if site else CO_TW), role, pick(rng, CITIES_TW), a, b, pick(rng, HOURS_TW), duties[0], duties[1], item,
        pick(rng, SITE_REQS_HANT if site == "exempt" else REQS_HANT), "、".join(rng.sample(BENS_HANT, 3)))


def t_jd(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_EN if site else CO_EN)
    role = role or pick(rng, ROLES_EN)
    duties = rng.sample(SITE_DUTIES_EN if site == "exempt" else DUTIES_EN, 3)
    reqs = rng.sample(SITE_REQS_EN if site == "exempt" else REQS_EN, 2)
    bens = rng.sample(BENS_EN, 2)
    if cat.startswith("benefit"):
        req_block, bens = reqs, bens + [item]
    else:
        req_block = [reqs[0], item, reqs[1]]
    return "%s | %s\nLocation: %s, China\nEmployment type: Full-time\n\nAbout us\n%s\n\nResponsibilities\n%s\n\nRequirements\n%s\n\nWhat we offer\n%s\n\nTo apply, send your CV to careers@%s.com" % (
        co, role, city, pick(rng, BLURBS_SITE_EN if site else BLURBS_EN), "\n".join("- " + d for d in duties),
        "\n".join("- " + r for r in req_block), "\n".join("- " + x for x in bens), co.split()[0].lower())


def t_linkedin(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_EN if site else CO_EN)
    role = role or pick(rng, ROLES_EN)
    return "We're hiring: %s in %s!\n\n%s\n\n%s. %s.\nDM me or apply via the link below.\n#hiring #%sjobs #china" % (
        role, city, item, pick(rng, SITE_DUTIES_EN if site == "exempt" else DUTIES_EN), pick(rng, BENS_EN), city.replace("'", "").lower())


def t_email(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_EN if site else CO_EN)
    role = role or pick(rng, ROLES_EN)
    a, b = pay(rng, 10, 30, 5)
    return "Subject: %s opportunity - %s\n\nHi,\n\nI came across your profile and wanted to share an opening with my client, a %s company in %s.\n\nRole: %s\nPackage: RMB %d-%dk/month + %s\n\n%s\n\nIf this sounds interesting, reply with an updated CV and a good time to talk.\n\nBest regards,\n%s\n%s" % (
        role, city, pick(rng, ["manufacturing", "e-commerce", "consulting", "education", "hospitality"]), city, role, a, b,
        pick(rng, BENS_EN).lower(), item, pick(rng, RECRUITERS), pick(rng, AGENCIES_EN))


def t_oneliner_en(rng, item, cat, role=None, site=False):
    city, co = pick(rng, CO_SITE_EN if site else CO_EN)
    role = role or pick(rng, ROLES_EN)
    return "%s | %s, %s | RMB %d-%dk. Apply: careers@%s.com" % (
        item, role, city, *pay(rng, 8, 20, 2), co.split()[0].lower())


TEMPLATES = {"notice": t_notice, "platform": t_platform, "wechat": t_wechat, "live": t_live, "poster": t_poster,
             "agency": t_agency, "bianwai": t_bianwai, "form": t_form, "oneliner": t_oneliner, "mixed": t_mixed,
             "hk": t_hk, "tw": t_tw, "jd": t_jd, "linkedin": t_linkedin, "email": t_email, "oneliner_en": t_oneliner_en}
ZH_DEFAULT = ["notice"] * 4 + ["platform"] * 3 + ["wechat"] * 2 + ["poster", "agency", "form", "oneliner", "live"]
HANT_LANG = {"hk": "zh-Hant", "tw": "zh-Hant"}


def check_fillers():
    rng = random.Random(1)
    for name, fn in TEMPLATES.items():
        for _ in range(200):
            for site in (False, "exempt", "decoy"):
                text = fn(rng, "", "x", None, site)
                if name in ("jd", "linkedin", "email", "oneliner_en"):
                    m = FORBID_EN.search(text)
                    assert not m, (name, m.group(0), text)
                else:
                    bad = [c for c in FORBID_ZH if c in text]
                    assert not bad, (name, bad, text)


NOT_TITLES = ("性别", "要求", "条件", "婚姻", "婚育", "福利", "联系人", "备注", "岗位要求", "岗位名称", "招录对象", "招聘对象",
              "主播要求", "个人情况", "婚否", "面试必问", "面试官", "地址", "办公地点", "项目地点", "公司福利", "团队氛围",
              "报名咨询", "报考条件补充说明", "岗位表备注", "入职体检", "体检项目", "婚育状况", "婚育要求", "条件要求",
              "性別", "聯絡人", "產檢假", "Requirements", "Benefits", "Gender", "Contact", "Marital", "Job", "Onboarding",
              "老板娘", "报名表", "简历请", "妇科检查", "体检不合格", "群里", "帮朋友", "私聊", "节假日", "育儿家庭",
              "宝爸宝妈", "需搬运", "面試會問", "家長友善", "家长友好", "街道办编外")
TITLE_RE = re.compile(r"^([\u4e00-\u9fff]{2,10})[：（(]")


def title_of(text):
    m = TITLE_RE.match(text)
    if m and not any(m.group(1).startswith(w) for w in NOT_TITLES):
        return m.group(1)
    return None


def labels_of(s):
    out = [LETTER[c] for c in s]
    return [l for l in LABEL_ORDER if l in out]


def main():
    check_fillers()
    rng = random.Random(SEED)
    specs = []  # (lang, text, labels, category, style, exemption, role, site)
    for lang, mod in (("zh", items_zh), ("zh-Hant", items_hant), ("en", items_en)):
        for group in (mod.VIOL, mod.CLEAN):
            for it in group:
                text, lab, cat = it[0], it[1], it[2]
                style = it[3] if len(it) > 3 else None
                specs.append((lang, text, lab, cat, style, False, None, False))
    for lang, text, cat in items_exempt.EXEMPT:
        specs.append((lang, text, "", cat, None, True, "__site__", "exempt"))
    for lang, text, cat in items_exempt.DECOY:
        specs.append((lang, text, "G", cat, None, False, "__multi__", "decoy"))
    texts = [s[1] for s in specs]
    assert len(texts) == len(set(texts)), "duplicate item"
    posts = []
    for lang, text, lab, cat, style, exe, role, site in specs:
        if style is None:
            if lang == "zh":
                style = pick(rng, ["notice", "poster", "agency", "platform"]) if exe or role else pick(rng, ZH_DEFAULT)
            elif lang == "zh-Hant":
                style = pick(rng, ["hk", "tw"])
            else:
                style = pick(rng, ["jd", "jd", "linkedin", "email"]) if not exe else pick(rng, ["jd", "linkedin"])
        if role == "__site__":
            role = {"zh": "现场作业人员", "zh-Hant": "現場作業人員", "en": "Site Workers"}[lang]
        elif role == "__multi__":
            role = {"zh": "多个岗位", "zh-Hant": "多個職位", "en": "Several Positions"}[lang]
        if role is None and lang != "en":
            role = title_of(text)
        body = TEMPLATES[style](rng, text, cat, role, site)
        assert text in body, (text, style)
        rec = {"id": None, "lang": lang, "text": body, "labels": labels_of(lab), "category": cat,
               "source": "hand-written by the s13h9 author (labour-rights job-ad study voice); style=%s" % style}
        if exe:
            rec["exemption"] = True
            assert rec["labels"] == []
        posts.append(rec)
    rng.shuffle(posts)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, rec in enumerate(posts, 1):
            rec["id"] = "%s-%04d" % (PREFIX, i)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    h = hashlib.sha256(open(OUT, "rb").read()).hexdigest()
    print(len(posts), h)


if __name__ == "__main__":
    main()
