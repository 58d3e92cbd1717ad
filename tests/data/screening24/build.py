#!/usr/bin/python3
"""Deterministic builder for heldout11 (prefix h11). Standard library only.
Wraps each hand-written item (items_*.py, which contain the answers) in a realistic ad body."""
import hashlib, json, os, random, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_zh_v, items_zh_c, items_hant, items_en, items_ex  # noqa: E402

SEED = 20261127
OUT = os.path.join(HERE, "heldout11.jsonl")
LAB = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

ZH_CO = ["杭州云帆数字科技有限公司", "深圳星海跨境电商有限公司", "苏州恒润精密制造有限公司", "上海澜庭商务咨询有限公司",
         "成都锦程教育科技有限公司", "广州禾悦供应链管理有限公司", "武汉光谷智联信息技术有限公司", "南京启明人力资源服务有限公司",
         "青岛海纳国际物流有限公司", "厦门鹭岛文旅发展有限公司", "长沙湘江新能源有限公司", "佛山顺通家居用品有限公司",
         "宁波甬港贸易有限公司", "合肥科汇医疗器械有限公司", "西安丝路云计算有限公司", "郑州中原优选商贸有限公司"]
ZH_JOB = ["运营专员", "海外市场专员", "客户成功经理", "财务专员", "招聘专员", "采购助理", "数据分析师", "跨境电商运营",
          "行政助理", "销售代表", "产品经理", "质量工程师", "项目助理", "人事行政专员", "品牌策划", "供应链专员", "客服主管", "前台接待"]
ZH_DUTY = ["负责日常数据整理与周报输出，跟进关键指标", "对接内外部团队，推动项目按期交付", "维护重点客户关系，完成季度销售目标",
           "参与流程优化，编写SOP并组织培训", "协助部门负责人完成预算编制与费用管控", "跟进海外渠道的订单、物流及回款",
           "负责供应商开发、询价比价及合同管理", "完成上级交办的其他工作", "搭建并维护团队的OKR看板",
           "与总部（新加坡）及区域团队保持周会沟通", "处理客户咨询与投诉，提升满意度", "策划线上线下推广活动并复盘"]
ZH_REQ = ["大专及以上学历，专业不限", "本科及以上学历，英语CET-6或同等水平", "熟练使用Excel、PPT，会数据透视表",
          "具备良好的沟通协调能力和团队意识", "有外企或出海企业工作经验者优先", "抗压能力强，结果导向",
          "1年以上相关工作经验，优秀应届生亦可", "能适应阶段性出差", "熟悉飞书/钉钉等协同工具"]
ZH_PAY = ["薪资：8K-12K·13薪", "月薪6000-9000元+绩效", "薪资面议，五险一金，带薪年假", "15-25K·14薪，年度调薪",
          "底薪5000+提成，上不封顶", "综合月收入7000-10000元", "时薪28元，周结"]
ZH_WEL = ["五险一金、带薪年假、节日福利、年度体检", "双休，弹性打卡，下午茶", "包工作餐，提供员工宿舍（4人间）",
          "全员商业保险，季度团建", "交通补贴、餐补、通讯补贴"]
ZH_CITY = ["上海", "深圳", "杭州", "广州", "成都", "苏州", "武汉", "南京", "佛山", "东莞", "厦门", "长沙"]

HANT_CO = ["宏遠雲端科技股份有限公司", "瑞昇精密工業股份有限公司", "港灣物流（香港）有限公司", "鼎新國際貿易有限公司",
           "星河半導體股份有限公司", "匯豐行飲食集團", "新加坡聯合商務中心"]
HANT_JOB = ["業務專員", "行政助理", "軟體工程師", "門市人員", "會計專員", "客服專員", "採購專員", "文員", "倉務員", "產品經理"]
HANT_DUTY = ["負責客戶開發與維護，達成業績目標", "處理日常行政庶務及文件歸檔", "協助主管彙整報表", "跟進訂單與出貨進度",
             "支援跨部門專案溝通", "負責門市銷售與庫存管理"]
HANT_REQ = ["大學以上學歷", "具2年以上相關經驗", "熟悉Office軟體", "英文可溝通", "識中英文打字", "具團隊精神，主動積極"]
HANT_PAY = ["月薪35,000-45,000元", "待遇面議", "月薪HK$18,000-22,000", "年薪60萬起（依經歷調整）", "時薪NT$200"]
HANT_WEL = ["勞健保、年終獎金、員工旅遊", "週休二日，彈性上下班", "MPF、醫療保險、14天年假", "三節禮金、員工分紅"]

EN_CO = ["Meridian Analytics Pte Ltd", "Crescent Logistics LLC", "Harbourline Capital", "Bluepeak Consumer Sdn Bhd",
         "NorthStar Fintech Ltd", "Sinova Trading (Dubai) FZE", "Lumen Health Group", "Kestrel Engineering Services",
         "Orchid Hospitality Group", "Atlas Retail UK Ltd"]
EN_JOB = ["Operations Executive", "Account Manager", "Business Development Manager", "Finance Associate",
          "Talent Acquisition Partner", "Customer Service Executive", "Marketing Specialist", "Admin Assistant",
          "Project Coordinator", "Data Analyst", "Store Supervisor", "Executive Assistant"]
EN_DUTY = ["Own the end-to-end sales cycle for key accounts in the region", "Prepare weekly reports and dashboards for leadership",
           "Coordinate with cross-functional stakeholders in APAC and EMEA", "Handle customer enquiries via phone, e-mail and WhatsApp",
           "Support month-end closing and reconciliations", "Drive process improvement initiatives",
           "Manage vendor relationships and purchase orders", "Plan and execute marketing campaigns"]
EN_REQ = ["Degree in Business or related field", "2-4 years of relevant experience", "Strong Excel and PowerPoint skills",
          "Fluent in English; Mandarin is an advantage", "Excellent stakeholder management", "Able to work in a fast-paced environment",
          "Valid work authorisation for the location"]
EN_PAY = ["SGD 4,500 - 6,000 per month", "AED 12,000 - 15,000 per month + visa + medical", "RM 5,000 - 7,500",
          "GBP 38,000 - 45,000 + bonus", "Competitive package"]
EN_WEL = ["Hybrid working (3 days in office)", "Annual leave 18 days, medical and dental", "Annual flight ticket, housing allowance",
          "Learning budget and wellness allowance"]
EN_CITY = ["Singapore", "Kuala Lumpur", "Dubai", "London", "Penang", "Abu Dhabi", "Hong Kong"]
CITY_PAY = {"Singapore": ["SGD 4,500 - 6,000 per month", "SGD 7,000 - 9,500 + AWS + VB"],
            "Kuala Lumpur": ["RM 5,000 - 7,500", "RM 8,000 - 11,000 + EPF"], "Penang": ["RM 4,200 - 6,000"],
            "Dubai": ["AED 12,000 - 15,000 per month + visa + medical", "AED 9,000 tax-free + housing"],
            "Abu Dhabi": ["AED 14,000 - 18,000 + annual ticket"], "London": ["GBP 38,000 - 45,000 + bonus"],
            "Hong Kong": ["HKD 25,000 - 32,000 x 13 months"]}
CITY_TEL = {"Singapore": "+65", "Kuala Lumpur": "+60", "Penang": "+60", "Dubai": "+971", "Abu Dhabi": "+971",
            "London": "+44", "Hong Kong": "+852"}

ZH_X_CO = ["山西晋能矿业集团", "贵州黔北煤业有限公司", "河北冀东建材物流有限公司", "江西赣江粮油储备库",
           "安徽皖江港口装卸有限公司", "内蒙古蒙西矿产开发有限公司", "山东鲁中水泥有限公司", "湖南湘中林业有限公司"]


def slot_of(cat):
    if cat.startswith(("clean_clients", "clean_zin")):
        return "duty"
    if cat.startswith("clean_benefit"):
        return "benefit"
    return "req"


def pick(r, seq, k=1):
    return r.sample(seq, k) if k > 1 else r.choice(seq)


def zh_post(r, item, cat):
    co, job, city = pick(r, ZH_CO), pick(r, ZH_JOB), pick(r, ZH_CITY)
    duties = pick(r, ZH_DUTY, r.randint(2, 4))
    reqs = pick(r, ZH_REQ, r.randint(2, 3))
    wel = pick(r, ZH_WEL)
    slot = slot_of(cat)
    t = r.randint(0, 5)
    if slot != "req" and t in (1, 2, 3, 5):
        if slot == "duty":
            duties = [item] + duties
        else:
            wel = item
        return zh_generic(r, t, co, job, city, duties, reqs, wel, None)
    if cat.startswith(("gender_livestream", "clean_livestream")):
        return (f"【直播带岗·{city}专场】\n主播：好，下一个链接，{co}，{job}，{pick(r, ZH_PAY)}。\n"
                f"{item}\n想报名的点下方小黄车，填个名字和电话就行，HR会联系你。")
    if cat.startswith(("gender_moments", "clean_moments")):
        return f"{item}\n📍{city} {pick(r, ['南山区', '天河区', '西湖区', '江宁区', '锦江区'])}\n{pick(r, ZH_PAY)} {pick(r, ZH_WEL)}"
    if cat.startswith(("gender_shop", "clean_shop")):
        return f"招 聘\n{item}\n工资面议 | 有意者请进店或电话联系：0{r.randint(20, 99)}-{r.randint(1000000, 9999999)}"
    if cat.startswith(("gender_agency", "clean_agency")):
        return (f"{city}·{pick(r, ['立讯', '某大型电子厂', '某汽车配件厂', '某食品厂'])}直招（{co}代招）\n{item}\n"
                f"工价：{r.randint(20, 26)}元/小时，两班倒，长白班可选\n吃住：包住，餐补15元/天\n入职即买社保，月底发薪")
    if cat.startswith(("headhunter", "clean_headhunter")):
        return (f"{item}\n\n职位亮点：\n- 直接汇报给Global VP\n- package {r.randint(80, 160)}万+股票\n"
                f"- {pick(r, ZH_REQ)}\n如有兴趣，请回复最新中英文简历，或加我微信详聊。")
    if cat.startswith(("gender_form", "clean_form")):
        return (f"{co} 现场招聘报名表（{city}女性专场招聘会）\n填写字段：\n{item}\n"
                f"应聘岗位：{job}\n备注：所填信息仅用于本次招聘联系")
    if cat.startswith(("gender_civil", "clean_civil")):
        return (f"{city}市{pick(r, ['某街道办事处', '某区政务服务中心', '某社区服务中心'])}2026年编外人员招聘公告\n"
                f"根据工作需要，现面向社会公开招聘编外工作人员，有关事项公告如下：\n一、招聘岗位及条件\n{item}\n"
                f"二、基本条件：拥护中华人民共和国宪法，{pick(r, ZH_REQ)}，年龄18-35周岁。\n三、报名方式：现场报名，携带身份证、学历证书原件及复印件。\n"
                f"四、待遇：{pick(r, ZH_PAY)}，按规定缴纳社会保险。")
    if cat.startswith(("gender_campus", "clean_campus")):
        return (f"{co} 2026届校园招聘\n【招聘对象】2026届本科/硕士毕业生\n【招聘岗位】{job}、{pick(r, ZH_JOB)}、管培生\n"
                f"【报名说明】{item}\n【网申地址】campus.example.cn\n【宣讲行程】{city}站 10月{r.randint(10, 28)}日")
    if t == 0:
        return f"{city}｜{job}｜{pick(r, ZH_PAY)}\n{item}\n简历投递：hr{r.randint(10, 99)}@example.cn"
    if t == 4:
        return (f"急聘！{co}\n岗位：{job}\n{item}\n待遇：{pick(r, ZH_PAY)}，{wel}\n"
                f"地址：{city}市{pick(r, ['高新区', '经开区', '自贸区', '中心城区'])}\n电话：1{r.randint(3, 9)}{r.randint(100000000, 999999999)}")
    return zh_generic(r, t, co, job, city, duties, reqs, wel, item)


def zh_generic(r, t, co, job, city, duties, reqs, wel, item):
    rq = reqs + [item] if item else reqs
    if t == 1:
        return (f"{co}招聘启事\n\n招聘岗位：{job}（{r.randint(1, 5)}名）\n工作地点：{city}\n\n岗位职责：\n"
                + "\n".join(f"{i + 1}. {d}" for i, d in enumerate(duties)) +
                "\n\n任职要求：\n" + "\n".join(f"{i + 1}. {q}" for i, q in enumerate(rq)) +
                f"\n\n薪资福利：\n{pick(r, ZH_PAY)}；{wel}\n\n联系方式：请将简历发送至 hr@example.cn，邮件标题注明“{job}+姓名”。")
    if t == 2:
        return (f"【{job}】{pick(r, ZH_PAY)}\n{co} · {city}\n\n职位描述\n" + "；".join(duties) + "。\n" + (item or "") +
                "\n\n职位要求\n" + "\n".join(f"· {q}" for q in reqs) + f"\n\n福利：{wel}")
    if t == 3:
        return (f"{co}\n招聘｜{job}\n\n关于我们：公司成立于20{r.randint(5, 19):02d}年，业务覆盖东南亚、中东市场，员工{r.randint(50, 900)}人。\n\n"
                f"你将负责：\n" + "\n".join(f"- {d}" for d in duties) + "\n\n我们希望你：\n" +
                "\n".join(f"- {q}" for q in rq) + f"\n\n福利：{wel}\n工作地点：{city}\n{pick(r, ZH_PAY)}")
    return (f"JD｜{job}（{city}）\n团队：{pick(r, ['Global Ops', 'APAC Sales', 'Finance BP', 'HR Shared Service'])}\n"
            f"Responsibilities：\n" + "\n".join(f"• {d}" for d in duties) + "\nRequirements：\n" +
            "\n".join(f"• {q}" for q in rq) + f"\nBenefits：{wel}\nPackage：{pick(r, ZH_PAY)}\n投递方式：内推码 {r.randint(1000, 9999)}")


def hant_post(r, item, cat):
    co, job = pick(r, HANT_CO), pick(r, HANT_JOB)
    duties, reqs = pick(r, HANT_DUTY, 2), pick(r, HANT_REQ, 2)
    t = r.randint(0, 3)
    slot = slot_of(cat)
    if slot != "req" and t == 0:
        wel = pick(r, HANT_WEL)
        if slot == "duty":
            duties = [item] + duties
        else:
            wel = item
        return (f"【{co}】誠徵{job}\n工作內容：\n" + "\n".join(f"{i + 1}. {d}" for i, d in enumerate(duties)) +
                "\n條件要求：\n" + "\n".join(f"{i + 1}. {q}" for i, q in enumerate(reqs)) +
                f"\n薪資待遇：{pick(r, HANT_PAY)}\n福利：{wel}\n有意者請投遞104履歷")
    if t == 0:
        return (f"【{co}】誠徵{job}\n工作內容：\n" + "\n".join(f"{i + 1}. {d}" for i, d in enumerate(duties)) +
                "\n條件要求：\n" + "\n".join(f"{i + 1}. {q}" for i, q in enumerate(reqs + [item])) +
                f"\n薪資待遇：{pick(r, HANT_PAY)}\n福利：{pick(r, HANT_WEL)}\n有意者請投遞104履歷")
    if t == 1:
        return (f"{co} 招聘 {job}\n{item}\n職責：{'；'.join(duties)}\n要求：{'、'.join(reqs)}\n"
                f"待遇：{pick(r, HANT_PAY)}，{pick(r, HANT_WEL)}\n請將履歷電郵至 hr@example.com.hk")
    if t == 2:
        return f"{job}｜{pick(r, HANT_PAY)}\n{item}\n{co}\n{pick(r, HANT_WEL)}"
    return (f"［新加坡華文招聘］{co}\n職位：{job}\n職務：{duties[0]}\n資格：{reqs[0]}；{item}\n"
            f"薪金：{pick(r, HANT_PAY)}\n有意者請WhatsApp聯絡")


def en_post(r, item, cat):
    co, job, city = pick(r, EN_CO), pick(r, EN_JOB), pick(r, EN_CITY)
    duties, reqs = pick(r, EN_DUTY, r.randint(2, 4)), pick(r, EN_REQ, r.randint(2, 3))
    pay = pick(r, CITY_PAY[city] + ["Competitive package"])
    if cat.startswith(("headhunter",)):
        return (f"Subject: Confidential opportunity - {job}\n\nHi there,\n\n{item}\n\nThe package is {pay}. "
                f"Happy to share the full JD on a call.\n\nBest regards,\nDaniel\nSenior Consultant | {pick(r, ['Singapore', 'Dubai', 'London'])}")
    t = r.randint(0, 4)
    slot = slot_of(cat)
    if slot != "req" and t in (0, 2):
        wel = pick(r, EN_WEL)
        if slot == "duty":
            duties = [item] + duties
        else:
            wel = item
        return (f"{job}\n{co} · {city}\n\nResponsibilities\n" + "\n".join(f"• {d}" for d in duties) +
                "\n\nRequirements\n" + "\n".join(f"• {q}" for q in reqs) +
                f"\n\nBenefits\n• {wel}\n• {pay}\n\nApply via our careers page.")
    if t == 0:
        return (f"{job}\n{co} · {city} (Hybrid)\n\nAbout the role\n" + "\n".join(f"• {d}" for d in duties) +
                "\n\nWhat we're looking for\n" + "\n".join(f"• {q}" for q in reqs + [item]) +
                f"\n\nWhat we offer\n• {pay}\n• {pick(r, EN_WEL)}\n\nApply via LinkedIn Easy Apply.")
    if t == 1:
        return (f"We're hiring! 🚀 {co} is looking for a {job} to join our {city} team.\n{item}\n"
                f"DM me or apply through the link in comments. #hiring #{city.replace(' ', '')}jobs")
    if t == 2:
        return (f"Job Title: {job}\nCompany: {co}\nLocation: {city}\nEmployment Type: Full-time\n\nJob Description:\n"
                + "\n".join(f"- {d}" for d in duties) + f"\n\nJob Requirements:\n" + "\n".join(f"- {q}" for q in reqs) +
                f"\n- {item}\n\nSalary: {pay}\nInterested candidates please send CV to careers@example.com")
    if t == 3:
        return (f"Subject: {job} role - {city}\n\nDear candidate,\n\nI came across your profile and wanted to share a role with "
                f"{co}. Key points:\n- {duties[0]}\n- {item}\n- {pay}\n\nLet me know if you'd like to discuss.\n\nKind regards,\nPriya")
    return f"URGENT HIRING - {job} ({city})\n{item}\n{pay} | {pick(r, EN_WEL)}\nWhatsApp {CITY_TEL[city]} {r.randint(10000000, 99999999)}"


def x_post(r, item, lang, cat):
    if lang == "zh":
        co = pick(r, ZH_X_CO)
        return (f"{co}招聘公告\n\n公司简介：{co}成立于19{r.randint(80, 99)}年，现有职工{r.randint(300, 3000)}人，坚持安全生产、依法用工。\n\n"
                f"招聘岗位：\n{item}\n\n待遇：月薪{r.randint(6, 12)}000元以上，五险一金，免费宿舍，班中餐。\n"
                f"报名：携带身份证到公司人力资源部现场报名，入职前统一组织职业健康检查。")
    if lang == "zh-Hant":
        return f"{pick(r, ['台灣東岩礦業', '新界貨運倉儲', '華南建材'])}誠徵\n{item}\n待遇面議，供膳宿，意者請電洽人事部"
    return (f"{pick(r, ['Goldridge Mining Ltd', 'Gulf Bulk Cargo LLC', 'Redstone Cement Works'])} - Now Hiring\n\n{item}\n\n"
            f"Package: {pick(r, EN_PAY)}\nSite induction and PPE provided. Apply with CV and copies of certificates.")


def main():
    r = random.Random(SEED)
    items = []
    for mod in (items_zh_v, items_zh_c, items_hant, items_en, items_ex):
        items.extend(mod.ITEMS)
    texts = [i[3] for i in items]
    assert len(texts) == len(set(texts)), "duplicate item"
    r.shuffle(items)
    lines = []
    for n, it in enumerate(items, 1):
        lang, lab, cat, item = it[:4]
        if lab == "X" or cat == "exemption_decoy":
            text = x_post(r, item, lang, cat)
        elif lang == "zh":
            text = item if r.random() < 0.08 else zh_post(r, item, cat)
        elif lang == "zh-Hant":
            text = hant_post(r, item, cat)
        else:
            text = item if r.random() < 0.08 else en_post(r, item, cat)
        assert item in text
        labels = [] if lab == "X" else [LAB[c] for c in lab]
        rec = {"id": f"h11-{n:04d}", "lang": lang, "text": text, "labels": labels, "category": cat,
               "source": "hand-written item by blind author h11, wrapped by build.py"}
        if lab == "X":
            rec["exemption"] = True
        lines.append(json.dumps(rec, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    print(len(lines), hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
