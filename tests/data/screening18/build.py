# -*- coding: utf-8 -*-
"""Deterministic builder for dev18.jsonl (author 18). Standard library only.
Run: python3 build.py  -> writes dev18.jsonl next to this file, byte-identical on every run."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_zh_viol, items_other_viol, items_clean, items_exempt, items_extra

SEED = 20261218
PREFIX = "s18d"
CODE = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

ZH_BIZ = [("悦庭餐饮管理有限公司", "餐厅"), ("云栖精品酒店", "酒店"), ("丝域美发沙龙", "美发店"),
          ("指尖艺术美甲工作室", "美甲店"), ("星光量贩KTV", "KTV"), ("万汇广场", "商场"),
          ("馨月月子会所", "月子中心"), ("贝乐母婴生活馆", "母婴店"), ("小橡树幼儿园", "幼儿园"),
          ("启蒙早教中心", "早教中心"), ("博睿教育培训学校", "培训机构"), ("动力源健身会所", "健身房"),
          ("仁济大药房", "药店"), ("康安社区诊所", "诊所"), ("囍悦婚庆策划", "婚庆公司"),
          ("时光印记影楼", "影楼"), ("安泰保险电销中心", "保险公司")]
ZH_JOB = ["门店专员", "服务专员", "店员", "客服专员", "前台", "运营助理", "储备店长", "顾问", "助理", "综合岗"]
ZH_CITY = ["杭州", "成都", "武汉", "佛山", "肇庆", "长沙", "南京", "郑州", "合肥", "西安", "昆明", "南宁"]
HANT_BIZ = [("旺角茶餐廳", "餐廳"), ("維港精品酒店", "酒店"), ("髮型屋 Hair Lab", "髮型屋"), ("美甲專門店", "美甲店"),
            ("信義區月子中心", "月子中心"), ("親子早教中心", "早教中心"), ("健康藥房", "藥房"), ("囍事婚禮顧問", "婚禮公司"),
            ("康和診所", "診所"), ("保險電銷部", "保險公司"), ("健身工作室", "健身中心")]
HANT_CITY = ["香港", "九龍", "新界", "台北", "台中", "高雄", "新竹"]
EN_BIZ = [("Harbour Bistro", "restaurant"), ("Lotus Boutique Hotel", "hotel"), ("Cut & Colour Studio", "salon"),
          ("Polish Nail Bar", "nail bar"), ("Echo Karaoke", "karaoke lounge"), ("Riverside Mall", "mall"),
          ("Little Sprouts Nursery", "nursery"), ("BrightMinds Learning Centre", "tutoring centre"),
          ("PulseFit Gym", "gym"), ("CarePlus Pharmacy", "pharmacy"), ("Parkside Clinic", "clinic"),
          ("Everafter Weddings", "wedding company"), ("SecureLife Insurance", "insurance call centre"),
          ("MamaCare Confinement Centre", "confinement centre")]
EN_CITY = ["Singapore", "Hong Kong", "Kuala Lumpur", "London", "Manchester", "Sydney", "Toronto", "Shanghai"]
EN_JOB = ["Customer Service Associate", "Front Desk Associate", "Store Assistant", "Operations Assistant",
          "Team Member", "Sales Consultant", "Coordinator", "Service Associate"]

def zh_templates(r, item):
    name, kind = r.choice(ZH_BIZ); job = r.choice(ZH_JOB); city = r.choice(ZH_CITY)
    pay = "%d-%d元/月" % (r.choice([3500, 4000, 4500, 5000, 5500, 6000]), r.choice([6500, 7000, 8000, 9000, 10000]))
    phone = "1%d****%04d" % (r.randint(30, 89), r.randint(0, 9999))
    t = r.randrange(9)
    if t == 0:
        return ("【招聘启事】%s（%s）\n岗位：%s\n岗位职责：\n1. 负责%s日常接待与服务；\n2. 完成店长安排的其他工作。\n"
                "任职要求：\n1. %s；\n2. 有服务行业经验优先。\n薪资福利：%s，五险，月休4天。\n工作地点：%s" % (name, kind, job, kind, item, pay, city)), "zhaopin_qishi"
    if t == 1:
        return ("%s招人啦！🎉\n%s%s店急招%s\n%s\n待遇：%s，包工作餐\n有意私信或电话%s" % (kind, city, name, job, item, pay, phone)), "wechat_moments"
    if t == 2:
        return ("直播间的家人们看过来，今天给大家带来%s的岗位，%s，%s。这个岗位呢%s，工资%s，想报名的点下方小黄车投递！" % (name, city, job, item, pay)), "zhibo_daigang"
    if t == 3:
        return ("岗位名称：%s\n用人单位：%s\n工作地点：%s\n%s\n薪资范围：%s\n学历要求：高中及以上\n联系电话：%s" % (job, name, city, item, pay, phone)), "field_form"
    if t == 4:
        return ("%s · %s\n[职位描述]\n负责顾客接待、预约登记、门店卫生维护。\n[职位要求]\n%s\n沟通能力强，能适应排班。\n[福利]\n带薪年假、节日福利、员工培训" % (job, name, item)), "platform_post"
    if t == 5:
        return ("%s\n%s诚聘%s\n%s\n月薪%s 地址：%s 电话：%s" % (name, kind, job, item, pay, city, phone)), "shop_poster"
    if t == 6:
        return ("【%s劳务派遣】代%s（%s）招聘%s若干\n%s\n综合月薪%s，缴纳社保，次月10号发薪\n报名请带身份证到本公司%s办事处" % (city, name, kind, job, item, pay, city)), "agency_sheet"
    if t == 7:
        return ("%s编外人员招聘公告\n一、招聘岗位：%s（编外合同制）\n二、报名条件：遵纪守法，身体健康；%s\n三、待遇：%s，按规定缴纳五险一金\n四、报名方式：现场报名" % (city, job, item, pay)), "bianwai_gonggao"
    return (item + "\n" + "%s %s %s" % (name, job, pay)), "one_liner"

def hant_templates(r, item):
    name, kind = r.choice(HANT_BIZ); city = r.choice(HANT_CITY)
    t = r.randrange(4)
    if t == 0:
        return ("【%s】誠聘全職店務員\n工作內容：接待客人、處理預約、收銀\n要求：\n- %s\n- 有相關經驗優先\n待遇：月薪HK$%d起，有勤工獎、醫療津貼\n地點：%s\n有意請WhatsApp聯絡" % (name, item, r.choice([15000, 16500, 18000]), city)), "hk_ad"
    if t == 1:
        return ("%s %s 徵才\n職務：門市人員（正職）\n條件：%s\n薪資：月薪NT$%d起，享勞健保、年終獎金\n歡迎來電洽詢" % (city, name, item, r.choice([30000, 32000, 35000]))), "tw_104"
    if t == 2:
        return ("%s（%s）請人！\n%s\n時薪$%d，可做兼職\n地點：%s" % (name, kind, item, r.choice([60, 70, 80, 190, 200]), city)), "hk_poster"
    return ("%s 招募｜%s\n%s\n有意者請寄履歷至本公司人事部。" % (name, kind, item)), "hant_short"

def en_templates(r, item):
    name, kind = r.choice(EN_BIZ); job = r.choice(EN_JOB); city = r.choice(EN_CITY)
    t = r.randrange(5)
    if t == 0:
        return ("%s - %s (%s)\nAbout us: %s is a busy %s serving local customers seven days a week.\n"
                "Responsibilities:\n- Welcome customers and handle bookings\n- Keep the floor tidy and restocked\n"
                "Requirements:\n- %s\n- Good spoken English\nWhat we offer: competitive hourly rate, staff meals, paid holiday." % (job, name, city, name, kind, item)), "en_jd"
    if t == 1:
        return ("We're hiring! 🚀 %s is looking for a %s in %s. %s DM me or apply via the link below. #hiring #%s" % (name, job, city, item, kind.replace(" ", ""))), "linkedin_post"
    if t == 2:
        return ("Hi there,\n\nI'm reaching out about a %s opening at %s, a %s in %s. A quick note from the client: %s\n\nLet me know if you'd like me to put you forward.\n\nBest regards,\nRecruitment Team" % (job, name, kind, city, item)), "recruiter_email"
    if t == 3:
        return ("Job title: %s\nEmployer: %s\nLocation: %s\nNotes: %s\nSalary: negotiable" % (job, name, city, item)), "en_field_form"
    return ("%s (%s) - %s - %s" % (job, city, name, item)), "en_one_liner"

def wrap(r, lang, item):
    if lang == "zh": return zh_templates(r, item)
    if lang == "zh-Hant": return hant_templates(r, item)
    return en_templates(r, item)

def labels(code):
    return [CODE[c] for c in "GMP" if c in code]

def main():
    r = random.Random(SEED)
    raw = []  # (lang, item, labels, category, exemption, prefix_text)
    for t, c, cat in items_zh_viol.ITEMS: raw.append(("zh", t, labels(c), cat, False, None))
    for t, c, cat in items_other_viol.OBF_ZH: raw.append(("zh", t, labels(c), cat, False, None))
    for t, c, cat in items_other_viol.HANT: raw.append(("zh-Hant", t, labels(c), cat, False, None))
    for t, c, cat in items_other_viol.EN: raw.append(("en", t, labels(c), cat, False, None))
    for t, c, cat in items_other_viol.OBF_EN: raw.append(("en", t, labels(c), cat, False, None))
    for t, cat in items_clean.ZH: raw.append(("zh", t, [], cat, False, None))
    for t, cat in items_clean.HANT: raw.append(("zh-Hant", t, [], cat, False, None))
    for t, cat in items_clean.EN: raw.append(("en", t, [], cat, False, None))
    for t, lang, cat in items_clean.OBF: raw.append((lang, t, [], cat, False, None))
    for lang, t, c, cat in items_extra.VIOL: raw.append((lang, t, labels(c), cat, False, None))
    for lang, t, cat in items_extra.CLEAN: raw.append((lang, t, [], cat, False, None))
    for lang, t in items_exempt.EXEMPT: raw.append((lang, t, [], "exemption_forbidden_work", True, None))
    for lang, blurb, t in items_exempt.DECOY: raw.append((lang, t, ["GENDER"], "exemption_decoy", False, blurb))
    seen = set()
    for x in raw:
        assert x[1] not in seen, x[1]; seen.add(x[1])
    posts = []
    for lang, item, labs, cat, ex, blurb in raw:
        if blurb is not None:
            if lang == "en":
                text = "%s\n\nCurrent vacancy: %s\nApply with your CV to our HR office." % (blurb, item); src = "en_company_blurb"
            else:
                text = "%s\n\n现招：%s\n有意者请将简历投递至人力资源部。" % (blurb, item); src = "company_blurb"
        elif ex:
            if lang == "en":
                text = "Vacancy\n%s\nPay: weekly, overtime paid. Safety boots provided." % item; src = "en_exempt_ad"
            elif lang == "zh-Hant":
                text = "招聘\n%s\n日薪另計，提供勞保用品。" % item; src = "hant_exempt_ad"
            else:
                text = "【招工】\n%s\n工资：%d元/月，计件另算，提供劳保用品和宿舍。\n电话：1%d****%04d" % (item, r.choice([6000, 7000, 8000]), r.randint(30, 89), r.randint(0, 9999)); src = "zh_exempt_ad"
        else:
            text, src = wrap(r, lang, item)
        assert item in text, item
        d = {"lang": lang, "text": text, "labels": labs, "category": cat, "source": "author18/" + src}
        if ex: d["exemption"] = True
        posts.append(d)
    r.shuffle(posts)
    out = []
    for i, d in enumerate(posts, 1):
        o = {"id": "%s-%04d" % (PREFIX, i)}; o.update(d); out.append(o)
    with open(os.path.join(HERE, "dev18.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out))

if __name__ == "__main__":
    main()
