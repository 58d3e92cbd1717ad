#!/usr/bin/env python3
"""Author 17: deterministic builder for dev17.jsonl (standard library only, seed 20261217).
Every item from items*.py is used in exactly one post; asserts each appears verbatim."""
import json, random, hashlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import items_en_v, items_en_c, items_zh, items_hant, items_ex, items_extra_c

SEED = 20261217
PREFIX = "s17d"
OUT = os.path.join(HERE, "dev17.jsonl")
LAB = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

def has_han(s):
    return any('\u4e00' <= ch <= '\u9fff' or '\u2f00' <= ch <= '\u2fdf' for ch in s)

HANT_MARK = set("誠靚營業員識講後貨廳請樓時別駕駛執會計衛語優樣況狀穩慮註數懷錄驗報測試媽學傭賓礦場運點啟車產護櫃禮顧審資兒獎詢聯絡僱險廣開為機們")

def parse(raw, lang_hint=None):
    out = []
    for line in raw.strip("\n").split("\n"):
        if not line.strip():
            continue
        code, cat, text = line.split("|", 2)
        if lang_hint:
            lang = lang_hint
        elif has_han(text):
            lang = "zh-Hant" if any(c in HANT_MARK for c in text) else "zh"
        else:
            lang = "en"
        out.append((lang, code, cat, text))
    return out

def load():
    items = []
    items += parse(items_en_v.RAW, "en")
    items += parse(items_en_c.RAW, "en")
    items += parse(items_zh.RAW, "zh")
    items += parse(items_hant.RAW, "zh-Hant")
    items += parse(items_ex.RAW)
    items += parse(items_extra_c.RAW_EN, "en")
    items += parse(items_extra_c.RAW_ZH, "zh")
    items += parse(items_extra_c.RAW_HANT, "zh-Hant")
    texts = [t for _, _, _, t in items]
    assert len(texts) == len(set(texts)), "duplicate item"
    return items

# ---------------- English fillers (neutral) ----------------
EN_CO = ["Harbourview Hospitality Group", "Lumen Logistics Pte Ltd", "Sri Murni Trading Sdn Bhd",
         "BrightPath Recruitment", "Al Noor Facilities LLC", "Pacific Crest BPO Inc.", "Kwun Tong Printing Ltd",
         "Northgate Dental Practice", "Redwood Property Services", "Meridian Air Services", "Golden Lotus Restaurant",
         "Bayside Home Care Agency", "TechNova Solutions Pvt Ltd", "Greenfield Estates Management",
         "Orchid Employment Agency (EA Lic. 12C3456)", "Sunrise Cafe & Bakery", "Desert Pearl Hotel & Resort",
         "Crown Cleaning Services", "Silverline Couriers", "Jade Garden Seafood"]
EN_CITY = ["Singapore (Jurong East)", "Kuala Lumpur", "Petaling Jaya", "Makati City", "Cebu City", "Hong Kong (Kwun Tong)",
           "Causeway Bay", "Dubai Marina", "Abu Dhabi", "Doha", "Riyadh", "Bengaluru", "Mumbai (Andheri East)",
           "Chennai", "Shanghai (Jing'an)", "Shenzhen (Nanshan)", "London (Croydon)", "Manchester", "Leeds",
           "Houston, TX", "Queens, NY", "San Jose, CA"]
EN_PAY = ["SGD 2,400 - 2,900", "RM 2,800 + allowances", "PHP 22,000/month", "HKD 16,000 - 19,000", "AED 4,500 + housing",
          "QAR 3,800 all-in", "INR 3.2 - 4.5 LPA", "GBP 11.44/hr", "GBP 24,000 - 27,000", "$18-21/hr", "HKD 4,990 (MAW) + food allowance",
          "SAR 1,500 + free accommodation", "RMB 9,000 - 12,000"]
EN_BULLETS = ["5-day work week, rotating shifts", "Immediate start available", "Good command of English",
              "At least 1 year of relevant experience", "Basic computer skills (Excel, email)", "Able to work under pressure",
              "Annual leave 14 days, medical benefits", "Performance bonus twice a year", "Free staff meals on duty",
              "Training provided", "Own transport an advantage", "Mandarin/Cantonese speaker a plus", "Punctual and reliable",
              "Overtime paid at 1.5x", "Uniform provided", "Visa and ticket provided by employer", "Near MRT station",
              "Probation 3 months", "Weekends off", "Must hold valid work permit or be eligible to work locally"]
EN_ROLE = ["Customer Service Officer", "Admin Assistant", "Sales Executive", "Operations Associate", "Front Office Agent",
           "Warehouse Assistant", "Accounts Clerk", "Store Assistant", "Receptionist", "Housekeeping Attendant",
           "Call Centre Agent", "Marketing Coordinator", "Service Crew", "Office Assistant", "Logistics Coordinator"]

EN_REGION = [("Singapore (Jurong East)", ["SGD 2,400 - 2,900", "SGD 3,200 + AWS"]), ("Kuala Lumpur", ["RM 2,800 + allowances", "RM 3,500 - 4,200"]),
    ("Petaling Jaya", ["RM 2,600 - 3,000"]), ("Makati City", ["PHP 22,000/month", "PHP 28,000 + HMO"]), ("Cebu City", ["PHP 18,500/month"]),
    ("Hong Kong (Kwun Tong)", ["HKD 16,000 - 19,000", "HKD 4,990 (MAW) + food allowance"]), ("Causeway Bay", ["HKD 17,500 + commission"]),
    ("Dubai Marina", ["AED 4,500 + housing"]), ("Abu Dhabi", ["AED 5,000 all-in"]), ("Doha", ["QAR 3,800 all-in"]),
    ("Riyadh", ["SAR 1,500 + free accommodation", "SAR 4,000 + transport"]), ("Bengaluru", ["INR 3.2 - 4.5 LPA"]),
    ("Mumbai (Andheri East)", ["INR 25,000/month"]), ("Chennai", ["INR 2.8 LPA"]), ("Shanghai (Jing'an)", ["RMB 9,000 - 12,000"]),
    ("Shenzhen (Nanshan)", ["RMB 8,000 - 11,000"]), ("London (Croydon)", ["GBP 11.44/hr", "GBP 24,000 - 27,000"]), ("Manchester", ["GBP 23,500"]),
    ("Leeds", ["GBP 11.60/hr"]), ("Houston, TX", ["$18-21/hr"]), ("Queens, NY", ["$19/hr + tips"]), ("San Jose, CA", ["$24-28/hr"])]

def bl(r, n, item=None):
    b = r.sample(EN_BULLETS, n)
    if item is not None:
        b.insert(r.randint(0, len(b)), item)
    return b

def en_post(r, item, cat, headline):
    co, role = r.choice(EN_CO), r.choice(EN_ROLE)
    city, pays = r.choice(EN_REGION)
    pay = r.choice(pays)
    if headline:
        co = r.choice(EN_AGENCY)
        styles = ["h_classified", "h_agency", "h_wa", "h_indeed"]
    else:
        styles = ["classified", "craigslist", "linkedin", "indeed", "email", "whatsapp", "agency", "hospitality", "oneliner", "gumtree"]
    s = r.choice(styles)
    if s == "h_classified":
        t = f"{item}\n{co}, {city}\nPay: {pay}\n" + "\n".join("- " + x for x in bl(r, 3)) + f"\nWalk-in interview Mon-Fri 10am-4pm or call 6{r.randint(100,999)} {r.randint(1000,9999)}."
    elif s == "h_agency":
        t = f"JOB ORDER #{r.randint(1000,9999)} | {co}\nPosition: {item}\nWorksite: {city}\nSalary: {pay}\nContract: {r.choice(['2 years','1 year renewable','6 months'])}\nDocuments: passport, CV, certificates\nNo placement fee charged beyond legal limit."
    elif s == "h_wa":
        t = f"*URGENT HIRING* 📢\n{item}\n📍 {city}\n💰 {pay}\nPM me for details, limited slots!"
    else:
        t = f"{item}\n{co} - {city}\n{pay} a month\nJob type: Full-time\n\nResponsibilities:\n" + "\n".join("• " + x for x in bl(r, 3)) + "\n\nApply now via Indeed."
    if not headline:
        if s == "classified":
            t = f"VACANCY - {role.upper()}\n{co}, {city}\n" + "\n".join("* " + x for x in bl(r, 3, item)) + f"\nSalary: {pay}. Call or SMS 9{r.randint(100,999)} {r.randint(1000,9999)}."
        elif s == "craigslist":
            t = f"{role} needed - {city} (compensation: {pay})\n\nWe are a small business looking to fill a {role.lower()} position asap.\n{item}\nReply to this post with your resume. Principals only, recruiters do not contact."
        elif s == "linkedin":
            t = (f"{co} is hiring! 🚀\n\nRole: {role}\nLocation: {city} (on-site)\n\nAbout the role\nYou will join a friendly team and support daily operations.\n\n"
                 "What we're looking for\n" + "\n".join("- " + x for x in bl(r, 3, item)) + f"\n\nWhat we offer\n- {pay}\n- Career growth\n\n#hiring #jobs #{city.split()[0].replace(',','')}")
        elif s == "indeed":
            t = (f"{role}\n{co}\n{city}\n{pay}\n\nFull job description\nJob Responsibilities:\n" + "\n".join("• " + x for x in bl(r, 2)) +
                 "\n\nJob Requirements:\n" + "\n".join("• " + x for x in bl(r, 2, item)) + "\n\nJob Types: Full-time, Permanent\nSchedule: Day shift\nAbility to commute/relocate: Required")
        elif s == "email":
            t = (f"Subject: Exciting {role} opportunity in {city}\n\nHi there,\n\nI came across your profile and wanted to share an opening with my client, {co}. "
                 f"They are looking for a {role} on a permanent basis, package {pay}.\n\nA few things the client has asked for:\n" + "\n".join("- " + x for x in bl(r, 2, item)) +
                 "\n\nIf this sounds interesting, please send me your updated CV and a good time to talk.\n\nBest regards,\nTalent Acquisition, BrightPath Recruitment")
        elif s == "whatsapp":
            t = f"Hi all 🙏 my friend's company {co} is hiring {role} in {city}\n{item}\nSalary {pay}\nInterested pls WhatsApp +{r.randint(60,97)} {r.randint(10,99)}{r.randint(100000,999999)} 👍 pls share"
        elif s == "agency":
            t = (f"{co}\nJOB ORDER: {role}\nLocation: {city}\nSalary: {pay}\nQualifications:\n" + "\n".join(f"{i+1}. {x}" for i, x in enumerate(bl(r, 3, item))) +
                 "\nBring 2 copies of resume, 2x2 ID photo and NBI clearance. POEA/DMW licensed agency.")
        elif s == "hospitality":
            t = (f"Join {co} - {role}\nWe are opening new outlets in {city} and are looking for warm, guest-focused people.\n\nRequirements\n" +
                 "\n".join("- " + x for x in bl(r, 2, item)) + f"\n\nPackage: {pay}, duty meals, service charge.\nSend CV to careers@{co.split()[0].lower()}.example.com")
        elif s == "oneliner":
            t = f"{role}, {city}. {item} {pay}. Text {r.randint(8000,9999)} {r.randint(1000,9999)}."
        else:
            t = f"Wanted: {role} ({city})\nPosted by: private advertiser\n\n{item}\n\nPay {pay}, start ASAP. Message via the site."
    return s, t

# ---------------- Chinese fillers (neutral) ----------------
ZH_CO = ["杭州恒川贸易有限公司", "广州市穗安物业管理有限公司", "深圳市星河电子科技有限公司", "成都蓉城餐饮管理有限公司", "苏州工业园区某精密制造厂",
         "武汉江城物流有限公司", "肇庆市鼎湖区某食品厂", "南京秦淮连锁便利店", "上海浦东某外贸公司", "郑州中原家政服务中心",
         "长沙湘味餐饮店", "宁波港城仓储有限公司", "某区人民医院（编外）", "佛山顺德家具厂", "厦门海湾酒店"]
ZH_CITY = ["杭州市西湖区", "广州市天河区", "深圳市宝安区", "成都市武侯区", "苏州市吴中区", "武汉市洪山区", "肇庆市端州区", "南京市秦淮区", "郑州市金水区", "长沙市岳麓区"]
ZH_PAY = ["4500-6000元/月", "底薪3500+提成", "6000-8000元/月", "时薪22元", "综合月薪5000-7000元", "8K-12K·13薪", "月薪面议"]
ZH_ROLE = ["客服专员", "行政文员", "销售代表", "仓库管理员", "收银员", "前台接待", "普工", "店员", "会计助理", "电商运营", "服务员", "质检员"]
ZH_DUTY = ["负责日常接待及来访登记", "完成上级交办的其他工作", "负责门店商品陈列与盘点", "处理客户咨询和售后问题", "整理单据，录入系统",
           "协助部门完成月度报表", "按照操作规程完成生产任务", "维护客户关系，开拓新客户"]
ZH_REQ = ["高中及以上学历", "有相关工作经验者优先", "熟练使用办公软件", "吃苦耐劳，服从安排", "沟通能力强，有责任心", "能适应倒班", "普通话标准", "身体健康"]
ZH_BEN = ["五险一金", "包吃住，八人间宿舍", "月休4天", "节日福利", "年终奖", "带薪年假", "餐补300元/月", "岗前培训"]

def zh_post(r, item, cat, headline, trad=False):
    co, city, pay, role = r.choice(ZH_CO), r.choice(ZH_CITY), r.choice(ZH_PAY), r.choice(ZH_ROLE)
    if trad:
        return hant_post(r, item, cat, headline)
    if headline:
        co = r.choice(ZH_AGENCY)
        s = r.choice(["h_poster", "h_list", "h_moments"])
        if s == "h_poster":
            t = f"【招聘】{co}\n{item}\n工作地点：{city}\n薪资：{pay}\n福利：" + "、".join(r.sample(ZH_BEN, 3)) + f"\n有意者请到厂门口保安室报名，电话：0{r.randint(100,999)}-{r.randint(1000000,9999999)}"
        elif s == "h_list":
            t = f"{co}招聘岗位一览\n一、{item}\n二、其他岗位详询人事\n工作地点：{city}\n待遇：{pay}，" + "，".join(r.sample(ZH_BEN, 2)) + "\n报名方式：携带身份证原件到公司人事部。"
        else:
            t = f"急招！急招！🔥\n{item}\n📍{city}\n💰{pay}\n有意私聊，转发扩散🙏"
        return s, t
    s = r.choice(["qishi", "qishi", "qishi", "platform", "platform", "moments", "live", "poster", "agency", "bianwai", "form", "oneliner"])
    if s == "qishi":
        secs = {"duty": r.sample(ZH_DUTY, 2), "req": r.sample(ZH_REQ, 3), "ben": r.sample(ZH_BEN, 3)}
        key = ("ben" if cat == "trap_benefit" else "duty" if cat == "trap_client"
               else r.choice(["req", "duty", "ben"]) if cat.startswith("trap") else "req")
        secs[key].insert(r.randint(0, len(secs[key])), item)
        f = lambda L: "\n".join(f"{i+1}. {x}" for i, x in enumerate(L))
        t = f"{co}招聘启事\n招聘岗位：{role}（{r.randint(1,5)}名）\n岗位职责：\n{f(secs['duty'])}\n任职要求：\n{f(secs['req'])}\n薪资福利：\n{pay}\n{f(secs['ben'])}\n工作地点：{city}\n联系电话：1{r.randint(3,9)}{r.randint(0,9)}****{r.randint(1000,9999)}"
    elif s == "platform":
        t = f"{role}  {pay}\n{city} | 1-3年 | 学历不限\n职位描述\n" + "\n".join(["· " + x for x in r.sample(ZH_DUTY, 2)] + ["· " + item] + ["· " + x for x in r.sample(ZH_REQ, 1)]) + f"\n公司：{co}\n该职位由HR发布，立即沟通"
    elif s == "moments":
        t = f"身边有找工作的朋友吗？{co}招{role}\n{item}\n工资{pay}，{r.choice(ZH_BEN)}\n地址{city}，感兴趣的私我～"
    elif s == "live":
        t = f"（直播带岗口播）家人们看过来，这个岗位是{co}的{role}，工作地点在{city}，工资{pay}，{r.choice(ZH_BEN)}！{item} 想报名的点下方小黄车投递，主播帮你盯着！"
    elif s == "poster":
        t = f"本店招聘\n{role}数名\n{item}\n待遇：{pay}\n" + "、".join(r.sample(ZH_BEN, 2)) + "\n有意者进店详谈"
    elif s == "agency":
        t = f"【职介推荐】编号{r.randint(100,999)}\n企业：{co}\n岗位：{role}\n要求：{item}\n薪资：{pay}\n地点：{city}\n服务费：不收求职者任何费用"
    elif s == "bianwai":
        t = (f"{co}2026年编外人员招聘公告\n根据工作需要，现面向社会公开招聘编外工作人员。\n一、招聘岗位：{role}1名\n二、报名条件：\n（一）{r.choice(ZH_REQ)}；\n（二）{item}\n（三）年龄18周岁以上。\n"
             f"三、薪酬待遇：{pay}，按规定缴纳社会保险。\n四、报名时间：即日起至12月20日。")
    elif s == "form":
        t = f"岗位名称：{role}\n招聘人数：{r.randint(1,10)}\n学历要求：中专及以上\n{item}\n薪资待遇：{pay}\n工作地点：{city}"
    else:
        t = f"{co}招{role}（{city}），{item}{pay}，电话1{r.randint(30,89)}{r.randint(10000000,99999999)}"
    return s, t

HK_CO = ["九龍灣某飲食集團", "觀塘某物流公司", "荃灣某物業管理公司", "旺角某時裝店", "沙田某診所"]
HK_CITY = ["九龍灣", "觀塘", "荃灣", "旺角", "沙田"]
HK_PAY = ["月薪$16,000-$18,000", "時薪$65", "月薪$14,500+勤工獎", "待遇面議"]
TW_CO = ["台北市某科技股份有限公司", "新北市某連鎖餐廳", "台中某製造廠", "高雄某物流公司"]
TW_CITY = ["台北市信義區", "新北市板橋區", "台中市西屯區", "高雄市前鎮區"]
TW_PAY = ["月薪新台幣32,000元起", "時薪新台幣190元", "月薪新台幣30,000-36,000元", "待遇面議"]
EN_AGENCY = ["Apex Manpower Services", "Global Workforce Solutions", "Orchid Employment Agency (EA Lic. 12C3456)", "Evergreen Staffing Co.", "Gulf Star Manpower Consultancy"]
ZH_AGENCY = ["某人力资源服务有限公司", "某劳务派遣公司", "区人社局就业服务站（代发）", "某职业介绍所"]
HK_AGENCY = ["某人力資源公司", "某職業介紹所", "某工程顧問公司"]
HK_ROLE = ["文員", "售貨員", "客戶服務主任", "倉務員", "收銀員", "助理", "樓面服務員"]
HK_BUL = ["五天工作", "有相關經驗優先", "懂基本電腦操作", "有勤工獎及年終花紅", "即時上班", "提供員工膳食", "勞健保", "有醫療福利"]

def hant_post(r, item, cat, headline):
    if r.random() < 0.6:
        co, city, pay = r.choice(HK_CO), r.choice(HK_CITY), r.choice(HK_PAY)
    else:
        co, city, pay = r.choice(TW_CO), r.choice(TW_CITY), r.choice(TW_PAY)
    role = r.choice(HK_ROLE)
    if headline:
        co = r.choice(HK_AGENCY)
        s = "h_hk"
        t = f"{co}誠聘\n{item}\n地點：{city}\n{pay}\n" + "、".join(r.sample(HK_BUL, 3)) + f"\n有意請WhatsApp 9{r.randint(100,999)} {r.randint(1000,9999)}"
        return s, t
    s = r.choice(["jobsdb", "jobsdb", "104", "104", "street", "oneliner"])
    if s == "jobsdb":
        b = r.sample(HK_BUL, 3); b.insert(r.randint(0, 3), item)
        t = f"{role}\n{co}\n{city}\n\n職責及要求：\n" + "\n".join("• " + x for x in b) + f"\n\n待遇：{pay}\n有意者請將履歷寄至人事部。"
    elif s == "104":
        t = f"【職缺】{role}\n公司：{co}\n工作地點：{city}\n薪資：{pay}\n工作內容：協助日常營運。\n條件要求：{item}\n應徵方式：請透過人力銀行投遞履歷。"
    elif s == "street":
        t = f"請人\n{role}\n{item}\n{pay}\n即日上班 入內詳談"
    else:
        t = f"{co}請{role}（{city}），{item}{pay}，電9{r.randint(1000000,9999999)}"
    return s, t

HEADLINE_CATS = {"gender_title", "gender_listing", "exemption_mining", "exemption_load", "exemption_intensity", "exemption_decoy"}

def main():
    r = random.Random(SEED)
    items = load()
    r.shuffle(items)
    rows = []
    for n, (lang, code, cat, text) in enumerate(items, 1):
        headline = cat in HEADLINE_CATS or cat == "trap_client" or (cat == "trap_word" and r.random() < 0.3)
        if lang == "en":
            s, body = en_post(r, text, cat, headline)
        elif lang == "zh":
            s, body = zh_post(r, text, cat, headline)
        else:
            s, body = hant_post(r, text, cat, headline)
        assert text in body, (text, body)
        if code == "X":
            labels = []
        elif code == "D":
            labels = ["GENDER"]
        elif code == "C":
            labels = []
        else:
            labels = [LAB[c] for c in "GMP" if c in code]
        row = {"id": f"{PREFIX}-{n:04d}", "lang": lang, "text": body, "labels": labels, "category": cat,
               "source": f"author17/{lang}/{s}"}
        if code == "X":
            row["exemption"] = True
        rows.append(row)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    h = hashlib.sha256(open(OUT, "rb").read()).hexdigest()
    print(len(rows), h)

if __name__ == "__main__":
    main()
