#!/usr/bin/python3
"""Deterministic builder for corpus dev26 (author: blind helper, round 8). stdlib only."""
import json, random, hashlib, os
HERE = os.path.dirname(os.path.abspath(__file__))
import sys; sys.path.insert(0, HERE)
import items_zh, items_hant, items_en

LAB = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

ZH_ORG = ["XX市第三人民医院", "XX区妇幼保健院", "XX街道办事处", "XX社区卫生服务中心", "XX市第二实验小学",
          "XX县人民医院", "XX市城投集团有限公司", "XX交通建设集团", "XX区政务服务中心", "XX市供水有限公司",
          "XX职业技术学院", "XX镇人民政府", "XX区城市管理局", "XX市中心血站", "XX区市场监督管理局",
          "XX国有资产经营有限公司", "XX市图书馆", "XX区退役军人服务站", "XX物业服务有限公司", "XX商贸有限公司"]
ZH_TITLE = ["综合窗口受理员", "护理员", "收费员", "网格员", "办公室文员", "保洁员", "档案管理员", "后勤保障员",
            "会计", "出纳", "驾驶员", "保安员", "食堂帮厨", "行政助理", "客服专员", "导诊员", "资料员", "信息录入员"]
HANT_ORG = ["臺北市XX區公所", "新北市XX國民小學", "XX醫院", "XX物業管理有限公司", "XX清潔服務有限公司",
            "高雄市XX衛生所", "XX社會福利基金會", "香港XX保安服務有限公司", "XX工程有限公司", "XX餐飲集團"]
HANT_TITLE = ["約聘行政助理", "臨時人員", "清潔員", "保安員", "文書處理員", "櫃檯接待", "技術員", "會計助理", "倉務員"]
EN_ORG = ["Riverside International School", "Harbour Health Trust", "Green Lanes Community NGO",
          "Northgate City Council", "Pacific Relief Foundation", "Eastbridge Public Library",
          "Metro Transit Authority", "Lakeview Academy", "Civic Facilities Services Ltd", "Hope Children's Fund"]
EN_TITLE = ["Administrative Officer", "Teaching Assistant", "Programme Coordinator", "Receptionist",
            "Finance Assistant", "Facilities Technician", "Driver", "Outreach Worker", "Office Manager", "IT Support Officer"]

def zh_templates(r, it):
    org, title = r.choice(ZH_ORG), r.choice(ZH_TITLE)
    n = r.randint(1, 6); pay = r.choice(["3500-4500元/月", "4000元/月起", "年薪5-7万", "面议", "2800元/月+绩效"])
    date = "2026年%d月%d日" % (r.randint(1, 12), r.randint(1, 28)); phone = "0%d-%d" % (r.randint(10, 999), r.randint(1000000, 8999999))
    T = [
f"""{org}2026年公开招聘编外合同制工作人员公告
根据工作需要，经研究决定，面向社会公开招聘编外合同制工作人员{n}名，现将有关事项公告如下：
一、招聘岗位
岗位代码 | 岗位名称 | 人数 | 学历要求 | 备注
01 | {title} | {n} | 大专及以上 | 劳务派遣
二、报名条件
1.拥护中国共产党的领导，遵纪守法，品行端正；
2.{it}
3.具有正常履行岗位职责的身体条件。
三、报名方式
报名时间：{date}起，现场报名，需携带身份证、学历证书原件及复印件。
四、体检与政审
体检参照公务员录用体检通用标准执行，体检合格者进行政审。
五、薪酬待遇
{pay}，依法缴纳五险一金。
咨询电话：{phone}""",
f"""【{org}·招聘】
岗位：{title}（{n}名）
岗位职责：
1. 负责日常业务办理及台账登记；
2. 完成领导交办的其他工作。
任职要求：
- 大专及以上学历，熟练使用办公软件；
- {it}
薪资福利：{pay}，双休，法定节假日。
有意者请将简历发送至单位邮箱，或电话{phone}联系人事科。""",
f"""{org}劳务派遣人员招聘简章
（一）招聘岗位及人数：{title}{n}名
（二）报名条件
{it}
（三）招聘程序：报名—资格审查—笔试—面试—体检—考察—公示—签订劳动合同。
（四）待遇：{pay}，试用期三个月。
报名截止：{date}。联系电话：{phone}""",
f"""{org}招聘{title}{n}名，{it} 待遇{pay}，有意请致电{phone}。""",
f"""📢{org}招人啦！
📍岗位：{title}
💰薪资：{pay}
✅{it}
📞报名电话：{phone}（工作日9:00-17:00）
欢迎转发扩散～""",
f"""{org}社区招聘公告
因工作需要，现招聘{title}{n}名。
报名条件及说明：
（1）本区户籍或常住居民优先；
（2）{it}
（3）有社区工作经验者优先。
报名地点：社区党群服务中心一楼。报名时间：{date}前。
联系电话：{phone}""",
f"""【直播带岗口播稿】家人们看过来，{org}今天带来的岗位是{title}，一共{n}个名额，{pay}。{it} 点击下方小黄车投递简历，主播帮大家盯着。""",
f"""{org}
招聘岗位：{title}
招聘人数：{n}
工作地点：本单位
岗位要求：{it}
工资待遇：{pay}
报名截止：{date}
联系电话：{phone}""",
    ]
    return r.choice(T), org

def hant_templates(r, it):
    org, title = r.choice(HANT_ORG), r.choice(HANT_TITLE)
    pay = r.choice(["月薪新臺幣32,000元", "時薪NT$190", "月薪HK$16,500", "日薪HK$680", "依本所約聘人員薪資標準"])
    phone = r.choice(["(02)%d-%04d" % (r.randint(2000, 2999), r.randint(0, 9999)), "%d %04d" % (r.randint(2000, 3999), r.randint(0, 9999))])
    T = [
f"""{org}徵求{title}公告
一、職稱：{title}，名額1名。
二、工作內容：協助業務辦理、文書處理及臨時交辦事項。
三、資格條件：
（一）具中華民國國籍，高中（職）以上畢業。
（二）{it}
四、待遇：{pay}，勞健保依規定辦理。
五、報名方式：請備履歷表、畢業證書影本寄送本所人事室。
聯絡電話：{phone}""",
f"""【招聘】{org}
職位：{title}
職責：日常支援工作，配合主管安排。
要求：
• {it}
• 懂基本電腦操作。
待遇：{pay}，有意者請致電{phone}或WhatsApp聯絡。""",
f"""{org}誠聘{title}，{it} {pay}，請電{phone}。""",
f"""{org} 臨時人員甄選簡章
報名資格：{it}
甄選方式：書面審查、面試。
工作時間：週一至週五 08:00-17:00。
薪資：{pay}。
洽詢電話：{phone}""",
    ]
    return r.choice(T), org

def en_templates(r, it):
    org, title = r.choice(EN_ORG), r.choice(EN_TITLE)
    pay = r.choice(["GBP 24,500 p.a.", "USD 38,000-42,000", "HK$22,000/month", "competitive, per public pay scale", "RMB 15,000/month"])
    mail = "recruitment@example.org"
    T = [
f"""{org} is recruiting: {title}
About the role
You will support day-to-day operations and work closely with colleagues across the organisation.
Requirements
- Relevant qualification or equivalent experience
- {it}
- Good written and spoken English
Salary: {pay}. Fixed-term contract, 12 months.
To apply, send a CV and cover letter to {mail}.""",
f"""Job Vacancy — {title}
Organisation: {org}
Contract: temporary / agency
{it}
Pay: {pay}
Closing date: 30 days from publication.""",
f"""Hi there, I'm recruiting on behalf of {org} for a {title}. {it} Package is {pay}. Happy to chat if this sounds interesting - just reply to this email.""",
f"""We're hiring! {org} is looking for a {title} to join our team. {it} #hiring #jobs""",
f"""{org} - {title}
Key responsibilities: coordinate schedules, maintain records, liaise with partners.
Person specification: {it}
Benefits: {pay}, pension scheme, 25 days annual leave.
Interviews will be held shortly after the closing date.""",
    ]
    return r.choice(T), org

def main():
    r = random.Random(26)
    rows = []
    for mod, lang in ((items_zh, "zh"), (items_hant, "zh-Hant"), (items_en, "en")):
        for entry in mod.ITEMS:
            lab, cat, text = entry[0], entry[1], entry[2]
            lg = entry[3] if len(entry) > 3 else lang
            rows.append((lg, lab, cat, text))
    texts = [t for _, _, _, t in rows]
    assert len(texts) == len(set(texts)), "duplicate item"
    r.shuffle(rows)
    out = []
    for i, (lg, lab, cat, text) in enumerate(rows, 1):
        if "\n" in text or lab in ("X", "D"):
            if lg == "en":
                body = "Job advert\n" + text + "\nHours: 40 per week, shift pattern on request.\nPay: " + r.choice(["GBP 12.60/hour", "USD 18/hour", "HK$19,000/month"]) + "\nApply in person or by phone; interviews this week."
            elif lg == "zh-Hant":
                body = "徵才啟事\n" + text + "\n工作時間：" + r.choice(["08:00-17:00", "07:30-16:30"]) + "，月休" + r.choice(["6", "8"]) + "天\n有意者請攜帶身分證件親洽。"
            else:
                body = r.choice(["招聘信息", "招工启事", "急聘"]) + "\n" + text + "\n工作时间：" + r.choice(["8:00-17:00", "7:30-16:30", "两班倒"]) + "\n待遇：" + r.choice(["面议", "6000-8000元/月", "计件工资，多劳多得"]) + "，缴纳社保\n报名请携带身份证到人事部。"
            src = "standalone"
        else:
            fn = {"zh": zh_templates, "zh-Hant": hant_templates, "en": en_templates, "mixed": zh_templates}[lg]
            body, src = fn(r, text)
            src = "template"
        assert text in body
        rec = {"id": "d26-%04d" % i, "lang": "zh" if lg == "mixed" else lg, "text": body,
               "labels": [] if lab in ("", "X") else [LAB[c] for c in ("G", "M", "P") if c in ("G" if lab == "D" else lab)],
               "category": cat, "source": "hand-written item (%s), %s" % (lg, src)}
        if lab == "X":
            rec["exemption"] = True
        out.append(rec)
    path = os.path.join(HERE, "dev26.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), hashlib.sha256(open(path, "rb").read()).hexdigest())

if __name__ == "__main__":
    main()
