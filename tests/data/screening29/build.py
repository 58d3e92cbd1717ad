#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Deterministic builder for corpus dev29 (author: blind corpus author, voice = gig/part-time posts).
Standard library only. Re-running reproduces dev29.jsonl byte for byte."""
import hashlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_zh_v, items_obf, items_zh_c, items_hant, items_en, items_exempt  # noqa: E402

SEED = 2929
PREFIX = "d29"
OUT = os.path.join(HERE, "dev29.jsonl")
LABELS = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

ZH_CO = ["星河会展服务", "乐途文化传媒", "小满婚庆策划", "青禾教育", "米粒直播基地", "蓝湾餐饮",
         "橙子摄影工作室", "一点点兼职团队", "城南家政", "云帆电竞俱乐部"]
ZH_CITY = ["杭州滨江", "成都高新", "武汉光谷", "广州天河", "南京新街口", "郑州二七", "西安小寨", "长沙五一广场",
           "合肥政务区", "苏州园区", "重庆解放碑", "济南泉城路"]
ZH_PAY = ["日结150", "200/天，当天结", "时薪22元", "18元/小时，周结", "一天180包午饭", "按单结算，多劳多得",
          "底薪3500+提成", "300/场", "月结，4000-6000", "120元/4小时"]
ZH_TIME = ["本周六日 9:00-17:00", "下周一到周五晚上", "10月1日-3日", "每天下午2点到6点", "长期，排班制",
           "明早8点集合", "周末两天", "晚班 18:00-23:00"]
ZH_CONTACT = ["私信", "加V详聊（备注兼职）", "QQ群里@管理员", "评论区扣1", "电话联系，非诚勿扰", "闲鱼直接聊",
              "扫码进群报名"]
HANT_CO = ["晴天活動企劃", "小島攝影", "金鐘展覽服務", "好日子婚禮顧問", "樂活直播", "旺角物流"]
HANT_PLACE = ["台北信義區", "新北板橋", "台中七期", "高雄駁二", "旺角", "銅鑼灣", "沙田", "觀塘"]
HANT_PAY = ["時薪190", "日薪1600", "HK$80/小時", "HK$700/日", "一場2000", "時薪183起"]
EN_CO = ["BrightStage Events", "Maple & Co. Catering", "LensLab Studio", "Northside Movers",
         "PixelRush Esports", "Campus Tutors", "Sunny Side Promotions", "Riverside Pop-ups"]
EN_CITY = ["Austin, TX", "Toronto", "Manchester", "Melbourne", "Singapore", "Vancouver", "Leeds", "Chicago"]
EN_PAY = ["$18/hr", "$150 cash per day", "£12.50/hour", "AUD 35/hr", "$25/hr + tips", "$200 flat per event"]

ZH_T = [
("xianyu_post", "【{co}】兼职急招\n{item}\n时间：{time}\n地点：{city}\n薪资：{pay}\n有意{contact}"),
("douban_group", "【{city}｜兼职】{co}招人，靠谱不坑\n楼主自己发的，不是中介。\n\n{item}\n\n{time}，{pay}。\n感兴趣的豆油我，{contact}。"),
("tieba", "{city}吧 求助帖顶一下\n帮朋友公司（{co}）招人：\n{item}\n待遇：{pay}\n时间：{time}\n{contact}"),
("qq_group", "📢📢兼职信息📢📢\n项目：{co}\n详情：{item}\n⏰{time}\n💰{pay}\n📍{city}\n报名方式：{contact}"),
("campus_group", "【大学生兼职群·今日单】\n单号：{n}\n{item}\n工作时间：{time}\n工资：{pay}\n地点：{city}（地铁可达）\n不收任何费用，{contact}"),
("notice", "{co}招聘启事\n\n一、岗位职责\n1. 按现场负责人安排完成工作；\n2. 维护现场秩序，保持物料整洁。\n\n二、任职要求\n1. {item}\n2. 守时，服从安排。\n\n三、薪资福利\n{pay}，{time}。\n\n工作地点：{city}\n报名：{contact}"),
("livestream", "家人们看过来！今天直播间给大家带个岗位——{co}！\n{item}！\n工资{pay}，{time}，就在{city}！\n想去的点左下角小黄车投递，主播帮你们盯着！"),
("moments", "朋友圈转发｜{co}招人\n{item}\n{pay}，{time}\n有需要的朋友私我~"),
("agency_sheet", "【人力资源外包岗位表】\n用工单位：{co}\n工作地点：{city}\n用工时间：{time}\n岗位说明：{item}\n结算方式：{pay}\n对接：{contact}"),
("poster", "店门口招聘\n本店招人\n{item}\n{pay}\n详情进店咨询"),
("oneliner", "{item}，{pay}，{city}，{contact}"),
("form", "岗位名称：现场兼职\n招聘人数：{k}人\n工作地点：{city}\n工作时间：{time}\n其他说明：{item}\n薪酬：{pay}"),
]
HANT_T = [
("ptt_parttime", "[徵才] {place} {co} 臨時人員\n\n工作內容：現場協助\n需求條件：{item}\n工作時間：{time}\n薪資：{pay}\n聯絡方式：站內信\n\n--\n※ 發信站: 批踢踢實業坊(ptt.cc)"),
("dcard", "#徵才 {co}缺人！\n{item}\n{time}／{place}／{pay}\n有興趣留言或私訊我"),
("carousell_hk", "【兼職】{co}\n地點：{place}\n人工：{pay}\n日期：{time}\n要求：{item}\nWhatsApp查詢，先到先得"),
("fb_hk", "急請！{co}\n{item}\n{place}，{pay}\n有意PM"),
("notice_hant", "{co} 招募公告\n一、工作內容：活動現場支援、物料整理\n二、應徵條件：{item}\n三、待遇：{pay}\n四、地點：{place}\n五、時間：{time}"),
]
HANT_TIME = ["本週六日", "12月10日-12日", "平日晚班", "長期配合", "下週三全日"]
EN_T = [
("craigslist", "{co} - part-time help ({city})\n\n{item}\n\nPay: {pay}\nWhen: {time}\nReply with your availability."),
("reddit", "[Hiring] {co} - {city} - {pay}\n\nHey all, we're short-staffed for {time}.\n{item}\nDM me if interested, no agencies."),
("fb_marketplace", "HIRING 📣 {co}\n{item}\n💵 {pay}\n📍 {city}\n📅 {time}\nMessage for details!"),
("uni_board", "Student Job Board - Posting #{n}\nEmployer: {co}\nLocation: {city}\nCompensation: {pay}\nSchedule: {time}\n\nDetails:\n- {item}\n- Reliable and punctual\n\nApply through the career portal."),
("gig_app", "Gig: Event Staff\nClient: {co}\nRate: {pay}\nShift: {time}\nNotes from client: {item}"),
("recruiter_email", "Subject: Quick gig opportunity - {co}\n\nHi there,\n\nI came across your profile and have a short-term role in {city}.\n{item}\nRate is {pay}, {time}.\n\nLet me know if you're interested.\nBest,\nRecruiting Team"),
("jd", "{co} is hiring!\n\nAbout the role\nSupport our team at events and shoots in {city}.\n\nResponsibilities\n- Set up and tear down\n- Assist the lead on site\n\nDetails\n- {item}\n\nPay & perks\n- {pay}\n- {time}"),
("oneliner_en", "{item} - {pay}, {city}, DM"),
]
ZH_LAB_CO = ["顺达装卸队", "大象物流", "东岳建材", "宏安劳务", "北坡矿业劳务派遣", "兴旺搬家"]
ZH_LAB_T = [
("labour_xianyu", "【{co}】缺人手，今天就能上\n{item}\n地点：{city}\n工资：{pay}\n时间：{time}\n体力活，量力而行，{contact}"),
("labour_notice", "{co}招聘\n岗位职责：\n{item}\n任职要求：身体健康，能吃苦\n薪资：{pay}\n工作地点：{city}"),
("labour_group", "🔥重体力日结🔥\n{co}\n{item}\n💰{pay} 📍{city}\n{contact}"),
]
HANT_LAB_T = [
("labour_hant", "[徵才] {co} 搬運人員\n工作內容：{item}\n薪資：{pay}\n地點：{place}\n時間：{time}"),
]
HANT_LAB_CO = ["大力搬家", "興隆倉儲", "港九貨運"]
EN_LAB_T = [
("labour_en", "{co} - labour crew needed ({city})\n\n{item}\n\nPay: {pay}\nStart: {time}\nSafety boots required."),
("labour_gig", "Gig: Heavy lifting\nClient: {co}\nRate: {pay}\nShift: {time}\nJob notes: {item}"),
]
EN_LAB_CO = ["Northside Movers", "Harbor Logistics", "Ridgeway Mining Services"]
EN_TIME = ["this Saturday 9-5", "Dec 12-14", "weekday evenings", "ongoing, flexible", "next Friday night"]


def all_items():
    out = []
    for mod in (items_zh_v, items_obf, items_zh_c, items_hant, items_en, items_exempt):
        out.extend(mod.ITEMS)
    return out


def build():
    rng = random.Random(SEED)
    items = all_items()
    texts = [t for _, _, _, t in items]
    assert len(set(texts)) == len(texts), "duplicate item"
    order = list(range(len(items)))
    rng.shuffle(order)
    recs = []
    for n, idx in enumerate(order, 1):
        lang, lab, cat, item = items[idx]
        if lab == "X" and lang == "zh":
            src, tpl = rng.choice(ZH_LAB_T)
            text = tpl.format(item=item, co=rng.choice(ZH_LAB_CO), city=rng.choice(ZH_CITY), pay=rng.choice(ZH_PAY),
                              time=rng.choice(ZH_TIME), contact=rng.choice(ZH_CONTACT))
        elif lab == "X" and lang == "zh-Hant":
            src, tpl = rng.choice(HANT_LAB_T)
            text = tpl.format(item=item, co=rng.choice(HANT_LAB_CO), place=rng.choice(HANT_PLACE),
                              pay=rng.choice(HANT_PAY), time=rng.choice(HANT_TIME))
        elif lab == "X":
            src, tpl = rng.choice(EN_LAB_T)
            text = tpl.format(item=item, co=rng.choice(EN_LAB_CO), city=rng.choice(EN_CITY), pay=rng.choice(EN_PAY),
                              time=rng.choice(EN_TIME))
        elif lang == "zh":
            src, tpl = rng.choice(ZH_T)
            text = tpl.format(item=item, co=rng.choice(ZH_CO), city=rng.choice(ZH_CITY), pay=rng.choice(ZH_PAY),
                              time=rng.choice(ZH_TIME), contact=rng.choice(ZH_CONTACT), n=rng.randint(100, 999),
                              k=rng.randint(2, 20))
        elif lang == "zh-Hant":
            src, tpl = rng.choice(HANT_T)
            text = tpl.format(item=item, co=rng.choice(HANT_CO), place=rng.choice(HANT_PLACE),
                              pay=rng.choice(HANT_PAY), time=rng.choice(HANT_TIME))
        else:
            src, tpl = rng.choice(EN_T)
            text = tpl.format(item=item, co=rng.choice(EN_CO), city=rng.choice(EN_CITY), pay=rng.choice(EN_PAY),
                              time=rng.choice(EN_TIME), n=rng.randint(1000, 9999))
        assert item in text
        rec = {"id": "%s-%04d" % (PREFIX, n), "lang": lang, "text": text}
        if lab == "X":
            rec["labels"] = []
        else:
            rec["labels"] = [LABELS[c] for c in "GMP" if c in lab]
        rec["category"] = cat
        rec["source"] = src
        if lab == "X":
            rec["exemption"] = True
        recs.append(rec)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return recs


if __name__ == "__main__":
    recs = build()
    data = open(OUT, "rb").read()
    print(len(recs), "posts; sha256", hashlib.sha256(data).hexdigest())
