#!/usr/bin/env python3
"""Build dev12.jsonl (author 12, blind corpus). Standard library only, fixed seed.

Every item in items_*.py is hand-written and used in exactly one post.
Item tuple: (lang, labels, category, text, slot, job)
  slot: req (requirements line), ben (benefit/duty line), form (field-form block),
        full (whole body, only a header/footer is added), line (one-liner), wx, live
"""
import hashlib
import json
import os
import random

import items_zh_viol
import items_zh_clean
import items_hant
import items_en
import items_exempt
import items_extra

SEED = 20261212
PREFIX = "s12d"
BENEFIT_CATS = {"clean_benefit", "mixed_clean"}
EXEMPT_CATS = {"exemption_load", "exemption_underground", "exemption_intensity"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev12.jsonl")

ALL = (items_zh_viol.ITEMS + items_zh_clean.ITEMS + items_hant.ITEMS
       + items_en.ITEMS + items_exempt.ITEMS + items_extra.ITEMS)

ZH_COMPANIES = ["鑫航物流有限公司", "禾润餐饮管理有限公司", "星河电子商务有限公司", "安居家政服务中心",
                "蓝鲸同城配送站", "恒信财税咨询有限公司", "乐程网络科技有限公司", "万家福超市",
                "锦程人力资源服务有限公司", "优选到家生活服务平台", "云帆文化传媒有限公司", "青禾教育培训学校",
                "顺达快递营业部", "汇智客服外包有限公司", "美宜佳连锁门店", "瑞丰酒店管理有限公司",
                "东升机械配件厂", "百川医药连锁", "小橙出行服务站", "康颐养老服务中心"]
ZH_CITIES = ["杭州市西湖区", "成都市武侯区", "东莞市长安镇", "郑州市金水区", "佛山市顺德区", "苏州市工业园区",
             "长沙市岳麓区", "合肥市蜀山区", "南宁市青秀区", "济南市历下区", "昆明市官渡区", "武汉市洪山区",
             "肇庆市端州区", "重庆市渝北区", "西安市雁塔区"]
ZH_JOBS = {
    "行政助理": ["负责日常考勤、办公用品采购与登记", "协助组织会议、整理会议纪要"],
    "会计": ["负责凭证录入、账务处理及月度报税", "配合年度审计，整理财务档案"],
    "电话客服": ["接听客户来电，解答订单与售后问题", "记录工单并跟进处理结果"],
    "在线客服": ["通过平台在线回复买家咨询", "处理退换货申请，维护店铺评分"],
    "销售代表": ["开发区域客户，维护老客户关系", "完成月度销售指标"],
    "仓库管理员": ["负责出入库登记与系统录入", "定期盘点库存，保证账实相符"],
    "外卖骑手": ["按平台派单配送餐品，准时送达", "保持餐箱清洁，文明骑行"],
    "快递员": ["负责片区快件派送与揽收", "使用巴枪扫描，按时回单"],
    "网约车司机": ["通过平台接单，安全驾驶", "保持车内整洁，服务评分4.8以上"],
    "保洁员": ["负责写字楼公共区域日常清洁", "按清洁标准完成巡检记录"],
    "前台接待": ["接待来访客户，登记访客信息", "收发快递，管理会议室预订"],
    "带货主播": ["按排期进行直播带货，讲解产品卖点", "配合运营复盘直播数据"],
    "收银员": ["负责门店收银、对账", "协助理货及陈列"],
    "餐厅服务员": ["负责点餐、传菜及餐后清理", "热情接待顾客"],
    "家政服务员": ["上门提供日常保洁、收纳服务", "按订单要求完成服务并拍照反馈"],
    "数据标注员": ["按规范完成图片与文本标注", "参与质检抽查"],
    "理货员": ["负责商品上架、补货", "检查保质期，做好陈列"],
    "招生顾问": ["接待来访家长，介绍课程", "跟进意向学员，完成报名"],
    "护理员": ["负责长者日常生活照料", "协助护士完成基础护理记录"],
    "英语教师": ["负责少儿英语课程教学", "与家长沟通学习进度"],
}
ZH_REQS = ["高中及以上学历，会基本电脑操作", "有相关工作经验者优先", "责任心强，沟通表达清楚",
           "能适应倒班", "持健康证或入职后一周内办理", "普通话标准", "18-50周岁，身体健康",
           "服从安排，有团队意识", "熟练使用Excel、企业微信", "有C1驾照者优先"]
ZH_PAY = ["底薪3800+提成，综合5000-8000元/月", "4500-6000元/月，按月发放不拖欠", "时薪22元，每周结算",
          "计件，多劳多得，熟手月入7000+", "6000-9000元/月，年终奖1-3个月", "3500-4200元/月，试用期1个月"]
ZH_BEN = ["缴纳五险一金", "包吃包住", "带薪年假、节日福利", "入职即购买社保", "免费岗前培训", "月休4天，加班有加班费"]
ZH_CONTACT = ["联系人：周经理 138****6621", "电话：0571-8****302（工作日9:00-17:30）", "简历投递：hr@example.cn",
              "微信同号：159****0731", "地址见招聘会展位B-12，现场可面试", "请通过平台“立即投递”报名"]

HANT_COMPANIES = ["德興物流有限公司", "嘉峰餐飲集團", "恒基物業管理", "新晴家居服務", "立達會計師行",
                  "光華補習中心", "宏展電子股份有限公司", "好食光便當店", "安心長照服務中心", "匯豐盛貿易有限公司"]
HANT_JOBS = ["行政助理", "會計文員", "客戶服務員", "倉務員", "送貨司機", "清潔員", "門市店員",
             "餐廳服務員", "補習老師", "電話客服", "業務專員", "保安員"]
HANT_REQS = ["中五程度或以上", "懂基本電腦操作", "具相關經驗優先", "需輪班", "懂粵語及普通話", "有責任心"]
HANT_PAY = ["月薪 HK$16,000 - 18,500", "時薪 HK$65", "月薪新台幣 32,000 元起", "月薪 NT$30,000 - 36,000",
            "月薪 HK$14,500 + 勤工獎"]
HANT_BEN = ["五天工作", "有年終雙糧", "勞健保、員工旅遊", "醫療津貼", "強積金", "三節獎金"]

EN_COMPANIES = ["Northwind Logistics", "Brightpath Retail Ltd", "Harbourline Services", "Kestrel Analytics",
                "Maple & Co Cleaning", "Orbit Delivery", "Summit Finance Partners", "Lotus Hospitality Group",
                "Pinecrest Care Homes", "Bluefin Media", "Ridgeway Security", "Apex Language Centre"]
EN_JOBS = ["Office Administrator", "Customer Service Agent", "Sales Executive", "Warehouse Clerk",
           "Delivery Rider", "Receptionist", "Bookkeeper", "Live-stream Host", "Housekeeper",
           "Driver", "Care Assistant", "English Tutor", "Data Annotator", "Barista"]
EN_REQS = ["2+ years of relevant experience", "Good written and spoken English", "Comfortable with shift work",
           "Proficient in MS Office / Google Workspace", "Valid right to work", "Customer-focused attitude"]
EN_BEN = ["Annual leave 14 days", "Medical insurance", "Performance bonus", "Free staff meals",
          "Training and career progression", "Transport allowance"]
EN_PAY = ["RMB 7,000-9,000 / month", "HK$18,000-22,000", "USD 22/hour", "S$2,800-3,200 monthly",
          "Competitive salary + commission", "GBP 24,000-27,000 p.a."]


def pick(rng, seq, k=1):
    return rng.sample(seq, k) if k > 1 else rng.choice(seq)


def zh_render(rng, text, slot, job):
    co = pick(rng, ZH_COMPANIES)
    city = pick(rng, ZH_CITIES)
    if job is None:
        job = pick(rng, sorted(ZH_JOBS))
    duties = ZH_JOBS.get(job, ["按岗位要求完成日常工作", "完成上级交办的其他事项"])
    reqs = pick(rng, ZH_REQS, 2)
    pay = pick(rng, ZH_PAY)
    ben = "、".join(pick(rng, ZH_BEN, 2))
    contact = pick(rng, ZH_CONTACT)
    n = rng.randint(1, 6)
    if slot == "full":
        v = rng.randint(0, 2)
        if v == 0:
            return text + "\n" + contact, "full/plain"
        if v == 1:
            return "【" + co + "】\n" + text + "\n" + contact, "full/header"
        return text, "full/bare"
    if slot == "line":
        v = rng.randint(0, 2)
        if v == 0:
            return text, "line/bare"
        if v == 1:
            return city[:3] + "｜" + text, "line/city"
        return text + " " + contact, "line/contact"
    if slot == "form":
        v = rng.randint(0, 2)
        if v == 0:
            return ("{co} 招聘信息表\n工作地点：{city}\n{t}\n薪资：{pay}\n福利：{ben}\n{c}").format(
                co=co, city=city, t=text, pay=pay, ben=ben, c=contact), "form/sheet"
        if v == 1:
            return ("【人力资源市场岗位登记】\n用工单位：{co}\n{t}\n待遇：{pay}\n备注：{r}\n{c}").format(
                co=co, t=text, pay=pay, r=reqs[0], c=contact), "form/register"
        return ("{co}\t{city}\n{t}\n以上岗位{ben}。{c}").format(
            co=co, city=city, t=text, ben=ben, c=contact), "form/tab"
    if slot == "wx":
        return ("急招！{city}{job}{n}名\n{t}\n{pay}，{ben}\n有意私聊，{c}").format(
            city=city[:2], job=job, n=n, t=text, pay=pay, ben=ben, c=contact), "wx/moments"
    if slot == "live":
        return ("【直播带岗口播稿】家人们看过来，{co}这个{job}岗位今天在直播间上链接了！"
                "工作在{city}，{pay}。{t} 想报名的点下方小黄车“投递”，{ben}都有的。").format(
            co=co, job=job, city=city, pay=pay, t=text, ben=ben), "live/script"
    if slot == "duty":
        v = rng.randint(0, 1)
        if v == 0:
            return ("{co}招聘启事\n招聘岗位：{job}\n工作地点：{city}\n岗位职责：\n1. {d0}\n2. {t}\n3. {d1}\n"
                    "任职要求：{r0}；{r1}\n薪资福利：{pay}；{ben}\n{c}").format(
                co=co, job=job, city=city, d0=duties[0], t=text, d1=duties[1], r0=reqs[0], r1=reqs[1],
                pay=pay, ben=ben, c=contact), "ad/duty-list"
        return ("招聘岗位：{job}（{n}人）\n公司：{co}\n工作内容：{d0}；{t}\n要求：{r0}，{r1}\n待遇：{pay}，{ben}\n{c}").format(
            job=job, n=n, co=co, d0=duties[0], t=text, r0=reqs[0], r1=reqs[1], pay=pay, ben=ben,
            c=contact), "ad/duty-slot"
    if slot == "ben":
        v = rng.randint(0, 1)
        if v == 0:
            return ("{co}招聘{job}\n工作地点：{city}\n岗位职责：\n1. {d0}\n2. {d1}\n任职要求：\n1. {r0}\n2. {r1}\n"
                    "薪资福利：\n1. {pay}\n2. {t}\n3. {ben}\n{c}").format(
                co=co, job=job, city=city, d0=duties[0], d1=duties[1], r0=reqs[0], r1=reqs[1],
                pay=pay, t=text, ben=ben, c=contact), "ad/benefit-slot"
        return ("【{job}】{co}\n📍{city}\n💰{pay}\n岗位要求：{r0}\n福利待遇：\n· {ben}\n· {t}\n{c}").format(
            job=job, co=co, city=city, pay=pay, r0=reqs[0], ben=ben, t=text, c=contact), "ad/benefit-poster"
    # req
    v = rng.randint(0, 3)
    if v == 0:
        return ("{co}招聘启事\n招聘岗位：{job}\n招聘人数：{n}人\n工作地点：{city}\n岗位职责：\n1. {d0}\n2. {d1}\n"
                "任职要求：\n1. {r0}\n2. {t}\n3. {r1}\n薪资福利：{pay}；{ben}\n{c}").format(
            co=co, job=job, n=n, city=city, d0=duties[0], d1=duties[1], r0=reqs[0], t=text, r1=reqs[1],
            pay=pay, ben=ben, c=contact), "ad/qishi"
    if v == 1:
        return ("【{job}】{pay}\n{co}｜{city}\n工作内容：{d0}，{d1}。\n{t}\n{r0}。\n福利：{ben}\n{c}").format(
            job=job, pay=pay, co=co, city=city, d0=duties[0], d1=duties[1], t=text, r0=reqs[0], ben=ben,
            c=contact), "ad/platform"
    if v == 2:
        return ("{co}诚聘\n一、岗位：{job}\n二、职责：{d0}\n三、要求：{t}；{r0}\n四、待遇：{pay}，{ben}\n五、{c}").format(
            co=co, job=job, d0=duties[0], t=text, r0=reqs[0], pay=pay, ben=ben, c=contact), "ad/numbered"
    return ("招聘｜{job}\n📍{city}\n💰{pay}\n✅{r0}\n✅{t}\n✅{r1}\n🎁{ben}\n☎️{c}").format(
        job=job, city=city, pay=pay, r0=reqs[0], t=text, r1=reqs[1], ben=ben, c=contact), "ad/poster"


def hant_render(rng, text, slot, job):
    co = pick(rng, HANT_COMPANIES)
    if job is None:
        job = pick(rng, HANT_JOBS)
    reqs = pick(rng, HANT_REQS, 2)
    pay = pick(rng, HANT_PAY)
    ben = "、".join(pick(rng, HANT_BEN, 2))
    if slot == "full":
        return text, "full/bare"
    if slot == "line":
        return text, "line/bare"
    if slot in ("form", "wx", "live"):
        return ("{co} 職缺一覽\n{t}\n待遇：{pay}\n福利：{ben}\n有意者請致電或 WhatsApp 9***-2**8").format(
            co=co, t=text, pay=pay, ben=ben), "hant/form"
    if slot == "duty":
        return ("{co} 誠聘 {job}\n職責：{t}；及上司交辦事項\n要求：{r0}、{r1}\n待遇：{pay}\n福利：{ben}\n"
                "請將履歷電郵至 hr@example.com.hk").format(
            co=co, job=job, t=text, r0=reqs[0], r1=reqs[1], pay=pay, ben=ben), "hant/duty-slot"
    if slot == "ben":
        return ("{co} 誠聘 {job}\n職責：日常工作及上司交辦事項\n要求：{r0}、{r1}\n待遇：{pay}\n福利：{t}；{ben}\n"
                "請將履歷電郵至 hr@example.com.hk").format(
            co=co, job=job, r0=reqs[0], r1=reqs[1], pay=pay, t=text, ben=ben), "hant/benefit-slot"
    v = rng.randint(0, 1)
    if v == 0:
        return ("{co} 誠聘\n職位：{job}\n要求：\n- {r0}\n- {t}\n- {r1}\n待遇：{pay}，{ben}\n"
                "有意者請將履歷電郵至 hr@example.com.hk，列明現時及期望薪金。").format(
            co=co, job=job, r0=reqs[0], t=text, r1=reqs[1], pay=pay, ben=ben), "hant/hk-ad"
    return ("【{job}】{co}\n工作內容：依主管安排處理日常業務\n條件要求：{r0}；{t}\n薪資待遇：{pay}\n"
            "公司福利：{ben}\n應徵方式：請由人力銀行投遞履歷").format(
        job=job, co=co, r0=reqs[0], t=text, pay=pay, ben=ben), "hant/tw-104"


def en_render(rng, text, slot, job):
    co = pick(rng, EN_COMPANIES)
    if job is None:
        job = pick(rng, EN_JOBS)
    reqs = pick(rng, EN_REQS, 2)
    bens = pick(rng, EN_BEN, 2)
    pay = pick(rng, EN_PAY)
    if slot == "full":
        return text, "full/bare"
    if slot == "line":
        return text, "line/bare"
    if slot == "duty":
        return ("{job} - {co}\nWhat you'll do:\n- {t}\n- Keep records up to date in our CRM\n"
                "What we're looking for:\n- {r0}\n- {r1}\nPay: {pay}. Perks: {b0}.").format(
            job=job, co=co, t=text, r0=reqs[0], r1=reqs[1], pay=pay, b0=bens[0]), "en/duty-slot"
    if slot == "ben":
        return ("{job} - {co}\nAbout the role: you will support daily operations and customers.\n"
                "Requirements:\n- {r0}\n- {r1}\nWhat we offer:\n- {pay}\n- {t}\n- {b0}\n"
                "Apply via the link below.").format(
            job=job, co=co, r0=reqs[0], r1=reqs[1], pay=pay, t=text, b0=bens[0]), "en/benefit-slot"
    v = rng.randint(0, 2)
    if v == 0:
        return ("Job title: {job}\nCompany: {co}\nSalary: {pay}\n\nResponsibilities\n- Handle day-to-day tasks "
                "for the team\n- Keep accurate records\n\nRequirements\n- {r0}\n- {t}\n- {r1}\n\nBenefits: {b0}, {b1}.").format(
            job=job, co=co, pay=pay, r0=reqs[0], t=text, r1=reqs[1], b0=bens[0], b1=bens[1]), "en/jd"
    if v == 1:
        return ("We're hiring! {co} is looking for {art} {job} to join our team.\n{t}\n"
                "{r0}. {pay}. DM me or comment below.\n#hiring #jobs").format(
            co=co, art="an" if job[0] in "AEIOU" else "a", job=job, t=text, r0=reqs[0], pay=pay), "en/linkedin"
    return ("Subject: {job} opportunity - {co}\n\nHi,\n\nI'm recruiting a {job} for my client {co}. "
            "Package: {pay}.\n{t}\nOther must-haves: {r0}; {r1}.\n\nBest regards,\nRecruitment Consultant").format(
        job=job, co=co, pay=pay, t=text, r0=reqs[0], r1=reqs[1]), "en/recruiter-email"


def main():
    rng = random.Random(SEED)
    seen = set()
    for it in ALL:
        assert len(it) == 6, it
        assert it[3] not in seen, "duplicate item: " + it[3]
        seen.add(it[3])
        assert it[0] in ("zh", "zh-Hant", "en"), it
        assert set(it[1]) <= {"GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"}, it
    order = list(range(len(ALL)))
    rng.shuffle(order)
    lines = []
    for n, idx in enumerate(order, 1):
        lang, labels, cat, text, slot, job = ALL[idx]
        if slot == "ben" and cat not in BENEFIT_CATS:
            slot = "duty"  # client/duty/info lines go into the duties part, not the benefits list
        if lang == "zh":
            body, tpl = zh_render(rng, text, slot, job)
        elif lang == "zh-Hant":
            body, tpl = hant_render(rng, text, slot, job)
        else:
            body, tpl = en_render(rng, text, slot, job)
        assert text in body, (text, body)
        rec = {"id": "%s-%04d" % (PREFIX, n), "lang": lang, "text": body, "labels": list(labels),
               "category": cat, "source": "author12 hand-written item, template " + tpl}
        if cat in EXEMPT_CATS:
            assert labels == [], rec
            rec["exemption"] = True
        lines.append(json.dumps(rec, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    print(len(lines), "posts", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
