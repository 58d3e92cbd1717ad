"""Deterministic builder for dev22 (author 22). Standard library only. Seed 20261222.
Usage: python3 build.py  -> writes dev22.jsonl next to this file."""
import json, os, random, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261222
LMAP = {"G": ["GENDER"], "M": ["MARRIAGE_CHILDBEARING"], "P": ["PREGNANCY_TEST"],
        "GM": ["GENDER", "MARRIAGE_CHILDBEARING"], "MP": ["MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"],
        "GP": ["GENDER", "PREGNANCY_TEST"], "C": [], "X": [], "D": ["GENDER"]}

def load(name, lang):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    out = []
    for line in m.RAW.strip("\n").split("\n"):
        code, cat, text = line.split("|", 2)
        out.append((lang, code, cat, text))
    return out

ZH_CO = ["某某科技有限公司成立于2009年，是一家专注于智能制造的高新技术企业，现有员工600余人。",
 "本公司是一家集研发、生产、销售于一体的食品企业，连续五年被评为市级“巾帼文明岗”示范单位，设有女职工委员会和标准化母婴室。",
 "我们是一家扎根本地十五年的连锁零售企业，积极履行社会责任，每年资助困难家庭儿童上学，为员工发放育儿补贴。",
 "公司为省级妇联“妈妈岗”试点单位，长期与社区合作开展家门口就业服务，工会、女职工委员会健全。",
 "本单位为区属国有企业，主营城市综合服务，现因业务发展需要，面向社会公开招聘工作人员。",
 "某某物流集团下设仓储、运输、供应链三大板块，员工关爱计划覆盖员工配偶及子女的商业保险。",
 "公司秉持“平等、多元、包容”的用人理念，女性员工占比近半，设立亲子活动日和儿童托管服务。",
 "某某医疗器械公司是国家高新技术企业，产品覆盖妇幼、骨科、康复等领域，拥有完善的培训体系。",
 "本店为本地知名餐饮品牌，现有直营门店32家，因新店开业，诚聘以下岗位人员。",
 "某某教育集团创办于2012年，业务覆盖学前教育、课后托管与家庭教育指导，服务家庭超过三万户。"]
ZH_JOBS = [("行政专员", ["负责公司日常行政事务、会议安排", "办公用品采购与固定资产管理"], ["大专及以上学历", "熟练使用办公软件", "沟通协调能力强"]),
 ("财务助理", ["协助完成凭证录入、报销审核", "整理财务档案"], ["会计相关专业", "持初级会计证优先", "细致认真"]),
 ("销售代表", ["开拓区域客户，完成销售指标", "维护客户关系，收集市场信息"], ["有一年以上销售经验", "能接受出差", "普通话流利"]),
 ("仓库管理员", ["负责货物出入库登记", "定期盘点，确保账实相符"], ["熟悉WMS系统", "能适应倒班", "责任心强"]),
 ("客服专员", ["接听客户来电，处理投诉与咨询", "记录工单并跟进回访"], ["中专及以上学历", "打字每分钟50字以上", "有耐心"]),
 ("电商运营", ["负责店铺日常运营与活动策划", "分析流量数据，优化转化"], ["熟悉主流电商平台规则", "有数据分析能力"]),
 ("储备店长", ["协助店长管理门店人员排班", "负责门店陈列与库存"], ["有零售门店工作经验", "学习能力强", "服从区域调配"]),
 ("质检员", ["按标准对产品进行抽检", "填写质检报告"], ["有质检工作经验者优先", "视力良好"]),
 ("司机", ["负责公司车辆驾驶与日常保养", "按安排接送货物"], ["持C1及以上驾照", "三年以上驾龄"]),
 ("厨师", ["负责后厨热菜制作", "保持操作间卫生"], ["持健康证", "有两年以上餐饮经验"]),
 ("软件工程师", ["负责后端服务开发与维护", "参与需求评审与技术方案设计"], ["本科及以上学历", "熟悉Python或Java", "有良好的代码习惯"]),
 ("人事专员", ["负责招聘渠道维护与面试安排", "办理入离职手续"], ["人力资源相关专业", "熟悉劳动法规"]),
 ("设计师", ["负责品牌物料与海报设计", "配合市场部完成活动视觉"], ["熟练使用PS、AI", "提供作品集"]),
 ("保洁员", ["负责办公区域日常清洁", "垃圾分类与转运"], ["身体健康", "能吃苦耐劳"])]
ZH_BEN = ["五险一金，带薪年休假", "包工作餐，提供员工宿舍", "节日福利、生日福利、年度体检", "绩效奖金，年终十三薪", "定期培训，晋升通道清晰", "交通补贴、通讯补贴"]
ZH_PROC = ["报名方式：将简历发送至招聘邮箱，邮件标题注明“应聘岗位+姓名”。", "面试流程：简历筛选—初试—复试—体检—录用，全程约两周。", "报名时间：即日起至本月底，额满即止。", "咨询电话：0757-8****321（工作日9:00-17:00）。", "请携带身份证、学历证书原件及复印件参加面试。"]
ZH_XD = ["完成上级交办的其他工作", "配合部门做好月度总结与计划", "参与团队内部培训与经验分享", "遵守公司安全生产与保密制度", "协助跨部门沟通，推动问题闭环"]
ZH_XR = ["有良好的职业素养和团队合作精神", "能熟练使用钉钉、企业微信等办公工具", "无不良从业记录", "有同岗位工作经验者可适当放宽学历", "能适应阶段性加班，加班按规定支付报酬"]
ZH_MISC = ["工作时间：周一至周五 8:30-17:30，午休1.5小时；部分岗位做六休一，另有调休。",
 "工作地点：市高新区创业大道与科技路交汇处，附近有地铁3号线和多条公交线路，交通便利。",
 "招聘原则：本次招聘坚持公开、平等、竞争、择优的原则，所有应聘者凭能力与岗位匹配度参与竞争。",
 "录用说明：经考核合格者签订劳动合同，试用期按国家规定执行，试用期工资不低于转正工资的80%。",
 "培训发展：新员工入职后参加为期一周的岗前培训，表现优秀者可进入管理培训生计划。"]
NUMS = ["一", "二", "三", "四", "五"]
BODY_PLACE = {"gender_bracket", "gender_listing", "exempt_mine", "exempt_load", "exempt_intensity",
              "decoy_office", "decoy_sales", "decoy_driver", "trap_clients"}

def zh_job(rng, n, title=None, item=None, where="req"):
    t, duties, reqs = rng.choice(ZH_JOBS)
    duties = list(duties) + rng.sample(ZH_XD, 2)
    reqs = list(reqs) + rng.sample(ZH_XR, 2)
    lines = []
    if title:
        lines.append("岗位%s：%s" % (NUMS[n], item))
        lines.append("招聘人数：%d名" % rng.randint(1, 6))
        lines.append("岗位职责：按班组安排完成本岗位作业，服从现场管理。")
        lines.append("任职要求：身体健康，能适应倒班。")
    else:
        if item and where == "req":
            reqs.insert(rng.randint(0, len(reqs)), item)
        lines.append("岗位%s：%s（%d名）" % (NUMS[n], t, rng.randint(1, 5)))
        lines.append("岗位职责：")
        lines += ["%d. %s；" % (i + 1, d) for i, d in enumerate(duties)]
        lines.append("任职要求：")
        lines += ["%d. %s；" % (i + 1, r) for i, r in enumerate(reqs)]
        lines.append("薪资：%d-%d元/月" % (rng.choice([3500, 4000, 4500, 5000, 6000]), rng.choice([7000, 8000, 9000, 12000])))
    return lines

HEAVY = ["某某矿业集团是一家以煤炭开采、洗选为主的大型国有企业，下属矿井6座，年产原煤800万吨。", "某某建材股份有限公司主营水泥、商品混凝土及砂石骨料，拥有熟料生产线4条。", "某某港务物流公司负责散杂货装卸与仓储，年吞吐量逾千万吨。"]

def zh_long(rng, item, cat, heavy=False):
    year = rng.choice([2025, 2026])
    head = rng.choice(["%d年%s招聘简章" % (year, rng.choice(["春季", "秋季", "年度"])), "招聘启事", "诚聘英才", "%s公开招聘公告" % rng.choice(["某某集团", "某某服务中心", "某某股份"])])
    out = [head, "", "一、单位简介", rng.choice(HEAVY) if heavy else rng.choice(ZH_CO), "", "二、招聘岗位"]
    nj = rng.randint(3, 5)
    k = rng.randrange(nj)
    if cat in BODY_PLACE:
        where = "title" if cat != "trap_clients" else rng.choice(["title", "req"])
    elif cat == "trap_benefit":
        where = "ben"
    else:
        where = rng.choice(["req", "req", "req", "note", "apply", "proc", "foot"])
    for i in range(nj):
        if i == k and where == "title":
            out += zh_job(rng, i, title=True, item=item)
        elif i == k and where == "req":
            out += zh_job(rng, i, item=item, where="req")
        else:
            out += zh_job(rng, i)
        out.append("")
    ben = rng.sample(ZH_BEN, 3)
    if where == "ben":
        ben.insert(rng.randint(0, 3), item)
    out += ["三、工作安排"] + rng.sample(ZH_MISC, 3) + [""]
    out += ["四、薪资福利"] + ["· " + b for b in ben] + [""]
    proc = rng.sample(ZH_PROC, 3)
    if where == "proc":
        proc.insert(rng.randint(1, 3), "面试环节说明：" + item)
    if where == "apply":
        proc.append("报名须知：" + item)
    out += ["五、报名须知"] + proc
    if where == "note":
        out += ["", "备注：岗位%s%s" % (NUMS[k], "另需注意：" + item)]
    if where == "foot":
        out += ["", "*注：" + item]
    out += ["", "联系人：人力资源部 电话：0" + str(rng.randint(200, 999)) + "-6***" + str(rng.randint(1000, 9999))]
    return "\n".join(out), "zh_jianzhang"

def zh_short(rng, item, cat):
    style = rng.choice(["wechat", "live", "poster"])
    if style == "wechat":
        t = "【急招】%s\n%s\n工资日结，包吃住，有意者私聊📩" % (rng.choice(["门店招人啦", "工厂直招", "本周到岗"]), item)
    elif style == "live":
        t = "家人们看过来，今天直播间带岗第%d个岗位！%s，工资%d起，点左下角小黄车投递～" % (rng.randint(2, 9), item, rng.choice([4000, 5000, 6000]))
    else:
        t = "本店招聘\n%s\n时间：早9晚6 月休4天\n面议，详情进店咨询" % item
    return t, "zh_" + style

HANT_CO = ["本公司為香港上市集團成員，提倡家庭友善政策，設有哺乳室及彈性上班安排。", "我們是台北一家成立二十年的貿易公司，重視員工工作與家庭平衡。", "本機構為非牟利社會服務機構，服務婦女、兒童及長者。"]
HANT_JOBS = [("行政助理", ["處理日常文書工作", "安排會議"], ["中五或以上程度", "懂中英文打字"]),
 ("營業員", ["接待顧客", "處理收銀"], ["有零售經驗優先", "能輪班"]),
 ("會計文員", ["處理帳目", "跟進應收應付"], ["持LCCI或相關資格", "熟悉Excel"]),
 ("倉務員", ["貨品收發", "盤點"], ["能操作叉車優先", "勤奮"])]

HANT_HEAVY = "本集團經營礦場、石場及建築材料業務，於華南設有多個生產基地。"

def hant(rng, item, cat):
    if rng.random() < 0.2 and not cat.startswith(("exempt", "decoy")):
        return "急聘！%s\n月薪面議，有意請WhatsApp 9***%04d" % (item, rng.randint(0, 9999)), "hant_short"
    out = [rng.choice(["誠聘", "招聘啟事", "【職位空缺】"]), "", "公司簡介", (HANT_HEAVY if cat.startswith(("exempt", "decoy")) else rng.choice(HANT_CO)), ""]
    nj = rng.randint(2, 4); k = rng.randrange(nj)
    place = "title" if cat in BODY_PLACE else ("ben" if cat == "trap_benefit" else rng.choice(["req", "req", "note"]))
    for i in range(nj):
        t, d, r = rng.choice(HANT_JOBS); r = list(r)
        if i == k and place == "title":
            out += ["職位%s：%s" % (NUMS[i], item), "工作內容：按主管安排工作", ""]
            continue
        if i == k and place == "req":
            r.insert(rng.randint(0, len(r)), item)
        out += ["職位%s：%s" % (NUMS[i], t), "職責：" + "；".join(d), "要求：", *["- " + x for x in r], ""]
    ben = ["強積金／勞保", "年終花紅", "有薪年假"]
    if place == "ben":
        ben.insert(1, item)
    out += ["福利：" + "、".join(ben)]
    if place == "note":
        out += ["備註：" + item]
    out += ["工作時間：星期一至五 9:00-18:00", "工作地點：近港鐵站／捷運站，交通方便", ""]
    out += ["", "申請方法：請將履歷電郵至 hr@example.com.hk，註明應徵職位及期望薪金。"]
    return "\n".join(out), "hant_long"

EN_ABOUT = ["Founded in 2011, we are a fast-growing logistics company with offices in Shanghai and Singapore. We are proud of our family-friendly policies, our Women's Network and our on-site mothers' room.",
 "We are a mid-size manufacturer of industrial components serving customers in 20 countries.",
 "Our consultancy helps NGOs measure social impact, including programmes for women, children and families.",
 "We build software for hospitals, from maternity wards to outpatient clinics."]
EN_RESP = ["Track KPIs and flag risks early", "Document processes so the team can scale", "Support month-end closing", "Own the weekly reporting cycle", "Work closely with sales and finance", "Maintain supplier records", "Prepare presentations for leadership", "Handle inbound customer queries", "Coordinate shipments and customs paperwork"]
EN_REQ = ["Bachelor's degree or equivalent experience", "Fluent English and Mandarin", "2+ years in a similar role", "Strong Excel skills", "Clear written communication"]
EN_BEN = ["Competitive salary and annual bonus", "Medical insurance", "Hybrid working (3 days office)", "15 days annual leave", "Learning budget"]
EN_TITLES = ["Operations Coordinator", "Account Executive", "Finance Analyst", "Customer Success Associate", "Supply Chain Specialist"]

EN_HEAVY = "We are a mining and heavy-materials group operating coal and gold mines, a cement plant and a bulk port terminal."

def en(rng, item, cat):
    r = rng.random()
    if r < 0.15 and not cat.startswith(("exempt", "decoy")):
        return "Hi there, I'm recruiting for a client - %s role, %s. Interested? Reply with your CV. Thanks!" % (rng.choice(EN_TITLES), item), "en_email"
    if r < 0.25 and not cat.startswith(("exempt", "decoy")):
        return "We're hiring! 🚀 %s\n%s\nDM me or apply via the link. #hiring #jobs" % (rng.choice(EN_TITLES), item), "en_linkedin"
    title = rng.choice(EN_TITLES)
    place = "title" if cat in BODY_PLACE else ("ben" if cat == "trap_benefit" else rng.choice(["req", "req", "apply", "resp"]))
    resp = rng.sample(EN_RESP, 5); req = rng.sample(EN_REQ, 4); ben = rng.sample(EN_BEN, 4)
    role = "You will join a small, supportive team and take ownership of day-to-day operations from your first month. We value clear thinking, kindness and reliability, and we give people room to grow."
    if cat.startswith("exempt"):
        resp = ["Carry out the duties in the job title on rotating shifts", "Follow site safety rules and the shift supervisor's instructions", "Attend the mandatory safety induction", "Report hazards and near-misses immediately"]
        req = ["Physically fit, passes the occupational health check", "Willing to work rotating shifts", "Safety certificate or willingness to obtain one"]
        role = "This is a hands-on site role. Full PPE, safety training and shift allowances are provided."
    if place == "req": req.insert(rng.randint(0, 3), item)
    if place == "resp": resp.insert(rng.randint(0, 3), item)
    if place == "ben": ben.insert(rng.randint(0, 3), item)
    out = ["Job title: " + (item if place == "title" else title), "", "About us", (EN_HEAVY if cat.startswith(("exempt", "decoy")) else rng.choice(EN_ABOUT)), "",
           "The role", role, "",
           "Responsibilities", *["- " + x for x in resp], "", "Requirements", *["- " + x for x in req], "",
           "Benefits", *["- " + x for x in ben], "", "How to apply"]
    how = "Send your CV to careers@example.com with the job title in the subject line."
    out.append(how + (" " + item if place == "apply" else ""))
    out += ["Shortlisted candidates will have a 30-minute video call with the hiring manager, followed by a short practical task and a final interview. We aim to reply to every applicant within ten working days."]
    return "\n".join(out), "en_jd"

def main():
    rng = random.Random(SEED)
    items = load("items_zh", "zh") + load("items_hant", "zh-Hant") + load("items_en", "en")
    seen = set()
    for it in items:
        assert it[3] not in seen, it; seen.add(it[3])
    rng.shuffle(items)
    rows = []
    for n, (lang, code, cat, text) in enumerate(items, 1):
        if lang == "zh":
            body, src = zh_short(rng, text, cat) if (rng.random() < 0.15 and code not in ("X", "D")) else zh_long(rng, text, cat, code in ("X", "D"))
        elif lang == "zh-Hant":
            body, src = hant(rng, text, cat)
        else:
            body, src = en(rng, text, cat)
        assert text in body, (text, body)
        row = {"id": "s22d-%04d" % n, "lang": lang, "text": body, "labels": LMAP[code],
               "category": cat if code != "D" else "exemption_decoy", "source": src}
        if code == "X":
            row["exemption"] = True
        rows.append(row)
    with open(os.path.join(HERE, "dev22.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows))

if __name__ == "__main__":
    main()
