# -*- coding: utf-8 -*-
"""Build dev10.jsonl (author 10). Standard library only, fixed seed, byte-for-byte reproducible.

Every hand-written item in items_*.py is used in exactly one post; this script wraps it in a
realistic ad body chosen from varied templates and asserts the item appears verbatim.
"""
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import items_zh_v  # noqa: E402
import items_zh_c  # noqa: E402
import items_hant  # noqa: E402
import items_en  # noqa: E402
import items_exempt  # noqa: E402

SEED = 20261210
PREFIX = "s10d"
OUT = os.path.join(HERE, "dev10.jsonl")

LABEL_CODES = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

# ---------------------------------------------------------------- pools (neutral wording only)
ZH_CITIES = ["成都武侯区", "成都郫都区", "重庆渝中区", "重庆沙坪坝", "重庆万州", "长沙雨花区", "株洲天元区",
             "湘潭岳塘区", "绵阳涪城区", "南充顺庆区", "宜宾翠屏区", "衡阳蒸湘区", "岳阳楼区", "常德武陵区"]
ZH_HEAVY = ["川煤矿业", "湘中建材", "渝西粮油储运", "蜀通物流装卸", "涟源矿产", "嘉陵水泥", "长株潭搬运服务"]
HANT_HEAVY = ["興記搬運", "大昌石材", "永發貨運"]
EN_HEAVY = ["Ridgeway Mining", "Castlegate Building Supplies", "Harbour Bulk Handling", "Summit Removals"]
ZH_PAY = ["4000-5500元/月", "底薪3500+提成", "计件，熟手6000+", "日结150-220元", "时薪20-25元",
          "5500-7000元/月", "面议", "3800元/月，包吃住", "6000-8000元/月", "综合月薪4500起"]
ZH_HOURS = ["早9晚6，月休4天", "两班倒，做六休一", "10:00-21:00，轮休", "8:30-17:30，双休",
            "晚班20:00-次日4:00", "做五休二", "弹性排班，每周不少于30小时"]
ZH_CONTACT = ["电话：139****0217", "微信：lxr_2026（备注应聘）", "电话：028-8****551", "热线：023-6****208",
              "联系电话：0731-8****902", "扫码进群咨询", "私信或评论区留言", "电话：181****6630"]
ZH_BENEFIT = ["五险", "包住宿", "包工作餐", "节日福利", "带薪培训", "全勤奖200元", "年终奖", "免费体检",
              "员工宿舍有空调", "满一年涨薪"]
ZH_DUTY = ["服从门店安排，完成日常工作", "负责区域卫生和物品整理", "按流程完成出入库登记",
           "接待来访客户，做好登记", "配合主管完成每日任务", "保持工作区域整洁"]
ZH_REQ = ["身体健康，有责任心", "能吃苦耐劳，服从安排", "有相关经验者优先", "会使用智能手机",
          "沟通能力良好", "能长期稳定工作"]
LIVE_OPEN = ["家人们晚上好！欢迎来到同城直播带岗间，", "宝子们来了没有？来了的扣个1！",
             "老铁们，今天主播又给大家带岗位来了，", "家人们，走过路过不要错过哈，",
             "各位家人们中午好，咱们直播带岗马上开始，"]
LIVE_FILLER = ["主播再说一遍哈，", "听清楚了没得？", "这个岗位真的巴适，", "莫着急莫着急，一个一个来，",
               "要得要得，看到你们的评论了，", "关注主播不迷路，", "这个岗位冇得套路，",
               "新进来的家人们点个关注，"]
LIVE_CLOSE = ["想去的点左下角小黄车投递，主播安排专人对接！", "评论区扣'想去'，小助理私信你！",
              "点小风车报名，名额不多先到先得哈！", "有问题打在公屏上，主播一个个回答。",
              "下一个岗位马上来，家人们别走开！"]
PLATFORMS = ["抖音", "快手", "视频号"]
PYQ_HEAD = ["【同城招聘群】", "📢招人啦📢", "转发扩散，感谢各位！", "朋友店里招人，帮忙转一下🙏",
            "【内推】", "急招急招！！", "群里有需要的看一下👇"]
PYQ_TAIL = ["有意私聊", "感兴趣的直接加我微信", "帮转帮转，谢谢大家🙏", "可以先来店里看看",
            "不收任何费用，放心", "离家近的优先考虑"]
TAGS = ["#同城招聘", "#找工作", "#招聘", "#就业", "#直播带岗", "#家门口就业", "#兼职", "#成都招聘",
        "#重庆招聘", "#长沙招聘"]
COMMUNITY = ["桂花社区居委会", "金沙社区党群服务中心", "解放碑街道龙王庙社区", "望城区雷锋街道社区",
             "沙坪坝小龙坎社区", "芙蓉区定王台社区", "青羊区草市街社区"]

HK = {"cities": ["觀塘", "旺角", "荃灣", "沙田", "葵涌", "銅鑼灣"],
      "shops": ["好味茶餐廳", "麗顏美容中心", "盛記物流", "家安家務助理中心", "美甲小舖", "利安倉儲"],
      "pay": ["月薪$16,000-18,000", "時薪$70", "日薪$650", "面議", "底薪+佣金"],
      "contact": ["WhatsApp: 9XXX XXXX", "電話：2XXX XXXX", "請將履歷電郵至 hr@example.com", "私訊專頁查詢"]}
TW = {"cities": ["台北市大安區", "新北市板橋區", "台中市西屯區", "高雄市苓雅區", "桃園市中壢區"],
      "shops": ["小確幸甜品", "樂活連鎖藥妝", "好日子餐飲", "安心居家照顧", "順達物流", "美甲小舖"],
      "pay": ["月薪NT$32,000起", "時薪NT$190", "月薪NT$35,000-40,000", "面議"],
      "contact": ["LINE ID: jobs_tw", "意者請來電 02-2XXX-XXXX", "請投遞104履歷", "私訊粉專"]}
TW_MARKS = ["徵", "台", "勞基法", "捷運", "工讀生", "正妹", "蝦皮", "婚友社", "性別工作平等法", "堆高機",
            "勞健保", "週", "職缺", "應徵", "石材行"]
REGION = {"r": HK}


def hant_region(item):
    return TW if any(m in item for m in TW_MARKS) else HK

EN_COMPANIES = ["Brightside Logistics", "Peach & Co Beauty", "Dumpling House", "CareWell Homecare",
                "Northgate Fulfilment", "Harbour Kitchen", "Lumen Analytics", "Blue Door Nursery Group",
                "QuickShip E-commerce", "Silverline Staffing"]
EN_CITIES = ["Manchester", "Leeds", "Toronto", "Sydney", "Auckland", "Singapore", "Austin, TX", "Dublin",
             "Kuala Lumpur", "Vancouver"]
EN_PAY = ["£11.80/hr", "$18-22/hr", "$45k-55k", "competitive + bonus", "AUD 28/hr", "S$2,800/month",
          "€30k DOE", "£26,000 pro rata"]
EN_HASH = ["#hiring", "#jobs", "#nowhiring", "#jobsearch", "#localjobs", "#opentowork", "#careers"]
EN_NAMES = ["Sam", "Alex", "Jordan", "Taylor", "Chris", "Robin", "Jamie", "Morgan"]


def pick(rng, seq, k=1):
    if k == 1:
        return rng.choice(seq)
    return rng.sample(seq, k)


# ---------------------------------------------------------------- zh templates
HEAVY = {"on": False}
SECTOR = {"zh": None, "en": None, "hant": None}

ZH_SECTORS = [
    (("美容", "美甲", "美发", "理发", "皮肤", "美业", "会所", "内衣", "女装", "男装"),
     ["丽颜美容会所", "悦己美甲工作室", "青丝造型", "素颜皮肤管理中心", "锦绣服饰"]),
    (("家政", "月嫂", "育婴", "保洁", "护理", "养老", "收纳", "产后", "月子", "母婴", "早教", "幼儿园", "幼师"),
     ["安心家政服务", "佳洁家政", "暖阳护理站", "顺心养老服务中心", "小橡树早教", "贝贝母婴生活馆"]),
    (("医院", "诊所", "卫生", "妇产", "导医", "检验", "护士"),
     ["仁和门诊部", "康宁诊所", "区妇幼保健院（编外招聘）"]),
    (("红娘", "相亲", "婚庆", "婚纱", "婚恋", "婚礼", "婚宴"), ["喜结良缘婚庆", "缘来婚恋服务", "花好月圆婚纱摄影"]),
    (("直播", "主播", "助播", "抖音", "快手", "视频号", "剪辑", "场控"), ["星河直播基地", "天府短视频工作室", "潇湘MCN"]),
    (("火锅", "餐", "菜", "面馆", "厨", "烧烤", "奶茶", "小吃", "麻辣烫", "钵钵鸡", "甜品", "饭店", "酒楼", "湘菜", "冒菜", "臭豆腐", "婚宴", "传菜"),
     ["蜀香园餐饮", "老码头火锅", "湘味小厨", "巴渝人家", "小满面馆", "一品甜品铺"]),
    (("仓", "打包", "分拣", "快递", "物流", "叉车", "装卸", "配送", "司机", "驿站", "理货", "拣货", "出库", "跟车"),
     ["速达电商仓", "优品云仓", "川流物流", "顺捷快递分拨中心", "星辰供应链"]),
]
ZH_GENERIC = ["鑫源商贸", "天府人力资源服务公司", "湘江企业服务", "渝发实业", "锦程科技", "和顺物业"]
EN_SECTORS = [
    (("salon", "nail", "beauty", "barber", "lash", "facial", "boutique", "clothing", "menswear", "model", "massage", "gym"),
     ["Peach & Co Beauty", "Glow Studio", "Fade Masters Barbers", "Lumiere Boutique"]),
    (("kitchen", "chef", "restaurant", "bar", "dumpling", "server", "waitress", "hostess", "venue", "roast"),
     ["Dumpling House", "Harbour Kitchen", "The Copper Pot", "Riverside Events"]),
    (("warehouse", "driver", "delivery", "loader", "pick", "packer", "van", "forklift", "logistics", "factory", "cashier", "security"),
     ["Brightside Logistics", "Northgate Fulfilment", "QuickShip E-commerce"]),
    (("nanny", "care", "midwife", "clinic", "doula", "nursery", "maternity", "shelter", "parent", "pregnan", "fertility", "bridal"),
     ["CareWell Homecare", "Blue Door Nursery Group", "Mayfield Health", "Little Steps Agency"]),
]
EN_GENERIC = ["Lumen Analytics", "Silverline Staffing", "Oakridge Partners", "Kestrel Software", "Northwind Retail"]


def choose_sector(item):
    low = item.lower()
    zh = next((pool for keys, pool in ZH_SECTORS if any(k in item for k in keys)), ZH_GENERIC)
    en = next((pool for keys, pool in EN_SECTORS if any(k in low for k in keys)), EN_GENERIC)
    SECTOR["zh"], SECTOR["en"] = zh, en


def zh_shop(rng):
    return pick(rng, ZH_HEAVY) if HEAVY["on"] else pick(rng, SECTOR["zh"])


def en_comp(rng):
    return pick(rng, EN_HEAVY) if HEAVY["on"] else pick(rng, SECTOR["en"])


def zh_notice(rng, item):
    shop = zh_shop(rng)
    city = pick(rng, ZH_CITIES)
    v = rng.randrange(4)
    if HEAVY["on"] and v in (0, 3):
        v = 1 if v == 0 else 2
    duties = pick(rng, ZH_DUTY, 2)
    reqs = pick(rng, ZH_REQ, 2)
    ben = "、".join(pick(rng, ZH_BENEFIT, 3))
    if v == 0:
        return (f"{city}{shop}招聘启事\n\n一、岗位职责\n1. {duties[0]}；\n2. {duties[1]}。\n"
                f"二、任职要求\n1. {reqs[0]}；\n2. {reqs[1]}。\n{item}\n"
                f"三、薪资福利\n{pick(rng, ZH_PAY)}；{ben}。\n工作时间：{pick(rng, ZH_HOURS)}\n"
                f"{pick(rng, ZH_CONTACT)}")
    if v == 1:
        return (f"【{shop}】诚聘\n工作地点：{city}\n{item}\n薪资：{pick(rng, ZH_PAY)}\n"
                f"福利：{ben}\n上班时间：{pick(rng, ZH_HOURS)}\n有意者{pick(rng, ZH_CONTACT)}")
    if v == 2:
        com = pick(rng, COMMUNITY)
        return (f"{com} 就业信息公告栏\n受辖区企业{shop}委托，发布以下招聘信息：\n{item}\n"
                f"待遇：{pick(rng, ZH_PAY)}，{ben}。\n请有意向的居民到社区便民服务窗口登记，"
                f"或{pick(rng, ZH_CONTACT)}。\n{com}\n2026年11月")
    return (f"{shop}（{city}）人员招聘\n岗位职责：{duties[0]}，{duties[1]}。\n任职要求：{reqs[0]}，{reqs[1]}。\n"
            f"{item}\n薪资待遇：{pick(rng, ZH_PAY)}\n{pick(rng, ZH_CONTACT)}")


def zh_live(rng, item):
    plat = pick(rng, PLATFORMS)
    shop = zh_shop(rng)
    v = rng.randrange(3)
    if v == 0:
        return (f"【{plat}直播带岗·口播整理】\n主播：{pick(rng, LIVE_OPEN)}今天第一个岗位是{pick(rng, ZH_CITIES)}"
                f"的{shop}，{pick(rng, LIVE_FILLER)}\n{item}\n工资{pick(rng, ZH_PAY)}，{pick(rng, ZH_HOURS)}。"
                f"{pick(rng, LIVE_FILLER)}{pick(rng, LIVE_CLOSE)}")
    if v == 1:
        return (f"{plat}直播间口播稿（{shop}专场）\n{pick(rng, LIVE_OPEN)}\n{pick(rng, LIVE_FILLER)}"
                f"工作地点在{pick(rng, ZH_CITIES)}，{'、'.join(pick(rng, ZH_BENEFIT, 2))}。\n{item}\n"
                f"{pick(rng, LIVE_CLOSE)}")
    return (f"[直播带岗 {plat}] {pick(rng, LIVE_OPEN)}{item}{pick(rng, LIVE_FILLER)}"
            f"待遇{pick(rng, ZH_PAY)}。{pick(rng, LIVE_CLOSE)}")


def zh_pyq(rng, item):
    v = rng.randrange(3)
    if v == 0:
        return (f"{pick(rng, PYQ_HEAD)}\n📍{pick(rng, ZH_CITIES)}\n{item}\n💰{pick(rng, ZH_PAY)}\n"
                f"⏰{pick(rng, ZH_HOURS)}\n{pick(rng, PYQ_TAIL)}")
    if v == 1:
        return f"{item}\n{pick(rng, ZH_CITIES)}，{pick(rng, ZH_PAY)}。{pick(rng, PYQ_TAIL)}～"
    return (f"{pick(rng, PYQ_HEAD)}{zh_shop(rng)}\n{item}\n待遇：{'、'.join(pick(rng, ZH_BENEFIT, 2))}\n"
            f"{pick(rng, ZH_CONTACT)}")


def zh_short(rng, item):
    v = rng.randrange(3)
    if v == 0:
        return item
    if v == 1:
        return f"{item} {' '.join(pick(rng, TAGS, 2))}"
    return f"{pick(rng, ZH_CITIES)}｜{item}"


def zh_form(rng, item):
    v = rng.randrange(2)
    if v == 0:
        return (f"企业岗位信息登记表（招聘会进小区专用）\n单位名称：{zh_shop(rng)}\n"
                f"工作地点：{pick(rng, ZH_CITIES)}\n{item}\n薪资待遇：{pick(rng, ZH_PAY)}\n"
                f"{pick(rng, ZH_CONTACT)}")
    return (f"岗位发布单\n————————\n单位：{zh_shop(rng)}\n{item}\n工作时间：{pick(rng, ZH_HOURS)}\n"
            f"月薪：{pick(rng, ZH_PAY)}\n————————")


ZH_T = {"notice": zh_notice, "live": zh_live, "pyq": zh_pyq, "short": zh_short, "form": zh_form,
        "agency": zh_notice}


# ---------------------------------------------------------------- zh-Hant templates
def hant_notice(rng, item):
    v = rng.randrange(3)
    R = REGION["r"]
    shop = pick(rng, HANT_HEAVY) if HEAVY["on"] else pick(rng, R['shops'])
    city = pick(rng, R['cities'])
    if v == 0:
        return (f"{shop}（{city}）誠聘\n工作內容：協助日常營運，執行主管交辦事項。\n{item}\n"
                f"待遇：{pick(rng, R['pay'])}，有年假及勞工保險。\n{pick(rng, R['contact'])}")
    if v == 1:
        return (f"【職缺】{shop}\n地點：{city}\n{item}\n薪資：{pick(rng, R['pay'])}\n"
                f"上班時間：09:00-18:00，週休二日\n{pick(rng, R['contact'])}")
    return f"{shop} 請人\n{item}\n{pick(rng, R['pay'])}，即時上班。{pick(rng, R['contact'])}"


def hant_pyq(rng, item):
    R = REGION["r"]
    v = rng.randrange(2)
    if v == 0:
        return f"【{pick(rng, R['cities'])}{'搵工群' if R is HK else '求職交流'}】\n{item}\n{pick(rng, R['pay'])}\n{'有興趣PM我' if R is HK else '有興趣私訊'}"
    return f"📣 徵人 📣\n{item}\n地點：{pick(rng, R['cities'])}\n{pick(rng, R['contact'])}"


def hant_short(rng, item):
    R = REGION["r"]
    return item if rng.randrange(2) == 0 else f"{pick(rng, R['cities'])}｜{item}"


def hant_form(rng, item):
    R = REGION["r"]
    return (f"職位資料\n公司：{pick(rng, HANT_HEAVY) if HEAVY['on'] else pick(rng, R['shops'])}\n{item}\n薪酬：{pick(rng, R['pay'])}\n"
            f"{pick(rng, R['contact'])}")


HANT_T = {"notice": hant_notice, "pyq": hant_pyq, "short": hant_short, "form": hant_form,
          "live": hant_pyq, "agency": hant_notice}


# ---------------------------------------------------------------- en templates
def en_social(rng, item):
    v = rng.randrange(3)
    if v == 0:
        return f"{item}\n📍 {pick(rng, EN_CITIES)} | 💰 {pick(rng, EN_PAY)}\n{' '.join(pick(rng, EN_HASH, 3))}"
    if v == 1:
        return (f"Local jobs group post:\n{item}\nPay: {pick(rng, EN_PAY)}. Comment or DM, "
                f"share to help a neighbour find work!")
    comp = en_comp(rng)
    return f"{comp} ({pick(rng, EN_CITIES)}): {item} {pick(rng, EN_HASH)}"


def en_linkedin(rng, item):
    name = pick(rng, EN_NAMES)
    return (f"{name} · Talent Partner at {en_comp(rng)}\n\n{item}\n\n"
            f"📍 {pick(rng, EN_CITIES)} · {pick(rng, EN_PAY)}\nDrop a comment or apply via the link in the "
            f"comments. {' '.join(pick(rng, EN_HASH, 2))}")


def en_email(rng, item):
    name = pick(rng, EN_NAMES)
    return (f"Subject: Role at {en_comp(rng)} - quick question\n\nHi there,\n\n{item}\n\n"
            f"The position is based in {pick(rng, EN_CITIES)}, pay {pick(rng, EN_PAY)}.\n\nBest,\n{name}\n"
            f"Silverline Staffing")


def en_jd(rng, item):
    comp = en_comp(rng)
    city = pick(rng, EN_CITIES)
    v = rng.randrange(2)
    if v == 0:
        return (f"{comp} - Job Description\nLocation: {city}\nSalary: {pick(rng, EN_PAY)}\n\n"
                f"About us: we are a growing team that values reliability and kindness.\n\n{item}\n\n"
                f"How to apply: send your CV through our careers page.")
    return (f"JOB POSTING | {comp}\n{item}\nHours: full time, Mon-Fri\nPay: {pick(rng, EN_PAY)}\n"
            f"Apply by 15 December.")


def en_short(rng, item):
    return item if rng.randrange(2) == 0 else f"{item} ({pick(rng, EN_CITIES)})"


EN_T = {"social": en_social, "linkedin": en_linkedin, "email": en_email, "jd": en_jd, "short": en_short,
        "notice": en_jd, "pyq": en_social}

TEMPLATES = {"zh": ZH_T, "zh-Hant": HANT_T, "en": EN_T}
SOURCE_TAG = {"zh_notice": "zh-recruitment-notice", "zh_live": "zh-livestream-transcript",
              "zh_pyq": "zh-wechat-group-post", "zh_short": "zh-short-video-caption", "zh_form": "zh-field-form",
              "hant_notice": "hant-recruitment-notice", "hant_pyq": "hant-group-post",
              "hant_short": "hant-short-post", "hant_form": "hant-field-form",
              "en_social": "en-social-media-post", "en_linkedin": "en-linkedin-post",
              "en_email": "en-recruiter-email", "en_jd": "en-job-description", "en_short": "en-short-post"}


def collect():
    out = []
    for mod, lang in ((items_zh_v, "zh"), (items_zh_c, "zh"), (items_hant, "zh-Hant"), (items_en, "en")):
        for labels, cat, style, text in mod.ITEMS:
            out.append({"lang": lang, "labels": [LABEL_CODES[c] for c in labels], "category": cat,
                        "style": style, "item": text, "exemption": False})
    for lang, kind, cat, style, text in items_exempt.ITEMS:
        out.append({"lang": lang, "labels": [] if kind == "X" else ["GENDER"], "category": cat,
                    "style": style, "item": text, "exemption": kind == "X"})
    return out


def main():
    rng = random.Random(SEED)
    items = collect()
    texts = [i["item"] for i in items]
    assert len(texts) == len(set(texts)), "an item is used twice"
    posts = []
    for it in items:
        fn = TEMPLATES[it["lang"]][it["style"]]
        HEAVY["on"] = it["category"].startswith("exemption")
        REGION["r"] = hant_region(it["item"])
        choose_sector(it["item"])
        body = fn(rng, it["item"])
        assert it["item"] in body, it["item"]
        rec = {"lang": it["lang"], "text": body, "labels": it["labels"], "category": it["category"],
               "source": f"author10-synthetic/{SOURCE_TAG[fn.__name__]}"}
        if it["exemption"]:
            rec["exemption"] = True
        posts.append(rec)
    rng.shuffle(posts)
    lines = []
    for n, rec in enumerate(posts, 1):
        ordered = {"id": f"{PREFIX}-{n:04d}", "lang": rec["lang"], "text": rec["text"],
                   "labels": rec["labels"], "category": rec["category"], "source": rec["source"]}
        if rec.get("exemption"):
            ordered["exemption"] = True
        lines.append(json.dumps(ordered, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    print(f"wrote {len(lines)} posts to {OUT}")
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
