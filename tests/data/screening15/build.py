#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build dev15.jsonl from the hand-written items (author 15). Standard library only.

Deterministic: fixed seed, sorted inputs; re-running reproduces the file byte for byte.
Every item text is asserted to appear verbatim in its post.
The template filler below is deliberately free of gender, marriage and pregnancy words,
so the labels of a post are exactly the labels of its item.
"""
import importlib.util
import json
import os
import random

SEED = 20261215
PREFIX = "s15d"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev15.jsonl")
ITEM_FILES = ["items_zh_v.py", "items_zh_c.py", "items_zh_c2.py", "items_hant.py", "items_en.py"]
LABEL_CODES = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}
LABEL_ORDER = ["GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"]

# ---------------------------------------------------------------- filler pools
ZH_PLACES = ["青山县", "柳河县", "石门县", "白水县", "云溪县", "松岭县", "临川县", "东坝镇", "河湾镇", "三岔口镇"]
ZH_KINDS = ["建材有限公司", "农业发展有限公司", "物流有限公司", "食品有限公司", "服饰有限公司",
            "劳务服务有限公司", "建筑工程有限公司", "汽车服务有限公司", "种养专业合作社", "商贸有限公司",
            "保安服务有限公司", "机动车驾驶员培训学校", "矿业有限公司", "电子科技有限公司"]
ZH_BRANDS = ["宏达", "兴旺", "丰收", "鑫源", "恒通", "金穗", "瑞丰", "顺安", "长青", "福临", "永固", "绿野"]
ZH_DUTIES = ["服从班组长安排，按时完成当班任务", "遵守安全操作规程，按要求佩戴劳保用品",
             "做好交接班记录和现场卫生", "配合做好月度盘点", "完成上级交办的其他工作",
             "爱护公司设备工具，发现问题及时上报", "按标准流程作业，保证质量和效率",
             "熟悉本岗位工作流程，能独立上手", "参加公司组织的岗前培训"]
ZH_REQS = ["身体健康，能吃苦耐劳", "责任心强，服从管理", "有相关工作经验者优先", "初中及以上文化",
           "能适应倒班", "无不良嗜好", "会用智能手机", "本县及周边乡镇人员优先"]
ZH_PAY = ["月薪4000-6000元", "底薪3500元+提成", "计件工资，熟手月入6000以上", "日结180-220元",
          "综合工资5000-8000元", "月薪3800元起，试用期一个月", "时薪22元，按月发放", "年薪6万-9万"]
ZH_BEN = ["包吃住", "缴纳五险", "提供免费工作餐", "满勤奖200元", "每月休息4天", "节日发放福利",
          "宿舍有空调热水", "年底有年终奖", "高温补贴", "交通补贴", "工龄工资逐年递增"]
ZH_CONTACT = ["电话：138****2716（同微信）", "联系电话：0371-6***5208", "电话：159****0433 陈经理",
              "报名电话：177****6620 人事部", "微信同号：186****9051", "电话：135****7782 周主任",
              "联系：办公室 0398-2***116", "电话：133****4590 吴师傅"]
ZH_ADDR = ["县经济开发区纬三路18号", "镇工业集中区2号厂房", "县物流园B区12栋", "县城建设路与人民路交叉口",
           "高速出口往东2公里", "县农贸市场北门", "乡政府对面", "火车站货场旁"]

HK_PLACES = ["葵涌", "屯門", "將軍澳", "觀塘", "元朗"]
MO_PLACES = ["澳門氹仔", "澳門路環", "澳門青洲"]
TW_PLACES = ["桃園龜山", "台中大甲", "彰化和美", "雲林斗六"]
HANT_CO = ["建築工程有限公司", "物流有限公司", "運輸有限公司", "貨倉管理有限公司", "工程顧問有限公司", "實業股份有限公司"]
HANT_BRANDS = ["宏基", "信和", "永盛", "大昌", "利興", "滿堂", "恒通", "新昌"]
HK_PAY = ["月薪$18,000-$22,000", "日薪$900-$1,200", "時薪$70", "月薪$16,500 + 超時補水"]
MO_PAY = ["日薪MOP 800", "月薪MOP 15,000-18,000", "日薪MOP 950"]
TW_PAY = ["月薪新台幣32,000元起", "時薪新台幣190元", "月薪新台幣35,000-42,000元"]
HK_BEN = ["有強積金", "有醫療保險", "五天工作", "有交通津貼", "供午膳", "年終雙糧"]
TW_BEN = ["有勞保健保", "供膳宿", "年終獎金", "三節獎金", "週休二日"]
HK_CONTACT = ["有意者請WhatsApp 9***-1826", "請致電 2***-6688", "請將履歷電郵至 hr@example.com.hk",
              "請電 2***-3311 查詢"]
MO_CONTACT = ["請致電 28**-**66", "有意者請WhatsApp 66**-**12"]
TW_CONTACT = ["請電 04-2***-5566 人事部", "請來電 0800-***-123", "請至104人力銀行投遞履歷"]
HANT_DUTIES = ["協助地盤日常運作", "負責貨物收發及點算", "跟從主管指示完成工作", "遵守安全守則",
               "須輪班工作", "負責貨品上落及排位"]

EN_PLACES = ["Riverside Depot", "Northfield Quarry", "Greenvale Farms", "Harbour Logistics Park",
             "Eastgate Industrial Estate", "Millbrook Agricultural Co-op", "Stonebridge Site"]
EN_CO = ["Greenvale Agri Ltd", "Northfield Aggregates", "Harbourline Logistics", "Redfern Construction",
         "Oakridge Freight", "Summit Labour Solutions", "Bluewater Foods", "Ironhill Resources"]
EN_DUTIES = ["Follow site safety procedures at all times", "Keep accurate shift records",
             "Work as part of a small team", "Report equipment faults promptly",
             "Meet daily productivity targets", "Complete induction and toolbox talks"]
EN_PAY = ["$18-22 per hour", "GBP 11.80/hour plus overtime", "USD 1,400 per month, accommodation provided",
          "Competitive salary, paid weekly", "$52,000-$60,000 per year", "Piece rate plus hourly minimum"]
EN_BEN = ["Free accommodation", "Transport to site", "PPE provided", "Overtime available",
          "Paid holidays", "Pension scheme", "Meals on shift"]
EN_CONTACT = ["Apply via the link below.", "Email your CV to jobs@example.com", "Call 0161 *** 4420 to apply.",
              "WhatsApp +63 9** *** 2281", "Apply in person at the site office, 7am-4pm."]


def pick(r, pool, k=1):
    return r.sample(pool, k) if k > 1 else r.choice(pool)


# ---------------------------------------------------------------- zh templates
HINT = [""]  # title + item text of the post being rendered, used only to fit the company to the job
ZH_KIND_HINTS = [
    ("矿业有限公司", "煤矿 井下 采煤 掘进 铁矿 矿山 凿岩"),
    ("建材有限公司", "采石 石料 砖 水泥 瓷砖 建材"),
    ("机动车驾驶员培训学校", "驾校 教练"),
    ("汽车服务有限公司", "汽修 轮胎 钣金 补胎"),
    ("保安服务有限公司", "保安 押运 门卫 门岗"),
    ("物流有限公司", "物流 货运 快递 分拣 装卸 仓 配送 骑手 搬运 货车"),
    ("食品有限公司", "食品 面粉 腊肉 冻 粮 饲料"),
    ("服饰有限公司", "服装 缝纫 车缝 整烫 车位 剪线"),
    ("种养专业合作社", "养殖 饲养 养鸡 养猪 合作社 种植 大棚 果园 茶 草莓 苗 水产"),
    ("建筑工程有限公司", "工地 建筑 装修 钢筋 挖机 挖掘机 瓦工 水电"),
    ("电子科技有限公司", "电子 电商 网店 直播"),
]
ZH_KIND_DEFAULT = ["商贸有限公司", "农业发展有限公司", "电子科技有限公司", "食品有限公司", "商贸有限公司"]


def fit_kind(r, hints, default):
    for kind, words in hints:
        if any(w in HINT[0] for w in words.split()):
            return kind
    return pick(r, default)


def zh_company(r):
    return pick(r, ZH_PLACES) + pick(r, ZH_BRANDS) + fit_kind(r, ZH_KIND_HINTS, ZH_KIND_DEFAULT)


def zh_qishi(r, t, x):
    d = pick(r, ZH_DUTIES, 2)
    q = pick(r, ZH_REQS, 2)
    return (f"{zh_company(r)}招聘启事\n\n因生产经营需要，现面向社会招聘以下人员：\n"
            f"一、招聘岗位：{t}\n二、岗位职责：\n1. {d[0]}\n2. {d[1]}\n"
            f"三、任职要求：\n1. {q[0]}\n2. {q[1]}\n"
            f"四、岗位说明：\n{x}\n"
            f"五、薪资福利：{pick(r, ZH_PAY)}，{'，'.join(pick(r, ZH_BEN, 2))}\n"
            f"六、工作地点：{pick(r, ZH_ADDR)}\n七、{pick(r, ZH_CONTACT)}")


def zh_platform(r, t, x):
    return (f"【{t}】{pick(r, ZH_PAY)}\n{zh_company(r)} · {pick(r, ZH_PLACES)}\n"
            f"岗位描述：\n{x}\n{'；'.join(pick(r, ZH_DUTIES, 2))}。\n"
            f"福利待遇：{' / '.join(pick(r, ZH_BEN, 3))}\n"
            f"工作地址：{pick(r, ZH_ADDR)}")


def zh_detail(r, t, x):
    return (f"{t}\n\n岗位职责\n- {chr(10).join('- ' + d for d in pick(r, ZH_DUTIES, 2))[2:]}\n\n"
            f"任职要求\n- {pick(r, ZH_REQS)}\n\n补充说明\n{x}\n\n"
            f"薪资：{pick(r, ZH_PAY)}\n{pick(r, ZH_CONTACT)}")


def zh_wechat(r, t, x):
    e = pick(r, ["🔥", "📢", "‼️", "💰", "👉"])
    return (f"{e}{pick(r, ZH_PLACES)}招人{e}\n{t}\n{x}\n{pick(r, ZH_PAY)}，{pick(r, ZH_BEN)}\n"
            f"有意的私聊我，{pick(r, ZH_CONTACT)}\n转发扩散，谢谢大家🙏")


def zh_poster(r, t, x):
    return (f"★ 招 工 ★\n{zh_company(r)}\n岗位：{t}\n{x}\n待遇：{pick(r, ZH_PAY)}\n"
            f"{'　'.join(pick(r, ZH_BEN, 2))}\n地址：{pick(r, ZH_ADDR)}\n{pick(r, ZH_CONTACT)}")


def zh_live(r, t, x):
    return (f"【直播带岗口播稿】\n家人们，下面这个岗位是{zh_company(r)}的{t}，"
            f"{pick(r, ZH_PAY)}，{pick(r, ZH_BEN)}！\n{x}\n"
            f"想报名的点左下角小黄车里的岗位卡片，直接投递，主播这边帮大家对接！")


def zh_broadcast(r, t, x):
    return (f"喂喂，各位村民注意了，各位村民注意了！\n现在播送一则招工通知：\n"
            f"{zh_company(r)}{'招人' if t.startswith('招') else '招' + t}。{x}\n工钱{pick(r, ZH_PAY)}，{pick(r, ZH_BEN)}。\n"
            f"想去的到村委会登记，{pick(r, ZH_CONTACT)}。再播送一遍……")


def zh_broker(r, t, x):
    return (f"{pick(r, ZH_PLACES)}顺达劳务 · 今日岗位单\n"
            f"企业：{zh_company(r)}\n工种：{t}\n{x}\n"
            f"工价：{pick(r, ZH_PAY)}\n包吃住，专人带队，统一乘车进厂\n"
            f"报名：{pick(r, ZH_CONTACT)}（本中介持人力资源服务许可证）")


def zh_list(r, t, x):
    return (f"{zh_company(r)}{t}\n\n{x}\n\n"
            f"待遇：{pick(r, ZH_PAY)}，{pick(r, ZH_BEN)}\n地址：{pick(r, ZH_ADDR)}\n{pick(r, ZH_CONTACT)}")


def zh_form(r, t, x):
    return (f"岗位名称：{t}\n招聘人数：{r.randint(1, 20)}人\n{x}\n工作经验：不限\n"
            f"薪资范围：{pick(r, ZH_PAY)}\n福利：{'、'.join(pick(r, ZH_BEN, 2))}\n"
            f"用人单位：{zh_company(r)}")


def zh_oneliner(r, t, x):
    return f"{x}，{pick(r, ZH_CONTACT)}"


def zh_fair(r, t, x):
    return (f"{pick(r, ZH_PLACES)}2026年“春风行动”返乡就业招聘会公告\n\n"
            f"时间：正月初八上午9:00-12:00\n地点：县人民广场\n{x}\n"
            f"现场设政策咨询、职业指导、技能培训报名服务台。\n主办：县人力资源和社会保障局")


ZH_GENERAL = [zh_qishi, zh_platform, zh_detail, zh_qishi, zh_platform, zh_wechat, zh_poster, zh_broker]


# ---------------------------------------------------------------- zh-Hant templates
HANT_KIND_HINTS = [
    ("建築工程有限公司", "地盤 建築 隧道 紮鐵 礦 鋼筋"),
    ("物流有限公司", "物流 貨倉 倉 搬運 碼頭 貨櫃 送貨 跟車"),
    ("運輸有限公司", "司機 運輸 貨車"),
]
HANT_KIND_DEFAULT = ["實業股份有限公司", "貨倉管理有限公司", "工程顧問有限公司", "物流有限公司"]
CANTONESE = "嘅 冇 佬 仔 揸 請 地盤 細路 返工 WhatsApp 澳門 MOP".split()


def hant_company(r):
    return pick(r, HANT_BRANDS) + fit_kind(r, HANT_KIND_HINTS, HANT_KIND_DEFAULT)


def hant_hk(r, t, x):
    return (f"{hant_company(r)} 誠聘\n\n{t}\n工作地點：{pick(r, HK_PLACES)}\n"
            f"職責：{'；'.join(pick(r, HANT_DUTIES, 2))}\n{x}\n"
            f"待遇：{pick(r, HK_PAY)}，{pick(r, HK_BEN)}\n{pick(r, HK_CONTACT)}")


def hant_tw(r, t, x):
    return (f"【{hant_company(r)}】徵 {t}\n工作內容：\n"
            + "\n".join(f"{i}. {d}" for i, d in enumerate(pick(r, HANT_DUTIES, 2), 1)) + "\n"
            f"說明：\n{x}\n待遇福利：{pick(r, TW_PAY)}，{'、'.join(pick(r, TW_BEN, 2))}\n"
            f"上班地點：{pick(r, TW_PLACES)}\n{pick(r, TW_CONTACT)}")


def hant_macau(r, t, x):
    return (f"澳門建築/物流 急聘 ‼️\n職位：{t}\n{x}\n{pick(r, MO_PAY)}　{pick(r, HK_BEN)}\n"
            f"地點：{pick(r, MO_PLACES)}\n{pick(r, MO_CONTACT)}")


def hant_oneliner(r, t, x):
    c = HK_CONTACT if any(w in x for w in CANTONESE) else TW_CONTACT + HK_CONTACT
    return f"{x}。{pick(r, c)}"


def hant_form(r, t, x):
    if any(w in x for w in CANTONESE) or r.random() < 0.5:
        pay, ben, con = HK_PAY, HK_BEN, HK_CONTACT
    else:
        pay, ben, con = TW_PAY, TW_BEN, TW_CONTACT
    return (f"職位：{t}\n{x}\n薪酬：{pick(r, pay)}\n福利：{pick(r, ben)}\n"
            f"公司：{hant_company(r)}\n{pick(r, con)}")


HANT_GENERAL = [hant_hk, hant_tw, hant_macau, hant_hk]
HANT_CANTO = [hant_hk, hant_macau, hant_hk]
HANT_STYLES = {"form": hant_form, "oneliner": hant_oneliner, "list": hant_hk, "poster": hant_tw}


# ---------------------------------------------------------------- en templates
EN_CO_HINTS = [
    ("Ironhill Resources", "mine miner mining shaft underground"),
    ("Northfield Aggregates", "quarry aggregate cement"),
    ("Greenvale Agri Ltd", "farm fruit picker greenhouse orchard grain harvest dairy agricultural"),
    ("Harbourline Logistics", "warehouse logistics dispatcher storeman forklift stevedore freight"),
    ("Oakridge Freight", "truck driver delivery haulage"),
    ("Redfern Construction", "construction site foreman labourer welder rebar"),
    ("Bluewater Foods", "packer packing food cook diner"),
    ("Lakeside Care Agency", "midwife health care nanny clinic caseworker shelter nurs"),
    ("Hillcrest Hospitality Group", "hotel receptionist bar hostess promoter wedding tearoom"),
]
EN_CO_DEFAULT = ["Westbrook Services Ltd", "Summit Labour Solutions", "Harbourline Logistics",
                 "Greenvale Agri Ltd", "Bluewater Foods"]


def en_co(r):
    low = HINT[0].lower()
    for co, words in EN_CO_HINTS:
        if any(w in low for w in words.split()):
            return co
    return pick(r, EN_CO_DEFAULT)


def en_jd(r, t, x):
    d = pick(r, EN_DUTIES, 2)
    return (f"{t} - {en_co(r)}\nLocation: {pick(r, EN_PLACES)}\n\nAbout the role\n"
            f"- {d[0]}\n- {d[1]}\n\nDetails\n{x}\n\n"
            f"Pay: {pick(r, EN_PAY)}\nBenefits: {', '.join(pick(r, EN_BEN, 2))}\n{pick(r, EN_CONTACT)}")


def en_linkedin(r, t, x):
    return (f"We're hiring! {en_co(r)} is looking for a {t} to join the team at "
            f"{pick(r, EN_PLACES)}.\n\n{x}\n\n{pick(r, EN_PAY)}. {pick(r, EN_BEN)}.\n"
            f"DM me or {pick(r, EN_CONTACT).lower()} " + pick(r, ["#hiring", "#hiring #jobs", "#nowhiring #ruraljobs", "#hiring #logistics"]))


def en_email(r, t, x):
    return (f"Subject: {t} opportunity - {pick(r, EN_PLACES)}\n\nHi,\n\nI'm recruiting for a {t} "
            f"on behalf of {en_co(r)}. A few details:\n{x}\n"
            f"Rate: {pick(r, EN_PAY)}\n\nLet me know if this is of interest.\n\nBest regards,\n"
            f"Recruitment Team, Summit Labour Solutions")


def en_overseas(r, t, x):
    return (f"OVERSEAS EMPLOYMENT PROGRAMME - {t.upper()}\nLicensed recruitment agency, "
            f"no placement fee.\nDestination: {pick(r, ['Canada', 'New Zealand', 'Qatar', 'Poland', 'Australia', 'Japan'])}\n"
            f"Contract: {pick(r, ['12', '24', '6', '36'])} months\n{x}\n"
            f"Salary: {pick(r, EN_PAY)}\n{pick(r, EN_BEN)}. {pick(r, EN_CONTACT)}")


def en_form(r, t, x):
    return (f"Position: {t}\n{x}\nExperience: 1 year minimum\nPay: {pick(r, EN_PAY)}\n"
            f"Employer: {en_co(r)}\n{pick(r, EN_CONTACT)}")


def en_oneliner(r, t, x):
    return f"{x} {pick(r, EN_CONTACT)}"


def en_list(r, t, x):
    return (f"{en_co(r)} - {t}\n\n{x}\n\nAll positions at {pick(r, EN_PLACES)}. "
            f"{pick(r, EN_PAY)}. {pick(r, EN_CONTACT)}")


EN_GENERAL = [en_jd, en_linkedin, en_email, en_jd]
EN_STYLES = {"form": en_form, "oneliner": en_oneliner, "list": en_list, "overseas": en_overseas,
             "email": en_email, "broker": en_jd}

ZH_STYLES = {"form": zh_form, "oneliner": zh_oneliner, "wechat": zh_wechat, "poster": zh_poster,
             "live": zh_live, "broadcast": zh_broadcast, "broker": zh_broker, "list": zh_list,
             "fair": zh_fair}


def load_items():
    out = []
    for fn in ITEM_FILES:
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(HERE, fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for it in mod.ITEMS:
            out.append((mod.LANG, fn) + tuple(it))
    return out


def render(r, lang, style, title, text):
    HINT[0] = title + " " + text
    if lang == "zh":
        fn = ZH_STYLES.get(style) if style else None
        fn = fn or pick(r, ZH_GENERAL)
    elif lang == "zh-Hant":
        fn = HANT_STYLES.get(style) if style else None
        canto = any(w in text for w in CANTONESE)
        fn = fn or pick(r, HANT_CANTO if canto else HANT_GENERAL)
    else:
        fn = EN_STYLES.get(style) if style else None
        fn = fn or pick(r, EN_GENERAL)
    return fn.__name__, fn(r, title, text)


def main():
    items = load_items()
    texts = [it[6] for it in items]
    assert len(texts) == len(set(texts)), "an item is used twice"
    r = random.Random(SEED)
    order = list(range(len(items)))
    r.shuffle(order)
    lines = []
    for n, idx in enumerate(order, 1):
        lang, fn, kind, codes, cat, title, text, style = items[idx]
        tname, body = render(r, lang, style, title, text)
        assert text in body, (fn, text)
        labels = [LABEL_CODES[c] for c in codes]
        labels = [l for l in LABEL_ORDER if l in labels]
        if kind == "V":
            assert labels
        elif kind == "D":
            assert labels == ["GENDER"] and cat == "exemption_decoy"
        else:
            assert labels == []
        rec = {"id": f"{PREFIX}-{n:04d}", "lang": lang, "text": body, "labels": labels,
               "category": cat, "source": f"hand-written, author 15, {fn}, template {tname}"}
        if kind == "E":
            rec["exemption"] = True
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} posts to {OUT}")


if __name__ == "__main__":
    main()
