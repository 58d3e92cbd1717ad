#!/usr/bin/python3
"""Deterministic builder for corpus dev32 (author d32). Standard library only.
Wraps each hand-written item from items_*.py in a realistic ad body and writes dev32.jsonl."""
import json, random, hashlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_zh_v, items_zh_c, items_hant, items_en, items_ex

R = random.Random(3232)

ORG = {
 "zh": {
  "edu": ["阳光树幼儿园", "小橡果早教中心", "启明星托育园", "思途课外培训（城东校区）", "优才家教服务中心", "七彩虹艺术培训学校", "博雅双语幼儿园"],
  "med": ["仁和口腔门诊部", "康源体检中心", "美颜医疗美容诊所", "益寿堂大药房（连锁）", "德济民营医院", "安康社区诊所", "华美医美门诊"],
  "care": ["悦享月子会所", "贝恩产后修复中心", "馨月母婴护理中心", "安贝月子中心"],
  "fit": ["力健健身工作室", "梵音瑜伽馆", "舞动青春舞蹈工作室", "乐跑体能训练营", "铁馆24小时健身"],
  "spa": ["御足堂足疗养生馆", "百草养生会所", "颐和中医理疗馆", "云水间SPA养生"],
 },
 "zh-Hant": {
  "edu": ["精英補習社（旺角）", "明德補習班", "小樹苗幼稚園", "卓越學習中心"],
  "med": ["仁心醫務所", "康健牙科診所", "美麗醫美診所", "大眾藥房"],
  "care": ["悅月坐月子中心", "寶貝陪月服務"],
  "fit": ["Power健身室", "靜心瑜伽教室", "星光舞蹈教室"],
  "spa": ["舒活按摩館", "玉手美容院"],
 },
 "en": {
  "edu": ["Harbour International School", "Little Explorers Nursery", "BrightMinds Tutorial Centre", "Oakwood Kindergarten"],
  "med": ["Central Family Clinic", "SmileBright Dental", "Lumiere Aesthetic Clinic", "CarePlus Pharmacy"],
  "care": ["Nest Postnatal Care", "Bloom Mother & Baby Centre"],
  "fit": ["IronWorks Gym", "Lotus Yoga Studio", "Pulse Dance Studio", "CoreFit Wellness"],
  "spa": ["Serenity Wellness Spa", "Harmony Massage Studio"],
 },
}
DUTY = {
 "zh": {
  "edu": ["1. 负责日常教学与班级管理；\n2. 配合教研组完成课程设计；\n3. 做好家园沟通与学员回访。",
          "1. 按课表完成授课，批改作业；\n2. 记录学员学习档案；\n3. 参与周末公开课活动。"],
  "med": ["1. 负责前台接待、分诊与预约；\n2. 协助医生完成诊疗流程；\n3. 做好消毒与病历登记。",
          "1. 按岗位规范完成日常工作；\n2. 配合科室排班；\n3. 维护客户关系，跟进回访。"],
  "care": ["1. 负责客户入住期间的日常护理；\n2. 记录护理日志；\n3. 配合营养师完成餐食安排。"],
  "fit": ["1. 负责会员训练指导与课程销售；\n2. 维护场馆器械安全；\n3. 完成月度业绩目标。",
          "1. 带领团课，编排课程；\n2. 会员体测与训练计划制定；\n3. 配合门店活动。"],
  "spa": ["1. 按标准流程为客人提供服务；\n2. 保持工位整洁；\n3. 配合店长完成门店业绩。"],
 },
 "zh-Hant": {
  "edu": ["- 負責日常教學及功課輔導\n- 與家長保持聯絡\n- 協助中心行政工作"],
  "med": ["- 負責登記、配藥及覆診預約\n- 協助醫生處理日常診症\n- 保持診所清潔衛生"],
  "care": ["- 照顧客人日常起居\n- 記錄護理情況\n- 配合中心安排輪班"],
  "fit": ["- 帶領課堂及私人訓練\n- 推廣會籍\n- 保持場地安全"],
  "spa": ["- 為客人提供按摩及護理服務\n- 保持房間整潔\n- 配合店舖營業時間"],
 },
 "en": {
  "edu": ["- Plan and deliver engaging lessons\n- Keep learning records up to date\n- Communicate progress to families"],
  "med": ["- Front-desk reception and appointment scheduling\n- Support clinicians during consultations\n- Maintain hygiene and records"],
  "care": ["- Provide day-to-day care to clients\n- Keep accurate care logs\n- Work on a rotating roster"],
  "fit": ["- Deliver classes and 1:1 sessions\n- Drive membership sales\n- Keep the floor safe and tidy"],
  "spa": ["- Deliver treatments to studio standards\n- Keep treatment rooms spotless\n- Support retail targets"],
 },
}
PAY_ZH = ["薪资：4500-7000元/月+提成，五险一金，带薪年假", "底薪5000+课时费，包午餐，节日福利", "月薪6000-9000，双休，年度旅游", "综合收入8000-12000，包住，满勤奖300"]
PAY_HK = ["月薪 HK$16,000 - 20,000，有年終花紅", "時薪 HK$80，有醫療津貼", "月薪 HK$14,500 起，五天工作"]
PAY_TW = ["月薪 NT$32,000 起，勞健保，三節獎金", "時薪 NT$200，彈性排班", "月薪 NT$38,000-45,000，享年終"]
PAY_EN = ["Salary: HK$18,000-25,000/month + bonus", "Competitive salary, medical insurance, 14 days annual leave", "GBP 24,000-28,000 pro rata, pension scheme", "SGD 3,200-4,000 + commission"]
CITY_ZH = ["广州天河", "深圳南山", "杭州西湖", "成都高新", "武汉光谷", "肇庆端州", "南京鼓楼", "郑州金水"]

def zh_templates(org, sector, item, r):
    duty = r.choice(DUTY["zh"][sector]); pay = r.choice(PAY_ZH); city = r.choice(CITY_ZH)
    return [
     ("zh_notice", f"{org}招聘启事\n工作地点：{city}\n\n岗位职责：\n{duty}\n\n任职要求：\n1. {item}\n2. 有相关工作经验者优先；\n3. 责任心强，服从安排。\n\n薪资福利：\n{pay}\n\n有意者请将简历发送至hr@example.cn"),
     ("zh_platform", f"【{city}】{org} 急聘\n{pay}\n—— 职位描述 ——\n{duty}\n—— 要求 ——\n{item}\n经验不限，可接受应届生\n投递方式：平台内直接沟通"),
     ("zh_wechat", f"📢{org}招人啦！\n{item}\n📍{city}\n💰{pay}\n感兴趣的私信我，或者转发给身边合适的朋友～"),
     ("zh_livestream", f"家人们看过来，今天直播间给大家带来{org}的岗位！工作地点在{city}，{pay}。这个岗位呢，{item}。主要做什么？{duty.replace(chr(10), ' ')} 想报名的点击下方小黄车投递！"),
     ("zh_poster", f"{org}\n＊＊招＊＊聘＊＊\n{item}\n{pay}\n地址：{city}店内面谈"),
     ("zh_agency", f"【岗位信息表】\n用人单位：{org}\n工作地点：{city}\n岗位要求：{item}\n待遇：{pay}\n服务费：求职者免费\n报名：到中介门店登记"),
     ("zh_fair", f"招聘会进小区·{city}专场\n单位：{org}\n岗位说明：{item}\n{pay}\n现场可面试，请携带简历"),
     ("zh_oneliner", f"{org}：{item}"),
    ]

def hant_templates(org, sector, item, r):
    duty = r.choice(DUTY["zh-Hant"][sector]); hk = r.choice(PAY_HK); tw = r.choice(PAY_TW)
    return [
     ("hk_ad", f"{org} 誠聘\n\n職責：\n{duty}\n\n要求：\n• {item}\n• 良好溝通能力\n\n待遇：{hk}\n有意者請電郵履歷及期望薪金至 hr@example.hk"),
     ("tw_104", f"【{org}】職缺\n工作內容：\n{duty}\n條件要求：{item}\n{tw}\n意者請來電或直接於平台應徵"),
     ("hk_poster", f"{org} 請人\n{item}\n{hk}\n即日面試"),
    ]

def en_templates(org, sector, item, r):
    duty = r.choice(DUTY["en"][sector]); pay = r.choice(PAY_EN)
    return [
     ("en_jd", f"{org} is hiring!\n\nKey responsibilities:\n{duty}\n\nRequirements:\n- {item}\n- Relevant experience preferred\n- Good communication skills\n\n{pay}\nApply with CV to careers@example.com"),
     ("en_linkedin", f"We're growing! {org} is looking for a new team member. {item} {pay}. DM me or apply via the link. #hiring #jobs"),
     ("en_email", f"Hi,\n\nI'm recruiting on behalf of {org}. Quick summary of the brief:\n{item}\n{duty}\n{pay}\n\nLet me know if you or someone you know is interested.\n\nBest,\nRecruitment Team"),
     ("en_mixed", f"{org} 招聘 / Now Hiring\nRequirements: {item}\n{pay}\n微信/WhatsApp 联系"),
     ("en_oneliner", f"{org}: {item}"),
    ]

def heavy_templates(lang, org, item, r):
    if lang == "zh":
        pay = r.choice(["日结300-400元", "月薪7000-9000，包吃住", "计件工资，多劳多得，月入8000+"])
        return [("zh_notice", f"{org}招聘\n\n岗位及要求：\n{item}\n\n待遇：{pay}\n工作时间：8:00-17:00\n报名电话：0758-****321"),
                ("zh_agency", f"【岗位信息表】\n用人单位：{org}\n岗位：{item}\n待遇：{pay}\n报名：到中介门店登记"),
                ("zh_wechat", f"急招！{org}\n{item}\n{pay}，有意私聊")]
    if lang == "zh-Hant":
        return [("hk_ad", f"{org} 請人\n{item}\n日薪 HK$900，即日開工"),
                ("tw_104", f"【{org}】職缺\n{item}\n日薪 NT$2,500，可日領")]
    return [("en_jd", f"{org} - vacancy\n\n{item}\n\nDay rate GBP 130. Start Monday. Call the site office."),
            ("en_email", f"Hi,\n\nShort-notice role with {org}:\n{item}\nPay: HK$1,000/day.\n\nThanks")]

TPL = {"zh": zh_templates, "zh-Hant": hant_templates, "en": en_templates}

HEAVY_ORG = {"zh": ["鑫达劳务派遣有限公司", "顺通后勤服务有限公司", "安达搬运服务部", "恒力人力资源公司"],
             "zh-Hant": ["利達人力資源公司", "順興搬運公司"],
             "en": ["StaffLink Labour Hire", "Prime Site Services"]}

def wrap(lang, sector, item, r, blurb=None, heavy=False):
    org = r.choice(ORG[lang][sector])
    if heavy and blurb:
        hdr = {"zh": "招聘信息", "zh-Hant": "招聘資訊", "en": "Vacancy"}[lang]
        return "company_blurb", f"{blurb}\n\n{hdr}\n{item}\n" + {"zh": "简历请投 hr@example.cn", "zh-Hant": "履歷請寄 hr@example.hk", "en": "Send your CV to jobs@example.com"}[lang]
    if heavy:
        org = r.choice(HEAVY_ORG[lang])
        source, text = r.choice(heavy_templates(lang, org, item, r))
    else:
        source, text = r.choice(TPL[lang](org, sector, item, r))
    return source, text

records = []
def add(lang, sector, item, labels, category, exemption=False, blurb=None):
    source, text = wrap(lang, sector, item, R, blurb, heavy=exemption or category == "exemption_decoy")
    assert item in text, item
    rec = {"lang": lang, "text": text, "labels": sorted(labels), "category": category, "source": source}
    if exemption:
        rec["exemption"] = True
        assert labels == []
    records.append(rec)

for s, t, l, c in items_zh_v.ITEMS: add("zh", s, t, l, c)
for s, t, l, c in items_zh_c.OBF: add("zh", s, t, l, c)
for s, t, l, c in items_zh_c.CLEAN_OBF: add("zh", s, t, l, c)
for s, t, l, c in items_zh_c.CLEAN: add("zh", s, t, l, c)
for s, t, l, c in items_hant.VIOL + items_hant.CLEAN: add("zh-Hant", s, t, l, c)
for s, t, l, c in items_en.VIOL + items_en.CLEAN: add("en", s, t, l, c)
for lang, s, t, c in items_ex.EXEMPT: add(lang, s, t, [], c, exemption=True)
for lang, s, b, t, c in items_ex.DECOY: add(lang, s, t, ["GENDER"], c, blurb=b)

# every item used exactly once
all_items = [x[1] for x in items_zh_v.ITEMS + items_zh_c.OBF + items_zh_c.CLEAN_OBF + items_zh_c.CLEAN
             + items_hant.VIOL + items_hant.CLEAN + items_en.VIOL + items_en.CLEAN] \
            + [x[2] for x in items_ex.EXEMPT] + [x[3] for x in items_ex.DECOY]
assert len(all_items) == len(set(all_items)), "duplicate item"
VALID = {"GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"}
for rec in records:
    assert set(rec["labels"]) <= VALID

R.shuffle(records)
out = []
for i, rec in enumerate(records, 1):
    o = {"id": f"d32-{i:04d}"}
    o.update(rec)
    out.append(json.dumps(o, ensure_ascii=False))
path = os.path.join(HERE, "dev32.jsonl")
with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(out) + "\n")
print(len(out), hashlib.sha256(open(path, "rb").read()).hexdigest())
