# -*- coding: utf-8 -*-
"""Deterministic generator for dev16.jsonl (author 16). Standard library only.
Run: python3 build.py   (re-running reproduces dev16.jsonl byte for byte)."""
import hashlib, json, os, random

from items_hant import HANT
from items_zh import ZH
from items_en import EN
from items_extra import EXTRA_ZH, EXTRA_EN, EXTRA_HANT

SEED = 20261216
PREFIX = "s16d"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev16.jsonl")

SUBS = {"{ZW}": "\u200b", "{ZJ}": "\u200d", "{SHY}": "\u00ad"}
CODE = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}


def parse(block, lang):
    out = []
    for line in block.strip().splitlines():
        code, cat, text = line.split("|", 2)
        for k, v in SUBS.items():
            text = text.replace(k, v)
        it = {"lang": lang, "text": text, "category": cat, "labels": [], "exemption": False}
        if code == "X":
            it["exemption"] = True
        elif code == "D":
            it["labels"] = ["GENDER"]
        elif code != "-":
            it["labels"] = [CODE[c] for c in code]
        out.append(it)
    return out


ITEMS = (parse(HANT, "zh-Hant") + parse(EXTRA_HANT, "zh-Hant") + parse(ZH, "zh")
         + parse(EXTRA_ZH, "zh") + parse(EN, "en") + parse(EXTRA_EN, "en"))

# ---------------- fillers (neutral: no gender / marriage / pregnancy words) ----------------
HK_CO = ["新昌物流有限公司", "恒泰餐飲集團", "嘉運貿易公司", "德輔道中某上市公司", "利豐倉儲", "美聯地產代理",
         "灣仔茶餐廳", "觀塘科技有限公司", "葵涌貨運中心", "尖沙咀零售連鎖店", "將軍澳屋苑管理處", "荃灣工程公司"]
TW_CO = ["大億科技股份有限公司", "永豐餐飲事業", "新竹精密工業", "台中物流股份有限公司", "高雄海運公司",
         "桃園電子廠", "台北連鎖藥局", "宏達百貨", "全家福生活事業", "台南觀光飯店"]
MO_CO = ["路氹綜合度假村", "澳門半島酒店集團", "金光大道娛樂場", "氹仔餐飲管理公司", "澳門博彩股份有限公司"]
ZH_CO = ["深圳市华信科技有限公司", "广州白云物流", "东莞宏达电子厂", "杭州云上电商", "成都川味餐饮管理有限公司",
         "佛山顺德家具厂", "武汉光谷软件园某公司", "苏州工业园区精密制造", "郑州航空港物流园", "肇庆市某食品厂"]
EN_CO = ["Harbourfront Trading Ltd", "Pacific Crest Logistics", "Victoria Peak Hospitality Group",
         "Kowloon Bay Tech Solutions", "Cotai Grand Resort", "Lantau Freight Services", "Central Partners & Co",
         "Wan Chai Retail Holdings", "Tsuen Wan Engineering Ltd", "Admiralty Capital Advisors"]
HK_TITLE = ["文員", "倉務助理", "樓面", "售貨員", "客戶服務主任", "行政助理", "會計文員", "物業管理員", "司機", "廚房助理"]
TW_TITLE = ["門市人員", "行政助理", "倉管人員", "業務專員", "作業員", "客服人員", "會計助理", "餐廳外場"]
MO_TITLE = ["賓客服務員", "餐飲服務員", "荷官", "禮賓員", "房務員", "收銀員"]
ZH_TITLE = ["行政专员", "仓库管理员", "客服专员", "销售代表", "普工", "门店店员", "文员", "物流专员", "运营助理"]
EN_TITLE = ["Administrative Assistant", "Sales Executive", "Customer Service Officer", "Account Clerk",
            "Operations Coordinator", "Guest Service Agent", "Logistics Officer", "Marketing Executive"]
HK_PAY = ["月薪$16,000-$19,000", "時薪$70", "月薪HK$18,000起，另有佣金", "日薪$650", "薪金面議", "$20K-$24K"]
TW_PAY = ["月薪 32,000~38,000元", "時薪 190元", "月薪 30,000元以上", "面議（經常性薪資達4萬元或以上）"]
MO_PAY = ["月薪MOP 17,000-20,000", "月薪MOP 15,500，另設小費", "月薪MOP 22,000起"]
ZH_PAY = ["月薪5000-7000元", "6-8K·13薪", "底薪4500+提成", "综合薪资8000-12000元", "日结180元"]
EN_PAY = ["HK$18,000-22,000 per month", "HK$25K-30K + bonus", "MOP 20,000/month", "Competitive package",
          "HK$75/hour"]
HK_AREA = ["觀塘", "葵涌", "旺角", "灣仔", "沙田", "屯門", "上環", "長沙灣"]
TW_AREA = ["台北市中山區", "新北市三重區", "桃園市龜山區", "台中市西屯區", "高雄市前鎮區"]
ZH_AREA = ["深圳南山", "广州天河", "东莞长安", "杭州余杭", "成都高新区", "肇庆端州"]
EN_AREA = ["Kwun Tong", "Kwai Chung", "Central", "Cotai, Macau", "Tsim Sha Tsui", "Sha Tin"]

OWN_TITLE = {"gender_bracket", "gender_listing", "exemption", "exemption_decoy", "gender_role"}

# ---------------- templates ----------------
# {item} = the hand-written item; the others are fillers.
HANT_T = [
    ("hk_jobsdb", "{co}\n誠聘 {title}\n\n工作內容：\n• 處理日常文件及單據\n• 協助主管安排工作\n\n要求：\n• 中五或以上程度\n• {item}\n• 懂中英文電腦\n\n待遇：{pay}，五天工作，有勞保及強積金\n工作地點：{area}\n有意者請按「立即申請」或將履歷電郵至本公司。"),
    ("hk_ctgoodjobs", "【{title}】{co}\n地點：{area}　薪酬：{pay}\n\nJob Requirements\n- 1年或以上相關經驗\n- {item}\n- 能即時上班者優先\n\n福利：醫療保險、年終花紅、有薪年假\n*所有資料只作招聘用途*"),
    ("hk_newspaper", "急聘 {co}（{area}）　{item}　{pay}　請電 2{n3} {n4b}"),
    ("hk_street", "本店急請\n{title}\n{item}\n{pay}\n有意者入內面談"),
    ("hk_whatsapp", "各位朋友幫手轉發🙏\n{co}而家請人：{title}\n{item}\n人工：{pay}\n返工地點：{area}\n有興趣WhatsApp 9{n3} {n4b}"),
    ("tw_104", "{tco}｜{ttitle}\n\n工作內容：\n1. 門市接待與商品銷售\n2. 協助庫存盤點與進貨\n3. 主管交辦事項\n\n條件要求：\n・學歷：高中職以上\n・工作經驗：不拘\n・{item}\n\n福利制度：\n・勞健保、勞退提撥6%\n・三節獎金、員工旅遊\n\n薪資：{tpay}\n上班地點：{tarea}"),
    ("tw_1111", "【{tco}】徵 {ttitle}\n工作待遇：{tpay}\n上班時段：日班 08:30~17:30\n需求條件：{item}\n聯絡方式：請透過1111人力銀行投遞履歷"),
    ("tw_518", "{ttitle}（{tarea}）\n公司：{tco}\n■ 工作說明：依主管指示完成作業，需配合輪班\n■ 其他條件：{item}\n■ 薪資待遇：{tpay}\n■ 應徵方式：518熊班線上應徵"),
    ("macau_casino", "{mco}\n招聘 {mtitle}\n\n職責：\n- 為賓客提供優質服務\n- 遵守公司及博彩監察協調局規定\n\n入職要求：\n- 澳門居民身份證\n- {item}\n- 能操流利粵語、普通話\n\n待遇：{mpay}，提供膳食及穿梭巴士\n請親臨人力資源部或網上申請。"),
    ("macau_hotel", "【{mco}】人才招募\n職位：{mtitle}\n要求：{item}\n待遇：{mpay}；有年假、醫療福利\n申請方法：請將履歷寄至人力資源部"),
]
ZH_T = [
    ("zh_qishi", "{zco}招聘启事\n\n岗位：{ztitle}\n工作地点：{zarea}\n\n岗位职责：\n1. 负责日常业务对接与资料整理\n2. 完成上级交办的其他工作\n\n任职要求：\n1. 大专及以上学历\n2. {item}\n3. 有责任心，服从安排\n\n薪资福利：{zpay}，五险一金，节日福利\n联系电话：0755-{n4}{n4b}"),
    ("zh_wechat", "【急招】{zco} {ztitle}\n📍{zarea}\n💰{zpay}\n✅{item}\n有意私聊，转发有效👍"),
    ("zh_live", "家人们看过来！今天给大家带来{zco}的{ztitle}岗位，{zpay}，地点在{zarea}，{item}，想报名的点左下角小黄车投递！"),
    ("zh_poster", "招 工\n{ztitle}若干名\n{item}\n待遇：{zpay}\n电话：15{n3}{n4b}"),
    ("zh_agency", "劳务派遣岗位表\n用工单位：{zco}\n岗位：{ztitle}\n人数：10人\n条件：{item}\n薪资：{zpay}\n面试：每周一至周五上午"),
    ("zh_platform", "{ztitle} · {zpay}\n{zco} | {zarea} | 经验不限 | 学历不限\n\n职位描述\n{item}\n工作时间：做六休一\n上班地址：{zarea}"),
]
EN_T = [
    ("en_hk_jd", "{eco} is hiring: {etitle}\n\nResponsibilities\n- Handle daily operations and reporting\n- Liaise with internal teams and clients\n\nRequirements\n- Diploma or above\n- {item}\n- Good command of English and Cantonese\n\nWe offer {epay}, 5-day work week, medical insurance and MPF.\nLocation: {earea}. Apply with full CV and expected salary."),
    ("en_linkedin", "We're hiring! 🚀 {etitle} at {eco} ({earea}).\n{item}\nPackage: {epay}. DM me or apply via the link. #hiring #hongkongjobs"),
    ("en_email", "Subject: Opportunity - {etitle}, {earea}\n\nHi,\n\nI am recruiting for my client, {eco}. Key points:\n* {item}\n* Salary: {epay}\n* Immediate start preferred\n\nLet me know if you are interested.\n\nBest regards,\nRecruitment Consultant"),
    ("en_classified", "{eco} - {etitle} - {item} - {epay} - call 2{n3} {n4b}"),
    ("en_macau_resort", "{eco}\nPosition: {etitle}\n\nWhat you will do\n- Deliver excellent guest experiences\n- Follow resort service standards\n\nWhat we look for\n- {item}\n- Macau ID holder\n\nBenefits: {epay}, duty meals, shuttle bus, annual leave."),
]

# heavy-industry frames for exemption items and decoys (the item names the restricted job itself)
HEAVY_T = {
    "zh-Hant": [
        ("hk_heavy", "{hvh}\n\n現招聘：\n{item}\n\n要求：身體健康，能配合輪班\n待遇：日薪$900起，有勞保\n請電 2{n3} {n4b}"),
        ("tw_heavy", "{hvh}\n\n職缺：\n{item}\n\n條件：需通過一般體格檢查，具相關經驗佳\n福利：勞健保、伙食津貼、危險津貼\n薪資：月薪 45,000元起"),
    ],
    "zh": [
        ("zh_heavy", "{hvz}\n\n招聘岗位：\n{item}\n\n要求：身体健康，吃苦耐劳\n待遇：月薪7000-10000元，包吃住，缴纳社保\n报名电话：13{n3}{n4b}"),
    ],
    "en": [
        ("en_heavy", "{hve}\n\nVacancy:\n{item}\n\nRequirements: good health, able to work shifts\nPackage: {epay}, site allowance, insurance\nApply: call 2{n3} {n4b}"),
    ],
}
HV_HANT = ["本集團為大型建材及礦業企業，業務遍及港澳台。", "本公司經營石礦及水泥製品，廠房位於屯門。",
           "本廠為中南部最大鋼鐵製品廠之一，設有煉鋼及軋鋼產線。", "我們是一家擁有四十年歷史的重型物流及貨運公司。"]
HV_ZH = ["本公司为省属大型煤炭集团下属单位，年产原煤300万吨。", "我厂为大型水泥及建材生产企业，交通便利。",
         "本企业主营钢铁冶炼及铸造，现因扩产招聘。", "我司为港口装卸及仓储综合服务企业。"]
HV_EN = ["We are a leading mining and construction-materials group operating across Asia.",
         "Our company runs quarries, a cement plant and a heavy-haulage fleet.",
         "A major steel producer with mills in Guangdong and Hong Kong."]


def render(rng, tpl, it):
    own = it["category"] in OWN_TITLE
    f = {
        "co": rng.choice(HK_CO), "title": "" if own else rng.choice(HK_TITLE),
        "pay": rng.choice(HK_PAY), "area": rng.choice(HK_AREA),
        "tco": rng.choice(TW_CO), "ttitle": "" if own else rng.choice(TW_TITLE),
        "tpay": rng.choice(TW_PAY), "tarea": rng.choice(TW_AREA),
        "mco": rng.choice(MO_CO), "mtitle": "" if own else rng.choice(MO_TITLE), "mpay": rng.choice(MO_PAY),
        "zco": rng.choice(ZH_CO), "ztitle": "" if own else rng.choice(ZH_TITLE), "zpay": rng.choice(ZH_PAY),
        "zarea": rng.choice(ZH_AREA), "eco": rng.choice(EN_CO), "etitle": "" if own else rng.choice(EN_TITLE),
        "epay": rng.choice(EN_PAY), "earea": rng.choice(EN_AREA),
        "n3": "%03d" % rng.randrange(1000), "n4": "%04d" % rng.randrange(10000), "n4b": "%04d" % rng.randrange(10000),
        "hvh": rng.choice(HV_HANT), "hvz": rng.choice(HV_ZH), "hve": rng.choice(HV_EN),
        "item": it["text"],
    }
    text = tpl.format(**f)
    # tidy empty title slots
    for junk in ("誠聘 \n", "【】", "招聘 \n", "职位：\n", "岗位：\n", "Position: \n", "本店急請\n\n"):
        text = text.replace(junk, {"本店急請\n\n": "本店急請\n"}.get(junk, ""))
    text = text.replace("職位：\n", "").replace("，\n", "\n")
    return text


def main():
    rng = random.Random(SEED)
    items = list(ITEMS)
    rng.shuffle(items)
    seen = set()
    posts = []
    for it in items:
        assert it["text"] not in seen, it["text"]
        seen.add(it["text"])
        pool = {"zh-Hant": HANT_T, "zh": ZH_T, "en": EN_T}[it["lang"]]
        if it["exemption"] or it["category"] == "exemption_decoy":
            pool = HEAVY_T[it["lang"]]
        src, tpl = rng.choice(pool)
        text = render(rng, tpl, it)
        assert it["text"] in text, (src, it["text"])
        posts.append((src, it, text))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for i, (src, it, text) in enumerate(posts, 1):
            rec = {"id": "%s-%04d" % (PREFIX, i), "lang": it["lang"], "text": text,
                   "labels": it["labels"], "category": it["category"], "source": src}
            if it["exemption"]:
                rec["exemption"] = True
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(posts), hashlib.sha256(open(OUT, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
