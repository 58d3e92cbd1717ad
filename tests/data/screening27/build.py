#!/usr/bin/python3
"""Deterministic builder for dev27.jsonl (author 27). Standard library only.
Each hand-written item (items_*.py) is wrapped once in a realistic ad body."""
import json, random, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import items_zh, items_zh2, items_hant, items_en, items_ex

SEED = 2727
LAB = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

def parse(mod, lang):
    out = []
    for ln in mod.DATA.strip("\n").split("\n"):
        if not ln.strip():
            continue
        code, cat, job, text = ln.split("|", 3)
        text = text.replace("\\n", "\n")
        item_lang = lang
        if code.startswith("en:"):
            item_lang = "en"; code = code[3:]
        if code.startswith("zh:"):
            item_lang = "zh"; code = code[3:]
        if code.startswith("ht:"):
            item_lang = "zh-Hant"; code = code[3:]
        out.append((code, cat, job, text, item_lang))
    return out

ZH_CO = ["悦家家政服务有限公司", "暖心月嫂培训中心", "福寿康养老护理院", "洁美保洁服务部", "锦江之星(城东店)", "金嗓子KTV量贩", "夜色小酒馆", "丝域美发沙龙", "指尖美甲工作室", "蜀香园川菜馆", "茶语时光奶茶(万达店)", "一点点加盟店", "永辉超市生鲜部", "名创优品(步行街店)", "如家酒店(高铁站店)", "海底捞(新城店)", "爱婴坊母婴店", "康乐足浴会所", "喜来宴婚宴酒楼", "小红帽洗衣连锁", "阿姨来了家政", "颐和长者公寓", "蜜雪冰城(学府路店)", "老街坊烧烤", "丽人美容养生馆", "都市丽人内衣店", "速洁物业保洁", "皇冠假日酒店", "喜茶合作门店", "鲜丰水果"]
ZH_CITY = ["郑州", "长沙", "佛山", "南宁", "合肥", "昆明", "成都", "济南", "贵阳", "温州", "东莞", "襄阳", "肇庆", "宜宾", "赣州"]
ZH_PAY = ["薪资：底薪{a}+提成，综合{b}-{c}元/月", "月薪{b}-{c}，包吃住，满勤奖200", "工资{b}起，月休4天，节日福利", "时薪{h}元，日结/周结可选", "保底{b}，上不封顶，缴纳五险"]
ZH_DUTY = {
 "default": ["按公司标准完成本岗位日常工作", "服从店长/主管排班，配合团队", "保持工作区域整洁卫生", "热情接待顾客，做好服务记录"],
}
ZH_CONTACT = ["联系人：{n}  电话：139****{q}", "有意者请携带身份证到店面试，问{n}", "投递简历请私信，或扫码添加{n}微信", "地址：{c}市{r}路{k}号，{n}"]
ZH_NAMES = ["王姐", "李店长", "张经理", "陈主管", "刘老师", "赵姐", "周哥", "吴阿姨", "黄店长", "孙经理"]
ZH_ROAD = ["人民", "解放", "建设", "中山", "和平", "新华", "文化", "长江"]

HT_CO = ["旺角港式茶餐廳", "銅鑼灣髮型屋", "荃灣安老院", "觀塘家務助理中心", "信義區美甲沙龍", "台中鼎泰小館", "高雄長照中心", "尖沙咀精品酒店", "西門町手搖飲", "沙田酒樓", "新北居家清潔公司", "九龍城泰式按摩"]
HT_PAY = ["月薪HK${b}起，另有勤工獎", "時薪NT${h}，勞健保", "薪金面議，包膳食", "月薪NT${b}，年終獎金", "時薪HK${h}，即時上班"]
HT_CONTACT = ["有意請WhatsApp 9{p}", "請致電{n}洽詢", "請親臨本店面見{n}", "請Line聯絡{n}"]
HT_NAMES = ["陳小姐", "黃先生", "林店長", "李經理", "何姑娘", "張主任"]

EN_CO = ["Harbour View Hotels Group", "Oceanic Star Cruises", "Sunshine Maid Agency", "Golden Years Care Home", "The Velvet Lounge", "Bloom Hair & Beauty", "Nail Haven Studio", "Noodle Street Kitchen", "BrewTea Co.", "FreshMart Retail", "Pearl Domestic Helpers Ltd", "Marina Bay Grand", "CleanPro Services", "Lotus Spa & Wellness"]
EN_CITY = ["Singapore", "Hong Kong", "Dubai", "London", "Kuala Lumpur", "Sydney", "Manila", "Toronto"]
EN_PAY = ["Salary: ${b}-{c}/month + service charge", "Pay: ${h}/hour, tips shared", "Package: competitive, meals and uniform provided", "Monthly ${b}, accommodation included", "Rate: ${h}/hr, weekly pay"]
EN_CONTACT = ["Apply: send CV to jobs@{d}.com", "WhatsApp our recruiter {n}", "Walk-in interviews Tue-Thu 2-5pm, ask for {n}", "Click 'Apply' or DM {n}"]
EN_NAMES = ["Karen", "Ms Lim", "Jason", "Priya", "Mr Tan", "Grace"]

def num(r):
    b = r.choice([3500, 4000, 4500, 5000, 5500, 6000, 6500, 7000, 8000])
    return dict(a=r.choice([2000, 2200, 2500, 3000]), b=b, c=b + r.choice([1000, 1500, 2000, 3000]), h=r.choice([18, 20, 22, 25, 60, 75, 190]), p="".join(str(r.randint(0, 9)) for _ in range(7)), q="".join(str(r.randint(0, 9)) for _ in range(4)))

def zh_body(r, job, item, style):
    co = r.choice(ZH_CO); city = r.choice(ZH_CITY); n = num(r); name = r.choice(ZH_NAMES)
    pay = r.choice(ZH_PAY).format(**n)
    cont = r.choice(ZH_CONTACT).format(n=name, q=n["q"], c=city, r=r.choice(ZH_ROAD), k=r.randint(1, 300))
    duty = r.sample(ZH_DUTY["default"], 2)
    if style == 0:
        return f"【{co}】招聘启事\n岗位：{job} 若干名\n岗位职责：\n1. {duty[0]}\n2. {duty[1]}\n任职要求：\n{item}\n薪资福利：{pay}\n{cont}"
    if style == 1:
        return f"{city}·{co}｜{job}\n{item}\n{pay}\n{cont}"
    if style == 2:
        return f"朋友圈招人啦🔥 {co}缺{job}！\n{item}\n💰{pay}\n📍{city}  {cont}"
    if style == 3:
        return f"【直播带岗】家人们看过来，{co}今天上架{job}岗位！\n主播口播：{item}\n{pay}，点击下方小黄车投递。"
    if style == 4:
        return f"Boss直聘 | {job} · {city}\n公司：{co}\n职位描述：\n{duty[0]}；{duty[1]}。\n{item}\n{pay}"
    if style == 5:
        return f"店长亲自发帖：我们{co}要招{job}。\n{item}\n{duty[0]}。{pay}。\n{cont}"
    return f"小红书笔记｜在{city}找{job}工作的姐妹兄弟看这里\n{co}正在招人～\n{item}\n{pay}\n{cont}"

def ht_body(r, job, item, style):
    co = r.choice(HT_CO); n = num(r); name = r.choice(HT_NAMES)
    pay = r.choice(HT_PAY).format(**n)
    cont = r.choice(HT_CONTACT).format(n=name, p=n["p"])
    if style % 3 == 0:
        return f"【{co}】誠聘{job}\n工作內容：協助日常營運，服務客人\n要求：\n{item}\n待遇：{pay}\n{cont}"
    if style % 3 == 1:
        return f"{co} 請人！{job}（全職/兼職）\n{item}\n{pay}。{cont}"
    return f"徵才｜{job}\n公司：{co}\n{item}\n{pay}\n{cont}"

def en_body(r, job, item, style):
    co = r.choice(EN_CO); city = r.choice(EN_CITY); n = num(r); name = r.choice(EN_NAMES)
    pay = r.choice(EN_PAY).format(**n)
    cont = r.choice(EN_CONTACT).format(n=name, d=co.split()[0].lower())
    if style % 4 == 0:
        return f"{co} is hiring: {job} ({city})\nResponsibilities:\n- Deliver friendly, efficient service to guests\n- Follow hygiene and safety standards\nRequirements:\n{item}\n{pay}\n{cont}"
    if style % 4 == 1:
        return f"We're hiring! #{job.replace(' ', '')} #{city.replace(' ', '')}\n{item}\n{pay}. {cont}"
    if style % 4 == 2:
        return f"Hi,\nI'm recruiting for a {job} role with {co} in {city}.\n{item}\n{pay}. Let me know if you're interested.\nBest, {name}"
    return f"JOB ORDER - {co}\nPosition: {job}\nLocation: {city}\n{item}\n{pay}\n{cont}"

def main():
    r = random.Random(SEED)
    items = []
    for mod, lang in ((items_zh, "zh"), (items_zh2, "zh"), (items_hant, "zh-Hant"), (items_en, "en"), (items_ex, "zh")):
        items += parse(mod, lang)
    seen = set()
    for it in items:
        assert it[3] not in seen, ("duplicate item", it[3]); seen.add(it[3])
    r.shuffle(items)
    rows = []
    for i, (code, cat, job, text, lang) in enumerate(items, 1):
        style = r.randint(0, 6)
        job = job or {"zh": "服务员", "zh-Hant": "侍應", "en": "Team Member"}[lang]
        if "1" in code:
            body = text
        elif code in ("X", "D"):
            n = num(r)
            if lang == "zh":
                body = r.choice(["招聘启事\n{t}\n待遇：月薪{b}-{c}元，包住\n电话：139****{q}", "急招！\n{t}\n日结/月结可选，工资{b}起\n联系：137****{q}"]).format(t=text, **n)
            elif lang == "zh-Hant":
                body = "誠聘\n{t}\n月薪{b}起，有意請致電9{p}".format(t=text, **n)
            else:
                body = "{t}\nPay: ${b}/month. Call +65 9{p}".format(t=text, **n)
        elif lang == "zh":
            body = zh_body(r, job, text, style)
        elif lang == "zh-Hant":
            body = ht_body(r, job, text, style)
        else:
            body = en_body(r, job, text, style)
        assert text in body
        code = code.replace("1", "")
        if code == "X":
            labels = []
        elif code == "D":
            labels = ["GENDER"]
        else:
            labels = [LAB[c] for c in "GMP" if c in code]
        row = {"id": f"d27-{i:04d}", "lang": lang, "text": body, "labels": labels, "category": cat,
               "source": "author27 hand-written item; template style %d" % style}
        if code == "X":
            row["exemption"] = True
        rows.append(row)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev27.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), hashlib.sha256(open(out, "rb").read()).hexdigest())

if __name__ == "__main__":
    main()
