#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Deterministic builder for corpus dev28 (author d28). Standard library only.
Wraps every hand-written item (items_*.py) in a realistic ad body and writes dev28.jsonl.
Re-running reproduces the file byte for byte."""
import json, os, random, hashlib, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    out = []
    for line in mod.DATA.split("\n"):
        if not line.strip():
            continue
        codes, cat, job, text = line.split("|", 3)
        out.append((codes, cat, job, text))
    return out

# ---------- neutral fillers (no gender / marriage / pregnancy words) ----------
ZH_CO = ["中建某局三公司某项目部", "华东某钢铁集团冷轧厂", "某水泥股份有限公司", "顺达冷链物流有限公司",
         "宏远快递转运中心", "鑫源电子科技有限公司", "某跨境电商（深圳）有限公司", "极光智能科技（初创团队）",
         "恒通仓储服务有限公司", "某市政路桥工程有限公司", "东方精密机械制造厂", "某港口集装箱码头公司",
         "远航供应链管理有限公司", "某新能源电池工厂", "城建二公司某工地", "某矿业集团物资公司"]
ZH_CITY = ["东莞", "佛山", "苏州", "昆山", "唐山", "武汉", "成都", "郑州", "宁波", "义乌", "深圳", "合肥", "长沙", "临沂"]
ZH_DUTY = ["服从班组长安排，按图施工，保证质量和进度", "遵守安全操作规程，正确佩戴劳保用品", "做好交接班记录，配合完成日常5S",
           "负责本岗位设备的日常点检和简单保养", "按时完成生产计划，配合质量部门做好自检", "协助做好现场物料清点和台账登记",
           "配合仓库完成出入库扫描、上架和盘点", "参与每周例会，及时反馈现场问题", "对接供应商和客户，跟进订单交付",
           "完成上级交办的其他工作", "按SOP作业，异常及时上报", "配合项目部做好文明施工检查"]
ZH_REQ = ["有相关工作经验者优先", "能吃苦耐劳，服从管理", "身体健康，能适应倒班", "会使用电脑和常用办公软件",
          "持有效的特种作业操作证者优先", "责任心强，有团队意识", "初中及以上学历", "能接受长期驻场"]
ZH_PAY = ["综合月薪6000-9000元，计件上不封顶", "底薪4500+绩效+加班费，月均7000左右", "日结280-350元",
          "月薪8000-12000，年底双薪", "计时22元/小时，每月10号准时发薪", "年薪15-25万，期权另谈",
          "包吃包住，入职即买五险", "五险一金，带薪年假，节日福利", "提供工作餐和班车，满勤奖300元"]
ZH_CONTACT = ["电话：139****5678", "报名地址：厂区东门招聘处", "微信同号：150****2211", "请将简历投递至 hr@example.cn",
              "现场面试，带身份证", "扫码加企业微信咨询"]
ZH_SHIFT = ["两班倒，上六休一", "长白班 8:00-17:30", "做六休一，月休4天", "三班倒，夜班补贴30元/晚", "弹性工作制，双休"]

def zh_notice(r, job, item):
    co = r.choice(CUR['zh']); d = r.sample(ZH_DUTY, 3); q = r.sample(ZH_REQ, 2)
    return (f"【{co}招聘启事】\n因业务发展需要，现诚聘{job}，工作地点：{r.choice(ZH_CITY)}。\n"
            f"一、岗位职责\n1. {d[0]}；\n2. {d[1]}；\n3. {d[2]}。\n"
            f"二、任职要求\n1. {q[0]}；\n2. {q[1]}；\n3. {item}\n"
            f"三、薪资福利\n{r.choice(ZH_PAY)}；{r.choice(ZH_SHIFT)}。\n四、联系方式\n{r.choice(ZH_CONTACT)}")

def zh_platform(r, job, item):
    d = r.sample(ZH_DUTY, 2)
    return (f"{job}  {r.choice(['6-9K', '7-10K', '5-8K·13薪', '12-20K', '250-320元/天'])}\n"
            f"{r.choice(ZH_CITY)} | {r.choice(['经验不限', '1-3年', '3-5年'])} | {r.choice(['学历不限', '高中', '大专', '本科'])}\n"
            f"职位描述：\n{d[0]}。\n{d[1]}。\n{item}\n"
            f"公司：{r.choice(CUR['zh'])}  · {r.choice(['刚刚活跃', '今日回复3次', '3日内活跃'])}")

def zh_wechat(r, job, item):
    return (f"{r.choice(['🔥急招🔥', '【招人】', '📢 老板让我发的', '有需要的朋友看过来'])}\n"
            f"{r.choice(ZH_CITY)}{r.choice(['工业园', '物流园', '开发区', '某工地'])}招{job}\n"
            f"{item}\n{r.choice(ZH_PAY)}\n{r.choice(ZH_SHIFT)}\n"
            f"{r.choice(['感兴趣私聊我', '转发有效，谢谢大家', '名额不多，先到先得', '评论区扣1我拉你进群'])}")

def zh_live(r, job, item):
    return (f"【直播带岗口播稿】\n好，家人们，我们来看下一个岗位啊，{r.choice(CUR['zh'])}的{job}。\n"
            f"工作地点在{r.choice(ZH_CITY)}，{r.choice(ZH_SHIFT)}，{r.choice(ZH_PAY)}。\n"
            f"{item}\n有意向的点一下下方小黄车，填个名字电话就行，工作人员会联系你。")

def zh_poster(r, job, item):
    return (f"招　工\n{job}\n{item}\n{r.choice(ZH_PAY)}\n{r.choice(ZH_CONTACT)}")

def zh_agency(r, job, item):
    return (f"【{r.choice(['人力资源', '劳务派遣', '人才服务'])}信息·{r.choice(ZH_CITY)}】\n用工单位：{r.choice(CUR['zh'])}\n"
            f"岗位：{job}\n条件：{item}\n待遇：{r.choice(ZH_PAY)}\n班次：{r.choice(ZH_SHIFT)}\n"
            f"{r.choice(['车接车送，不收任何费用', '免费推荐，不收押金', '体检费入职满月报销'])}")

def zh_bianwai(r, job, item):
    return (f"{r.choice(ZH_CITY)}市某区{r.choice(['住房和城乡建设局', '交通运输局', '应急管理局', '市政工程管理处', '国有资产运营公司', '物流园区管委会'])}编外人员招聘公告\n"
            f"根据工作需要，现面向社会公开招聘编外工作人员，有关事项公告如下：\n"
            f"一、招聘岗位：{job}，1名。\n二、报名条件：\n（一）拥护中华人民共和国宪法；\n（二）{r.choice(ZH_REQ)}；\n（三）{item}\n"
            f"三、报名方式：现场报名，携带身份证、学历证书原件及复印件。\n四、薪酬待遇：按编外人员管理办法执行，缴纳五险一金。")

def zh_form(r, job, item):
    return (f"岗位名称：{job}\n招聘人数：{r.choice(['1', '2', '3', '5', '10', '若干'])}\n"
            f"工作地点：{r.choice(ZH_CITY)}\n{item}\n薪资范围：{r.choice(ZH_PAY)}\n"
            f"工作时间：{r.choice(ZH_SHIFT)}\n用人单位：{r.choice(CUR['zh'])}")

def zh_short(r, job, item):
    return f"{item}，{r.choice(ZH_CONTACT)}"

ZH_T = [zh_notice, zh_notice, zh_platform, zh_wechat, zh_live, zh_poster, zh_agency, zh_bianwai, zh_form, zh_form, zh_short]

HANT_CO = ["台中某精密機械股份有限公司", "桃園某電子廠", "新北某塑膠射出工廠", "高雄某鋼鐵公司",
           "香港某建築工程有限公司", "某地盤判頭", "葵涌某物流倉", "觀塘某貿易公司"]
HANT_DUTY = ["依SOP完成機台操作及首件檢查", "配合生產排程，完成每日產量", "負責物料收發及帳務登錄",
             "協助現場5S及安全巡查", "跟進工程進度，填寫施工日誌", "處理出入倉單據及貨品點算"]
HANT_PAY = ["月薪NT$32,000-38,000，另有全勤獎金", "時薪NT$190，加班另計", "日薪HK$900-1,200", "月薪HK$16,000-19,000，有OT補水",
            "年終獎金1.5個月起", "勞健保、員工宿舍、交通車"]

def hant_tw(r, job, item):
    return (f"【{r.choice(CUR['zh-Hant'])}】{job}\n工作內容：\n1. {r.choice(HANT_DUTY)}\n2. {r.choice(HANT_DUTY)}\n"
            f"條件要求：\n{item}\n待遇：{r.choice(HANT_PAY)}\n上班時段：{r.choice(['日班08:00-17:00', '輪班制', '週休二日'])}")

def hant_hk(r, job, item):
    return (f"{r.choice(CUR['zh-Hant'])} 誠聘\n職位：{job}\n職責：{r.choice(HANT_DUTY)}\n要求：\n- {item}\n"
            f"- {r.choice(['有相關經驗優先', '能即時上班', '識基本英文'])}\n待遇：{r.choice(HANT_PAY)}\n"
            f"有意者請WhatsApp或致電{r.choice(['6XXX XXXX', '9XXX XXXX'])}")

def hant_short(r, job, item):
    return f"{job}｜{item}｜{r.choice(HANT_PAY)}"

HANT_T = [hant_tw, hant_tw, hant_hk, hant_hk, hant_short]

EN_CO = ["a tier-1 iron ore producer", "an offshore drilling contractor", "a dry bulk shipping company",
         "an EPC contractor in Singapore", "a cement manufacturer in Vietnam", "a 3PL operator in Rotterdam",
         "a Series-A cross-border e-commerce start-up", "a steel fabrication yard in Batam", "a gold miner in Western Australia",
         "an LNG project in Queensland"]
EN_DUTY = ["Comply with site HSE procedures and permit-to-work systems", "Complete daily pre-start checks and shift handovers",
           "Coordinate with planners and supervisors to hit schedule", "Maintain accurate records in SAP",
           "Take part in toolbox talks and JSAs", "Support continuous improvement initiatives",
           "Liaise with vendors and the client's representatives", "Ship features fast and own them in production"]
EN_PAY = ["Competitive day rate, flights and accommodation provided", "USD 6,500-8,000 per month, tax-free",
          "$140k-$165k + super + annual bonus", "Equity + salary, hybrid working", "Hourly rate $48-$55 plus overtime",
          "Rotation 28/28, full medical cover"]

def en_jd(r, job, item):
    d = r.sample(EN_DUTY, 3)
    return (f"{job}\n\nAbout us: We are {r.choice(CUR['en'])}.\n\nKey responsibilities:\n- {d[0]}\n- {d[1]}\n- {d[2]}\n\n"
            f"Requirements:\n- {r.choice(['Relevant trade certificate or degree', '3+ years in a similar role', 'Valid work permit'])}\n- {item}\n\n"
            f"Package: {r.choice(EN_PAY)}\nApply via the link below.")

def en_linkedin(r, job, item):
    return (f"{r.choice(['🚀 Hiring!', 'Quick one, network:', 'We are growing!'])} {job} wanted for {r.choice(CUR['en'])}.\n"
            f"{item}\n{r.choice(EN_PAY)}. DM me or comment below. #hiring #{r.choice(['mining', 'oilandgas', 'shipping', 'startup', 'engineering'])}")

def en_email(r, job, item):
    return (f"Subject: {job} opportunity\n\nHi,\n\nI'm recruiting on behalf of {r.choice(CUR['en'])} for a {job}.\n"
            f"{item}\n\n{r.choice(EN_PAY)}. Start ASAP.\nIf you or someone in your network fits, reply with a CV.\n\nBest regards,\nRecruitment Consultant")

def en_board(r, job, item):
    return f"{job} | {r.choice(['Perth', 'Aberdeen', 'Houston', 'Singapore', 'Dubai', 'Manila', 'Shenzhen'])} | {item} | {r.choice(EN_PAY)}"

EN_T = [en_jd, en_jd, en_linkedin, en_email, en_board]

HEAVY = {"zh": ["某煤业集团", "某矿业集团", "某水泥股份有限公司", "华东某钢铁集团", "某港口装卸公司", "某建材物流园", "某林业局", "某粮食储备库"],
         "zh-Hant": ["某礦業公司", "高雄某鋼鐵公司", "某地盤判頭", "葵涌某物流倉"],
         "en": ["a tier-1 iron ore producer", "a gold miner in Western Australia", "a cement manufacturer in Vietnam", "a bulk port operator"]}
CUR = {}

def main():
    r = random.Random(28)
    groups = [("zh", "items_zh_v"), ("zh", "items_zh_c"), ("zh", "items_zh_x"), ("zh-Hant", "items_hant"), ("en", "items_en"), ("zh", "items_zh_more"), ("en", "items_en_more"), ("zh-Hant", "items_hant_more")]
    posts = []
    seen = set()
    for lang, name in groups:
        T = {"zh": ZH_T, "zh-Hant": HANT_T, "en": EN_T}[lang]
        for codes, cat, job, item in load(name):
            assert item not in seen, item
            seen.add(item)
            CUR.update({'zh': HEAVY['zh'] if codes == 'X' else ZH_CO, 'zh-Hant': HEAVY['zh-Hant'] if codes == 'X' else HANT_CO, 'en': HEAVY['en'] if codes == 'X' else EN_CO})
            tmpl = r.choice(T)
            text = tmpl(r, job, item)
            assert item in text
            rec = {"id": None, "lang": lang, "text": text}
            if codes == "C":
                rec["labels"] = []
            elif codes == "X":
                rec["labels"] = []
            elif codes == "D":
                rec["labels"] = ["GENDER"]; cat = "exemption_decoy"
            else:
                rec["labels"] = [CODE[c] for c in codes]
            rec["category"] = cat
            rec["source"] = f"d28 hand-written item ({name}), template {tmpl.__name__}"
            if codes == "X":
                rec["exemption"] = True
            posts.append(rec)
    r.shuffle(posts)
    for i, p in enumerate(posts, 1):
        p["id"] = f"d28-{i:04d}"
    out = os.path.join(HERE, "dev28.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(hashlib.sha256(open(out, "rb").read()).hexdigest(), len(posts))

if __name__ == "__main__":
    main()
