#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build heldout12.jsonl (h12 author). Standard library only, fixed seed, deterministic.
Every item from items_*.py is used in exactly one post and asserted to appear verbatim."""
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_zh_v, items_zh_c, items_zh_c2, items_hant, items_en  # noqa: E402

SEED = 20261127
OUT = os.path.join(HERE, "heldout12.jsonl")
PREFIX = "h12"
CODE = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

# ---------------- fillers (all clean wording) ----------------
ZH = {
    "co": ["东关街老刘家烩面馆", "城南惠民超市", "红星镇宏达塑料厂", "县城步行街鲜果铺", "李家村蔬菜合作社",
           "青石镇顺丰快递驿站", "县一中对面文具店", "聚福源酒楼", "河湾乡农机站", "老街口麻辣烫",
           "金穗面粉厂", "兴旺五金建材店", "桥头镇电商服务中心", "幸福里社区便民店", "东北大骨头炖菜馆",
           "山城小面", "德州扒鸡直营店", "平安物业", "乡村振兴服务站", "鑫源纸箱厂"],
    "job": ["店员", "服务员", "收银员", "仓管", "客服", "打包员", "帮厨", "配送员", "文员", "导购",
            "保洁", "学徒", "会计", "理货员", "前台"],
    "duty": ["负责日常接待和收银", "整理货架，补货盘点", "按单打包发货", "打扫店内卫生", "配合店长完成日常工作",
             "登记出入库台账", "接听电话，回复微信咨询", "协助后厨备菜", "送货到镇上各商户", "维护门店陈列"],
    "pay": ["月薪3000-4500", "底薪2800+提成", "日结150元", "计件，熟手月入五六千", "时薪18元",
            "月薪3500，满勤奖200", "工资面议", "一个月四千左右", "保底3200", "月结4200"],
    "welfare": ["包吃住", "管一顿午饭", "缴纳社保", "节假日有福利", "有员工宿舍", "月休四天", "年底有奖金"],
    "place": ["县城人民路88号", "镇政府东边200米", "城关镇农贸市场南门", "开发区二号路", "老汽车站旁边",
              "建设街与中山路交叉口", "乡卫生院对面", "村部大院"],
    "phone": ["139****2618", "158****0731", "133****9402", "187****5526", "152****3307"],
    "host": ["县人社局主播小周", "妇联直播间", "乡镇就业服务站主播阿强", "带岗主播丽丽", "本地招聘号"],
    "village": ["前进", "王庄", "柳树沟", "高家堡", "新华"],
    "hours": ["早8点到晚6点", "两班倒", "上午9点到下午5点", "晚上6点到凌晨1点", "做六休一"],
    "date": ["2026年3月5日", "2026年4月12日", "2026年5月20日", "2026年8月8日", "2026年10月15日"],
}
HANT = {
    "co": ["士林夜市阿明雞排", "台中一中街珍奶店", "高雄六合夜市海產粥", "新竹城隍廟肉圓", "彰化員林早餐店",
           "荃灣美食小廚", "旺角手機配件店", "花蓮鄉下民宿", "嘉義火雞肉飯", "台南巷口滷味"],
    "job": ["內場人員", "外場人員", "門市人員", "工讀生", "店務助理", "收銀員", "倉管助理"],
    "duty": ["點餐、收銀、打掃", "備料、出餐", "商品上架與盤點", "包裝出貨", "協助店長處理日常事務"],
    "pay": ["時薪190起", "月薪30000-34000", "日薪1500", "時薪200，供一餐", "月薪$15,000起"],
    "place": ["台北市士林區", "台中市北區", "高雄市新興區", "新竹市北區", "彰化縣員林市", "荃灣", "旺角"],
    "phone": ["0912-***-318", "0988-***-207", "0930-***-655", "9***-4412"],
}
EN = {
    "co": ["Rosie's Diner", "Golden Dragon Takeaway", "Sunny Side Bakery", "Kwan's Corner Shop",
           "Hillside Motel", "Lucky Noodle Bar", "Bright Clean Services", "Harbour Fish & Chips",
           "Green Valley Farm Stand", "Main St Phone Repair"],
    "title": ["Help wanted", "Part-time staff", "Casual worker needed", "Hiring now", "Job opening",
              "Weekend help", "Full-time position"],
    "duty": ["serve customers and handle the till", "prep veg and wash up", "stock shelves and tidy the shop",
             "answer the phone and take orders", "pack orders for shipping", "help with opening and closing"],
    "pay": ["$18/hr", "$20-23/hr DOE", "GBP 11.50 per hour", "cash, $150/day", "AUD 28/hr",
            "competitive, paid weekly"],
    "place": ["Brooklyn", "Leeds", "Parramatta", "Richmond BC", "San Gabriel", "Auckland CBD", "Croydon"],
    "phone": ["(626) ***-0142", "07*** ***318", "04** *** 552", "917-***-2290"],
    "etype": ["part-time", "full-time", "casual", "contract"],
}

ZH_T = [
    ("notice_formal", "{co}招聘启事\n\n一、招聘岗位：{job}\n二、岗位职责：\n1. {duty}\n2. {duty2}\n三、任职要求：\n{item}\n四、薪资福利：{pay}，{welfare}\n五、工作地点：{place}\n\n联系电话：{phone}"),
    ("poster", "★★招工★★\n{co}\n\n{item}\n\n工资：{pay}\n{welfare}\n地址：{place}\n电话：{phone}（微信同号）"),
    ("livestream_script", "【直播带岗口播稿·{host}】\n来来来，家人们，看下一个岗位！{co}，就在{place}，招{job}。\n{item}\n工资{pay}，{welfare}。想去的点下方小黄车报名，主播帮你们对接！"),
    ("village_notice", "{village}村民委员会通知\n\n因{co}用工需要，现代为发布招工信息：\n岗位：{job}\n{item}\n待遇：{pay}\n有意者请到村委会登记。\n\n{village}村委会\n{date}"),
    ("moments", "[朋友圈] 帮朋友转发一下～{co}招人，{place}，{pay}\n{item}\n有意向的私聊我🙏"),
    ("platform", "职位名称：{job}\n薪资：{pay}\n工作地点：{place}\n职位描述：\n{duty}；{duty2}。\n{item}\n公司：{co}\n工作时间：{hours}"),
    ("township_enterprise", "{co}用工信息\n招工岗位：{job}\n岗位说明：{duty}\n{item}\n工作时间：{hours}\n月薪：{pay}\n报名地点：{place}"),
    ("handwritten", "招 工\n\n{item}\n\n待遇从优 {pay}\n有意者店内详谈\n{co}"),
    ("wechat_group", "【招聘】{co}\n{item}\n薪资：{pay}｜{hours}\n地址：{place}\n联系：{phone}"),
    ("one_liner", "{item}。{pay}，电话{phone}"),
]
ZH_T_NOJOB = ["poster", "moments", "handwritten", "wechat_group", "one_liner"]
ZH_SELF = [
    ("self_poster", "招工启事\n\n{item}\n\n工资：{pay}\n工作时间：{hours}\n联系电话：{phone}"),
    ("self_group", "【招聘信息】\n{item}\n地点：{place}\n电话：{phone}，微信同号"),
    ("self_poster_handwritten", "招 工\n\n{item}\n\n{welfare}  {pay}\n电话 {phone}"),
]
ZH_BY_CAT = {
    "livestream": [("livestream_script", "【直播带岗口播稿·{host}】\n好嘞家人们，下一个！{place}这边，{co}，招{job}，{pay}，{welfare}。\n{item}\n想去的点下方小黄车，主播帮你们对接！")],
    "voice": [("voice_transcript", "（{co}老板发到求职群的语音，自动转文字）\n{item}\n群主备注：工资{pay}，地址{place}")],
}

HANT_T = [
    ("tw_104", "【職缺】{job}\n工作內容：{duty}\n條件要求：\n{item}\n待遇：{pay}\n上班地點：{place}\n公司：{co}"),
    ("tw_nightmarket", "★急徵人★\n{co}\n{item}\n{pay}\n意者請洽老闆 {phone}"),
    ("tw_1111", "公司名稱：{co}\n職務類別：{job}\n工作待遇：{pay}\n工作地點：{place}\n其他條件：\n{item}"),
    ("hk_post", "【{co}】\n{item}\n薪酬：{pay}\n地點：{place}\n有意請WhatsApp {phone}"),
    ("tw_fb", "#徵才 #{place}\n{co}\n{item}\n有興趣私訊小編～"),
]
HANT_T_NOJOB = ["tw_nightmarket", "hk_post", "tw_fb"]
HANT_SELF = [
    ("tw_self_poster", "★急徵人★\n{item}\n{pay}\n意者請洽 {phone}"),
    ("tw_self_fb", "#徵才 #{place}\n{item}\n有興趣請私訊～"),
    ("hk_self", "{item}\n人工：{pay}\n請WhatsApp {phone}"),
]

EN_T = [
    ("craigslist", "{title} ({place})\ncompensation: {pay}\nemployment type: {etype}\n\n{co} is hiring. You'll {duty} and {duty2}.\n\n{item}\n\nReply with your availability.\n\n- Principals only. Recruiters, please don't contact this job poster."),
    ("facebook_group", "Hi all! {co} in {place} is looking for help.\n{item}\nPay is {pay}. Message me or call {phone}. Thanks!"),
    ("gumtree", "{title}\nLocation: {place}\nDescription:\nSmall family business, {co}.\n- Duties: {duty}\n- {item}\nPay: {pay}\nPlease reply with a short intro."),
    ("recruiter_email", "Subject: {title} - {co}\n\nHello,\n\nI'm recruiting for a small business client ({co}, {place}). Duties: {duty}.\n{item}\nRate: {pay}, {etype}.\n\nBest regards,\nSam"),
    ("window_sign", "HELP WANTED\n{co}\n{item}\nAsk inside or call {phone}"),
    ("one_liner", "{item}. {pay}, {place}. Call {phone}"),
]
EN_T_NOJOB = ["facebook_group", "window_sign", "one_liner", "craigslist", "gumtree", "recruiter_email"]
EN_SELF = [
    ("self_ad", "{title}\n\n{item}\n\nPay: {pay}. Location: {place}. Call or text {phone}."),
    ("self_fb", "Posting for a friend:\n{item}\n{pay}, {etype}. DM for details."),
]
SELF_MARK = {
    "zh": ["厂", "公司", "店", "矿", "村委会", "社区", "镇", "医院", "影楼", "农家乐", "养猪场", "超市", "集团",
           "中心", "摊", "园", "站", "所", "学校", "小学", "门诊", "堂", "车队", "档口", "城", "林区", "车间", "场",
           "行", "库", "窑", "室", "馆", "坊", "班", "号", "市场"],
    "zh-Hant": ["店", "攤", "公司", "礦", "行", "診所", "班", "民宿", "飯店", "砂石", "社", "家", "荃灣", "九龍"],
    "en": ["company", "shop", "store", "stall", "mill", "yard", "motel", "takeaway", "gym", "studio", "agency",
           "warehouse", "bakery", "kitchen", "unit", "kiosk", "business", "miner", "market", "boba", "Leeds"],
}


def fill(rng, pool, tpl, item):
    vals = {}
    for k, v in pool.items():
        vals[k] = rng.choice(v)
    vals["duty"], vals["duty2"] = rng.sample(pool["duty"], 2)
    vals["item"] = item
    return tpl.format(**vals)


def build():
    rng = random.Random(SEED)
    specs = [
        (items_zh_v, ZH, ZH_T, ZH_T_NOJOB, ZH_SELF),
        (items_zh_c, ZH, ZH_T, ZH_T_NOJOB, ZH_SELF),
        (items_zh_c2, ZH, ZH_T, ZH_T_NOJOB, ZH_SELF),
        (items_hant, HANT, HANT_T, HANT_T_NOJOB, HANT_SELF),
        (items_en, EN, EN_T, EN_T_NOJOB, EN_SELF),
    ]
    posts = []
    seen = set()
    for mod, pool, tpls, nojob, selft in specs:
        for code, cat, item in mod.ITEMS:
            assert item not in seen, ("duplicate item", item)
            seen.add(item)
            low = item.lower()
            if mod.LANG == "zh" and cat.endswith("livestream"):
                choices = ZH_BY_CAT["livestream"]
            elif mod.LANG == "zh" and (cat.endswith("voice") or cat == "voice_msg"):
                choices = ZH_BY_CAT["voice"]
            elif code in ("X", "D") or any(m.lower() in low for m in SELF_MARK[mod.LANG]):
                choices = selft
            elif "\n" in item:
                choices = [t for t in tpls if t[0] in nojob]
            else:
                choices = tpls
            name, tpl = rng.choice(choices)
            text = fill(rng, pool, tpl, item)
            assert item in text
            rec = {"lang": mod.LANG, "text": text}
            if code == "X":
                rec["labels"] = []
                rec["exemption"] = True
            elif code == "D":
                rec["labels"] = ["GENDER"]
            else:
                rec["labels"] = [CODE[c] for c in "GMP" if c in code]
            rec["category"] = cat if code != "D" else "exemption_decoy"
            rec["source"] = "h12-hand:" + name
            posts.append(rec)
    rng.shuffle(posts)
    lines = []
    for i, rec in enumerate(posts, 1):
        out = {"id": "%s-%04d" % (PREFIX, i), "lang": rec["lang"], "text": rec["text"],
               "labels": rec["labels"], "category": rec["category"], "source": rec["source"]}
        if rec.get("exemption"):
            out["exemption"] = True
        lines.append(json.dumps(out, ensure_ascii=False, sort_keys=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    return posts, hashlib.sha256(data).hexdigest()


def stats(posts):
    from collections import Counter
    kind = Counter()
    lab = Counter()
    lang = Counter()
    lang_kind = Counter()
    for p in posts:
        if p.get("exemption"):
            k = "exemption"
        elif p["category"] == "exemption_decoy":
            k = "decoy"
        elif p["labels"]:
            k = "violating"
        else:
            k = "clean"
        kind[k] += 1
        lang[p["lang"]] += 1
        lang_kind[(p["lang"], k)] += 1
        for l in p["labels"]:
            lab[l] += 1
    return kind, lab, lang, lang_kind


if __name__ == "__main__":
    posts, sha = build()
    kind, lab, lang, lang_kind = stats(posts)
    print("posts", len(posts))
    print("kind", dict(kind))
    print("labels", dict(lab))
    print("lang", dict(lang))
    print("lang x kind", {"%s/%s" % k: v for k, v in sorted(lang_kind.items())})
    print("sha256", sha)
