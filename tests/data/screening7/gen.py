# -*- coding: utf-8 -*-
"""Deterministic generator for heldout6.jsonl. CONTAINS THE ANSWERS (via items.py):
never read when tuning rules.  Run: python3 gen.py  (writes heldout6.jsonl next to it)."""
import json, os, random, re
from items import *

R = random.Random(20261127)
HERE = os.path.dirname(os.path.abspath(__file__))

ZH_CO = ["鑫源电子科技有限公司", "佳禾餐饮管理有限公司", "县城东街老王烟酒店", "恒通物流（集团）", "美佳乐连锁超市",
 "星辰文化传媒", "蓝海贸易有限公司", "安心家政服务中心", "县人民医院", "实验小学", "宏达汽车销售服务有限公司",
 "悦享健身", "一品茶坊", "云帆网络科技", "金牛装饰工程有限公司", "和顺人力资源（劳务派遣）", "百味轩酒楼",
 "博学教育培训学校", "康宁大药房", "绿野农业开发有限公司", "城南物业服务有限公司", "聚点网吧", "德信会计师事务所",
 "优品服饰", "天天鲜生鲜超市", "华瑞精密机械厂", "阳光幼儿园", "新锐广告", "晨曦月子会所", "瑞丰国际货运代理"]
ZH_CITY = ["县城", "市区", "高新区", "经开区", "东城区", "城关镇", "工业园", "老城区", "滨江新区", "南站附近"]
ZH_DUTY = ["负责日常接待与来访登记", "按流程完成每日工作并记录", "配合主管完成部门任务", "维护客户关系，处理售后问题",
 "整理文件、录入数据", "完成店内陈列、盘点", "遵守公司安全操作规程", "跟进订单进度，及时反馈", "参与每周例会，汇报工作",
 "协助做好现场卫生与物料管理", "服从排班，做好交接", "对接上下游部门，推动问题解决", "完成领导交办的其他事项"]
ZH_REQ = ["中专及以上学历", "大专及以上学历，专业不限", "有相关经验者优先", "熟练使用Excel、Word", "沟通能力强，有责任心",
 "能吃苦耐劳，服从安排", "持健康证", "会讲普通话", "18-50周岁", "无不良记录", "学习能力强", "能适应倒班",
 "有驾照者优先", "能接受短期出差"]
ZH_PAY = ["月薪4000-6000元", "底薪3500+提成，综合7000+", "时薪22元，日结", "6-9K，13薪", "月薪3200-4500，包吃住",
 "试用期3个月，转正后5500", "计件工资，多劳多得，熟手8000+", "年薪10-15万", "月薪面议"]
ZH_BEN = ["五险一金", "包工作餐", "节日福利", "带薪年假", "免费住宿（4人间）", "定期体检", "交通补贴", "年终奖", "员工旅游",
 "话费补贴", "高温补贴"]
ZH_CONTACT = ["联系人：张先生 138****2617（微信同号）", "电话：0371-6***5288 李女士", "简历投递：hr@example.cn",
 "有意者加微信：job_2026xx", "联系电话：159****8830 陈经理", "地址：人民路88号二楼，直接来面试", "报名电话：186****0017 王老师",
 "投递方式：扫码报名或到招聘会12号展位"]

HANT_CO = ["永興貿易有限公司", "金記茶餐廳", "大豐物業管理", "恆昌珠寶", "美華美容中心", "信達物流", "嘉美服飾",
 "澳門某酒店集團", "台北某科技股份有限公司", "高雄某連鎖門市", "新界某製衣廠", "灣仔某律師行", "九龍城某診所"]
HANT_PAY = ["月薪$16,000-$19,000", "時薪$65", "月薪新台幣32,000起", "底薪+佣金", "月薪面議", "月薪MOP 15,000", "薪資38K~45K"]
HANT_BEN = ["勞健保、團保", "強積金", "年終獎金", "有薪年假", "員工膳食", "醫療津貼", "五天工作", "交通津貼"]
HANT_DUTY = ["處理日常行政事務", "接聽電話及回覆查詢", "協助上司處理文件", "門市銷售及收銀", "貨品上架及盤點",
 "跟進客戶訂單", "維持工作環境整潔", "配合輪班安排"]
HANT_REQ = ["中五程度或以上", "高中職以上學歷", "懂基本電腦操作", "能操流利廣東話", "有相關經驗優先", "工作認真負責", "可即時上班"]
HANT_CONTACT = ["有意者請將履歷電郵至 hr@example.hk", "請致電 2xxx 8xxx 陳小姐", "請WhatsApp 9xxx xxxx 查詢",
 "請至104人力銀行應徵", "歡迎親臨面試：彌敦道XX號3樓", "聯絡人：林先生 09xx-xxx-xxx"]

EN_CO = ["a Shanghai-based fintech start-up", "an international freight forwarder", "a boutique hotel group", "a German auto-parts maker in Suzhou",
 "a Hong Kong trading house", "a regional retail chain", "a design studio in Shenzhen", "a medical devices distributor",
 "an education company", "a consumer electronics brand", "a logistics park operator", "a luxury cosmetics house"]
EN_DUTY = ["Manage day-to-day operations of the team", "Prepare weekly reports for management", "Liaise with clients and suppliers",
 "Maintain accurate records in our ERP", "Support events and product launches", "Handle customer enquiries by phone and email",
 "Coordinate schedules across departments", "Follow safety and quality procedures"]
EN_REQ = ["Bachelor's degree or equivalent experience", "2+ years in a similar role", "Fluent English; Mandarin a plus",
 "Proficient with MS Office", "Strong attention to detail", "Able to work independently", "Valid work permit for China",
 "Comfortable with a fast-paced environment"]
EN_PAY = ["RMB 15-20K/month", "HKD 25,000 - 30,000 per month", "Competitive salary + annual bonus", "RMB 180-240K/year",
 "USD 45,000 base + commission", "RMB 120/hour"]
EN_BEN = ["social insurance and housing fund", "medical insurance", "15 days annual leave", "flexible working", "team lunches",
 "training budget", "annual health check"]
EN_CONTACT = ["Send your CV to careers@example.com", "Apply via the link below", "DM me on LinkedIn", "Email jobs@example.cn with 'Application' in the subject",
 "WeChat: hr_desk_2026", "Walk-in interviews Tuesdays 2-5pm"]

ZH_PLAIN_TITLES = ["仓库管理员", "行政文员", "电商客服", "餐厅服务员", "货车司机", "会计", "销售顾问", "保洁员", "前台接待", "网络运营",
 "普工", "店长", "水电维修工", "小学数学老师", "药店营业员", "快递分拣员", "平面设计", "采购助理", "保安", "物业管家", "厨师",
 "收银员", "质检员", "家政服务员", "人事专员", "外贸业务员", "理货员", "叉车司机", "短视频剪辑", "护理员"]
HANT_PLAIN_TITLES = ["文員", "售貨員", "倉務員", "會計文員", "侍應", "廚房助理", "客戶服務主任", "門市人員", "司機", "行政助理"]
EN_PLAIN_TITLES = ["Marketing Coordinator", "Customer Success Manager", "Software Engineer", "Logistics Analyst", "HR Generalist",
 "Barista", "Sales Executive", "Receptionist", "Data Analyst", "Store Supervisor", "Content Writer", "Procurement Officer"]

def pick(lst, k=1):
    return R.sample(lst, k)

def zh_title(t):
    return t or R.choice(ZH_PLAIN_TITLES)

# ---------------- obfuscation ----------------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
def obf(s, kind):
    if kind == "zw":
        out = []
        for i, ch in enumerate(s):
            out.append(ch)
            if i < len(s) - 1 and not ch.isspace():
                out.append(R.choice(ZW))
        return "".join(out)
    if kind == "fw":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)
    if kind == "sp":
        return " ".join(ch for ch in s if ch != " ")
    return s

# ---------------- zh templates ----------------
def zh_full(title, snip, place):
    co = R.choice(ZH_CO)
    duties = pick(ZH_DUTY, R.randint(2, 4))
    reqs = pick(ZH_REQ, R.randint(2, 4))
    bens = pick(ZH_BEN, R.randint(2, 5))
    if snip and place == "req":
        reqs.insert(R.randint(0, len(reqs)), snip)
    if snip and place == "ben":
        bens.insert(R.randint(0, len(bens)), snip)
    head = R.choice(["【{co}】招聘{t}", "{co}诚聘{t}", "招聘启事｜{t}（{co}）", "{co} 2026年{t}招聘"]).format(co=co, t=title)
    body = [head, "", "一、岗位职责："]
    body += ["%d. %s" % (i + 1, d) for i, d in enumerate(duties)]
    body += ["二、任职要求："] + ["%d. %s" % (i + 1, d) for i, d in enumerate(reqs)]
    body += ["三、薪资福利：" + R.choice(ZH_PAY) + "；" + "、".join(bens)]
    if snip and place == "end":
        body += ["四、其他：" + snip]
    body += ["联系方式：" + R.choice(ZH_CONTACT) + "，工作地点：" + R.choice(ZH_CITY)]
    return "\n".join(body)

def zh_58(title, snip, place):
    parts = [R.choice(["急招", "招", "高薪招", "长期招"]) + title, R.choice(ZH_PAY), R.choice(ZH_CITY) + "上班"]
    if snip:
        parts.insert(R.randint(1, 3), snip)
    return "，".join(parts) + "。" + R.choice(ZH_CONTACT)

def zh_moments(title, snip, place):
    e = R.choice(["🔥", "📢", "✨", "‼️", "🌟"])
    lines = [f"{e}{e}急招{title}{e}{e}", f"💰{R.choice(ZH_PAY)}", f"🏠{R.choice(ZH_BEN)}+{R.choice(ZH_BEN)}"]
    if snip:
        lines.insert(R.randint(1, 3), "👉" + snip)
    lines.append("📞" + R.choice(ZH_CONTACT) + " 转发的朋友好运连连～")
    return "\n".join(lines)

def zh_live(title, snip, place):
    co = R.choice(ZH_CO)
    s = (f"家人们看过来啊，下一个岗位是{co}的{title}，{R.choice(ZH_PAY)}，{R.choice(ZH_BEN)}也有，"
         f"工作内容呢就是{R.choice(ZH_DUTY)}，")
    if snip:
        s += R.choice(["主播多说一句哈，", "老板特别交代了，", "这个我得讲清楚，", "划重点，"]) + snip + "，"
    s += R.choice(["想去的点左下角小黄车投递！", "扣1主播给你发链接！", "直播间投递的优先面试哦，点购物车就行！"])
    return "【直播带岗口播记录】" + s

def zh_shop(title, snip, place):
    s = f"招工启事\n本店因业务需要，现招{title}一名。"
    if snip:
        s += snip + "。"
    s += f"{R.choice(ZH_PAY)}，{R.choice(ZH_BEN)}。有意者进店详谈。\n{R.choice(['老王烟酒店', '兴旺五金店', '阿香米粉店', '平价超市', '好再来饭店'])}  {R.choice(ZH_CITY)}"
    return s

def zh_labor(title, snip, place):
    s = (f"【劳务派遣】{R.choice(['苏州', '东莞', '昆山', '郑州', '重庆'])}大厂长期招{title}\n"
         f"工价：{R.choice(['22元/小时', '综合工资5500-7500', '小时工20元，月结'])}\n"
         f"要求：{R.choice(ZH_REQ)}；{R.choice(ZH_REQ)}")
    if snip:
        s += "；" + snip
    s += f"\n待遇：{R.choice(ZH_BEN)}、{R.choice(ZH_BEN)}，车费报销\n由和顺人力统一派遣，签劳务派遣合同。{R.choice(ZH_CONTACT)}"
    return s

def zh_jiazheng(title, snip, place):
    s = (f"安心家政·今日新单\n雇主位置：{R.choice(ZH_CITY)}\n岗位：{title}\n"
         f"工资：{R.choice(['6500/月', '7800/月，做26休4', '5500/月包吃住', '面议'])}\n"
         f"工作内容：{R.choice(['做饭、打扫', '照顾老人起居', '带孩子、做辅食', '打扫卫生、洗衣熨烫'])}")
    if snip:
        s += "\n要求：" + snip
    s += "\n有意者请到门店报名，带身份证、健康证。"
    return s

def zh_notice(title, snip, place):
    org = R.choice(["县人民医院", "市第二中学", "区中医院", "实验小学", "镇卫生院", "县妇幼保健院"])
    s = (f"{org}2026年公开招聘编外人员公告\n根据工作需要，经研究决定面向社会公开招聘{title}若干名。\n"
         f"一、招聘条件\n（一）遵守国家法律法规，品行端正；\n（二）{R.choice(ZH_REQ)}；\n")
    if snip:
        s += f"（三）{snip}；\n"
    s += "二、报名方式\n现场报名，携带身份证、学历证书原件及复印件。\n三、待遇\n按本单位编外人员薪酬标准执行，缴纳社会保险。\n" + org + "人事科"
    return s

def zh_form(title, snip, place):
    lines = [f"岗位名称：{title}", f"工作地点：{R.choice(ZH_CITY)}", f"学历：{R.choice(['不限', '高中', '大专', '本科'])}",
             f"经验：{R.choice(['不限', '1年以上', '3年以上'])}", f"薪资：{R.choice(ZH_PAY)}"]
    if snip:
        lines.insert(R.randint(2, len(lines)), snip if R.random() < .5 else "其他要求：" + snip)
    lines.append(R.choice(ZH_CONTACT))
    return "\n".join(lines)

ZH_T = [("full", zh_full, 4), ("58", zh_58, 2), ("moments", zh_moments, 2), ("live", zh_live, 2), ("shop", zh_shop, 1),
        ("labor", zh_labor, 1), ("jiazheng", zh_jiazheng, 1), ("notice", zh_notice, 1), ("form", zh_form, 2)]

# ---------------- zh-Hant templates ----------------
def hk_ad(title, snip, place):
    co = R.choice(HANT_CO)
    lines = [f"{co} 誠聘", title, "職責："] + ["- " + d for d in pick(HANT_DUTY, 2)] + ["要求："] + ["- " + d for d in pick(HANT_REQ, 2)]
    if snip:
        (lines.append("- " + snip) if place != "ben" else None)
    lines += ["待遇：" + R.choice(HANT_PAY) + "、" + "、".join(pick(HANT_BEN, 2)) + (("、" + snip) if snip and place == "ben" else "")]
    lines.append(R.choice(HANT_CONTACT))
    return "\n".join(lines)

def tw_ad(title, snip, place):
    co = R.choice(HANT_CO)
    s = (f"【{co}】{title}\n工作內容：{R.choice(HANT_DUTY)}、{R.choice(HANT_DUTY)}\n"
         f"條件要求：{R.choice(HANT_REQ)}")
    if snip and place != "ben":
        s += "；" + snip
    s += f"\n待遇：{R.choice(HANT_PAY)}，{R.choice(HANT_BEN)}"
    if snip and place == "ben":
        s += "，" + snip
    s += "\n" + R.choice(HANT_CONTACT)
    return s

def hant_short(title, snip, place):
    s = f"請{title}，{R.choice(HANT_PAY)}"
    if snip:
        s += "，" + snip
    return s + "。" + R.choice(HANT_CONTACT)

HANT_T = [("hk", hk_ad, 2), ("tw", tw_ad, 2), ("short", hant_short, 1)]

# ---------------- en templates ----------------
def en_full(title, snip, place):
    co = R.choice(EN_CO)
    lines = [f"{title}", f"About us: we are {co}.", "Responsibilities:"] + ["- " + d for d in pick(EN_DUTY, R.randint(2, 4))]
    reqs = pick(EN_REQ, R.randint(2, 4))
    bens = pick(EN_BEN, R.randint(2, 3))
    if snip and place == "ben":
        bens.append(snip)
    elif snip:
        reqs.insert(R.randint(0, len(reqs)), snip)
    lines += ["Requirements:"] + ["- " + d for d in reqs]
    lines += ["What we offer: " + R.choice(EN_PAY) + "; " + "; ".join(bens), R.choice(EN_CONTACT)]
    return "\n".join(lines)

def en_short(title, snip, place):
    s = f"Hiring: {title} @ {R.choice(EN_CO)}. {R.choice(EN_PAY)}."
    if snip:
        s += " " + snip
    return s + " " + R.choice(EN_CONTACT) + "."

def en_email(title, snip, place):
    s = (f"Hi there,\n\nI'm recruiting a {title} for {R.choice(EN_CO)}. The role involves: {R.choice(EN_DUTY).lower()}, "
         f"and {R.choice(EN_DUTY).lower()}. Package: {R.choice(EN_PAY)}.")
    if snip:
        s += f"\n\nA note from the hiring manager: {snip}"
    return s + "\n\nIf interested, reply with your CV.\nBest,\nRecruitment team"

EN_T = [("en_full", en_full, 3), ("en_short", en_short, 2), ("en_email", en_email, 1)]

def choose(ts):
    tot = sum(w for _, _, w in ts)
    x = R.uniform(0, tot)
    for name, f, w in ts:
        x -= w
        if x <= 0:
            return name, f
    return ts[-1][0], ts[-1][1]

LAB = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}
posts = []

def add(lang, text, labels, category, source, exemption=False):
    d = {"lang": lang, "text": text, "labels": [LAB[c] for c in labels], "category": category, "source": source}
    if exemption:
        d["exemption"] = True
    posts.append(d)

def place_for(cat):
    if "benefit" in cat:
        return "ben"
    return R.choice(["req", "req", "end"])

def gen_one(lang, title, snip, cat):
    if lang == "zh":
        t = zh_title(title)
        while True:
            name, f = choose(ZH_T)
            if name == "jiazheng" and not re.search("保姆|家政|育儿|护工|催乳|保洁|住家|月子", t):
                continue
            if name == "notice" and not re.search("医|护|教师|老师|幼师|检验|药|助产|导医|B超|窗口|干事", t):
                continue
            break
        return name, f(t, snip, place_for(cat))
    if lang == "zh-Hant":
        name, f = choose(HANT_T)
        return name, f(title or R.choice(HANT_PLAIN_TITLES), snip, place_for(cat))
    name, f = choose(EN_T)
    return name, f(title or R.choice(EN_PLAIN_TITLES), snip, place_for(cat))

for lang, items in (("zh", ZH_VIOL), ("zh-Hant", HANT_VIOL), ("en", EN_VIOL)):
    for cat, lab, title, snip, ob in items:
        s = obf(snip, ob) if ob else snip
        name, text = gen_one(lang, title, s, cat)
        add(lang, text, lab, cat, f"hand-written violating wording; template {name}" + (f"; obfuscation {ob}" if ob else ""))

for lang, items in (("zh", ZH_CLEAN), ("zh-Hant", HANT_CLEAN), ("en", EN_CLEAN)):
    for cat, title, snip in items:
        name, text = gen_one(lang, title, snip, cat)
        add(lang, text, "", cat, f"hand-written clean trap; template {name}")
for lang, items in (("zh", ZH_CLEAN_OBF), ("en", EN_CLEAN_OBF)):
    for cat, title, snip, ob in items:
        name, text = gen_one(lang, title, obf(snip, ob), cat)
        add(lang, text, "", cat, f"hand-written clean trap; template {name}; obfuscation {ob}")

# plain clean posts (no trap wording)
for lang, n in (("zh", 50), ("zh-Hant", 10), ("en", 22)):
    for _ in range(n):
        name, text = gen_one(lang, None, None, "clean_plain")
        add(lang, text, "", "clean_plain", f"generated plain clean post; template {name}")

# exemptions: the restricted job's own duties are forbidden-to-women work
for lang, items in (("zh", ZH_EXEMPT), ("zh-Hant", HANT_EXEMPT), ("en", EN_EXEMPT)):
    for title, snip in items:
        name, text = gen_one(lang, title, snip, "exemption")
        add(lang, text, "", "exemption_forbidden_work", f"hand-written exemption; template {name}", exemption=True)

# decoys: heavy/mining employer but office/sales/driving job restricted to men
for lang, blurb, title, snip in DECOYS:
    if lang == "zh":
        text = (f"{blurb}招聘{title}\n公司简介：本公司为{blurb}，效益稳定。\n岗位职责：{R.choice(ZH_DUTY)}；{R.choice(ZH_DUTY)}\n"
                f"任职要求：{snip}；{R.choice(ZH_REQ)}\n待遇：{R.choice(ZH_PAY)}，{R.choice(ZH_BEN)}\n{R.choice(ZH_CONTACT)}")
    elif lang == "zh-Hant":
        text = f"{blurb}誠聘{title}\n公司為{blurb}。\n職責：{R.choice(HANT_DUTY)}\n要求：{snip}\n待遇：{R.choice(HANT_PAY)}\n{R.choice(HANT_CONTACT)}"
    else:
        text = (f"{title}\nAbout us: we are {blurb}.\nResponsibilities:\n- {R.choice(EN_DUTY)}\nRequirements:\n- {snip}\n"
                f"What we offer: {R.choice(EN_PAY)}\n{R.choice(EN_CONTACT)}")
    add(lang, text, "G", "exemption_decoy", "hand-written decoy (office/sales/driving job at heavy-industry employer)")

R.shuffle(posts)
with open(os.path.join(HERE, "heldout6.jsonl"), "w", encoding="utf-8") as f:
    for i, p in enumerate(posts, 1):
        d = {"id": "s7h6-%04d" % i}
        d.update(p)
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(posts))
