#!/usr/bin/python3
"""Deterministic builder for heldout10.jsonl (author: blind corpus author, PRD labour-agency voice).
Standard library only. Re-running reproduces the file byte for byte."""
import json, random, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from items_zh import ITEMS as A
from items_zh2 import ITEMS as B
from items_hant_en import ITEMS as C
from items_special import ITEMS as D

LAB = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}
rng = random.Random(20261127)

ZH_CO = ["东莞市长安镇鑫达五金制品厂", "佛山市顺德区美的配套电器厂", "中山市小榄镇灯饰有限公司", "东莞塘厦宏发电子",
         "佛山南海区盈丰纺织", "中山古镇华彩照明", "东莞虎门服装城某档口", "广州番禺某珠宝加工厂", "深圳龙华某人力资源公司",
         "东莞大朗毛织厂", "佛山禅城某物流园", "中山火炬开发区某电子厂", "惠州仲恺某电池厂", "东莞凤岗某塑胶厂",
         "佛山三水某食品厂", "江门蓬江某摩托配件厂", "珠海斗门某包装厂", "东莞清溪某手机配件厂"]
ZH_PAY = ["综合工资5500-7500", "底薪2300+加班，月均6000+", "时薪20元，日结", "计件，熟手8000+", "月薪4500-6500，做六休一",
          "小时工22元/h，满7天返费800", "保底5000，多劳多得", "试用期4200，转正5000+提成"]
ZH_ADDR = ["东莞长安镇乌沙", "佛山顺德北滘", "中山小榄镇", "东莞塘厦林村", "佛山南海狮山", "中山古镇曹一", "东莞虎门大宁", "惠州陈江"]
ZH_CT = ["张生", "李小姐（劳务）", "陈经理", "阿强", "黄主管", "刘sir", "小周", "梁姐"]
ZH_PHONE = ["138****2716", "135****0938", "189****5521", "137****8802", "159****3307", "186****6619"]

def zh_body(item):
    co, pay, addr, ct, ph = rng.choice(ZH_CO), rng.choice(ZH_PAY), rng.choice(ZH_ADDR), rng.choice(ZH_CT), rng.choice(ZH_PHONE)
    t = rng.randrange(9)
    if t == 0:
        return (f"【{co}】急招！\n📍地址：{addr}\n💰{pay}\n{item}\n✅包吃包住，空调宿舍4-6人间\n✅入职即买社保\n"
                f"📞{ct} {ph}（微信同号）", "wechat_group")
    if t == 1:
        return (f"{co}招聘启事\n一、岗位职责\n1. 按作业指导书完成本岗位工作；\n2. 做好5S及交接班记录。\n二、任职要求\n{item}\n"
                f"三、薪资福利\n{pay}；五险一金，节日福利，年底双薪。\n四、工作地点：{addr}\n联系人：{ct} {ph}", "zhaopin_qishi")
    if t == 2:
        return (f"58同城｜{co}\n薪资：{pay}\n地址：{addr}\n职位描述：\n{item}\n福利：包住、包工作餐、交通补助、全勤奖\n"
                f"（本信息由招聘方发布，请求职者注意甄别）", "58tongcheng")
    if t == 3:
        return (f"📢劳务派遣 长期+短期\n厂名：{co}\n工价：{pay}\n{item}\n🏠住宿：厂宿舍免费，水电平摊\n🍚伙食：厂内饭堂\n"
                f"💡带身份证原件+1寸照2张，直接面试\n报名：{ct} {ph}", "agency_sheet")
    if t == 4:
        return (f"家人们看过来～今天直播间给大家带的岗位是{co}的，{pay}，{item}，上班地点在{addr}，"
                f"想报名的点左下角小黄车，留个电话，我们{ct}会联系你哈！", "zhibo_daigang")
    if t == 5:
        return (f"赶集网｜{co}\n工作内容及要求：\n{item}\n工作时间：8:00-12:00，13:30-17:30，加班另计\n薪资：{pay}\n"
                f"面试地点：{addr}人才市场2楼{rng.randint(1,40)}号台", "ganji")
    if t == 6:
        return (f"朋友圈｜{ct}：今日岗位🔥\n{co}\n{item}\n{pay}\n要的私聊，名额有限先到先得💪", "pengyouquan")
    if t == 7:
        return (f"{co} 岗位信息登记表\n用工单位：{co}\n工作地点：{addr}\n{item}\n薪酬：{pay}\n是否提供食宿：是\n"
                f"登记人：{ct}", "field_form")
    return (f"招工贴（厂门口）\n{co}\n{item}\n{pay}\n有意者到门卫室登记 {ph}", "shop_poster")

HANT_CO = ["觀塘某物流公司", "旺角茶餐廳", "荃灣製衣廠", "銅鑼灣美容中心", "沙田連鎖超市", "葵涌貨倉", "尖沙咀酒店",
           "新蒲崗印刷廠", "台北市某科技公司", "台中某精密機械", "澳門氹仔某酒店"]
def hant_body(item):
    co = rng.choice(HANT_CO); t = rng.randrange(5)
    pay = rng.choice(["月薪$16,000-$19,000", "時薪$62", "日薪$720", "月薪NT$32,000起", "人工面議"])
    if t == 0:
        return (f"JobsDB｜{co}\nResponsibilities / 工作內容：\n- 處理日常工作\n- 配合主管安排\n要求：\n{item}\n"
                f"待遇：{pay}，有勤工獎、醫療保險、年假12天\n有意者請WhatsApp 9xxx 6612", "jobsdb")
    if t == 1:
        return (f"請人\n{co}\n{item}\n{pay}\n有意請入內詢問 / 致電 2xxx 3318", "shop_window")
    if t == 2:
        return (f"分類廣告｜{co}誠聘\n{item}\n{pay} 五天工作\n履歷寄：香港郵政信箱 8xx 號", "newspaper_classified")
    if t == 3:
        return (f"104人力銀行｜{co}\n【工作內容】依主管指派執行業務\n【條件要求】\n{item}\n【薪資】{pay}\n"
                f"【福利】勞健保、三節獎金、員工旅遊", "104_tw")
    return (f"🔥急請🔥 {co}\n{item}\n{pay}，即日上班\nWhatsApp/Signal：6xxx 2208", "whatsapp_hk")

EN_CO = ["a Kwun Tong logistics firm", "a Macau integrated resort", "Harbourview Hotel Group", "Pacific Trading Ltd",
         "a Central law firm", "a Tsim Sha Tsui retail chain", "a Cotai casino operator", "an Admiralty family office",
         "Kowloon Bay Facility Services", "a Sheung Wan fintech startup", "Lotus Garments (HK) Ltd"]
def en_body(item):
    co = rng.choice(EN_CO); t = rng.randrange(5)
    pay = rng.choice(["HK$18,000-22,000/month", "MOP 16,000 + tips", "HK$65/hour", "Attractive package + 13th month",
                      "HK$30k-38k, discretionary bonus"])
    if t == 0:
        return (f"Job Description - {co}\nResponsibilities:\n- Support daily operations\n- Liaise with internal teams\n"
                f"Requirements:\n{item}\nWhat we offer: {pay}, 5-day week, medical, 14 days annual leave.\n"
                f"Interested parties please send full resume with expected salary.", "en_jd")
    if t == 1:
        return (f"Hi there,\n\nI'm reaching out from our agency on behalf of {co}. {item}\n\nPackage: {pay}. "
                f"If you're keen, reply with your CV and I'll set up a call.\n\nBest regards,\nWinnie Lau\nSenior Consultant",
                "agency_email")
    if t == 2:
        return (f"We're hiring! 🚀 {co} is growing.\n{item}\n{pay}. DM me or apply via the link. #hiring #hongkong",
                "linkedin")
    if t == 3:
        return (f"CLASSIFIEDS - {co}\n{item}\n{pay}. Apply in writing to PO Box 3xx, GPO Hong Kong.", "classified_en")
    return (f"JobsDB | {co}\nAbout the role\n{item}\nBenefits: {pay}, MPF, staff meals.\n"
            f"All information will be kept strictly confidential.", "jobsdb_en")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = list(A) + list(B) + list(C) + list(D)
    seen = set()
    for it in items:
        assert it[3] not in seen, ("duplicate item", it[3]); seen.add(it[3])
    order = list(range(len(items))); rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        lang, lab, cat, text = items[i][:4]
        if lang == "zh":
            body, src = zh_body(text)
        elif lang == "zh-Hant":
            body, src = hant_body(text)
        else:
            body, src = en_body(text)
        if len(items[i]) == 5:  # item is already a full ad / one-liner; 5th field = source
            body, src = text, items[i][4]
        assert text in body
        rec = {"id": f"h10-{n:04d}", "lang": "en" if lang == "mixed-en" else ("zh" if lang == "mixed-zh" else lang),
               "text": body, "labels": [LAB[c] for c in lab if c in LAB], "category": cat, "source": src}
        if "X" in lab:
            rec["labels"] = []; rec["exemption"] = True
        out.append(json.dumps(rec, ensure_ascii=False))
    path = os.path.join(here, "heldout10.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), hashlib.sha256(open(path, "rb").read()).hexdigest())

if __name__ == "__main__":
    main()
