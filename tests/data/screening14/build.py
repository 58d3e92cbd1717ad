# -*- coding: utf-8 -*-
"""Build dev14.jsonl (author 14) deterministically from the hand-written items.

Standard library only. Re-running reproduces the file byte for byte.
    python3 build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import items_zh  # noqa: E402
import items_hant  # noqa: E402
import items_en  # noqa: E402

SEED = 20261214
PREFIX = "s14d"
OUT = os.path.join(HERE, "dev14.jsonl")

LABEL_OF = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

# ---------------------------------------------------------------- pools (neutral text only)
ZH_COMPANIES = ["星舰互动", "云杉科技", "栗子数据", "蓝鲸出行", "青禾教育", "橙光文化", "极客湾网络",
                "元点智能", "拾光电商", "北辰软件", "木棉信息", "知行咨询", "鹿鸣传媒", "芒种供应链",
                "一苇健康", "潮汐游戏", "泊岸物流科技", "松果金融科技", "万象零售", "远山新能源"]
ZH_TITLES = ["产品经理", "用户运营", "内容运营", "销售代表", "HRBP", "数据分析师", "前端开发工程师",
             "新媒体编辑", "市场专员", "商务拓展经理", "客户成功经理", "行政专员", "社群运营",
             "电商运营", "测试工程师", "品牌策划", "招聘专员", "财务助理", "直播运营", "渠道销售"]
ZH_CITIES = ["上海", "北京", "深圳", "杭州", "广州", "成都", "南京", "武汉", "苏州", "西安"]
ZH_PAY = ["8-12K·13薪", "10-15K", "6-8K+绩效", "15-25K·14薪", "实习 200元/天", "9-13K，五险一金",
          "底薪5000+提成", "面议", "12-18K", "实习 150元/天，可转正"]
ZH_DUTIES = ["负责需求调研与竞品分析，输出产品方案", "跟进项目排期，推动跨部门协作按时上线",
             "搭建用户分层体系，提升活跃与留存", "撰写公众号、视频号推文，策划选题",
             "维护重点客户关系，完成季度销售目标", "整理周报数据，搭建数据看板",
             "参与招聘会、宣讲会的组织与执行", "负责活动策划与落地复盘",
             "对接供应商，跟进合同与回款", "参与日常测试用例编写与回归",
             "协助部门负责人处理日常事务", "收集用户反馈并推动产品迭代"]
ZH_REQS = ["本科及以上学历，专业不限", "有互联网实习经历者优先", "逻辑清晰，表达能力强",
           "熟练使用Office或飞书文档", "能保证每周到岗4天及以上，连续实习3个月以上",
           "对数据敏感，会用Excel透视表", "有责任心，学习能力强", "普通话标准，沟通顺畅",
           "统招本科，2027届毕业", "有相关项目经验加分", "熟悉小红书、抖音平台规则",
           "英语可作为工作语言者优先"]
ZH_BENEFITS = ["五险一金，补充商业保险", "带薪年假10天起", "免费三餐+下午茶", "节日礼品、生日会",
               "弹性工作制，不打卡", "租房补贴1500元/月", "定期团建、年度旅游", "导师一对一带教",
               "转正答辩通过即可留用", "每年两次调薪机会", "免费班车覆盖主要地铁站",
               "内部培训课程与读书会"]
ZH_SCHOOLS = ["华东理工大学", "西南财经大学", "武汉理工大学", "南京邮电大学", "深圳大学",
              "北京交通大学", "浙江工业大学", "中山大学"]
ZH_CONTACTS = ["hr@{d}.cn", "campus@{d}.com", "talent@{d}.cn", "jobs@{d}.com"]
ZH_DOMAINS = ["xingjian", "yunshan", "lizidata", "lanjing", "qinghe", "chengguang", "geekbay",
              "yuandian", "shiguang", "beichen"]

HK_COMPANIES = ["恒通物流有限公司", "匯德顧問有限公司", "嘉藝設計工作室", "富康貿易公司", "晴朗科技股份有限公司",
                "海灣餐飲集團", "信安保安服務", "禾豐零售", "群星數位行銷", "德昌工程"]
HK_TITLES = ["行政助理", "會計文員", "市場推廣主任", "客戶服務員", "門市店務員", "項目統籌",
             "人力資源助理", "社群小編", "業務代表", "倉務文員"]
HK_PAY = ["月薪 HK$16,000 - 19,000", "月薪 HK$20,000 起", "時薪 HK$65", "月薪 NT$32,000 - 38,000",
          "月薪 NT$40,000 以上", "時薪 NT$190", "面議"]
HK_DUTIES = ["處理日常文書及資料輸入", "跟進客戶查詢及訂單", "協助籌備推廣活動", "整理每月報表",
             "管理社交媒體專頁", "協調供應商及送貨安排", "接聽電話及接待訪客"]
HK_REQS = ["中五或以上程度", "大學畢業，科系不拘", "熟悉 Excel 及中文輸入", "能操流利粵語及普通話",
           "具一年相關經驗優先", "工作態度積極、細心", "可即時上班者優先"]
HK_BENEFITS = ["五天工作", "勞健保、年終獎金", "醫療保險", "有薪年假14天", "交通津貼", "員工購物優惠",
               "完善教育訓練"]

EN_COMPANIES = ["Northwind Analytics", "Harbourline Consulting", "Bluepeak Consumer Goods",
                "Meridian Fintech", "Lumen Games", "Crestview Pharma China", "Atlas Mobility",
                "Quill & Co. Media", "Sequoia Bay Logistics", "Brightfield Retail Asia"]
EN_TITLES = ["Product Manager", "Growth Marketing Associate", "Sales Development Representative",
             "HR Business Partner", "Data Analyst", "Software Engineer (Backend)", "Brand Executive",
             "Customer Success Manager", "Operations Intern", "Management Trainee",
             "Content Strategist", "Finance Analyst"]
EN_CITIES = ["Shanghai", "Beijing", "Shenzhen", "Hong Kong", "Suzhou", "Guangzhou"]
EN_PAY = ["RMB 18-25k/month + bonus", "Competitive package", "RMB 250/day (intern)",
          "RMB 30-45k/month, 14 months", "HK$28,000/month", "RMB 12-16k/month"]
EN_DUTIES = ["Own weekly reporting on funnel metrics", "Work with engineering to scope features",
             "Prospect and qualify inbound leads", "Partner with hiring managers on headcount plans",
             "Build dashboards in Tableau or Power BI", "Plan campaigns across WeChat and RED",
             "Support quarterly business reviews with key accounts", "Write clear technical documentation"]
EN_REQS = ["Bachelor's degree in any discipline", "Strong written and spoken English",
           "Comfortable with ambiguity in a fast-moving team", "1-3 years of relevant experience",
           "Able to commit 4 days a week for 6 months (interns)", "Solid Excel skills",
           "Curiosity and a bias for action", "Mandarin is a plus"]
EN_BENEFITS = ["Hybrid working (3 days in office)", "Commercial medical insurance",
               "15 days annual leave", "Learning budget of RMB 8,000 a year", "Annual performance bonus",
               "Mentoring from a senior leader", "Free lunch on Fridays", "Gym subsidy"]


def pick(rng, pool, k):
    return rng.sample(pool, k)


def bullets(lines, mark):
    out = []
    for i, line in enumerate(lines, 1):
        out.append(mark.format(i=i) + line)
    return "\n".join(out)


def slot_lists(rng, item, slot, duties, reqs, bens, nd=3, nr=3, nb=3):
    d = pick(rng, duties, nd)
    r = pick(rng, reqs, nr)
    b = pick(rng, bens, nb)
    if slot in ("d", "r", "b"):
        target = {"d": d, "r": r, "b": b}[slot]
        target.insert(rng.randrange(len(target) + 1), item)
    return d, r, b


# ---------------------------------------------------------------- zh templates (slot r/b/d)
def zh_campus_jd(rng, item, slot):
    c, t, city = rng.choice(ZH_COMPANIES), rng.choice(ZH_TITLES), rng.choice(ZH_CITIES)
    d, r, b = slot_lists(rng, item, slot, ZH_DUTIES, ZH_REQS, ZH_BENEFITS)
    dom = rng.choice(ZH_DOMAINS)
    return (f"【{c}2027届校园招聘】{t}\n工作地点：{city}\n招聘人数：若干\n\n岗位职责：\n"
            f"{bullets(d, '{i}. ')}\n\n任职要求：\n{bullets(r, '{i}. ')}\n\n薪资福利：{rng.choice(ZH_PAY)}\n"
            f"{bullets(b, '· ')}\n\n投递方式：官网校招通道，或简历发送至 {rng.choice(ZH_CONTACTS).format(d=dom)}，"
            f"邮件标题“学校-专业-{t}”。"), "campus_jd"


def zh_talk_notice(rng, item, slot):
    c, t = rng.choice(ZH_COMPANIES), rng.choice(ZH_TITLES)
    school = rng.choice(ZH_SCHOOLS)
    d, r, b = slot_lists(rng, item, slot, ZH_DUTIES, ZH_REQS, ZH_BENEFITS, 2, 3, 2)
    month, day = rng.randint(9, 11), rng.randint(1, 28)
    return (f"关于{c}来校举办2027届毕业生专场宣讲会的通知\n\n各学院、各位同学：\n"
            f"经联系，{c}将于{month}月{day}日14:30在我校举办专场宣讲会，欢迎同学们准时参加。\n\n"
            f"一、单位简介\n{c}成立于201{rng.randint(0, 9)}年，总部位于{rng.choice(ZH_CITIES)}。\n\n"
            f"二、招聘岗位：{t}（若干名）\n岗位职责：\n{bullets(d, '（{i}）')}\n岗位要求：\n{bullets(r, '（{i}）')}\n\n"
            f"三、薪酬待遇\n{rng.choice(ZH_PAY)}；{'；'.join(b)}\n\n"
            f"四、应聘方式\n宣讲会现场投递简历，或登录{school}就业信息网“单位招聘”栏目网申。\n\n"
            f"{school}学生就业指导中心\n2026年{month}月{max(1, day - 5)}日"), "campus_talk_notice"


def zh_intern(rng, item, slot):
    c, t = rng.choice(ZH_COMPANIES), rng.choice(ZH_TITLES)
    d, r, b = slot_lists(rng, item, slot, ZH_DUTIES, ZH_REQS, ZH_BENEFITS, 3, 3, 2)
    return (f"【日常实习】{c} | {t}实习生（{rng.choice(ZH_CITIES)}）\n\n你会做什么：\n{bullets(d, '- ')}\n\n"
            f"我们希望你：\n{bullets(r, '- ')}\n\n我们能给你：\n{bullets(b, '- ')}\n"
            f"- {rng.choice(ZH_PAY)}\n\n投递：简历命名“姓名-学校-可实习时长”，发送至招聘邮箱。"), "internship_post"


def zh_mt(rng, item, slot):
    c = rng.choice(ZH_COMPANIES)
    d, r, b = slot_lists(rng, item, slot, ZH_DUTIES, ZH_REQS, ZH_BENEFITS, 2, 3, 3)
    return (f"{c}「远航计划」2027届管理培训生招募\n\n项目介绍：为期24个月，覆盖销售、运营、供应链三大板块轮岗，"
            f"配备高管导师，定岗后直通基层管理岗位。\n\n轮岗内容：\n{bullets(d, '{i}、')}\n\n申请条件：\n"
            f"{bullets(r, '{i}、')}\n\n培养与待遇：\n{bullets(b, '{i}、')}\n\n"
            f"招聘流程：网申—在线测评—群面—终面—发放offer"), "management_trainee"


def zh_wechat(rng, item, slot):
    c, t = rng.choice(ZH_COMPANIES), rng.choice(ZH_TITLES)
    d, r, b = slot_lists(rng, item, slot, ZH_DUTIES, ZH_REQS, ZH_BENEFITS, 3, 3, 3)
    return (f"我们在招人！| {c}招募{t} 🚀\n\n哈喽大家好～{c}又双叒叕扩张啦！我们是一支平均年龄27岁的小团队，"
            f"刚完成A轮融资，正在找志同道合的伙伴一起搞事情。\n\n💼 你要做的事\n{bullets(d, '· ')}\n\n"
            f"🙋 关于你\n{bullets(r, '· ')}\n\n🎁 我们有\n{bullets(b, '· ')}\n\n"
            f"👉 投递方式：简历发至公众号后台，或扫描文末二维码添加招聘官微信。\n"
            f"（本文可转发给身边合适的朋友，内推成功有奖励哦～）"), "wechat_article"


def zh_platform(rng, item, slot):
    c, t = rng.choice(ZH_COMPANIES), rng.choice(ZH_TITLES)
    d, r, b = slot_lists(rng, item, slot, ZH_DUTIES, ZH_REQS, ZH_BENEFITS, 3, 3, 3)
    return (f"职位名称：{t}\n薪资范围：{rng.choice(ZH_PAY)}\n工作城市：{rng.choice(ZH_CITIES)}\n"
            f"经验要求：1-3年\n学历要求：本科\n\n职位描述：\n{bullets(d, '{i}、')}\n{bullets(r, '{i}、')}\n\n"
            f"职位福利：{'、'.join(b)}\n\n公司名称：{c}\n认证：已认证企业"), "platform_post"


def zh_bilingual(rng, item, slot):
    c, t, te = rng.choice(EN_COMPANIES), rng.choice(ZH_TITLES), rng.choice(EN_TITLES)
    d, r, b = slot_lists(rng, item, slot, ZH_DUTIES, ZH_REQS, ZH_BENEFITS, 2, 3, 2)
    return (f"{te} {t}\n{c}（{rng.choice(EN_CITIES)}）\n\nAbout us 关于我们：A global company with 5,000+ "
            f"employees in Asia Pacific. 外资企业，亚太区员工五千余人。\n\nResponsibilities 岗位职责：\n"
            f"{bullets(d, '- ')}\n\nRequirements 任职要求：\n{bullets(r, '- ')}\n\nWhat we offer 我们提供：\n"
            f"{bullets(b, '- ')}\n\nApply 投递：LinkedIn Easy Apply 或发送简历至招聘邮箱。"), "bilingual_jd_foreign"


def zh_livestream(rng, item, slot):
    c, t, city = rng.choice(ZH_COMPANIES), rng.choice(ZH_TITLES), rng.choice(ZH_CITIES)
    d, r, b = slot_lists(rng, item, slot, ZH_DUTIES, ZH_REQS, ZH_BENEFITS, 2, 2, 2)
    return (f"【直播带岗·口播稿】\n家人们，下一个岗位来啦！{city}的{c}，招{t}，薪资{rng.choice(ZH_PAY)}。\n"
            f"主要做什么呢？{'；'.join(d)}。\n要求这块儿：{'；'.join(r)}。\n"
            f"福利也给大家念一下：{'；'.join(b)}。\n心动的家人点一下下方小黄车，一键投递，HR当天回复！"), "livestream_script"


def zh_moments(rng, item, slot):
    c, t = rng.choice(ZH_COMPANIES), rng.choice(ZH_TITLES)
    d, r, b = slot_lists(rng, item, slot, ZH_DUTIES, ZH_REQS, ZH_BENEFITS, 1, 1, 1)
    return (f"【内推】{c}急招{t}！\n{'；'.join(d)}。{'；'.join(r)}。{'，'.join(b)}。\n"
            f"薪资{rng.choice(ZH_PAY)}，感兴趣的私聊我发简历～"), "wechat_moments"


def zh_fair_booth(rng, item, slot):
    c, t = rng.choice(ZH_COMPANIES), rng.choice(ZH_TITLES)
    d, r, b = slot_lists(rng, item, slot, ZH_DUTIES, ZH_REQS, ZH_BENEFITS, 1, 2, 2)
    return (f"秋季校园双选会 {rng.randint(1, 180)}号展位\n{c}\n招聘：{t} {rng.randint(2, 15)}名\n"
            f"职责：{'；'.join(d)}\n要求：{'，'.join(r)}\n待遇：{rng.choice(ZH_PAY)}，{'，'.join(b)}\n"
            f"现场面试，当场答复"), "fair_booth_card"


ZH_TEMPLATES = [zh_campus_jd, zh_talk_notice, zh_intern, zh_mt, zh_wechat, zh_platform,
                zh_bilingual, zh_livestream, zh_moments, zh_fair_booth]


# ---------------------------------------------------------------- zh whole-block and one-liners
INDUSTRIAL_ZH = ["顺达劳务派遣", "鑫源人力资源", "华岳建设", "恒泰矿业", "永固建材", "丰谷粮油",
                 "通衢物流", "金石重工", "宏基钢构", "汇川能源"]


def zh_block(rng, item, heavy=False):
    c = rng.choice(INDUSTRIAL_ZH if heavy else ZH_COMPANIES + INDUSTRIAL_ZH)
    kind = rng.randrange(3)
    if kind == 0:
        return (f"{c}招聘启事\n\n因业务发展需要，现面向社会公开招聘以下人员：\n{item}\n\n"
                f"待遇：{rng.choice(ZH_PAY)}，{rng.choice(ZH_BENEFITS)}。\n报名方式：携带身份证复印件到公司人事部报名，"
                f"或电话咨询 0{rng.randint(20, 99)}-{rng.randint(60000000, 89999999)}。"), "notice_block"
    if kind == 1:
        return (f"【{c}】岗位信息表\n--------------------\n{item}\n--------------------\n"
                f"工作时间：{rng.choice(['8:30-17:30，双休', '两班倒', '9:00-18:00，单双休'])}\n"
                f"薪资：{rng.choice(ZH_PAY)}\n备注：{rng.choice(ZH_BENEFITS)}"), "agency_sheet"
    return (f"📢{c}招人啦\n{item}\n{rng.choice(ZH_BENEFITS)}，{rng.choice(ZH_BENEFITS)}\n"
            f"有意者私信或直接到公司面试"), "moments_block"


def zh_oneliner(rng, item):
    tails = ["", "，有意私聊", "，薪资面议，电话联系", "。速来！", "，地址见主页"]
    tail = rng.choice(tails)
    if "私聊" in item or "电话" in item:
        tail = ""
    return item + tail, "one_liner"


# ---------------------------------------------------------------- zh-Hant templates
def hk_jobsdb(rng, item, slot):
    c, t = rng.choice(HK_COMPANIES), rng.choice(HK_TITLES)
    d, r, b = slot_lists(rng, item, slot, HK_DUTIES, HK_REQS, HK_BENEFITS, 3, 3, 3)
    return (f"{c}\n職位：{t}（全職）\n\n職責：\n{bullets(d, '• ')}\n\n要求：\n{bullets(r, '• ')}\n\n"
            f"福利：\n{bullets(b, '• ')}\n\n{rng.choice(HK_PAY)}\n有意者請將履歷連同現時及要求薪金電郵至本公司。"
            f"\n所有資料只作招聘用途。"), "hk_jobsdb"


def tw_104(rng, item, slot):
    c, t = rng.choice(HK_COMPANIES), rng.choice(HK_TITLES)
    d, r, b = slot_lists(rng, item, slot, HK_DUTIES, HK_REQS, HK_BENEFITS, 3, 3, 3)
    return (f"【{t}】{c}\n工作內容：\n{bullets(d, '{i}. ')}\n\n條件要求：\n{bullets(r, '{i}. ')}\n\n"
            f"福利制度：{'、'.join(b)}\n工作待遇：{rng.choice(HK_PAY)}\n上班地點：台北市{rng.choice(['大安區', '信義區', '內湖區', '中山區'])}"
            f"\n應徵方式：請透過人力銀行投遞履歷"), "tw_job_bank"


def hk_grad(rng, item, slot):
    c = rng.choice(HK_COMPANIES)
    d, r, b = slot_lists(rng, item, slot, HK_DUTIES, HK_REQS, HK_BENEFITS, 2, 3, 2)
    return (f"{c} 2027 見習管理人員計劃（Graduate Trainee）\n為期18個月，輪調營運、財務及市場部門。\n\n"
            f"輪調內容：\n{bullets(d, '- ')}\n\n申請資格：\n{bullets(r, '- ')}\n\n待遇：\n{bullets(b, '- ')}\n"
            f"- {rng.choice(HK_PAY)}\n\n截止日期：2026年12月15日"), "hk_graduate_trainee"


HANT_TEMPLATES = [hk_jobsdb, tw_104, hk_grad]


def hant_block(rng, item, heavy=False):
    c = rng.choice(["德昌工程", "恒通物流有限公司", "永興礦業", "大成建築"] if heavy else HK_COMPANIES)
    return (f"{c} 招聘\n{item}\n{rng.choice(HK_PAY)}，{rng.choice(HK_BENEFITS)}\n"
            f"請致電 {rng.randint(2000, 3999)} {rng.randint(1000, 9999)} 或親臨本公司面試"), "hant_block"


# ---------------------------------------------------------------- English templates
def en_jd(rng, item, slot):
    c, t, city = rng.choice(EN_COMPANIES), rng.choice(EN_TITLES), rng.choice(EN_CITIES)
    d, r, b = slot_lists(rng, item, slot, EN_DUTIES, EN_REQS, EN_BENEFITS, 3, 3, 3)
    return (f"{t} - {c} ({city})\n\nWhat you'll do\n{bullets(d, '- ')}\n\nWhat we're looking for\n"
            f"{bullets(r, '- ')}\n\nWhat we offer\n{bullets(b, '- ')}\n- {rng.choice(EN_PAY)}\n\n"
            f"Apply with your CV in English via our careers page."), "en_jd"


def en_grad(rng, item, slot):
    c = rng.choice(EN_COMPANIES)
    d, r, b = slot_lists(rng, item, slot, EN_DUTIES, EN_REQS, EN_BENEFITS, 2, 3, 3)
    return (f"{c} Graduate Programme 2027 - {rng.choice(EN_CITIES)}\n\nTwo years, three rotations, one "
            f"dedicated mentor. Our graduates run real projects from week one.\n\nRotations include\n"
            f"{bullets(d, '* ')}\n\nEligibility\n{bullets(r, '* ')}\n\nThe package\n{bullets(b, '* ')}\n\n"
            f"Applications close 30 November. Online test, video interview, then an assessment centre."), "en_graduate_programme"


def en_linkedin(rng, item, slot):
    c, t = rng.choice(EN_COMPANIES), rng.choice(EN_TITLES)
    d, r, b = slot_lists(rng, item, slot, EN_DUTIES, EN_REQS, EN_BENEFITS, 2, 2, 2)
    return (f"We're hiring! 🎉 {c} is looking for a {t} in {rng.choice(EN_CITIES)}.\n\n"
            f"You'll: {'; '.join(d)}.\nYou bring: {'; '.join(r)}.\nPerks: {'; '.join(b)}.\n\n"
            f"DM me or apply via the link in comments. #hiring #{t.split()[0].lower()} #careers"), "en_linkedin"


def en_email(rng, item, slot):
    c, t = rng.choice(EN_COMPANIES), rng.choice(EN_TITLES)
    d, r, b = slot_lists(rng, item, slot, EN_DUTIES, EN_REQS, EN_BENEFITS, 2, 3, 2)
    return (f"Subject: {t} opportunity with {c}\n\nHi there,\n\nI'm a recruiter partnering with {c} on a "
            f"{t} search in {rng.choice(EN_CITIES)} and your profile caught my eye.\n\nThe role: "
            f"{'; '.join(d)}.\nMust-haves:\n{bullets(r, '- ')}\nPackage: {rng.choice(EN_PAY)}; {'; '.join(b)}.\n\n"
            f"Would you be open to a 15-minute call this week?\n\nBest regards,\nTalent team"), "en_recruiter_email"


def en_intern(rng, item, slot):
    c, t = rng.choice(EN_COMPANIES), rng.choice(EN_TITLES)
    d, r, b = slot_lists(rng, item, slot, EN_DUTIES, EN_REQS, EN_BENEFITS, 2, 3, 2)
    return (f"Summer Internship 2027 | {t} | {c}\nLocation: {rng.choice(EN_CITIES)} | Duration: 10-12 weeks\n\n"
            f"Responsibilities:\n{bullets(d, '{i}) ')}\n\nRequirements:\n{bullets(r, '{i}) ')}\n\nBenefits:\n"
            f"{bullets(b, '{i}) ')}\n\nStudents graduating in 2027 or 2028 may apply."), "en_internship"


EN_TEMPLATES = [en_jd, en_grad, en_linkedin, en_email, en_intern]


INDUSTRIAL_EN = ["Ironridge Resources", "Greystone Building Supplies", "Redhill Haulage",
                 "Basalt Mining Services"]


def en_block(rng, item, heavy=False):
    c = rng.choice(INDUSTRIAL_EN if heavy else EN_COMPANIES + INDUSTRIAL_EN)
    return (f"{c} - current vacancy\n\n{item}\n\nPay: {rng.choice(EN_PAY)}. {rng.choice(EN_BENEFITS)}.\n"
            f"Send your CV or walk in for an interview, Monday to Friday."), "en_block"


# ---------------------------------------------------------------- assembly
def labels_of(code):
    if code in ("X", ""):
        return []
    if code == "D":
        return ["GENDER"]
    return [LABEL_OF[ch] for ch in "GMP" if ch in code]


NOTE_PREFIX = {"zh": ["备注：", "其他说明：", "温馨提示：", ""], "zh-Hant": ["備註：", "其他：", ""],
               "en": ["Note: ", "P.S. ", ""]}


def render(rng, lang, item, slot, heavy):
    if slot == "n":
        body, source = render(rng, lang, None, "-", heavy)
        return body + "\n" + rng.choice(NOTE_PREFIX[lang]) + item, source
    if lang == "zh":
        if slot == "w":
            return zh_block(rng, item, heavy)
        if slot == "o":
            return zh_oneliner(rng, item)
        return rng.choice(ZH_TEMPLATES)(rng, item, slot)
    if lang == "zh-Hant":
        if slot == "o":
            return item + rng.choice(["", " 有意請WhatsApp", "，請電聯"]), "one_liner"
        if slot == "w":
            return hant_block(rng, item, heavy)
        return rng.choice(HANT_TEMPLATES)(rng, item, slot)
    if slot == "o":
        return item + rng.choice(["", " #hiring", " (Shanghai)"]), "one_liner"
    if slot == "w":
        return en_block(rng, item, heavy)
    return rng.choice(EN_TEMPLATES)(rng, item, slot)


def main():
    rng = random.Random(SEED)
    entries = []
    for lang, mod in (("zh", items_zh), ("zh-Hant", items_hant), ("en", items_en)):
        for group in ("VIOLATING", "CLEAN", "EXEMPT", "DECOY"):
            for text, code, cat, slot in getattr(mod, group):
                entries.append((lang, text, code, cat, slot))
    seen = set()
    for e in entries:
        assert e[1] not in seen, "duplicate item: %r" % e[1]
        seen.add(e[1])
    rng.shuffle(entries)
    lines = []
    for n, (lang, item, code, cat, slot) in enumerate(entries, 1):
        text, source = render(rng, lang, item, slot, code in ("X", "D"))
        assert item in text, (n, item)
        rec = {"id": "%s-%04d" % (PREFIX, n), "lang": lang, "text": text,
               "labels": labels_of(code), "category": cat, "source": "author14/" + source}
        if code == "X":
            rec["exemption"] = True
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", len(lines), "posts to", OUT)


if __name__ == "__main__":
    main()
