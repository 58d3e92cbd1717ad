#!/usr/bin/env python3
"""Build dev2.jsonl (second screening corpus, issue 9) from hand-written parts.

Clauses (clauses_*.txt, clean_*.txt, exempt.txt) and the full posts below were
hand-written without reading the project's screening rules or its first corpus.
Run: python3 build.py  (fixed seed, deterministic output)
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261127)
CODE = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}


def canon(lab):
    return [CODE[c] for c in "GMP" if c in lab]


def load(name, lang):
    out = []
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        lab, cat, text = line.split("|", 2)
        labels = [] if lab == "-" else canon(lab)
        out.append(dict(lang=lang, labels=labels, category=cat, clause=text))
    return out


# ---------------------------------------------------------------- parts
ZH_JOBS = [
    ("行政前台", ["接待来访客户，接听电话", "收发快递、管理办公用品", "协助组织公司活动"], "4000-5500元/月"),
    ("仓库管理员", ["负责出入库登记", "每月盘点库存", "用WMS系统录单"], "5000-6500"),
    ("电商客服", ["在线回复买家咨询", "处理售后退换货", "整理每日问题反馈"], "4500+提成"),
    ("销售代表", ["开发本地商超渠道", "维护老客户关系", "完成月度销售目标"], "底薪4000+提成，综合8k-15k"),
    ("会计", ["负责日常账务处理", "月末结账、报税", "整理凭证与档案"], "6000-8000"),
    ("外卖配送员", ["按平台派单配送", "保证餐品完好", "遵守交通规则"], "多劳多得，月入7000-12000"),
    ("门店店员", ["商品陈列、补货", "收银与会员登记", "保持店面整洁"], "3800-4800，包午餐"),
    ("普工", ["流水线组装电子元件", "按要求完成质检", "服从车间排班"], "时薪22元，月综合6000左右"),
    ("直播运营", ["策划直播脚本", "直播间中控、上链接", "复盘直播数据"], "7k-12k"),
    ("网约车司机", ["平台接单载客", "车辆日常保养", "保持车内卫生"], "月流水1.2万以上"),
    ("保安", ["小区门岗值守", "巡逻、登记外来车辆", "协助处理突发情况"], "4200，包住"),
    ("厨房帮工", ["洗切配菜", "协助厨师备料", "后厨卫生清洁"], "4500包吃住"),
    ("社群运营", ["维护几个微信群的活跃度", "每天发布团购信息", "统计订单"], "3500-5000，可居家"),
    ("英语培训老师", ["负责少儿英语小班课", "与家长沟通学习情况", "参与教研"], "课时费150-200元"),
    ("人事专员", ["负责招聘渠道维护", "办理入离职手续", "考勤统计"], "5000-7000"),
    ("质检员", ["来料检验", "填写检验报告", "跟进不良品处理"], "5500-6500"),
    ("导购", ["接待进店顾客", "介绍商品卖点", "完成个人业绩"], "底薪3500+提成"),
    ("设备维修工", ["维修生产线设备", "定期保养", "记录故障台账"], "7000-9000"),
    ("数据录入员", ["将纸质单据录入系统", "核对数据准确性", "整理归档"], "3800-4500"),
    ("快递分拣员", ["包裹扫描分拣", "装车前核对", "夜班为主"], "计件，月均6500"),
]
ZH_COS = ["鑫达物流", "优品生活超市", "恒信财税", "蓝海电子厂", "小树苗教育", "金桥汽车服务",
          "惠家便利店", "锦程人力", "星火传媒", "佳和物业", "味道小厨", "万通快递网点",
          "新城商贸", "云帆科技", "安心家政", "众鑫制衣厂"]
ZH_LOCS = ["东莞长安", "佛山顺德", "成都高新区", "武汉光谷", "杭州余杭", "肇庆端州", "郑州金水区",
           "南京江宁", "西安雁塔", "长沙岳麓", "苏州园区", "青岛黄岛"]
ZH_PERKS = ["五险一金，节日福利", "包吃住，满勤奖300", "双休，带薪年假", "月休4天，年底双薪",
            "交社保，有员工宿舍", "早九晚六，周末双休", "年终奖+旅游", "餐补500，交通补贴"]
ZH_REQS = ["有相关经验优先", "学历不限", "能吃苦耐劳", "沟通能力好", "会电脑基本操作",
           "责任心强", "服从安排", "身体健康"]

EN_JOBS = [
    ("Office Assistant", ["answer phones and greet visitors", "manage supplies"], "RMB 6,000-7,500/month"),
    ("Warehouse Operative", ["pick and pack orders", "load delivery vans"], "RMB 26/hour"),
    ("Sales Executive", ["develop new B2B accounts", "hit quarterly targets"], "base + commission"),
    ("Bookkeeper", ["maintain ledgers", "prepare monthly VAT returns"], "RMB 9k-12k"),
    ("Barista", ["prepare espresso drinks", "keep the bar clean"], "RMB 5,500 + tips"),
    ("Delivery Driver", ["deliver parcels across the district", "keep a clean driving record"], "RMB 8k-10k"),
    ("Customer Service Rep", ["handle chat and email tickets", "log issues in Zendesk"], "RMB 7,000"),
    ("English Tutor", ["teach small groups of children", "write progress reports"], "RMB 200/hour"),
    ("Front Desk Agent", ["check guests in and out", "handle reservations"], "RMB 6,500 + meals"),
    ("Marketing Coordinator", ["run social media calendars", "coordinate events"], "competitive"),
]
EN_COS = ["Harbour Logistics", "BrightPath Education", "Lotus Hotel Shenzhen", "Nova Trading Co.",
          "GreenLeaf Café", "Apex Consulting", "Pearl River Foods"]
EN_LOCS = ["Shanghai", "Shenzhen", "Guangzhou", "Suzhou", "Hong Kong", "Beijing Chaoyang"]
EN_PERKS = ["social insurance and housing fund", "13th-month salary", "free lunch and shuttle bus",
            "paid annual leave from day one", "staff dormitory available"]

HANT_JOBS = [
    ("門市人員", ["接待顧客、結帳", "商品上架與盤點"], "月薪32,000起"),
    ("行政助理", ["文書處理、接聽電話", "協助會議安排"], "月薪30,000-35,000"),
    ("倉儲管理員", ["進出貨登記", "庫存盤點"], "月薪34,000"),
    ("業務專員", ["開發新客戶", "維繫既有客戶"], "底薪28,000+獎金"),
    ("餐廳外場", ["帶位點餐", "環境清潔"], "時薪190元"),
    ("客服人員", ["電話及線上客服", "處理客訴"], "月薪31,000"),
]
HANT_COS = ["永盛貿易", "好鄰居超市", "宏達物流", "福記餐飲", "信義文具行", "港九電器"]
HANT_LOCS = ["台北市中山區", "新北市板橋", "台中西屯", "香港觀塘", "高雄前鎮", "澳門氹仔"]


def clients_template(lang, clause):
    """Clean clauses that describe the job itself (clients/duties) become the job line."""
    if lang == "zh":
        co, perk, req = rng.choice(ZH_COS[:4] + ["幸福里婚恋", "贝贝母婴", "仁和医院", "爱家月嫂中心"]), rng.choice(ZH_PERKS), rng.choice(ZH_REQS)
        if rng.random() < 0.5:
            return (f"【招聘】{clause}\n要求：{req}\n待遇：{rng.randrange(40, 90)}00元起，{perk}\n"
                    f"投递简历或到店面谈"), "style:BOSS直聘 (duty-led)"
        return f"招人！{clause}～{perk}，{req}，感兴趣的私聊", "style:微信群转发 (duty-led)"
    if lang == "en":
        return (f"{clause}\nPay: RMB {rng.randrange(5, 12)},000/month. {rng.choice(EN_PERKS).capitalize()}."), "style:classified (duty-led)"
    return f"{clause}。待遇面議，意者請來電。", "style:104人力銀行 (duty-led)"


def zh_template(c, clause):
    job, duties, pay = rng.choice(ZH_JOBS)
    co, loc, perk = rng.choice(ZH_COS), rng.choice(ZH_LOCS), rng.choice(ZH_PERKS)
    req = rng.choice(ZH_REQS)
    style = rng.randrange(8)
    if style == 0:
        src = "style:BOSS直聘"
        t = (f"【职位】{job}\n【薪资】{pay}\n【地点】{loc}\n岗位职责：\n1. {duties[0]}\n2. {duties[1]}\n"
             f"3. {duties[2]}\n任职要求：\n1. {req}\n2. {clause}\n福利：{perk}")
    elif style == 1:
        src = "style:58同城"
        t = f"{co}急招{job}！！{pay}，{clause}，{perk}。有意者电话联系 137****5{rng.randrange(100,999)}（微信同号）"
    elif style == 2:
        src = "style:微信群转发"
        t = (f"【转】{loc}{job}招人啦🔥🔥\n💰{pay}\n✅{clause}\n✅{req}\n✅{perk}\n"
             f"有兴趣的私我～不收任何费用❗")
    elif style == 3:
        src = "style:直播间口播稿"
        t = (f"家人们看过来！这个岗位是{co}的{job}，在{loc}，{pay}，主要就是{duties[0]}。"
             f"{clause}。{perk}，想去的点下方小黄车报名，名额不多哈～")
    elif style == 4:
        src = "style:招聘会展板"
        t = (f"{co}\n招聘岗位：{job}\n人数：{rng.randrange(1,10)}人\n要求：{req}；{clause}\n"
             f"待遇：{pay}，{perk}\n联系人：{rng.choice('王李张刘陈杨')}经理")
    elif style == 5:
        src = "style:one-liner"
        t = f"{loc}招{job}，{clause}，{pay}"
    elif style == 6:
        src = "style:招聘启事"
        t = (f"招聘启事\n\n{co}成立于{rng.randrange(2003,2021)}年，位于{loc}，因业务发展需要，现面向社会招聘"
             f"{job}若干名。\n一、岗位职责\n（一）{duties[0]}；\n（二）{duties[1]}；\n（三）{duties[2]}。\n"
             f"二、任职条件\n1.{req}；\n2.{clause}；\n3.遵纪守法，无不良记录。\n三、薪酬待遇\n{pay}，{perk}。\n"
             f"四、报名方式\n请将简历发送至公司邮箱，标题注明“应聘{job}+姓名”。")
    else:
        src = "style:智联/前程无忧"
        t = (f"{job} | {pay} | {loc} | 经验不限\n职位描述：\n- {duties[0]}\n- {duties[1]}\n"
             f"职位要求：\n- {clause}\n- {req}\n公司福利：{perk}")
    return t, src


def en_template(c, clause):
    job, duties, pay = rng.choice(EN_JOBS)
    co, loc, perk = rng.choice(EN_COS), rng.choice(EN_LOCS), rng.choice(EN_PERKS)
    style = rng.randrange(4)
    if style == 0:
        src = "style:LinkedIn/expat board"
        t = (f"{job} – {co} ({loc})\n\nResponsibilities:\n• {duties[0].capitalize()}\n• {duties[1].capitalize()}\n\n"
             f"Requirements:\n• {clause}\n• Good communication skills\n\nWe offer: {pay}, {perk}.")
    elif style == 1:
        src = "style:classified"
        t = f"HIRING: {job} in {loc}. {clause} {pay}. DM for details."
    elif style == 2:
        src = "style:fair board (bilingual)"
        t = f"{co}\nPost: {job}\nHeadcount: {rng.randrange(1,6)}\n{clause}\nPay: {pay}\nBenefits: {perk}"
    else:
        src = "style:company careers page"
        t = (f"About us: {co} has served customers in {loc} since {rng.randrange(1998,2019)}.\n"
             f"The role: you will {duties[0]} and {duties[1]}.\nWhat we look for: {clause}\n"
             f"Package: {pay}; {perk}. Apply with your CV.")
    return t, src


def hant_template(c, clause):
    job, duties, pay = rng.choice(HANT_JOBS)
    co, loc = rng.choice(HANT_COS), rng.choice(HANT_LOCS)
    style = rng.randrange(3)
    if style == 0:
        src = "style:104人力銀行"
        t = (f"【{co}】誠徵{job}\n工作地點：{loc}\n工作內容：\n1. {duties[0]}\n2. {duties[1]}\n"
             f"條件要求：\n1. {clause}\n2. 具責任感\n待遇：{pay}，享勞健保")
    elif style == 1:
        src = "style:港澳招聘版"
        t = f"{co}請{job}！{loc}，{pay}。{clause}。有意請WhatsApp聯絡陳小姐。"
    else:
        src = "style:one-liner"
        t = f"{loc}{job}，{clause}，{pay}"
    return t, src


FILL = {"zh": zh_template, "en": en_template, "zh-Hant": hant_template}

# ---------------------------------------------------------------- full hand-written posts
FULL = [
    # (lang, labels, category, text)
    ("zh", "G", "job_gender_listing", "【急聘】顺丰合作网点\n会计 女士1名\n司机 男士2名（B2驾照）\n分拣 若干\n工资面议，电话联系周主管"),
    ("zh", "G", "job_gender_listing", "蓝海电子厂大量招工：\n普工 男20名 女10名\n年龄18-45，包吃住，时薪23"),
    ("zh", "G", "job_gender_listing", "配送员 限男 3名 / 分拣员 女 5名 / 客服 2名\n有意者到前台登记"),
    ("zh", "G", "job_gender_listing", "招聘岗位：\n1、电工2名（男）\n2、文员1名（女）\n3、保洁1名\n待遇从优"),
    ("zh", "G", "job_gender_listing", "餐厅招：服务员女6人，传菜男4人，洗碗工2人，月休4天"),
    ("zh", "G", "job_gender_listing", "【小区招聘会·佳和物业】\n秩序维护员……男……3人\n客服前台……女……2人\n绿化工……不限……1人"),
    ("zh", "G", "gender_bracket", "招聘：销售经理（男）、出纳（女）各一名，薪资面议"),
    ("zh", "G", "gender_bracket", "急招 店长助理[限女] 8k，坐标广州天河"),
    ("zh", "G", "gender_field", "岗位：叉车司机\n性别：男\n年龄：25-45\n经验：两年以上\n薪资：6500-7500"),
    ("zh", "G", "gender_field", "职位名称：行政文员\n学历：大专\n性别：女\n工作时间：8:30-17:30，双休"),
    ("zh", "G", "exemption_misapplied", "关于我们：某某矿业集团，主营煤矿井下开采，年产120万吨。\n现招聘：市场销售专员（驻市区办公室）\n要求：限男性，本科以上，有销售经验\n待遇：底薪6000+提成"),
    ("zh", "G", "exemption_misapplied", "本公司为水泥生产企业，袋装水泥每袋50公斤。\n招聘：财务出纳1名，要求男性，持会计证，坐办公室。"),
    ("zh", "G", "exemption_misapplied", "矿业公司招聘 行政文员：仅限男性，负责公文、接待，办公地点在市区总部"),
    ("zh", "GM", "mothers_only", "📢宝妈看过来📢\n居家手工活，串珠子，计件结算\n❗仅招宝妈❗ 有孩子的妈妈才行\n不收押金，材料包邮"),
    ("zh", "M", "marriage_field", "招聘 出纳\n年龄：28-38\n婚育：已婚已育\n学历：中专以上\n电话联系"),
    ("zh", "M", "family_question", "面试流程：1. 填写应聘登记表（含婚姻状况、配偶职业、子女情况）2. 笔试 3. 部门面谈"),
    ("zh", "M", "pregnancy_dismissal", "员工须知（节选）：\n三、试用期内发现怀孕的，公司有权解除劳动合同；\n四、迟到三次扣半天工资。"),
    ("zh", "PM", "pregnancy_test", "入职流程：\n①提交身份证、学历证明\n②到公司指定医院体检，女性需查妊娠，阳性者不予录用\n③签订劳动合同"),
    ("zh", "G", "appearance", "酒吧招聘：DJ助理（男女不限）；气氛组女生，身高165+，颜值高，男生不要"),
    ("zh", "GM", "mothers_only", "社区团购团长，招有娃的宝妈，在小区群里帮忙接单就行，每月能有两三千"),
    ("en", "G", "job_gender_listing", "We are hiring:\n- Accountant x1 (female)\n- Driver x2 (male)\n- Cleaner x1\nContact HR."),
    ("en", "G", "gender_field", "Job: Security Guard\nGender: Male\nAge: 22-40\nShift: nights"),
    ("en", "M", "family_question", "Application form fields: name, phone, marital status (single / married / divorced), number of children, expected salary."),
    ("zh-Hant", "G", "job_gender_listing", "徵才：會計 女1名、司機 男2名、倉管 不拘1名，意者來電"),
    ("zh-Hant", "GM", "mothers_only", "居家打字工作，僅招媽媽，有孩子的家庭主婦優先，時間自由"),
    # long clean full posts
    ("zh", "", "ordinary", "招聘启事\n\n云帆科技因业务扩展，诚聘前端开发工程师2名。\n一、岗位职责：负责公司小程序开发与维护。\n二、任职要求：熟悉Vue、TypeScript，两年以上经验。\n三、待遇：12k-18k，双休，五险一金，年度体检。\n我们坚持平等招聘，欢迎各类背景的求职者。"),
    ("zh", "", "clients", "【幸福里婚恋】招聘婚恋顾问3名\n职责：\n1、接待来访会员，了解其择偶需求；\n2、审核会员婚姻状况、学历等资料的真实性；\n3、组织线下联谊活动。\n要求：男女不限，沟通能力强。\n薪资：4000+提成"),
    ("zh", "", "clients", "妇幼保健院招聘产科护士5名\n要求：护理专业，持执业证书，性别不限\n待遇：按院内薪酬制度，享受产假、哺乳假等\n报名：携带证件至人事科"),
    ("zh", "", "clients", "🍼母婴店招导购啦🍼\n卖奶粉、纸尿裤、孕婴用品\n宝妈宝爸、大学生都欢迎，男女不限\n💰3800+提成 包午餐"),
    ("zh", "", "mama_open", "【妈妈岗·家门口就业】\n岗位：社区食堂备餐员\n时间：9:00-14:00（可接送孩子）\n对象：有照顾孩子需要的家长均可报名，宝爸也欢迎\n待遇：2800元/月+社保"),
    ("zh", "", "clients", "女子中学招聘高中物理教师1名\n要求：硕士及以上，持高中教师资格证，男女不限\n待遇：事业编制，享受寒暑假"),
    ("zh", "", "clients", "男科医院招前台导诊2名，男女不限，负责挂号、引导患者，5000-6000"),
    ("zh", "", "clients", "月嫂培训中心招聘讲师：讲授新生儿护理、产妇营养，男性女性都可以，需持高级育婴师证"),
    ("zh", "", "benefits", "公司福利一览：\n✔️五险一金\n✔️婚假10天\n✔️产假158天+陪产假15天\n✔️孕检假带薪\n✔️员工子女六一礼包\n✔️三八节、女神节福利\n欢迎加入！"),
    ("zh", "", "ordinary", "招聘会展板\n惠家便利店\n店员3名：会收银，能上晚班（22点前结束）\n店长1名：有连锁便利店经验\n薪资4000-6500，联系人刘店长"),
    ("en", "", "clients", "Wedding Studio Assistant\nHelp couples choose gowns and suits, schedule fittings, and assist photographers on shoot days. Any gender welcome. RMB 5,000 + bonus."),
    ("en", "", "welcome_parents", "School-hours Admin Assistant (9:15-15:00)\nDesigned for parents who do the school run – mums and dads both welcome. Remote two days a week."),
    ("zh-Hant", "", "clients", "月子中心誠徵護理師3名\n工作內容：產婦及新生兒照護\n資格：具護理師證照，男女皆可\n待遇：月薪45,000起，享產假、育嬰假"),
    ("zh-Hant", "", "welcome_parents", "媽媽友善職缺（爸爸也歡迎）：兼職會計，每天10:00-15:00，可配合接送小孩"),
    ("zh", "", "ordinary", "网约车司机招募，C1驾照，驾龄3年以上，无不良记录，车辆公司提供，月流水1.5万"),
    ("zh", "", "clients", "巾帼家政服务中心招聘家政服务员，男女都要，会做饭、打扫，可住家可白班"),
]


def main():
    items = []
    for name, lang in [("clauses_zh.txt", "zh"), ("clauses_en.txt", "en"), ("clauses_hant.txt", "zh-Hant"),
                       ("clauses_obf.txt", "zh")]:
        items += load(name, lang)
    clean = load("clean_zh.txt", "zh") + load("clean_en.txt", "en") + load("clean_hant.txt", "zh-Hant")

    posts = []
    for it in items:
        text, src = FILL[it["lang"]](it, it["clause"])
        posts.append(dict(lang=it["lang"], text=text, labels=it["labels"], category=it["category"], source=src))

    for lang, lab, cat, text in FULL:
        posts.append(dict(lang=lang, text=text, labels=canon(lab), category=cat,
                          source="full-post:hand-written"))

    for line in open(os.path.join(HERE, "exempt.txt"), encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        lang, text = line.split("|", 1)
        if lang == "zh" and rng.random() < 0.6:
            # wrapper adds company/pay/contact only, never a second job title
            co, perk = rng.choice(["兴旺矿业", "鼎力建材", "港务装卸公司", "丰收粮贸", "宏基钢材市场"]), rng.choice(ZH_PERKS)
            wrapped = (f"{co}招聘\n{text}\n待遇：计件/计时，月综合{rng.randrange(65, 95)}00元左右，{perk}\n"
                       f"联系人：{rng.choice('王李张刘陈杨')}经理")
            src = "style:招聘会展板 (wrapper)"
        else:
            wrapped, src = text, "full-post:hand-written"
        posts.append(dict(lang=lang, text=wrapped, labels=[], category="exemption", source=src, exemption=True))

    n_viol = sum(1 for p in posts if p["labels"])
    # clean posts: each clean clause used once, then reuse in other templates until balanced
    pool = list(clean)
    i = 0
    while sum(1 for p in posts if not p["labels"]) < n_viol:
        if i < len(pool):
            it = pool[i]
        else:
            it = rng.choice(pool)
        i += 1
        if it["category"] == "clients":
            text, src = clients_template(it["lang"], it["clause"])
        else:
            text, src = FILL[it["lang"]](it, it["clause"])
        if text in {p["text"] for p in posts}:
            continue
        posts.append(dict(lang=it["lang"], text=text, labels=[], category=it["category"], source=src))

    rng.shuffle(posts)
    with open(os.path.join(HERE, "dev2.jsonl"), "w", encoding="utf-8") as f:
        for n, p in enumerate(posts, 1):
            row = {"id": f"c2-{n:04d}", "lang": p["lang"], "text": p["text"], "labels": p["labels"],
                   "category": p["category"], "source": "issue9-corpus2 hand-written; " + p["source"]}
            if p.get("exemption"):
                row["exemption"] = True
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    # summary
    print("total", len(posts))
    print("violating", sum(1 for p in posts if p["labels"]), "clean", sum(1 for p in posts if not p["labels"]),
          "of which exemption", sum(1 for p in posts if p.get("exemption")))
    print("lang", Counter(p["lang"] for p in posts))
    print("lang violating", Counter(p["lang"] for p in posts if p["labels"]))
    print("label", Counter(l for p in posts for l in p["labels"]))
    print("labelsets", Counter("+".join(p["labels"]) or "[]" for p in posts))
    print("category violating", sorted(Counter(p["category"] for p in posts if p["labels"]).items()))
    print("category clean", sorted(Counter(p["category"] for p in posts if not p["labels"]).items()))


if __name__ == "__main__":
    main()
