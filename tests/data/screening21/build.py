#!/usr/bin/env python3
"""Build dev21.jsonl deterministically from the hand-written items (author 21).
Standard library only. Re-running reproduces the file byte for byte."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from items_v import V
from items_c import C
from items_x import X, D

SEED = 20261221
PREFIX = "s21d"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev21.jsonl")
rng = random.Random(SEED)

ZH_ROLES = ["货车司机", "网约车司机", "专职司机", "保安员", "安保主管", "快递员", "外卖骑手", "仓管员",
            "IT运维工程师", "Java开发工程师", "前端程序员", "销售代表", "业务员", "大客户经理", "施工员",
            "监理员", "维修电工", "焊工", "设备机修工", "中餐厨师", "物业维修工", "网管", "客服专员",
            "行政文员", "安全员", "叉车司机"]
HANT_ROLES = ["貨車司機", "保安員", "外賣車手", "倉務員", "IT支援工程師", "程式設計師", "營業代表",
              "電工", "焊工", "廚師", "物業維修技工", "地盤管工", "客戶服務主任"]
EN_ROLES = ["Delivery Driver", "Security Officer", "Warehouse Supervisor", "IT Support Engineer",
            "Backend Developer", "Field Sales Representative", "Site Engineer", "Electrician",
            "Maintenance Technician", "Line Cook", "Facilities Handyman", "Account Manager"]
ZH_CO = ["鑫达物流有限公司", "城安保安服务公司", "速达同城配送站", "恒远建设工程有限公司", "云启信息科技",
         "万家物业服务中心", "华丰食品厂", "瑞泰机电设备公司", "金桥汽车服务", "明远软件", "蓝湾酒店餐饮部",
         "宏图商贸", "顺途网约车运营中心", "众诚人力资源（劳务派遣）", "新城区街道办"]
ZH_CITY = ["成都", "佛山", "郑州", "长沙", "合肥", "昆明", "温州", "石家庄", "南宁", "济南", "西安", "无锡"]
HANT_CO = ["利達物流有限公司", "港盈物業管理", "恒星工程有限公司", "新達電腦服務", "台安保全股份有限公司",
           "金味餐飲集團"]
HANT_CITY = ["觀塘", "荃灣", "沙田", "台北市內湖區", "台中市西屯區", "高雄市前鎮區"]
EN_CO = ["Northline Logistics", "Harbour Facilities Ltd", "Brightpath Software", "Keystone Construction",
         "Metro Security Services", "Greenfield Foods", "Apex Field Sales", "Riverside Property Group"]
EN_CITY = ["Singapore", "Kuala Lumpur", "Hong Kong", "Manchester", "Sydney", "Toronto", "Dubai", "Auckland"]

ZH_DUTIES = ["负责车辆日常检查与保养记录", "按时完成派单，保证送达时效", "负责区域巡逻及监控值守",
             "负责出入库登记、盘点及账实核对", "负责服务器、网络设备日常巡检与故障处理",
             "参与需求评审，完成模块开发与联调", "开发维护新客户，完成月度销售指标",
             "负责现场施工进度、质量与安全管理", "负责配电线路及设备的安装维修",
             "负责厨房菜品制作与出品质量", "负责小区水电、门禁等报修处理", "做好工作日志与交接班记录"]
ZH_PAY = ["月薪6000-9000元", "底薪4500+提成，综合月入8000-12000", "8k-14k·13薪", "时薪25元，日结",
          "月薪5500元起，满勤奖300元", "年薪12-18万", "计件工资，多劳多得，月均7000+"]
ZH_BEN = ["五险一金", "包吃住", "节日福利", "带薪年假", "年度体检", "餐补交通补", "免费岗前培训", "周末双休"]
HANT_PAY = ["月薪$18,000-$22,000", "時薪$75", "月薪新台幣38,000元起", "底薪+佣金", "月薪$16,500+勤工獎"]
HANT_BEN = ["強積金", "勞健保", "有薪年假", "醫療福利", "年終獎金", "免費制服", "交通津貼"]
EN_PAY = ["$3,200-$3,800 per month", "£28,000-£32,000 per annum", "AUD 32/hour plus penalties",
          "RM 4,500 + commission", "Competitive salary + annual bonus", "CAD 24/hour"]
EN_BEN = ["Medical insurance", "Paid annual leave", "Overtime paid", "Company uniform", "Training provided",
          "Pension contribution", "Transport allowance"]


def pick(seq, k=1):
    return rng.sample(seq, k) if k > 1 else rng.choice(seq)


def zh_post(item, role, blurb):
    co, city = pick(ZH_CO), pick(ZH_CITY)
    duties = pick(ZH_DUTIES, 3)
    pay, ben = pick(ZH_PAY), "、".join(pick(ZH_BEN, 3))
    intro = blurb or f"{co}成立于{rng.randint(2003, 2021)}年，业务覆盖{city}及周边。"
    style = rng.choice(["qishi", "wechat"] if blurb else ["qishi", "platform", "wechat", "live", "poster", "agency", "bianwai", "form", "oneliner"])
    if style == "qishi":
        t = (f"【招聘启事】{co}诚聘{role}\n{intro}\n一、岗位职责\n1. {duties[0]}\n2. {duties[1]}\n3. {duties[2]}\n"
             f"二、任职要求\n1. {item}\n2. 有责任心，服从安排\n三、薪资福利\n{pay}；{ben}\n"
             f"工作地点：{city}\n有意者请携带身份证到公司人事部面试。")
    elif style == "platform":
        t = (f"{role} | {pay}\n{city} · 经验不限 · 学历不限\n职位描述：\n{duties[0]}；{duties[1]}。\n"
             f"{item}\n福利：{ben}\n{co}")
    elif style == "wechat":
        t = (f"🔥急招🔥{city}{role}\n{item}\n{pay}，{ben}！\n{intro}\n有意私聊，转发扩散感谢🙏")
    elif style == "live":
        t = (f"家人们看过来！今天带的岗位是{co}的{role}，工作地点在{city}。\n主要干啥呢？{duties[0]}。\n"
             f"要求是这样的：{item}。\n工资{pay}，还有{ben}。\n点击下方小黄车直接投递！")
    elif style == "poster":
        t = f"本店招聘\n{role}\n{item}\n待遇：{pay}\n{ben}\n详情进店咨询"
    elif style == "agency":
        t = (f"【{co}】岗位信息表\n企业：{city}某公司\n岗位：{role}\n人数：{rng.randint(1, 12)}人\n"
             f"要求：{item}\n薪资：{pay}\n福利：{ben}\n面试：每天上午9点，带身份证")
    elif style == "bianwai":
        t = (f"{city}某单位编外人员招聘公告\n根据工作需要，现面向社会公开招聘编外{role}。\n一、招聘条件\n"
             f"（一）遵守宪法和法律；\n（二）{item}；\n（三）具有岗位所需的专业能力。\n"
             f"二、待遇\n{pay}，依法缴纳社会保险。\n三、报名方式\n现场报名，报名时间为工作日。")
    elif style == "form":
        t = (f"岗位名称：{role}\n工作地点：{city}\n招聘人数：{rng.randint(1, 8)}\n岗位要求：{item}\n"
             f"薪资待遇：{pay}\n其他福利：{ben}\n单位：{co}")
    else:
        t = f"{city}招{role}，{item}，{pay}"
    return t, "zh_" + style


def hant_post(item, role, blurb):
    co, area = pick(HANT_CO), pick(HANT_CITY)
    pay, ben = pick(HANT_PAY), "、".join(pick(HANT_BEN, 3))
    intro = blurb or f"{co}為本地具規模公司，現因業務擴展招聘以下職位。"
    style = rng.choice(["hk_ad", "tw_104"] if blurb else ["hk_ad", "tw_104", "hk_short"])
    if style == "hk_ad":
        t = (f"{co}\n誠聘 {role}\n{intro}\n職責：\n- 負責日常運作及報告\n- 跟進客戶要求\n"
             f"要求：\n- {item}\n- 具相關經驗優先\n待遇：{pay}，{ben}\n工作地點：{area}\n"
             f"有意者請將履歷電郵至本公司人事部。")
    elif style == "tw_104":
        t = (f"【{role}】{co}\n工作內容：\n1. 依主管指示完成工作\n2. 配合輪值\n{intro}\n"
             f"條件要求：{item}\n薪資：{pay}\n福利：{ben}\n上班地點：{area}")
    else:
        t = f"{area}請{role}，{item}，{pay}，有意WhatsApp查詢"
    return t, "zht_" + style


def en_post(item, role, blurb):
    co, city = pick(EN_CO), pick(EN_CITY)
    pay, ben = pick(EN_PAY), ", ".join(pick(EN_BEN, 3))
    intro = blurb or f"{co} is growing its team in {city}."
    style = rng.choice(["jd", "linkedin", "email"] if blurb else ["jd", "linkedin", "email", "oneliner"])
    if style == "jd":
        t = (f"{role} - {co}, {city}\n\nAbout us\n{intro}\n\nResponsibilities\n- Carry out daily tasks safely and on time\n"
             f"- Keep accurate records and report issues\n\nRequirements\n- {item}\n- Relevant experience is an advantage\n\n"
             f"Package\n{pay}; {ben}\n\nApply with your CV via the link below.")
    elif style == "linkedin":
        t = (f"We're hiring! 🚀 {co} is looking for a {role} in {city}.\n{intro}\n{item}\n"
             f"What we offer: {pay}, {ben}.\nDM me or apply via the link. #hiring #jobs")
    elif style == "email":
        t = (f"Subject: {role} opportunity in {city}\n\nHi,\n\nI'm recruiting a {role} for my client, {co}. {intro}\n"
             f"A few points from the brief: {item}.\nThe package is {pay} with {ben}.\n\n"
             f"Let me know if you are interested and when you are free for a call.\n\nBest regards,\nRecruitment Team")
    else:
        t = f"{role} needed in {city}. {item}. {pay}."
    return t, "en_" + style


def make(lang, item, blurb=None, generic=False):
    if lang == "zh":
        role = "一线岗位" if generic else pick(ZH_ROLES)
        return zh_post(item, role, blurb)
    if lang == "zh-Hant":
        role = "工人" if generic else pick(HANT_ROLES)
        return hant_post(item, role, blurb)
    role = "Operative" if generic else pick(EN_ROLES)
    return en_post(item, role, blurb)


LAB = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}
records = []
for lang, lab, cat, text in V:
    records.append((lang, text, [LAB[c] for c in lab], cat, None, False))
for lang, cat, text in C:
    records.append((lang, text, [], cat, None, False))
for lang, cat, text in X:
    records.append((lang, text, [], cat, None, True))
for lang, cat, text, blurb in D:
    records.append((lang, text, ["GENDER"], cat, blurb, False))

seen = set()
for r in records:
    assert r[1] not in seen, r[1]
    seen.add(r[1])

rng.shuffle(records)
lines = []
for i, (lang, text, labels, cat, blurb, ex) in enumerate(records, 1):
    body, style = make(lang, text, blurb, generic=ex or blurb is not None)
    assert text in body
    if blurb:
        assert blurb in body
    obj = {"id": f"{PREFIX}-{i:04d}", "lang": lang, "text": body, "labels": labels,
           "category": cat, "source": f"author21/{style}"}
    if ex:
        obj["exemption"] = True
    lines.append(json.dumps(obj, ensure_ascii=False))
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
print(len(lines), "posts written to", OUT)
