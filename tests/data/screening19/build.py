# -*- coding: utf-8 -*-
"""Build dev19.jsonl (author 19) deterministically from the hand-written items.
Standard library only. Re-running reproduces the file byte for byte."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import items_zh_v, items_zh_c, items_hant, items_en, items_ex

SEED = 20261219
PREFIX = "s19d"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev19.jsonl")
LAB = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

# ---------------- neutral wrapper material (no gender/marriage/pregnancy words) ----------------
ZH_CO = ["昆山立讯精密配套厂", "东莞恒达电子有限公司", "苏州华科电子科技有限公司", "佛山美裳服饰有限公司",
         "泉州锦程鞋服有限公司", "漯河双旺食品有限公司", "嘉兴顺丰达物流仓", "成都蜀味食品厂",
         "郑州智联劳务派遣有限公司", "深圳鑫盛人力资源服务有限公司", "宁波海天塑胶制品厂", "合肥联宝配件厂",
         "无锡新源包装材料有限公司", "武汉江城冷链物流", "青岛海晨纺织有限公司", "天津滨海汽配工业园"]
ZH_JOB = ["普工", "操作工", "质检员", "仓管员", "物料员", "包装工", "车缝工", "拣货员", "文员", "储备干部",
          "客服专员", "统计员", "生产组长", "设备技术员", "理货员", "分拣员"]
ZH_DUTY = ["按作业指导书完成本工位操作；", "做好首件检验及巡检记录；", "负责物料收发、盘点与账目核对；",
           "保持工位5S整洁，遵守安全操作规程；", "配合班组长完成每日生产计划；", "负责成品包装、贴标与入库；",
           "按单拣货、复核、打包；", "录入生产日报，跟进异常；", "协助处理客户来电与订单查询；"]
ZH_REQ = ["初中及以上学历，18-50周岁；", "身体健康，能适应倒班；", "吃苦耐劳，服从安排；",
          "有同类工厂经验者优先；", "会基本电脑操作；", "无不良记录，持本人有效身份证；", "能长期稳定工作；"]
ZH_PAY = ["综合工资5500-7500元/月，计件多劳多得；", "底薪2100+加班费+全勤奖200+绩效；", "每月10号准时发薪，不拖欠；",
          "包吃包住，水电均摊；", "入职即缴五险，满一年缴公积金；", "年终奖、高温补贴、节日福利；",
          "小时工22元/小时，日结或周结；", "满勤月休4天，加班按劳动法1.5倍/2倍/3倍计算；"]
ZH_CONTACT = ["报名电话：0512-5xxx8826（人事部）", "现场报名：厂区南门招聘中心，周一至周六8:00-17:00",
              "微信扫码报名，备注姓名+岗位", "联系人：人事部小周 151****0937", "简历投递：hr@example.cn",
              "地址：工业园区兴业路18号，公交12路终点站"]
ZHT_CO = ["新北市樹林區精密五金廠", "桃園觀音工業區電子廠", "台中精機配件有限公司", "香港葵涌物流中心",
          "荃灣製衣廠", "高雄前鎮食品加工廠", "新竹科學園區封測廠"]
ZHT_JOB = ["作業員", "倉務員", "品管員", "包裝員", "文員", "助理", "技術員"]
ZHT_DUTY = ["依標準作業程序操作機台；", "負責出入貨點收及盤點；", "成品檢驗及紀錄；", "協助主管處理日常文書；"]
ZHT_REQ = ["高中職以上；", "可配合輪班；", "有相關經驗者佳；", "工作態度積極；"]
ZHT_PAY = ["月薪NT$32,000起，另有夜班津貼；", "月薪HK$17,000-20,000，另設勤工獎；", "享勞健保、三節獎金；",
           "提供員工餐及交通車；", "年終獎金1-3個月；"]
ZHT_CONTACT = ["請電洽人事課 03-4xx-xxxx", "履歷請寄 hr@example.com.tw", "WhatsApp 9xxx xxxx 查詢",
               "親臨面試：週一至週五 9:00-17:00"]
EN_CO = ["Suzhou Precision Components Co., Ltd. (a Japanese-invested factory)", "Dongguan Brightway Electronics (HK-invested)",
         "Tianjin AutoParts Manufacturing (German-invested)", "Ningbo Global Packaging Ltd.",
         "Shenzhen Lumen Optics (US-invested)", "Kunshan FoodCraft Co.", "Qingdao Textile Works (Korean-invested)",
         "Shanghai Logistics Hub Ltd."]
EN_JOB = ["Production Operator", "Quality Inspector", "Warehouse Associate", "Process Engineer", "HR Assistant",
          "Line Leader", "Materials Planner", "Maintenance Technician", "Customer Service Specialist", "Plant Manager"]
EN_DUTY = ["Run assigned machines according to work instructions.", "Record first-article and in-process inspection results.",
           "Receive, store and issue materials; keep ERP records accurate.", "Support continuous improvement (5S, Kaizen).",
           "Coordinate with production and QA on daily output.", "Follow all EHS rules and wear required PPE."]
EN_REQ = ["High school diploma or above.", "Willing to work rotating shifts.", "Basic English is a plus.",
          "1+ year of factory experience preferred.", "Good communication and teamwork.", "Able to start within two weeks."]
EN_PAY = ["Monthly pay RMB 6,000-8,000 incl. overtime.", "Social insurance and housing fund from day one.",
          "Free shuttle bus and subsidised canteen.", "13th-month salary and annual performance bonus.",
          "Dormitory available at RMB 100/month."]
EN_CONTACT = ["Apply: careers@example.com", "Walk-in interviews Mon-Fri, 9 am to 4 pm, Gate 2.",
              "Send your CV with the job title in the subject line.", "Questions? Call HR at +86 512 xxxx 6620."]

def pick(r, xs, k):
    return "".join(r.sample(xs, k))

def zh_body(r, item, src):
    co, job = r.choice(ZH_CO), r.choice(ZH_JOB)
    n = r.randint(3, 40)
    if src == "recruitment_notice":
        return (f"{co}招聘启事\n\n招聘岗位：{job}（{n}名）\n\n一、岗位职责\n{pick(r, ZH_DUTY, 3)}\n\n二、任职要求\n"
                f"{pick(r, ZH_REQ, 2)}\n{item}\n\n三、薪资福利\n{pick(r, ZH_PAY, 3)}\n\n{r.choice(ZH_CONTACT)}")
    if src == "factory_brochure":
        return (f"【{co}】{r.choice(['春季', '旺季', '长期', '暑期'])}招工简章\n★招聘岗位：{job} {n}人\n★工作内容：{r.choice(ZH_DUTY)}\n"
                f"★{item}\n★薪资待遇：{r.choice(ZH_PAY)}{r.choice(ZH_PAY)}\n★{r.choice(ZH_REQ)}\n★{r.choice(ZH_CONTACT)}")
    if src == "agency_sheet":
        return (f"{r.choice(['智联', '众鑫', '安达', '聚才'])}人力·今日岗位\n厂名：{co}\n岗位：{job}\n工价：{r.randint(18, 26)}元/小时\n"
                f"{item}\n吃住：{r.choice(['包住不包吃，餐补15元/天', '包吃包住', '住宿8人间，免费'])}\n"
                f"发薪：{r.choice(['每月15号', '周结', '月结'])}\n面试：每天上午9点{r.choice(['厂门口', '中介门店'])}集合")
    if src == "wechat_moments":
        return (f"📢{co}招人啦！\n{job}{n}名，{r.choice(ZH_PAY)}\n{item}\n有意向的私信我或直接打电话👇\n{r.choice(ZH_CONTACT)}")
    if src == "company_chat":
        return (f"【内推】{co} {job}\n{item}\n{r.choice(ZH_PAY)}\n简历发我，我转给HR，入职满三个月有内推奖。")
    if src == "livestream_script":
        return (f"（直播带岗口播稿）好，下一个岗位，{co}，{job}，招{n}个人。\n{r.choice(ZH_PAY)}\n{item}\n"
                f"想报名的点屏幕下方的链接，留下姓名电话，HR会在两个工作日内联系你。")
    if src == "headhunter_jd":
        return (f"猎头职位｜{co} {r.choice(['生产经理', '厂长', '供应链总监', 'HRBP', '品质经理'])}\n年薪：{r.randint(25, 80)}万\n"
                f"职责：统筹工厂运营，推动精益生产与成本控制。\n要求：本科以上，8年以上制造业经验。\n{item}\n"
                f"有意者请将简历发至顾问邮箱，注明职位名称。")
    if src == "handbook_excerpt":
        return (f"{co}《员工手册》节选（招聘页附）\n第二章 录用与试用\n{item}\n试用期按劳动合同约定执行。\n"
                f"应聘{job}请先阅读以上条款。{r.choice(ZH_CONTACT)}")
    if src == "registration_form":
        return (f"{co} 入职登记须知\n岗位：{job}\n请携带身份证、银行卡、一寸照片2张。\n{item}\n{r.choice(ZH_CONTACT)}")
    if src == "hr_checklist":
        return (f"{co} {job}面试安排\n面试时间：{r.choice(['周二', '周四', '周六'])}上午9:30\n{item}\n{r.choice(ZH_CONTACT)}")
    if src == "shop_poster":
        return (f"招 聘\n{job} {n}名\n{item}\n{r.choice(ZH_PAY)}\n详情请进店咨询")
    if src == "platform_post":
        return (f"{job}｜{r.randint(4, 8)}-{r.randint(9, 12)}K｜{co}\n职位描述：\n{pick(r, ZH_DUTY, 2)}\n{item}\n"
                f"{pick(r, ZH_REQ, 2)}\n公司福利：{r.choice(ZH_PAY)}")
    if src == "public_notice":
        return (f"{r.choice(['某街道办事处', '某区人社局', '某镇卫生院'])}编外人员招聘公告\n一、招聘岗位：{job}\n二、报名条件：\n"
                f"{pick(r, ZH_REQ, 2)}\n{item}\n三、报名方式：现场报名，携带身份证及学历证明。")
    return item  # one-liner

def hant_body(r, item, src):
    co, job = r.choice(ZHT_CO), r.choice(ZHT_JOB)
    if src == "oneliner":
        return item
    if src == "hk_ad":
        return (f"{co}誠聘\n{job}\n職責：{r.choice(ZHT_DUTY)}\n要求：{r.choice(ZHT_REQ)}\n{item}\n待遇：{r.choice(ZHT_PAY)}\n{r.choice(ZHT_CONTACT)}")
    return (f"【{co}】徵才\n職缺：{job}\n工作內容：{pick(r, ZHT_DUTY, 2)}\n條件：{pick(r, ZHT_REQ, 2)}\n{item}\n"
            f"福利：{pick(r, ZHT_PAY, 2)}\n{r.choice(ZHT_CONTACT)}")

def en_body(r, item, src):
    co, job = r.choice(EN_CO), r.choice(EN_JOB)
    if src == "oneliner":
        return item
    if src == "linkedin_post":
        return f"We're hiring at {co}!\n{job}, Suzhou Industrial Park.\n{item}\n{r.choice(EN_PAY)}\n#hiring #manufacturing"
    if src == "recruiter_email":
        return (f"Subject: {job} opportunity\n\nDear candidate,\n\nI am recruiting for {co}.\n{r.choice(EN_DUTY)}\n{item}\n"
                f"Package: {r.choice(EN_PAY)}\n\nBest regards,\nRecruitment Consultant")
    if src == "hr_document":
        return (f"{co} - HR Policy Extract (attached to job posting)\nSection 3: Recruitment and Onboarding\n{item}\n"
                f"Applies to the position of {job}.\n{r.choice(EN_CONTACT)}")
    return (f"{job}\n{co}\n\nResponsibilities\n- " + "\n- ".join(r.sample(EN_DUTY, 3)) +
            "\n\nRequirements\n- " + "\n- ".join(r.sample(EN_REQ, 2)) + f"\n- {item}" +
            "\n\nWhat we offer\n- " + "\n- ".join(r.sample(EN_PAY, 2)) + f"\n\n{r.choice(EN_CONTACT)}")

ZH_SRC = ["recruitment_notice", "factory_brochure", "agency_sheet", "wechat_moments", "platform_post",
          "shop_poster", "public_notice", "oneliner"]
def source_for(r, lang, cat):
    if lang == "zh":
        for key, src in (("chat", "company_chat"), ("livestream", "livestream_script"), ("headhunter", "headhunter_jd"),
                         ("manual", "handbook_excerpt"), ("handbook", "handbook_excerpt"), ("contract", "handbook_excerpt"),
                         ("form", "registration_form"), ("interview", "hr_checklist"), ("question", "hr_checklist"),
                         ("agency", "agency_sheet")):
            if key in cat:
                return src
        return r.choice(ZH_SRC)
    if lang == "zh-Hant":
        return r.choice(["hk_ad", "tw_ad", "tw_ad", "oneliner"])
    for key, src in (("linkedin", "linkedin_post"), ("email", "recruiter_email"), ("headhunter", "recruiter_email"),
                     ("handbook", "hr_document")):
        if key in cat:
            return src
    return r.choice(["jd", "jd", "linkedin_post", "recruiter_email", "hr_document", "oneliner"])

EX_ZH = ["晋北能源集团", "鲁西建材有限公司", "皖南矿业公司", "华中粮油储运公司", "北港装卸服务公司"]
def ex_body(r, item, lang, src):
    """Exemptions, decoys and near-misses: the item itself names the job, so no separate job title."""
    if src == "oneliner":
        return item
    if lang == "zh":
        return (f"{r.choice(EX_ZH)}招聘信息\n{item}\n工作时间：{r.choice(['三班倒', '两班倒', '长白班'])}\n"
                f"待遇：{r.choice(ZH_PAY)}\n要求：{r.choice(ZH_REQ)}\n{r.choice(ZH_CONTACT)}")
    if lang == "zh-Hant":
        return f"徵才啟事\n{item}\n待遇：{r.choice(ZHT_PAY)}\n{r.choice(ZHT_CONTACT)}"
    return f"Job opening\n{item}\nShift: rotating, 8 hours.\n{r.choice(EN_PAY)}\n{r.choice(EN_CONTACT)}"

def main():
    r = random.Random(SEED)
    rows = []
    for mod in (items_zh_v, items_zh_c, items_hant, items_en):
        for lang, lab, cat, text in mod.ITEMS:
            rows.append((lang, lab, cat, text, False))
    for lang, cat, text in items_ex.EXEMPT:
        rows.append((lang, "", cat, text, True))
    for lang, cat, text in items_ex.DECOY:
        rows.append((lang, "G", cat, text, False))
    texts = [x[3] for x in rows]
    assert len(texts) == len(set(texts)), "duplicate item"
    r.shuffle(rows)
    out = []
    for i, (lang, lab, cat, text, ex) in enumerate(rows, 1):
        if cat.startswith("exemption"):
            src = r.choice(["site_notice", "site_notice", "site_notice", "oneliner"])
            body = ex_body(r, text, lang, src)
        else:
            src = source_for(r, lang, cat)
            body = {"zh": zh_body, "zh-Hant": hant_body, "en": en_body}[lang](r, text, src)
        assert text in body
        rec = {"id": f"{PREFIX}-{i:04d}", "lang": lang, "text": body,
               "labels": [LAB[c] for c in "GMP" if c in lab], "category": cat, "source": src}
        if ex:
            rec["exemption"] = True
        out.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "posts written to", OUT)

if __name__ == "__main__":
    main()
