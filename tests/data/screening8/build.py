# -*- coding: utf-8 -*-
"""Deterministic builder for heldout7.jsonl (blind author s8h7). Standard library only.

Every item in items_*.py is used in exactly one post; the post wraps it in a realistic body.
Re-running reproduces the file byte for byte (fixed seed, no time or environment input).
"""
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_zh_viol, items_zh_clean, items_zh_full, items_hant, items_en  # noqa: E402

SEED = 20261208
PREFIX = "s8h7"
OUT = os.path.join(HERE, "heldout7.jsonl")

LABEL_MAP = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}


def parse(data, lang):
    out = []
    for line in data.strip("\n").split("\n"):
        if not line.strip():
            continue
        slot, lab, cat, job, text = line.split("|", 4)
        text = text.replace("¶", "\n")
        exemption = slot == "X"
        if slot in ("X", "D"):
            slot = "full"
        if lab in ("-", ""):
            labels = []
        else:
            labels = [LABEL_MAP[c] for c in ("G", "M", "P") if c in lab]
        out.append(dict(slot=slot, labels=labels, cat=cat, job=job, text=text,
                        lang=lang, exemption=exemption))
    return out


# ---------------------------------------------------------------- shared pools (neutral wording)
ZH_CITIES = [("济南", "历下区"), ("青岛", "李沧区"), ("临沂", "兰山区"), ("潍坊", "奎文区"),
             ("德州", "德城区"), ("聊城", "东昌府区"), ("石家庄", "长安区"), ("保定", "竞秀区"),
             ("唐山", "路北区"), ("沧州", "运河区"), ("邯郸", "丛台区"), ("沈阳", "铁西区"),
             ("大连", "甘井子区"), ("长春", "朝阳区"), ("哈尔滨", "道里区"), ("齐齐哈尔", "龙沙区"),
             ("吉林", "船营区"), ("廊坊", "广阳区"), ("淄博", "张店区"), ("烟台", "芝罘区"),
             ("苏州", "吴中区"), ("东莞", "长安镇"), ("天津", "西青区"), ("北京", "大兴区")]
ZH_CO_HEAD = ["鲁信", "冀华", "北方", "金顺", "恒通", "瑞丰", "鑫诚", "宏达", "德润", "博远",
              "昌盛", "泰和", "华联", "东升", "兴业", "万家", "福源", "天成", "长兴", "嘉禾"]
ZH_CO_TAIL = ["商贸有限公司", "物流有限公司", "科技有限公司", "餐饮管理有限公司", "电子有限公司",
              "食品有限公司", "实业有限公司", "企业管理咨询有限公司", "服饰有限公司", "连锁超市",
              "教育咨询有限公司", "健康管理有限公司", "机械制造有限公司", "文化传媒有限公司"]
ZH_DUTIES = ["完成主管安排的日常工作，按时汇报进度", "遵守公司规章制度和安全操作规程",
             "做好工作记录和交接班，配合团队完成月度目标", "保持工作区域整洁，爱护公司设备",
             "及时处理客户反馈，维护良好的客户关系", "配合做好盘点、台账整理等基础工作",
             "参加公司组织的岗前培训和业务学习"]
ZH_REQS = ["有相关工作经验者优先", "吃苦耐劳，服从安排", "高中及以上学历", "身体健康，无不良嗜好",
           "能适应倒班", "责任心强，沟通能力好", "会基本电脑操作", "为人踏实，能长期稳定工作",
           "18-45周岁", "有团队合作精神", "普通话流利", "无犯罪记录"]
ZH_BENS = ["缴纳五险一金", "包吃包住", "提供工作午餐", "月休4天", "节日发放福利",
           "带薪年假", "年终奖", "每年调薪一次", "全勤奖200元", "交通补贴", "免费岗前培训",
           "生日福利", "工龄工资", "夜班补贴"]
ZH_SAL = ["4000-5500元/月", "5000-7000元", "6-8K", "底薪3500+提成", "4500起", "面议",
          "3800-4800元", "7000-9000元/月", "日结150-200元", "综合工资5500左右", "8-12K·13薪"]
ZH_REASONS = ["因生意扩大", "因业务需要", "因人员调整", "新店开业", "旺季缺人"]
ZH_EXP = ["经验不限", "1-3年", "3-5年", "1年以内", "应届生可投"]
ZH_EDU = ["学历不限", "高中", "中专/中技", "大专", "本科"]
ZH_CONTACT = ["联系电话：{p}", "电话：{p}（微信同号）", "有意者请致电{p}", "报名电话：{p}",
              "简历投递：hr{n}@example.cn"]

HANT_PLACES = ["觀塘", "荃灣", "旺角", "沙田", "葵涌", "台北市內湖區", "新北市新莊區",
               "台中市西屯區", "高雄市前鎮區", "桃園市中壢區"]
HANT_CO = ["德信貿易有限公司", "恒達物流有限公司", "興隆餐飲集團", "瑞豐科技股份有限公司",
           "宏遠實業有限公司", "永安百貨", "金城工程有限公司", "大同文具股份有限公司"]
HANT_DUTIES = ["協助主管處理日常事務", "負責文件整理及資料輸入", "配合公司安排輪班",
               "維持工作環境整潔", "處理客戶查詢"]
HANT_REQS = ["中五程度或以上", "具相關經驗優先", "懂基本電腦操作", "工作態度積極", "能即時上班",
             "高中職以上學歷", "具責任感、抗壓性佳"]
HANT_BENS = ["五天工作", "有強積金", "年終雙糧", "有醫療津貼", "勞健保、團保", "三節獎金",
             "員工旅遊", "有薪年假"]
HANT_SAL = ["月薪$16,000-$19,000", "月薪$22,000起", "時薪$70", "月薪32,000~38,000元",
            "月薪 35,000元以上", "待遇面議"]

EN_CITIES = ["Shanghai", "Beijing", "Shenzhen", "Suzhou", "Qingdao", "Tianjin", "Dalian",
             "Hong Kong", "Singapore", "London", "Manchester", "Toronto"]
EN_CUR = {"Hong Kong": ["HKD 18,000-22,000", "HKD 75/hour"], "Singapore": ["SGD 3,800-4,500"],
          "London": ["GBP 28,000-32,000"], "Manchester": ["GBP 26,000-29,000"],
          "Toronto": ["CAD 24/hour", "CAD 55,000-62,000"]}
EN_CO = ["Northgate Logistics", "Bluefin Analytics", "Harbour & Reed", "Apex Components Ltd.",
         "Maple Leaf Foods Co.", "Silverline Retail", "Kestrel Engineering", "Orchid Hospitality Group",
         "Brightpath Education", "Ironwood Manufacturing", "Lumen Health", "Crescent Trading"]
EN_DUTIES = ["Handle day-to-day operations and keep records up to date",
             "Work closely with cross-functional teams to meet weekly targets",
             "Prepare reports for the line manager", "Follow all company safety procedures",
             "Respond to customer queries by phone and e-mail", "Support ad-hoc projects as required"]
EN_REQS = ["Relevant experience is a plus", "Good command of English; Mandarin an advantage",
           "Proficient in MS Office", "Strong attention to detail", "Able to work shifts",
           "Bachelor's degree or equivalent", "Good communication skills", "Right to work in the location"]
EN_BENS = ["Competitive salary and annual bonus", "20 days annual leave", "Medical insurance",
           "Hybrid working (2 days from home)", "Training budget", "Free lunch on site",
           "Pension / MPF contributions", "Transport allowance"]
EN_SAL = ["RMB 12-15K/month", "Competitive", "RMB 200/day", "Up to RMB 25K x 14", "RMB 8-10K"]


def en_place(rng):
    city = rng.choice(EN_CITIES)
    return city, rng.choice(EN_CUR.get(city, EN_SAL))


def phone(rng):
    return "1%d%d****%04d" % (rng.choice([3, 5, 8]), rng.randint(0, 9), rng.randint(0, 9999))


def pick(rng, pool, k):
    return rng.sample(pool, k)


def insert_at(rng, lst, item):
    lst = list(lst)
    lst.insert(rng.randint(0, len(lst)), item)
    return lst


def numbered(lines, style):
    if style == 0:
        return ["%d. %s" % (i + 1, x) for i, x in enumerate(lines)]
    if style == 1:
        return ["%d、%s" % (i + 1, x) for i, x in enumerate(lines)]
    if style == 2:
        return ["（%s）%s" % ("一二三四五六七八九十"[i], x) for i, x in enumerate(lines)]
    return ["· " + x for x in lines]


def sections_zh(rng, it, nd=3, nr=3, nb=3):
    d = pick(rng, ZH_DUTIES, nd)
    r = pick(rng, ZH_REQS, nr)
    b = pick(rng, ZH_BENS, nb)
    slot = it["slot"]
    if slot == "duty":
        d = insert_at(rng, d, it["text"])
    elif slot == "req":
        r = insert_at(rng, r, it["text"])
    elif slot == "ben":
        b = insert_at(rng, b, it["text"])
    return d, r, b


def ctx_zh(rng):
    city, dist = rng.choice(ZH_CITIES)
    co = city + rng.choice(ZH_CO_HEAD) + rng.choice(ZH_CO_TAIL)
    return dict(city=city, dist=dist, co=co, sal=rng.choice(ZH_SAL), n=rng.randint(1, 8),
                contact=rng.choice(ZH_CONTACT).format(p=phone(rng), n=rng.randint(10, 99)))


def head_tail(rng, it, title_lines, body_lines):
    lines = list(title_lines)
    if it["slot"] == "head":
        lines.append(it["text"])
    lines += body_lines
    if it["slot"] == "tail":
        lines.append(it["text"])
    return "\n".join(lines)


# ---------------------------------------------------------------- zh templates
def zh_formal(rng, it):
    c = ctx_zh(rng)
    d, r, b = sections_zh(rng, it)
    ns = rng.randint(0, 2)
    body = ["因业务发展需要，现面向社会招聘%s%d名，具体如下：" % (it["job"], c["n"]),
            "一、岗位职责"] + numbered(d, ns) + ["二、任职要求"] + numbered(r, ns) + \
           ["三、薪资福利", "薪资：" + c["sal"]] + numbered(b, ns) + \
           ["四、联系方式", "地址：%s市%s" % (c["city"], c["dist"]), c["contact"]]
    return head_tail(rng, it, [c["co"] + "招聘启事"], body), "招聘启事 (formal notice)"


def zh_platform(rng, it):
    c = ctx_zh(rng)
    d, r, b = sections_zh(rng, it, 3, 2, 0)
    plat = rng.choice(["BOSS直聘", "58同城", "智联招聘"])
    tags = " ".join("#" + x for x in pick(rng, ["五险一金", "包住", "双休", "年终奖", "节日福利",
                                                "带薪年假", "餐补", "交通补助"], 3))
    if it["slot"] == "ben":
        tags = tags + "\n" + it["text"]
    body = ["%s · %s | %s | %s" % (c["city"], c["dist"], rng.choice(ZH_EXP), rng.choice(ZH_EDU)),
            c["co"], "职位描述", "岗位职责："] + numbered(d, 0) + ["任职要求："] + numbered(r, 0) + \
           ["福利待遇：", tags]
    if rng.random() < 0.5:
        body.append("工作地址：%s%s" % (c["city"], c["dist"]))
    return head_tail(rng, it, ["%s  %s" % (it["job"], c["sal"])], body), plat + "-style platform post"


def zh_wechat(rng, it):
    c = ctx_zh(rng)
    d, r, b = sections_zh(rng, it, 1, 2, 2)
    body = ["📍地点：%s%s" % (c["city"], c["dist"]), "💼岗位：%s %d名" % (it["job"], c["n"]),
            "💰薪资：" + c["sal"], "📝工作内容：" + "；".join(d), "✅要求："] + ["👉" + x for x in r] + \
           ["🎁福利：" + "、".join(b), "📞有意者私聊或转发给需要的朋友～"]
    return head_tail(rng, it, [rng.choice(["【急招】", "【招聘】", "🔥招人啦🔥", "朋友公司招人，帮忙扩散～"])], body), \
        "微信朋友圈/群 post"


def zh_poster(rng, it):
    c = ctx_zh(rng)
    d, r, b = sections_zh(rng, it, 1, 1, 2)
    body = ["本店%s，现招%s%d名" % (rng.choice(ZH_REASONS), it["job"], c["n"]),
            "工作内容：" + "，".join(d), "要求：" + "，".join(r) if it["slot"] != "req" else "要求：",
            ]
    if it["slot"] == "req":
        body[-1] = "要求："
        body.append(it["text"])
        body.append(rng.choice(ZH_REQS))
    body += ["待遇：%s，%s" % (c["sal"], "，".join(b)), "有意者请进店详谈，或电话联系：" + phone(rng)]
    return head_tail(rng, it, [rng.choice(["招  聘", "招 工", "诚 聘", "高薪诚聘"])], body), \
        "shop-window poster"


def zh_live(rng, it):
    c = ctx_zh(rng)
    d, r, b = sections_zh(rng, it, 1, 1, 1)
    lines = ["家人们，咱们来看下一个岗位啊！", "%s这边%s，招%s，%s。" % (c["city"], c["co"], it["job"], c["sal"]),
             "干啥活呢？" + d[0] + "。" if it["slot"] != "duty" else "干啥活呢？"]
    if it["slot"] == "duty":
        lines.append(it["text"])
    lines.append("要求是啥？")
    if it["slot"] == "req":
        lines.append(it["text"])
    lines.append(r[0] if r[0] != it["text"] else rng.choice(ZH_REQS))
    lines.append("福利也不错：")
    if it["slot"] == "ben":
        lines.append(it["text"])
    lines.append(b[0] if b[0] != it["text"] else rng.choice(ZH_BENS))
    lines.append("想报名的点左下角小黄车，评论区扣个“%s”！" % it["job"][:2])
    return head_tail(rng, it, ["【直播带岗口播稿】"], lines), "直播带岗 口播 transcript"


def zh_form(rng, it):
    c = ctx_zh(rng)
    d, r, b = sections_zh(rng, it, 2, 2, 2)
    body = ["岗位名称：" + it["job"], "招聘人数：%d" % c["n"], "工作地点：%s%s" % (c["city"], c["dist"]),
            "岗位职责：" + "；".join(d), "任职条件："] + r + \
           ["薪资待遇：%s；%s" % (c["sal"], "、".join(b)), "用人单位：" + c["co"], c["contact"]]
    return head_tail(rng, it, [rng.choice(["【岗位信息登记表】", "招聘会岗位采集表", "岗位需求信息"])], body), \
        "field-form list (招聘会岗位采集)"


def zh_agency(rng, it):
    c = ctx_zh(rng)
    d, r, b = sections_zh(rng, it, 1, 2, 2)
    body = ["【%s人力资源·长期招工】" % rng.choice(ZH_CO_HEAD), "岗位：%s  工价：%s" % (it["job"], c["sal"]),
            "工作内容：" + d[0] if it["slot"] != "duty" else "工作内容："]
    if it["slot"] == "duty":
        body += d
    body += ["招工条件："] + numbered(r, 0) + ["待遇：" + "；".join(b),
                                              "报名：带身份证原件到%s人力资源市场%d号窗口" % (c["city"], rng.randint(1, 20)),
                                              c["contact"]]
    return head_tail(rng, it, [], body), "劳务派遣 agency sheet"


def zh_oneliner(rng, it):
    c = ctx_zh(rng)
    if it["slot"] in ("req", "head", "tail"):
        t = "%s招%s，%s，%s，%s" % (c["city"], it["job"], it["text"], c["sal"], c["contact"])
    elif it["slot"] == "duty":
        t = "%s招%s：%s。%s，%s" % (c["city"], it["job"], it["text"], c["sal"], c["contact"])
    else:
        t = "%s招%s，%s，福利：%s。%s" % (c["city"], it["job"], c["sal"], it["text"], c["contact"])
    return t, "one-liner (58同城 short post)"


def zh_bianwai(rng, it):
    c = ctx_zh(rng)
    d, r, b = sections_zh(rng, it, 2, 3, 1)
    body = ["根据工作需要，经研究决定，面向社会公开招聘编外工作人员（%s）%d名。" % (it["job"], c["n"]),
            "一、岗位职责"] + numbered(d, 1) + ["二、报名条件"] + numbered(r, 2) + \
           ["三、待遇", "参照同类人员标准执行，" + "，".join(b) + "。",
            "四、报名方式", "现场报名，报名时间为工作日上午9:00-11:30，下午14:00-17:00。"]
    return head_tail(rng, it, ["%s%s街道办事处编外工作人员招聘公告" % (c["city"], c["dist"])], body), \
        "编外公告 (public-sector contract notice)"


ZH_TEMPLATES = [(zh_formal, 20), (zh_platform, 22), (zh_wechat, 12), (zh_poster, 10), (zh_live, 8),
                (zh_form, 10), (zh_agency, 7), (zh_oneliner, 8), (zh_bianwai, 3)]


# ---------------------------------------------------------------- zh-Hant templates
def hant_sections(rng, it, nd=2, nr=3, nb=3):
    d = pick(rng, HANT_DUTIES, nd)
    r = pick(rng, HANT_REQS, nr)
    b = pick(rng, HANT_BENS, nb)
    if it["slot"] == "duty":
        d = insert_at(rng, d, it["text"])
    elif it["slot"] == "req":
        r = insert_at(rng, r, it["text"])
    elif it["slot"] == "ben":
        b = insert_at(rng, b, it["text"])
    return d, r, b


def hant_hk(rng, it):
    d, r, b = hant_sections(rng, it)
    co = rng.choice(HANT_CO)
    body = ["%s 誠聘" % co, it["job"], "工作地點：" + rng.choice(HANT_PLACES[:5]), "職責："] + \
           ["- " + x for x in d] + ["要求："] + ["- " + x for x in r] + \
           ["待遇：%s，%s" % (rng.choice(HANT_SAL[:3]), "、".join(b)),
            "有意者請將履歷及要求薪金電郵至 hr%d@example.hk" % rng.randint(10, 99),
            "（所得資料只作招聘用途）"]
    return head_tail(rng, it, [], body), "HK JobsDB / newspaper-style ad"


def hant_tw(rng, it):
    d, r, b = hant_sections(rng, it)
    co = rng.choice(HANT_CO)
    body = [co, "工作內容："] + numbered(d, 0) + ["條件要求："] + numbered(r, 0) + \
           ["工作待遇：" + rng.choice(HANT_SAL[3:]), "公司福利：" + "、".join(b),
            "上班地點：" + rng.choice(HANT_PLACES[5:]), "聯絡方式：請透過人力銀行應徵"]
    return head_tail(rng, it, ["【%s】" % it["job"]], body), "TW 104/1111-style job bank post"


def hant_short(rng, it):
    t = "%s 請%s，%s，%s，有意請致電 %d%03d %04d" % (rng.choice(HANT_PLACES[:5]), it["job"], it["text"],
                                                rng.choice(HANT_SAL[:3]), rng.choice([2, 3, 9]),
                                                rng.randint(0, 999), rng.randint(0, 9999))
    return t, "HK shop-window one-liner"


HANT_TEMPLATES = [(hant_hk, 45), (hant_tw, 45), (hant_short, 10)]


# ---------------------------------------------------------------- en templates
def en_sections(rng, it, nd=3, nr=3, nb=3):
    d = pick(rng, EN_DUTIES, nd)
    r = pick(rng, EN_REQS, nr)
    b = pick(rng, EN_BENS, nb)
    if it["slot"] == "duty":
        d = insert_at(rng, d, it["text"])
    elif it["slot"] == "req":
        r = insert_at(rng, r, it["text"])
    elif it["slot"] == "ben":
        b = insert_at(rng, b, it["text"])
    return d, r, b


def en_jd(rng, it):
    d, r, b = en_sections(rng, it)
    co = rng.choice(EN_CO)
    city, sal = en_place(rng)
    body = ["%s | %s | Full-time" % (co, city),
            "About us", "%s is a growing company with offices across Asia and Europe." % co,
            "Key responsibilities"] + ["- " + x for x in d] + ["Requirements"] + \
           ["- " + x for x in r] + ["What we offer"] + ["- " + x for x in b] + \
           ["Salary: " + sal, "To apply, send your CV to careers@example.com."]
    return head_tail(rng, it, [it["job"]], body), "English JD (corporate careers page)"


def en_linkedin(rng, it):
    d, r, b = en_sections(rng, it, 1, 2, 2)
    city, sal = en_place(rng)
    body = ["We're hiring a %s in %s! 🚀" % (it["job"], city),
            "What you'll do: " + d[0] if it["slot"] != "duty" else "What you'll do:"]
    if it["slot"] == "duty":
        body += d
    body += ["What we're looking for:"] + ["✔ " + x for x in r] + ["Perks: " + ", ".join(b),
                                                                    "Drop me a DM or comment below 👇",
                                                                    "#hiring #jobs #careers"]
    return head_tail(rng, it, [], body), "LinkedIn post"


def en_email(rng, it):
    d, r, b = en_sections(rng, it, 2, 2, 2)
    name = rng.choice(["Hi all", "Dear Hiring Team", "Hi Jason", "Hello Amy", "Dear Mr. Liu"])
    body = [name + ",", "", "Please find below the brief for the %s opening we discussed." % it["job"],
            "Scope:"] + ["* " + x for x in d] + ["Candidate profile:"] + ["* " + x for x in r] + \
           ["Package: %s; %s" % (en_place(rng)[1], "; ".join(b)), "",
            "Let me know if you have anyone suitable.", "", "Regards,",
            rng.choice(["Rachel", "Tom", "Vivian", "Ken", "Sophie"])]
    return head_tail(rng, it, ["Subject: Job brief - " + it["job"]], body), "recruiter e-mail"


def en_short(rng, it):
    city, sal = en_place(rng)
    t = "%s wanted in %s. %s %s. Call %d%03d %04d." % (it["job"], city, it["text"],
                                                    sal, rng.choice([2, 6, 9]),
                                                    rng.randint(0, 999), rng.randint(0, 9999))
    return t, "English classified one-liner"


EN_TEMPLATES = [(en_jd, 50), (en_linkedin, 20), (en_email, 20), (en_short, 10)]


def choose(rng, templates):
    total = sum(w for _, w in templates)
    x = rng.uniform(0, total)
    for f, w in templates:
        x -= w
        if x <= 0:
            return f
    return templates[-1][0]


def build():
    rng = random.Random(SEED)
    items = (parse(items_zh_viol.DATA, "zh") + parse(items_zh_clean.DATA, "zh") +
             parse(items_zh_full.DATA, "zh") + parse(items_hant.DATA, "zh-Hant") +
             parse(items_en.DATA, "en"))
    texts = [it["text"] for it in items]
    assert len(texts) == len(set(texts)), "duplicate item"
    rng.shuffle(items)
    rows = []
    for i, it in enumerate(items, 1):
        if it["slot"] == "full":
            text, source = it["text"], it["job"]
            source = "hand-written whole post: " + source
        else:
            tpl = {"zh": ZH_TEMPLATES, "zh-Hant": HANT_TEMPLATES, "en": EN_TEMPLATES}[it["lang"]]
            f = choose(rng, tpl)
            if f is zh_bianwai and it["slot"] != "req":
                f = zh_formal
            if f in (zh_oneliner, hant_short, en_short) and "\n" in it["text"]:
                f = tpl[0][0]
            text, source = f(rng, it)
            source = "hand-written item in template: " + source
        assert it["text"] in text, (it, text)
        row = {"id": "%s-%04d" % (PREFIX, i), "lang": it["lang"], "text": text,
               "labels": it["labels"], "category": it["cat"], "source": source}
        if it["exemption"]:
            row["exemption"] = True
        rows.append(row)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = build()
    from collections import Counter
    c = Counter()
    for r in rows:
        k = "exemption" if r.get("exemption") else ("decoy" if r["category"] == "exemption_decoy"
                                                     else ("violating" if r["labels"] else "clean"))
        c[(r["lang"], k)] += 1
    for k in sorted(c):
        print(k, c[k])
    print("total", len(rows))
    lab = Counter(l for r in rows for l in r["labels"])
    print(dict(lab))
    print("sha256", hashlib.sha256(open(OUT, "rb").read()).hexdigest())
