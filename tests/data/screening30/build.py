#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Deterministic builder for heldout13.jsonl (screening30). Standard library only.
Wraps each hand-written item (items_*.py) in a realistic ad body. Re-running reproduces the file
byte for byte. The items files contain the answers (labels)."""
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_zh_v, items_zh_c, items_zh_x, items_hant, items_en  # noqa: E402

SEED = 20261127
PREFIX = "h13"
OUT = os.path.join(HERE, "heldout13.jsonl")
LMAP = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}


def parse(block, lang):
    out = []
    for line in block.strip("\n").split("\n"):
        if not line.strip():
            continue
        parts = line.split("|", 3)
        assert len(parts) == 4, line
        code, cat, job, text = parts
        ex = code == "X"
        if code in ("-", "X"):
            labels = []
        elif code == "D":
            labels = ["GENDER"]
        else:
            labels = [LMAP[c] for c in code]
        out.append(dict(lang=lang, code=code, cat=cat, job=job, item=text, labels=labels, ex=ex))
    return out


# ---------------------------------------------------------------- simplified Chinese fillers
ZH_CO = ["哈尔滨康宁民营医院", "长春博雅培训学校", "沈阳顺通驾校", "大连海湾物业服务有限公司", "吉林铁卫保安服务有限公司",
         "石家庄万达广场某品牌专柜", "齐齐哈尔鹤城汽车4S店", "呼和浩特链安房产经纪", "大庆众诚保险代理团队",
         "鞍山某国有企业（集团）子公司", "天津滨海民办实验学校", "太原百草堂大药房", "包头鹿城商贸有限公司",
         "牡丹江仁和康复医院", "锦州新航道教育", "唐山安居物业", "济南泉城保安公司", "本溪华联商厦",
         "通辽启航电商", "佳木斯远航物流园", "丹东鸭绿江食品厂", "营口港城人力资源服务有限公司"]
ZH_DUTY = ["负责日常接待与来访登记", "完成部门安排的各项工作", "维护客户关系，做好回访记录", "按流程完成工单并及时反馈",
           "配合主管做好门店/现场日常管理", "整理台账，月底对账", "参加公司统一培训，按标准作业", "做好交接班记录",
           "负责区域内的巡查和安全隐患上报", "熟练使用办公软件，完成报表", "按公司话术进行电话邀约", "协助完成月度业绩目标"]
ZH_REQ = ["高中及以上学历", "有相关工作经验者优先", "吃苦耐劳，服从安排", "沟通能力强，有责任心", "身体健康",
          "能适应倒班", "会使用电脑基本操作", "无不良记录", "持相关证书者优先", "本地户口优先"]
ZH_PAY = ["底薪3000+提成，上不封顶", "月薪4000-6000元", "综合工资5500-8000", "试用期2800，转正3500+绩效",
          "时薪18元，月结", "五险一金，包住不包吃", "缴纳社保，节日福利，年底双薪", "月休4天，包吃住",
          "基本工资3200+全勤200+餐补300", "年薪8-12万"]
ZH_AREA = ["南岗区", "朝阳区", "和平区", "中山区", "铁西区", "高新区", "开发区", "道里区", "沙河口区", "新城区"]


ZH_CO_BY = [("医院 护 导医 药 诊所 化验 B超", ["哈尔滨康宁民营医院", "牡丹江仁和康复医院", "沈阳和平妇产医院（民营）", "太原百草堂大药房"]),
            ("学校 老师 教务 教师 培训 招生 幼 托管 早教 英语 助教", ["长春博雅培训学校", "天津滨海民办实验学校", "锦州新航道教育"]),
            ("驾校 教练", ["沈阳顺通驾校", "长春顺风驾校"]),
            ("物业 保洁 管家 维修", ["大连海湾物业服务有限公司", "唐山安居物业"]),
            ("保安 巡防", ["吉林铁卫保安服务有限公司", "济南泉城保安公司"]),
            ("4S 汽修 服务顾问", ["齐齐哈尔鹤城汽车4S店", "长春一汽某特约维修站"]),
            ("房产 中介 置业 售楼 经纪", ["呼和浩特链安房产经纪", "大连德佑房产中介"]),
            ("保险 电销", ["大庆众诚保险代理团队", "沈阳某电销中心"]),
            ("商场 导购 专柜 收银 超市 店员 母婴 女装 男装", ["石家庄万达广场某品牌专柜", "本溪华联商厦", "哈尔滨中央大街某品牌店"])]


ZH_DUTY_BY = [
    ["引导患者挂号、分诊", "解答就诊咨询", "配合科室完成日常护理与登记", "做好院感防护和交接班"],
    ["负责课程咨询与家长沟通", "完成课堂教学及课后反馈", "协助教务排课和学员管理", "组织校内活动"],
    ["负责学员科目训练", "按教学大纲带教", "维护教练车和训练场安全", "做好学员约车登记"],
    ["负责小区巡查和报修登记", "处理业主来电来访", "配合工程部完成维修", "做好公共区域日常管理"],
    ["负责门岗值守和来访登记", "按时巡逻并填写记录", "处置突发情况并上报", "配合消防安全检查"],
    ["负责展厅接待和车型介绍", "跟进潜在客户，完成试驾", "办理上牌、保险等手续", "做好客户回访"],
    ["负责房源开发与维护", "带客户看房并促成交易", "协助办理过户贷款手续", "维护门店客户资源"],
    ["按话术进行电话邀约", "维护客户关系，做好回访", "参加早会和培训", "完成团队月度业绩目标"],
    ["负责商品陈列与补货", "接待顾客，介绍商品", "完成收银和盘点", "维护柜台卫生"],
]


def zh_group(it):
    for i, (keys, cos) in enumerate(ZH_CO_BY):
        if any(k in it["job"] for k in keys.split()):
            return i
    return None


def zh_co(r, it):
    g = zh_group(it)
    return r.choice(ZH_CO_BY[g][1]) if g is not None else r.choice(ZH_CO)


def zh_duties(r, it, k):
    g = zh_group(it)
    return r.sample(ZH_DUTY_BY[g], k) if g is not None else r.sample(ZH_DUTY, k)


def zh_list(r, pool, k):
    return r.sample(pool, k)


def slot(it):
    c = it["cat"]
    if it["code"] != "-":
        return "req"
    if any(k in c for k in ("clients", "word", "product", "kinship", "gendered_client", "location")):
        return "duty"
    if any(k in c for k in ("benefit", "childcare", "pregnancy_protection")):
        return "benefit"
    if "contact" in c:
        return "contact"
    return "req"


def zh_qishi(r, it):
    co = zh_co(r, it)
    d = zh_duties(r, it, 3)
    q = zh_list(r, ZH_REQ, 3)
    pay = r.choice(ZH_PAY)
    tel = f"0{r.randint(411, 479)}-8{r.randint(1000000, 9999999)}"
    sl = slot(it)
    if sl == "duty":
        d.insert(r.randint(0, 1), it["item"])
    elif sl == "benefit":
        pay = pay + "\n" + it["item"]
    elif sl == "contact":
        tel = tel + "\n" + it["item"]
    else:
        q.insert(r.randint(0, 3), it["item"])
    return (f"{co}招聘启事\n\n因业务发展需要，现面向社会公开招聘{it['job']}，具体如下：\n"
            f"一、岗位职责\n" + "\n".join(f"{i+1}. {x}" for i, x in enumerate(d)) +
            "\n二、任职要求\n" + "\n".join(f"{i+1}. {x}" for i, x in enumerate(q)) +
            f"\n三、薪资福利\n{pay}\n四、工作地点\n{r.choice(ZH_AREA)}\n"
            f"有意者请携带身份证复印件到公司人事部面试，电话：{tel}")


def zh_platform(r, it):
    co = zh_co(r, it)
    return (f"【{it['job']}】{r.choice(ZH_PAY)}\n{co} · {r.choice(ZH_AREA)}\n"
            f"经验不限 | 学历{r.choice(['不限', '高中', '大专', '中专/中技'])} | 全职\n"
            f"职位描述：\n{'；'.join(zh_duties(r, it, 2))}。\n{it['item']}\n"
            f"职位福利：{r.choice(['五险', '包住', '带薪年假', '节日福利', '交通补助'])}、{r.choice(['餐补', '年终奖', '定期体检', '员工旅游'])}\n"
            f"工作时间：{r.choice(['早9晚6', '做六休一', '两班倒', '8:30-17:30'])}")


def zh_wechat(r, it):
    return (f"{r.choice(['【急招】', '朋友圈转发～', '扩散一下🙏', '招人啦！！'])}{it['job']}\n"
            f"{it['item']}\n"
            f"地址：{r.choice(ZH_AREA)}{r.choice(['万达后街', '中央大街附近', '地铁口出来200米', '老市场对面'])}\n"
            f"待遇：{r.choice(ZH_PAY)}\n有意私聊，或直接来店里面谈{r.choice(['😊', '👍', '', '～'])}")


def zh_poster(r, it):
    return (f"{r.choice(['诚聘', '高薪诚聘', '招聘', '急聘'])}\n{it['job']}\n{it['item']}\n"
            f"{r.choice(ZH_PAY)}\n详情请进店咨询")


def zh_oneliner(r, it):
    return f"{it['job']}：{it['item']}，{r.choice(ZH_PAY)}，{r.choice(ZH_AREA)}"


def zh_live(r, it):
    return (f"【直播带岗口播稿】\n好，家人们，下一个岗位，{zh_co(r, it)}的{it['job']}！\n"
            f"{r.choice(ZH_PAY)}，地点在{r.choice(ZH_AREA)}。\n{it['item']}\n"
            f"想去的点左下角小黄车，填姓名电话就行，主播帮你们对接！")


def zh_form(r, it):
    return (f"{zh_co(r, it)} 岗位信息登记表（{r.choice(['女性专场招聘会', '招聘夜市', '空中双选会', '招聘会进小区'])}）\n"
            f"{it['item']}\n薪资：{r.choice(ZH_PAY)}\n工作地点：{r.choice(ZH_AREA)}\n填表人：人事部")


def zh_agency(r, it):
    return (f"{r.choice(['营口港城人力', '沈北劳务派遣', '长春正阳人力'])}今日岗位汇总（第{r.randint(10, 99)}期）\n"
            f"1. {it['item']}\n2. 普工若干，长白班，{r.choice(ZH_PAY)}\n"
            f"报名带身份证，免费接站，中介不收费")


def zh_bianwai(r, it):
    return (f"{r.choice(['某区街道办事处', '某县综合行政执法局', '某市城市管理局'])}{r.randint(2025, 2026)}年公开招聘编外人员公告\n"
            f"根据工作需要，经研究决定公开招聘编外人员，现将有关事项公告如下：\n一、招聘岗位及人数\n{it['item']}\n"
            f"二、报名条件\n1. 具有中华人民共和国国籍；2. 遵守宪法和法律；3. {r.choice(ZH_REQ)}\n"
            f"三、薪酬待遇\n参照本单位编外人员标准，{r.choice(['月薪约3600元', '缴纳五险一金'])}\n四、报名时间及方式\n现场报名，逾期不予受理。")


def zh_dabaoxue(r, it):
    return (f"🔥🔥{zh_co(r, it)}扩招🔥🔥\n{it['job']}\n{it['item']}\n"
            f"在这里，你的收入由你自己决定！{r.choice(ZH_PAY)}！\n"
            f"每天早会、晚会，打造最强团队！不怕你没经验，就怕你没梦想！\n赶紧私信我，名额有限！💪")


def zh_northeast(r, it):
    return (f"{r.choice(['鞍山某国有企业（集团）子公司', '哈尔滨某国有控股公司下属子公司', '长春某国有投资集团子公司'])}"
            f"{r.randint(2025, 2026)}年度社会招聘公告\n为满足生产经营需要，经集团公司批准，面向社会公开招聘工作人员。\n"
            f"一、招聘岗位\n{it['job']}\n二、岗位条件\n{it['item']}\n{r.choice(['全日制大学本科及以上学历', '高中（中专）及以上学历', '大专及以上学历'])}；{r.choice(ZH_REQ)}。\n"
            f"三、招聘程序\n报名、资格审查、笔试、面试、体检、考察、公示、聘用。\n四、待遇\n按公司薪酬制度执行，缴纳五险二金。")


HEAVY_ZH = [("原煤", ["鞍山某国有企业（集团）子公司"]),
            ("井下 矿 煤 掘进 凿岩", ["鸡西某煤矿有限责任公司", "本溪某铁矿", "七台河某煤业公司"]),
            ("水泥", ["唐山某水泥有限公司"]),
            ("炉前 炼钢", ["鞍山某钢铁集团下属公司"]),
            ("瓷砖", ["沈阳某建材城"]),
            ("角钢 钢材", ["沈阳某钢材市场商户"]),
            ("挖孔桩", ["长春某建筑劳务公司"]),
            ("粮 面粉", ["黑河某粮库", "五常某米面批发部"]),
            ("化肥", ["吉林某化肥厂"]),
            ("码头", ["营口港某装卸公司"]),
            ("搬家", ["长春某搬家公司"]),
            ("送水", ["哈尔滨某桶装水配送站"]),
            ("物流 装卸", ["哈尔滨某物流园"]),
            ("伐木", ["伊春某林场", "大兴安岭某林业局下属林场"])]
HEAVY_EN = [("mine tunnel", ["Perak Tin Mining Sdn Bhd"]),
            ("cement cartons", ["a Klang cement distributor", "a Port Klang warehouse"]),
            ("rice", ["Kedah Rice Mill Sdn Bhd"]),
            ("furnace", ["Gulf Foundry LLC (Sharjah)"])]
HEAVY_HT = [("礦", ["霹靂州某錫礦公司"]), ("鋼筋", ["新界某建築承建商"]), ("搬運", ["柔佛某建材貨倉"]),
            ("伐木", ["沙巴某林業公司"])]


def heavy_co(r, it, table, neutral):
    t = (it["job"] + " " + it["item"]).lower()
    for keys, cos in table:
        if any(k in t for k in keys.split()):
            return r.choice(cos)
    return neutral


def zh_heavy(r, it):
    if it["code"] == "D":
        return (f"{it['item']}\n岗位：{it['job']}\n待遇：{r.choice(ZH_PAY)}\n"
                f"工作地点：公司本部办公楼\n简历请投递至公司人力资源部")
    co = heavy_co(r, it, HEAVY_ZH, "某劳务公司")
    return (f"{co}招工\n岗位：{it['job']}\n{it['item']}\n"
            f"{r.choice(['计件工资，多劳多得', '月薪6000-9000元', '日结300元', '综合月薪7000以上'])}，"
            f"{r.choice(['提供职工宿舍和食堂', '包吃包住', '缴纳工伤保险'])}\n"
            f"上岗前进行安全培训，{r.choice(['持证上岗', '劳保用品公司发放', '三班倒'])}\n报名电话：0{r.randint(411, 479)}-6{r.randint(100000, 999999)}")


ZH_GENERIC = [zh_qishi, zh_qishi, zh_platform, zh_platform, zh_wechat, zh_poster, zh_oneliner]


def zh_style(r, it):
    c, j = it["cat"], it["job"]
    if it["code"] in ("X", "D"):
        return zh_heavy
    if "livestream" in c or j == "直播带岗":
        return zh_live
    if "form" in c or j.startswith("招聘信息表"):
        return zh_form
    if "poster" in c or j == "店招海报":
        return zh_poster
    if "agency" in c or j == "劳务派遣":
        return zh_agency
    if "bianwai" in c or j == "编外人员":
        return zh_bianwai
    if "wechat" in c:
        return zh_wechat
    if "northeast" in c or "国企" in j:
        return zh_northeast
    if "dabaoxue" in c or j in ("保险团队", "电销团队"):
        return zh_dabaoxue
    return r.choice(ZH_GENERIC)


# ---------------------------------------------------------------- traditional Chinese
HT_REG = {
    "hk": (["九龍某物業管理公司", "銅鑼灣某酒樓", "觀塘某貿易公司", "沙田某連鎖零售店"],
           ["月薪HK$16,000-18,000", "時薪HK$65", "月薪HK$14,500 + 雙糧", "HK$19,000起，有醫療保險"],
           "有意者請將履歷連要求薪金寄本報信箱{n}號"),
    "mo": (["澳門某綜合度假村集團", "澳門某酒店娛樂集團", "氹仔某酒店"],
           ["MOP 15,000起", "MOP 17,500 + 年終花紅", "MOP 13,800，員工膳食"],
           "請親臨人力資源部或於官網遞交申請"),
    "my": (["吉隆坡某貿易有限公司", "新山某電子廠", "檳城某酒樓", "怡保某批發商"],
           ["RM2,500 - RM3,200", "RM1,900 + 加班費", "RM3,000起，有EPF/SOCSO"],
           "有意者請WhatsApp聯絡或親臨面試（星洲日報分類）"),
    "sg": (["新加坡某物流公司", "新加坡某餐飲集團", "裕廊某工廠"],
           ["S$2,200 + 花紅", "S$2,600 - S$3,000", "S$14/小時"],
           "請電郵履歷（聯合早報分類廣告）"),
    "tw": (["台北某連鎖門市", "台中某科技公司", "高雄某物流公司"],
           ["月薪NT$32,000起", "時薪NT$200", "NT$35,000-40,000"],
           "意者請透過人力銀行投遞履歷"),
}
HT_DUTY = ["負責日常文書及資料輸入", "接待客人及處理查詢", "協助主管處理日常運作", "負責貨品點收及盤點", "需輪班工作",
           "跟進客戶訂單", "保持工作環境整潔"]


def ht_region(it):
    t = it["item"] + it["job"] + it["cat"]
    if "台灣" in t or "_tw" in t or "徵" in t or "NT" in t:
        return "tw"
    if "澳門" in t or "賭場" in t or "荷官" in t:
        return "mo"
    if "馬來西亞" in t or "新山" in t or "_malaysia" in t:
        return "my"
    if "新加坡" in t or "singapore" in t:
        return "sg"
    return None


def ht_pick(r, it):
    reg = ht_region(it) or r.choice(["hk", "hk", "mo", "my", "sg"])
    cos, pays, tail = HT_REG[reg]
    return reg, r.choice(cos), r.choice(pays), tail.format(n=r.randint(100, 999))


def ht_paper(r, it):
    reg, co, pay, tail = ht_pick(r, it)
    d = r.sample(HT_DUTY, 2)
    return (f"{co}\n誠聘 {it['job']}\n職責：{d[0]}；{d[1]}\n"
            f"要求：\n- {r.choice(['中五程度', '一年相關經驗', '懂基本電腦操作', '操流利粵語/普通話'])}\n- {it['item']}\n"
            f"待遇：{pay}\n{tail}")


def ht_macau(r, it):
    reg, co, pay, tail = ht_pick(r, it)
    return (f"{co}招聘\n職位：{it['job']}\n工作內容：{r.choice(HT_DUTY)}\n入職要求：\n1. 具合法工作身份\n"
            f"2. {it['item']}\n3. 能輪班工作\n福利：{pay}，有薪年假\n{tail}")


def ht_tw(r, it):
    reg, co, pay, tail = ht_pick(r, it)
    return (f"【{it['job']}】{co}\n工作內容：{r.choice(HT_DUTY)}\n條件要求：{it['item']}\n薪資：{pay}\n"
            f"上班時段：{r.choice(['日班', '輪班', '09:00-18:00'])}，休假制度：{r.choice(['週休二日', '排休', '做六休一'])}\n{tail}")


def ht_oneliner(r, it):
    reg, co, pay, tail = ht_pick(r, it)
    return f"{co}請{it['job']}：{it['item']}，{pay}，{r.choice(['電話/WhatsApp聯絡', '有意請來電', '請親臨面試'])}"


def ht_heavy(r, it):
    if it["code"] == "D":
        return (f"{it['item']}\n職位：{it['job']}\n工作地點：公司總部寫字樓\n待遇：RM3,000起，有EPF/SOCSO\n請電郵履歷至人事部")
    co = heavy_co(r, it, HEAVY_HT, "某承建商")
    return (f"{co}招聘\n職位：{it['job']}\n{it['item']}\n工作時間：早八晚六，有加班費\n"
            f"提供宿舍及工傷保險，入職前安全培訓\n待遇面議，請致電工地辦公室")


HT_STYLES = [ht_paper, ht_paper, ht_macau, ht_tw, ht_oneliner]

# ---------------------------------------------------------------- English
EN_CO = ["a Klang Valley trading company", "Sunrise Logistics Sdn Bhd", "a Johor Bahru electronics plant",
         "Lion City Facilities Pte Ltd", "a Dubai-based retail group", "an integrated resort in Macau",
         "Penang Medical Centre", "Al Noor Trading LLC (Sharjah)", "Harbour Property Agency (Singapore)",
         "Mega Mall management office, Petaling Jaya", "a Doha hospitality group", "Borneo Plantation Services"]
EN_PAY = ["RM2,800 - RM3,500 + allowance", "S$2,400 - S$3,000", "AED 3,500 + accommodation + transport",
          "QAR 4,000 all-in", "Basic + commission + EPF/SOCSO", "Salary negotiable, 13th month bonus",
          "RM1,700 basic + OT", "Attractive package, medical and annual leave"]
EN_DUTY = ["Handle daily operations and customer enquiries", "Prepare reports and maintain records",
           "Coordinate with suppliers and internal teams", "Achieve monthly sales targets",
           "Ensure SOPs are followed at all times", "Perform stock counts and receiving", "Attend to walk-in customers"]
EN_REQ = ["SPM / Diploma holder", "Minimum 1 year experience", "Able to speak English and Mandarin",
          "Own transport", "Able to start immediately", "Computer literate", "Willing to work shifts"]


EN_DUTY_BY = [("driver", ["Drive company vehicles safely to assigned destinations", "Maintain the vehicle log and fuel records",
                             "Assist with loading and delivery paperwork", "Keep the vehicle clean and serviced"]),
              ("security guard", ["Man the guardhouse and register visitors", "Conduct scheduled patrols",
                                  "Report incidents to the supervisor", "Monitor CCTV"]),
              ("nurse clinic midwife lab", ["Assist doctors during consultations", "Record patient vitals",
                                            "Maintain clinic stock and sterilisation", "Follow infection-control SOPs"]),
              ("teacher tutor childcare coach", ["Plan and deliver lessons", "Track learners' progress",
                                                 "Communicate with parents", "Prepare teaching materials"])]


def en_duties(r, it, k):
    j = it["job"].lower()
    for keys, pool in EN_DUTY_BY:
        if any(w in j for w in keys.split()):
            return r.sample(pool, k)
    return r.sample(EN_DUTY, k)


def en_jd(r, it):
    q = r.sample(EN_REQ, 3)
    d = en_duties(r, it, 3)
    pay = r.choice(EN_PAY)
    tail = "Interested candidates please apply via this portal."
    sl = slot(it)
    if sl == "duty":
        d.insert(0, it["item"])
    elif sl == "benefit":
        pay = pay + "\n" + it["item"]
    elif sl == "contact":
        tail = it["item"]
    else:
        q.insert(r.randint(0, 3), it["item"])
    return (f"Job Title: {it['job']}\nCompany: {r.choice(EN_CO)}\n\nResponsibilities:\n" +
            "\n".join("- " + x for x in d) + "\n\nRequirements:\n" +
            "\n".join("- " + x for x in q) + f"\n\nSalary: {pay}\n{tail}")


def en_linkedin(r, it):
    return (f"We're hiring! 🚀 {it['job']} at {r.choice(EN_CO)}.\n"
            f"{en_duties(r, it, 1)[0]}. {it['item']}\n{r.choice(EN_PAY)}.\n"
            f"Drop me a message or comment 'interested' below. #hiring #jobs #{r.choice(['Malaysia', 'Singapore', 'Dubai', 'KL'])}")


def en_email(r, it):
    return (f"Subject: Job opportunity - {it['job']}\n\nHi,\n\nI came across your profile and would like to share an "
            f"opening with {r.choice(EN_CO)}.\n\nRole: {it['job']}\nPackage: {r.choice(EN_PAY)}\nNotes: {it['item']}\n\n"
            f"If keen, please reply with your updated CV, current and expected salary.\n\nBest regards,\nRecruitment Consultant")


def en_whatsapp(r, it):
    return (f"*{r.choice(['URGENT HIRING', 'JOB VACANCY', 'NOW HIRING', 'Pls share'])}* 📢\n"
            f"Position: {it['job']}\n{it['item']}\nLocation: {r.choice(['Shah Alam', 'Jurong', 'Deira', 'Puchong', 'Al Quoz', 'Seremban'])}\n"
            f"Pay: {r.choice(EN_PAY)}\nWhatsApp 01{r.randint(0, 9)}-{r.randint(1000000, 9999999)} ✅")


def en_oneliner(r, it):
    return f"{it['job']} needed - {it['item']} - {r.choice(EN_PAY)}"


def en_heavy(r, it):
    if it["code"] == "D":
        return (f"{it['item']}.\nPosition: {it['job']}\nPackage: {r.choice(EN_PAY)}\n"
                f"Based at head office. Send your CV to our HR department.")
    co = heavy_co(r, it, HEAVY_EN, "a labour contractor")
    return (f"{co} - Vacancy: {it['job']}\n{it['item']}\n"
            f"Shift: {r.choice(['8am-6pm, 6 days', '12-hour rotating', 'day shift with OT'])}\n"
            f"Package: {r.choice(['RM2,200 + OT + hostel', 'AED 1,800 + accommodation + transport', 'Daily rate RM110'])}\n"
            f"Safety induction and PPE provided. Call the site office to apply.")


EN_STYLES = [en_jd, en_jd, en_linkedin, en_email, en_whatsapp, en_oneliner]


def en_style(r, it):
    c = it["cat"]
    if it["code"] in ("X", "D"):
        return en_heavy
    if "whatsapp" in c:
        return en_whatsapp
    if "linkedin" in c:
        return en_linkedin
    if "email" in c:
        return en_email
    return r.choice(EN_STYLES)


def main():
    items = (parse(items_zh_v.ITEMS, "zh") + parse(items_zh_c.ITEMS, "zh") + parse(items_zh_x.ITEMS, "zh") +
             parse(items_hant.ITEMS, "zh-Hant") + parse(items_en.ITEMS, "en"))
    seen = set()
    for it in items:
        assert it["item"] not in seen, "duplicate item: " + it["item"]
        seen.add(it["item"])
    r = random.Random(SEED)
    r.shuffle(items)
    lines = []
    for n, it in enumerate(items, 1):
        if it["lang"] == "zh":
            f = zh_style(r, it)
            src = "zh:" + f.__name__
        elif it["lang"] == "zh-Hant":
            f = ht_heavy if it["code"] in ("X", "D") else r.choice(HT_STYLES)
            src = "zh-Hant:" + f.__name__
        else:
            f = en_style(r, it)
            src = "en:" + f.__name__
        text = f(r, it)
        assert it["item"] in text, it["item"]
        rec = {"id": f"{PREFIX}-{n:04d}", "lang": it["lang"], "text": text, "labels": it["labels"],
               "category": it["cat"], "source": src}
        if it["ex"]:
            rec["exemption"] = True
        lines.append(json.dumps(rec, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as fh:
        fh.write(data)
    print(len(lines), "posts", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
