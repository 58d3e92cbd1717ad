"""Deterministic builder for dev20.jsonl (author 20). Standard library only.
Every item in items*.py is hand-written and used in exactly one post."""
import hashlib, json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import items_a, items_b, items_c, items_d

SEED = 20261220
PREFIX = "s20d"
LAB = {"": [], "G": ["GENDER"], "M": ["MARRIAGE_CHILDBEARING"], "P": ["PREGNANCY_TEST"],
       "GM": ["GENDER", "MARRIAGE_CHILDBEARING"], "GP": ["GENDER", "PREGNANCY_TEST"],
       "MP": ["MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"],
       "GMP": ["GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"], "X": [], "D": ["GENDER"]}

ZH_CO = ["安心家政服务有限公司", "暖阳养老院", "橙子电商（淘宝店）", "星耀MCN传媒", "丽颜美容会所", "君悦大酒店",
         "优品百货导购部", "鑫达商贸有限公司", "好孕月子会所", "拼拼优选旗舰店", "福寿康护理站", "云帆文化传播"]
ZH_PAY = ["薪资：4500-6500元/月，五险一金", "底薪3000+提成，月均6000以上", "综合月薪5000-8000，包吃住",
          "时薪22元，每周结算", "8K-12K，年终奖1-3个月", "月薪4000-5500，单休，节日福利"]
ZH_DUTY = ["负责日常接待与登记", "处理客户咨询、售后及订单跟进", "按流程完成岗位工作，配合主管安排",
           "协助店长完成销售目标", "负责老人日常照护及记录", "负责直播间运营与脚本"]
HANT_CO = ["恒信物業管理有限公司", "美好家居服務", "晶華酒店", "樂活美容中心", "安康護老院", "小資電商"]
HANT_PAY = ["月薪 HK$16,000-19,000", "時薪NT$190，月休8天", "薪資面議，享勞健保", "底薪$15,000＋佣金"]
EN_CO = ["BrightHome Agency", "Harbour Grand Hotel", "NovaLive MCN", "ClearSkin Aesthetics", "ShopWave Ltd", "CarePlus Homes"]
EN_PAY = ["Salary: RMB 8,000-12,000/month", "Pay: HK$18k-22k + bonus", "Competitive package, 13th month pay",
          "USD 1,200/month, remote friendly"]

def zh(r, it):
    t = r.randrange(5)
    co, pay, duty = r.choice(ZH_CO), r.choice(ZH_PAY), r.choice(ZH_DUTY)
    if t == 0:
        return f"【{co}】招聘启事\n一、岗位职责\n1. {duty}\n2. {it}\n二、薪资福利\n{pay}\n联系电话：138****{r.randrange(1000,9999)}"
    if t == 1:
        return f"{co}诚聘\n任职要求：\n{it}\n工作地点：市区，就近安排\n{pay}"
    if t == 2:
        return f"朋友圈招聘📢 {co}\n{it}\n{pay}，有意私聊～"
    if t == 3:
        return f"直播带岗口播：家人们看过来，{co}今天上岗位了！{it} {pay}，点击下方小黄车投递！"
    return f"{it}"

def hant(r, it):
    t = r.randrange(3)
    co, pay = r.choice(HANT_CO), r.choice(HANT_PAY)
    if t == 0:
        return f"{co} 誠聘\n工作內容：依主管安排\n應徵條件：\n{it}\n待遇：{pay}\n有意者請WhatsApp聯絡"
    if t == 1:
        return f"【{co}】職缺\n{it}\n{pay}"
    return it

def en(r, it):
    t = r.randrange(4)
    co, pay = r.choice(EN_CO), r.choice(EN_PAY)
    if t == 0:
        return f"{co} is hiring!\nAbout the role\n{it}\n{pay}\nApply via the link."
    if t == 1:
        return f"Hi there,\nI'm recruiting on behalf of {co}. {it}\n{pay}. Let me know if you're interested.\nBest, Recruiter"
    if t == 2:
        return f"Job Description - {co}\nResponsibilities: as assigned by the team lead.\nRequirements:\n{it}\n{pay}"
    return it

def main():
    r = random.Random(SEED)
    items = items_a.ITEMS + items_b.ITEMS + items_c.ITEMS + items_d.ITEMS
    texts = [x[3] for x in items]
    assert len(texts) == len(set(texts)), "duplicate item"
    order = list(range(len(items)))
    r.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        lang, lab, cat, it = items[i]
        body = {"zh": zh, "zh-Hant": hant, "en": en}[lang](r, it)
        assert it in body
        d = {"id": f"{PREFIX}-{n:04d}", "lang": lang, "text": body, "labels": LAB[lab],
             "category": "exemption_decoy" if lab == "D" else cat, "source": "hand-written, author 20, build.py template"}
        if lab == "X":
            d["exemption"] = True
        out.append(json.dumps(d, ensure_ascii=False))
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev20.jsonl")
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), hashlib.sha256(open(p, "rb").read()).hexdigest())

if __name__ == "__main__":
    main()
