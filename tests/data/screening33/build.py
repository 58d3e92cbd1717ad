#!/usr/bin/python3
"""Deterministic builder for dev33.jsonl (author d33). Standard library only."""
import json, random, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import glob, importlib
ITEMS = []
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "items*.py"))):
    m = importlib.import_module(os.path.basename(f)[:-3])
    ITEMS.extend(m.ITEMS)
LAB = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}
rng = random.Random(33033)
random.Random(3333).shuffle(ITEMS)

ZH_CO = ["绿源生态农场", "鑫旺养殖场", "山里红果园合作社", "好味来食品厂", "金牛肉类屠宰加工厂", "冰峰冷链冷库",
         "禾丰中央厨房", "实验二小食堂承包部", "速达外卖配送站", "顺心代驾车队", "邻里快递驿站", "东关菜市场12号摊",
         "惠万家超市生鲜部", "乡味农村电商服务中心", "老陈家卤味", "田园蔬菜配送公司", "红星蛋鸡养殖基地", "南湖鱼塘合作社",
         "一品面点工坊", "福满园酒楼后厨", "小城跑腿服务部", "青禾米业加工厂", "鲜果到家仓储中心", "万家乐团餐公司"]
ZH_CITY = ["寿光", "赣州", "临沂", "周口", "昭通", "宜宾", "眉山", "济宁", "南阳", "黄冈", "阜阳", "肇庆", "遵义", "邵阳"]
ZH_PAY = ["月薪4500-6500元", "计件，熟手月入7000+", "日结180元/天", "底薪3000+提成", "综合工资5000-8000", "时薪22元", "保底4000，多劳多得"]
ZH_BEN = ["包吃包住，四人间带空调", "管两餐，提供宿舍", "五险一金，节日福利", "工作餐免费，满一年有年终奖", "交通补贴，高温补贴", "包午餐，有电动车充电桩"]
ZH_SRC = ["招聘启事", "平台岗位", "朋友圈", "直播带岗口播", "门店海报", "劳务中介表", "现场登记表", "微信群", "一句话"]
HANT_CO = ["大湖地區農會", "阿美便當店", "旺記茶餐廳", "北區街市鮮魚檔", "好鄰居便當", "南投茶園合作社", "金鐘冰室", "屏東果菜運銷合作社", "新發燒臘", "青山蔬果批發"]
HANT_PAY = ["月薪NT$32,000起", "時薪NT$190", "月薪HK$17,000-19,000", "日薪HK$650", "月薪NT$30,000+全勤獎金"]
HANT_BEN = ["供膳食，勞健保", "包兩餐，有年假", "強積金，雙糧", "員工午餐，三節獎金"]
EN_CO = ["Sunvale Orchards", "Riverbend Packhouse", "Greenleaf Farms Ltd", "Harbour Fresh Foods", "Kiwi Coast Pickers", "Northfield Poultry",
         "Moorland Meat Processing", "Coolstore Logistics", "FreshBox Central Kitchen", "QuickDrop Couriers", "CityRide Fleet", "Valley Berries"]
EN_PLACE = ["Bundaberg, QLD", "Hawke's Bay, NZ", "Mildura, VIC", "Kent, UK", "Herefordshire, UK", "Te Puke, NZ", "Shepparton, VIC", "Manchester, UK", "Leeds, UK"]
EN_PAY = ["$28.50/hr + super", "£11.44/hr, overtime available", "NZ$23.15/hr", "piece rate, avg $30/hr", "£24,000-£27,000 a year"]
EN_SRC = ["job board", "LinkedIn post", "recruiter email", "Facebook group", "flyer", "one-liner"]

PLACE_END = tuple("园库厂场店站厨堂心司队所团社会檔廳室莊")
ZH_PRE = ["绿源", "鑫旺", "山里红", "好味来", "金牛", "冰峰", "禾丰", "青禾", "万家乐", "田园", "老陈家", "福满园", "乡味", "惠万家"]
HANT_PRE = ["大湖", "阿美", "旺記", "好鄰居", "新發", "金鐘", "青山", "南投"]

def place(job, pre, generic, colist):
    if job.endswith(PLACE_END) and not any(k in job for k in "员工师手"):
        return rng.choice(pre) + job, generic
    if job in ("菜市场", "菜场", "街市", "电商", "农村电商", "快递", "外卖", "直播带岗", "代驾", "网约车", "后厨", "便當店", "生鲜电商"):
        return rng.choice(pre) + job, generic
    return rng.choice(colist), job

def zh(item, job):
    c, job = place(job, ZH_PRE, "工作人员", ZH_CO)
    city = rng.choice(ZH_CITY)
    pay, ben = rng.choice(ZH_PAY), rng.choice(ZH_BEN)
    t = rng.randrange(7)
    if t == 0:
        return "招聘启事", f"{city}{c}招聘启事\n岗位：{job}\n岗位职责：\n1. 服从班组安排，完成当日任务；\n2. 保持工位卫生。\n任职要求：\n{item}\n薪资福利：{pay}，{ben}。\n联系电话：1{rng.randrange(30,99)}****{rng.randrange(1000,9999)}"
    if t == 1:
        return "平台岗位", f"【{job}】{pay}\n公司：{c}（{city}）\n{item}\n福利：{ben}\n工作时间：早7点到晚5点，中午休息1.5小时"
    if t == 2:
        return "朋友圈", f"📢{c}缺人啦！\n{job}，{pay}\n{item}\n{ben}，有意私聊～"
    if t == 3:
        return "直播带岗口播", f"家人们看过来，下一个岗位是{city}{c}的{job}，{pay}，{ben}。{item} 想报名的点左下角小黄车投递哈！"
    if t == 4:
        return "门店海报", f"{c}\n招 {job}\n{item}\n待遇：{pay}\n{ben}\n有意者到店面谈"
    if t == 5:
        return "劳务中介表", f"岗位名称：{job}\n用工单位：{c}\n工作地点：{city}\n{item}\n薪资：{pay}\n食宿：{ben}\n报名请带身份证"
    return "一句话", f"{c}招{job}，{item}，{pay}。"

def hant(item, job):
    c, job = place(job, HANT_PRE, "員工", HANT_CO)
    pay, ben = rng.choice(HANT_PAY), rng.choice(HANT_BEN)
    t = rng.randrange(3)
    if t == 0:
        return "招募公告", f"{c} 誠徵 {job}\n工作內容：依主管安排\n{item}\n待遇：{pay}\n福利：{ben}\n有意者請來電或親洽"
    if t == 1:
        return "門市貼紙", f"{c}請人\n{job}\n{item}\n{pay}，{ben}\n請即到鋪面洽"
    return "一句話", f"{c}聘{job}，{item}，{pay}。"

EN_PLACEWORDS = {"orchard", "packhouse", "kitchen", "cafe", "bakery", "dairy", "farm", "food factory", "meat plant", "poultry plant",
                 "poultry farm", "poultry shed", "cool store", "warehouse", "berry farm", "vineyard", "supermarket", "market stall",
                 "canteen", "delivery", "packing", "online shop", "food processing", "farm office", "meat plant office",
                 "ride-share fleet", "grain store", "mine", "mining group", "meat works", "cleaning crew", "market research", "QA"}

def en(item, job):
    if job in EN_PLACEWORDS:
        job = job + " staff"
    c, p = rng.choice(EN_CO), rng.choice(EN_PLACE)
    pay = rng.choice(["£11.44/hr, overtime available", "£24,000-£27,000 a year", "£12.21/hr + holiday pay"] if p.endswith("UK")
                     else ["NZ$23.15/hr", "NZ$25/hr + bonus per bin"] if p.endswith("NZ")
                     else ["$28.50/hr + super", "piece rate, avg $30/hr"])
    t = rng.randrange(4)
    if t == 0:
        return "job board", f"{job} - {c}, {p}\nPay: {pay}\nAbout the role:\n- Seasonal work, 5-6 days a week\n- Early starts, weather dependent\n{item}\nApply with your availability dates."
    if t == 1:
        return "LinkedIn post", f"We're hiring! {c} ({p}) is hiring: {job}. {item} {pay}. DM me or apply via the link."
    if t == 2:
        return "recruiter email", f"Hi there,\nI'm recruiting for a {job} role at {c} in {p}. {pay}\n{item}\nLet me know if you're interested.\nCheers,\nRecruitment team"
    return "one-liner", f"{c} {p}: {job} wanted. {item} {pay}."

WRAP = {"zh": zh, "zh-Hant": hant, "en": en}
out = []
for n, it in enumerate(ITEMS, 1):
    lang, job, item, labs, cat = it[:5]
    src, text = WRAP[lang](item, job)
    assert item in text, (n, item)
    rec = {"id": f"d33-{n:04d}", "lang": lang, "text": text,
           "labels": [LAB[x] for x in "GMP" if x in labs], "category": cat, "source": src}
    if cat.startswith("exemption") and cat != "exemption_decoy":
        rec["exemption"] = True
        assert rec["labels"] == []
    out.append(rec)
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev33.jsonl")
with open(p, "w", encoding="utf-8", newline="\n") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), hashlib.sha256(open(p, "rb").read()).hexdigest())
