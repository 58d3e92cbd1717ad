#!/usr/bin/env python3
"""Deterministic generator for the blind held-out corpus heldout8.jsonl (prefix s9h8).

Standard library only. Every item in items_*.py is used in exactly one post and must
appear verbatim in it. Re-running reproduces the .jsonl byte for byte.
The items files CONTAIN THE ANSWERS (labels); do not show them to rule authors.
"""
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import items_zh_viol  # noqa: E402
import items_zh_clean  # noqa: E402
import items_hant  # noqa: E402
import items_en  # noqa: E402
import items_exempt  # noqa: E402

SEED = 20261209
PREFIX = "s9h8"
OUT = os.path.join(HERE, "heldout8.jsonl")

LABEL_CODES = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

# ---------------------------------------------------------------- neutral filler pools
ZH = {
    "company": [
        "东莞市鑫达电子有限公司", "深圳市华晟精密科技有限公司", "佛山市顺德区美居电器有限公司",
        "义乌市聚源进出口贸易有限公司", "晋江市恒步鞋服有限公司", "厦门海沧立达包装有限公司",
        "宁波北仑宏盛模具有限公司", "温州瓯海泰丰眼镜有限公司", "中山市古镇明辉灯饰厂",
        "惠州仲恺新能电池科技有限公司", "杭州余杭云栖电子商务有限公司", "广州白云区锦程服装厂",
        "东莞长安镇科伟五金制品厂", "深圳龙华区新兴智能科技有限公司", "汕头澄海乐童玩具有限公司",
        "福州仓山区闽信物流有限公司", "绍兴柯桥锦华纺织有限公司", "江门新会宝利不锈钢制品厂",
        "珠海香洲精创光电有限公司", "潮州枫溪瑞丰陶瓷有限公司", "湖州织里童装有限公司",
        "莆田涵江鑫磊鞋业有限公司", "揭阳普宁百盛纺织有限公司", "台州路桥精工机电有限公司",
        "清远佛冈华信人力资源服务有限公司", "金华永康顺达工贸有限公司", "广州番禺区乐声电子厂",
        "深圳南山区青橙网络科技有限公司", "泉州石狮海润服饰有限公司", "肇庆高要恒通五金有限公司",
    ],
    "title": [
        "普工", "品检员", "仓管员", "外贸业务员", "跟单员", "电商客服", "行政文员", "会计",
        "出纳", "人事专员", "前台接待", "销售代表", "物流专员", "SMT操作员", "包装工",
        "平面设计", "采购助理", "质检员", "数据录入员", "车间统计员", "门店店员", "收银员",
        "运营助理", "直播场控", "外贸单证员", "IQC检验员", "生产助理", "线长", "财务助理",
        "ERP专员",
    ],
    "duty": [
        "按照作业指导书完成本岗位工作，做好自检", "负责日常订单跟进，与客户保持沟通",
        "做好台账登记与交接班记录", "配合主管完成部门其他临时性工作",
        "负责物料的收发、盘点与系统录入", "整理每日报表并按时提交",
        "参与5S现场管理，保持工位整洁", "对接工厂与客户，跟进交期和品质",
        "处理店铺售前售后咨询，登记客户反馈", "协助组织部门例会并做好会议纪要",
        "核对单据，确保账实相符", "负责样品寄送与快递登记",
    ],
    "req": [
        "初中及以上学历，能看懂简单图纸", "能适应两班倒，服从安排", "有相关工作经验者优先",
        "熟练使用Excel、Word等办公软件", "身体健康，做事认真细心", "年龄18-45周岁",
        "大专及以上学历，专业不限", "英语四级以上，能用英文邮件沟通", "有责任心，能吃苦耐劳",
        "普通话流利，沟通能力强", "持有效身份证原件", "应届毕业生亦可，公司提供带教",
    ],
    "benefit": [
        "包吃包住，宿舍4-6人间，有空调热水", "购买五险一金", "月休4天，加班按1.5倍计算",
        "节日福利、生日礼金", "满勤奖200元/月", "每年调薪一次", "提供免费工作餐",
        "年底双薪", "带薪年假", "厂车接送", "入职即买社保", "住宿补贴300元/月",
    ],
    "salary": ["4500-6500元/月", "5000-7000元/月", "6000-8000元", "综合工资6500-8500",
               "底薪4000+提成", "3800-5500元/月", "7-10K", "8000-12000元/月",
               "时薪22元", "计件，熟手8000+"],
    "contact": ["联系人：人事部 陈主管", "联系人：HR 李经理", "电话：0769-8xxx6612 人事部",
                "微信同号：138****2261", "面试地址：厂区一楼人事部", "联系人：黄主任 0754-8xxx3301",
                "简历投递：hr@example.cn", "联系电话：159****7730（王经理）"],
    "place": ["东莞长安", "深圳龙华", "佛山顺德", "义乌", "晋江", "厦门", "宁波", "温州", "中山",
              "惠州", "杭州", "广州白云", "泉州", "汕头", "绍兴柯桥"],
}

HK = {
    "company": [
        "恒利貿易有限公司", "東昇物流（香港）有限公司", "美安設計工程有限公司", "寶達餐飲集團",
        "德信會計師事務所", "嘉華物業管理有限公司", "宏達國際旅運有限公司", "利豐行進出口有限公司",
        "九龍灣倉儲服務有限公司",
    ],
    "title": ["會計文員", "船務文員", "倉務員", "營業代表", "行政助理", "客戶服務主任", "採購專員",
              "辦公室助理", "出納", "接待員"],
    "duty": [
        "處理日常文書及資料輸入", "跟進客戶訂單及出貨安排", "協助處理應收應付帳目",
        "負責倉存盤點及收發貨", "接聽電話及處理一般查詢", "編製每月銷售報表",
        "與供應商聯絡，跟進交期", "協助主管處理部門行政事務",
    ],
    "req": ["中五或以上程度", "一年以上相關經驗", "懂中英文打字", "熟悉 MS Office", "具良好溝通技巧",
            "能即時上班者優先", "懂普通話者優先", "細心、有責任感"],
    "benefit": ["五天工作", "年假、醫療福利", "強積金", "年終雙糧", "交通津貼", "佣金另計", "有薪假期"],
    "salary": ["月薪 HK$15,000 - 18,000", "HK$16,500起", "待遇面議", "HK$20,000+", "月薪 HK$13,500 - 15,500"],
    "contact": ["有意者請將履歷及要求薪金電郵至 hr@example.com.hk", "請於 JobsDB 按「立即申請」",
                "請致電 2xxx 3388 與人事部聯絡", "所有資料只作招聘用途"],
    "area": ["觀塘", "荃灣", "長沙灣", "葵涌", "灣仔", "上環", "沙田"],
}

TW = {
    "company": ["新豐精密工業股份有限公司", "長鴻電子股份有限公司", "冠昇紡織股份有限公司",
                "台中大雅精機有限公司", "高雄前鎮海運代理股份有限公司", "永康五金行", "桃園觀音塑膠股份有限公司"],
    "title": ["會計助理", "門市人員", "品管工程師", "物流助理", "生管助理", "業務助理", "行政人員", "倉管人員"],
    "duty": ["處理日常文書及資料建檔", "跟進客戶訂單及出貨安排", "協助處理應收應付帳款",
             "負責倉儲盤點及收發貨", "接聽電話及處理客戶詢問", "製作每月銷售報表",
             "與供應商聯繫，追蹤交期", "協助主管處理部門行政事務"],
    "req": ["大專以上學歷", "一年以上相關經驗", "熟悉 Office 文書處理", "具相關科系背景",
            "細心、有責任感", "可配合加班", "具機車駕照"],
    "benefit": ["勞健保、團保", "三節獎金", "員工旅遊", "週休二日", "年終獎金", "員工分紅", "特休假依勞基法"],
    "salary": ["月薪 NT$32,000 - 38,000", "NT$30,000起", "待遇面議", "月薪 NT$35,000以上"],
    "contact": ["請透過 104 人力銀行應徵", "1111 人力銀行線上投遞履歷", "請來電 04-2xxx-5566 洽人事部"],
    "area": ["板橋", "新竹", "台中大雅", "桃園觀音", "高雄前鎮"],
}
HANT = HK

EN = {
    "company": [
        "Harbourline Logistics Pte Ltd", "Kowloon Bay Trading Co. Ltd", "Meridian Precision Sdn Bhd",
        "Straits Facility Services Pte Ltd", "Pearl River Sourcing Ltd", "Lion City F&B Group",
        "Tanjong Electronics Sdn Bhd", "Eastgate Property Management", "Orchid Freight Forwarding",
        "Victoria Peak Consulting", "Jurong Industrial Supplies", "Penang Semicon Services",
        "BluePine Retail Pte Ltd", "Causeway Bay Interiors Ltd", "Klang Valley Packaging Sdn Bhd",
    ],
    "title": [
        "Accounts Assistant", "Logistics Coordinator", "Admin Executive", "Sales Executive",
        "Customer Service Officer", "Warehouse Assistant", "Purchasing Executive",
        "Marketing Executive", "HR Assistant", "Receptionist", "Operations Executive",
        "QC Inspector", "Shipping Clerk", "Retail Associate", "Project Coordinator",
    ],
    "duty": [
        "Handle full set of accounts for two subsidiaries", "Coordinate inbound and outbound shipments",
        "Prepare monthly reports for management", "Liaise with suppliers on lead times and pricing",
        "Answer customer enquiries by phone and e-mail", "Maintain filing and office supplies",
        "Support the team on ad-hoc projects", "Update the ERP system accurately",
    ],
    "req": [
        "Diploma or above in a related discipline", "At least 2 years of relevant experience",
        "Proficient in MS Office, especially Excel", "Good command of English and Mandarin",
        "Able to start immediately is an advantage", "Fresh graduates are welcome to apply",
        "Strong attention to detail", "Able to work independently",
    ],
    "benefit": [
        "5-day work week", "Annual leave and medical benefits", "AWS and performance bonus",
        "Transport allowance", "MPF / CPF contributions", "Training provided",
        "Hybrid working after probation", "Dental coverage",
    ],
    "salary": ["SGD 3,000 - 3,800", "HKD 18,000 - 22,000", "RM 3,500 - 4,500", "Attractive package",
               "SGD 4,500 + commission", "HKD 16K - 19K"],
    "contact": [
        "Interested applicants please send your CV with current and expected salary to careers@example.com",
        "Click 'Apply Now' to submit your resume.", "Only shortlisted candidates will be notified.",
        "EA Licence No. 19C9xxx | Reg. No. R2xxxxx",
        "Please WhatsApp your CV to +65 9xxx 4471.",
    ],
}


def pick(rng, pool, k):
    return rng.sample(pool, k)


def with_item(rng, lines, item_text, slot, want):
    """Insert item_text into lines if slot == want (at a random position)."""
    if slot == want:
        pos = rng.randint(0, len(lines))
        lines = lines[:pos] + [item_text] + lines[pos:]
    return lines


def numbered(lines):
    return [f"{i + 1}. {ln}" for i, ln in enumerate(lines)]


# ---------------------------------------------------------------- zh styles
def zh_sections(rng, slot, text):
    duty = with_item(rng, pick(rng, ZH["duty"], rng.randint(2, 3)), text, slot, "duty")
    req = with_item(rng, pick(rng, ZH["req"], rng.randint(2, 3)), text, slot, "req")
    ben = with_item(rng, pick(rng, ZH["benefit"], rng.randint(2, 4)), text, slot, "benefit")
    contact = with_item(rng, [rng.choice(ZH["contact"])], text, slot, "contact")
    return duty, req, ben, contact


def zh_formal(rng, it):
    c = rng.choice(ZH["company"])
    t = it.get("title") or rng.choice(ZH["title"])
    duty, req, ben, contact = zh_sections(rng, it["slot"], it["text"])
    out = [f"{c}招聘启事", ""]
    intro = f"{c}成立于{rng.randint(1998, 2019)}年，位于{c[:2]}，因业务发展需要，现诚聘以下岗位："
    out.append(intro)
    if it["slot"] == "intro":
        out.append(it["text"])
    out += ["", f"招聘岗位：{t}（{rng.randint(1, 8)}名）"]
    if it["slot"] == "block":
        out.append(it["text"])
    out += ["", "岗位职责："] + numbered(duty)
    out += ["", "任职要求："] + numbered(req)
    out += ["", f"薪资福利：{rng.choice(ZH['salary'])}"] + numbered(ben)
    out += [""] + contact
    return "\n".join(out)


def zh_platform(rng, it):
    t = it.get("title") or rng.choice(ZH["title"])
    c = rng.choice(ZH["company"])
    duty, req, ben, contact = zh_sections(rng, it["slot"], it["text"])
    out = [f"{t} | {rng.choice(ZH['salary'])} | {c[:2]} | 经验不限 | 学历不限", c, ""]
    if it["slot"] in ("intro", "block"):
        out += [it["text"], ""]
    out += ["职位描述："] + numbered(duty + req)
    out += ["", "福利待遇：" + "、".join(x for x in ben if x != it["text"])]
    if it["slot"] == "benefit":
        out.append(it["text"])
    out += ["", "工作地址：" + c[:2] + rng.choice(["厂区", "总部", "园区", "办公室"])]
    if it["slot"] == "contact":
        out.append(it["text"])
    return "\n".join(out)


def zh_wechat(rng, it):
    t = it.get("title") or rng.choice(ZH["title"])
    emo = rng.choice(["🔥", "📢", "✨", "💼", "🌟"])
    duty, req, ben, contact = zh_sections(rng, it["slot"], it["text"])
    out = [f"{emo}{emo}急招{t}{emo}{emo}", f"📍{rng.choice(ZH['place'])}  💰{rng.choice(ZH['salary'])}"]
    if it["slot"] in ("intro", "block"):
        out.append(it["text"])
    out += ["✅" + x for x in duty + req]
    out += ["🎁" + x for x in ben]
    out += ["☎️" + x for x in contact]
    out.append(rng.choice(["有意私聊～", "感兴趣的朋友直接私信我", "帮转发，谢谢大家🙏", "名额有限，先到先得"]))
    return "\n".join(out)


def zh_live(rng, it):
    t = it.get("title") or rng.choice(ZH["title"])
    c = rng.choice(ZH["company"])
    duty, req, ben, contact = zh_sections(rng, it["slot"], it["text"])
    out = [f"【直播带岗口播稿】", f"家人们晚上好，欢迎来到直播间！下面这个岗位是{c}的{t}，工资{rng.choice(ZH['salary'])}。"]
    if it["slot"] in ("intro", "block"):
        out.append(it["text"])
    out.append("主要干什么呢？" + "；".join(duty) + "。")
    out.append("要求也给大家念一下：" + "；".join(r for r in req if r != it["text"]) + "。")
    if it["slot"] == "req":
        out.append(it["text"])
    out.append("福利方面：" + "，".join(b for b in ben if b != it["text"]) + "。")
    if it["slot"] == "benefit":
        out.append(it["text"])
    out.append("想报名的点下方小黄车的岗位卡片，" + "，".join(x for x in contact if x != it["text"]) + "。")
    if it["slot"] == "contact":
        out.append(it["text"])
    return "\n".join(out)


def zh_poster(rng, it):
    t = it.get("title") or rng.choice(["店员", "收银员", "服务员", "厨房帮工", "导购", "配菜员", "打包员"])
    duty, req, ben, contact = zh_sections(rng, it["slot"], it["text"])
    shop = rng.choice(["本店", "本超市", "本茶饮店", "本餐厅", "本服装店"])
    out = [f"{shop}急招", f"{t}  {rng.randint(1, 4)}名", f"工资：{rng.choice(['4000-5000', '面议', '3500+提成', '包吃4500'])}"]
    if it["slot"] in ("intro", "block", "duty"):
        out.append(it["text"])
    out += [x for x in req]
    out += [x for x in ben[:2]]
    if it["slot"] == "benefit" and it["text"] not in ben[:2]:
        out.append(it["text"])
    out += ["有意者进店详谈"] + contact
    return "\n".join(out)


def zh_agency(rng, it):
    c = rng.choice(ZH["company"])
    t = it.get("title") or rng.choice(["普工", "操作工", "包装工", "装配工", "检验员", "车缝工"])
    duty, req, ben, contact = zh_sections(rng, it["slot"], it["text"])
    out = [f"【劳务派遣】{c} 大量招{t}", f"工价：{rng.choice(['20元/小时', '22元/小时', '底薪2300+加班', '综合6500-7500'])}",
           f"班次：{rng.choice(['长白班', '两班倒，一周一倒', '做六休一'])}"]
    if it["slot"] in ("intro", "block", "duty"):
        out.append(it["text"])
    out += ["要求：" + x for x in req]
    out += ["吃住：" + rng.choice(["包住不包吃，伙食补贴每天15元", "厂内食堂，住宿免费", "包吃包住"])]
    if it["slot"] == "benefit":
        out.append(it["text"])
    out += ["工资发放：每月15号准时发，不压工资", "报名请带身份证原件，" + rng.choice(["现场面试", "车接车送"])]
    out += [x for x in contact if x != it["text"] or it["slot"] == "contact"]
    return "\n".join(out)


def zh_bianwai(rng, it):
    unit = rng.choice(["东莞市长安镇综合行政执法队", "深圳市龙华区观澜街道办事处", "佛山市顺德区大良街道社区服务中心",
                       "义乌市稠城街道便民服务中心", "晋江市青阳街道办事处", "厦门市湖里区某社区工作站"])
    t = it.get("title") or rng.choice(["综合文员", "网格员", "协管员", "窗口服务人员", "档案整理员"])
    duty, req, ben, contact = zh_sections(rng, it["slot"], it["text"])
    out = [f"{unit}2026年公开招聘编外工作人员公告", "",
           f"根据工作需要，经研究决定，面向社会公开招聘编外工作人员{rng.randint(1, 6)}名，现将有关事项公告如下："]
    if it["slot"] == "intro":
        out.append(it["text"])
    out += [f"一、招聘岗位：{t}"]
    if it["slot"] == "block":
        out.append(it["text"])
    out += ["二、岗位职责："] + [f"（{i + 1}）{d}" for i, d in enumerate(duty)]
    out += ["三、报名条件：", "（一）拥护中华人民共和国宪法，遵纪守法，品行端正；"] + [f"（{'二三四五六'[i]}）{r}" for i, r in enumerate(req)]
    out += ["四、薪酬待遇：按编外人员有关规定执行，" + "；".join(ben)]
    out += ["五、报名方式：" + "；".join(contact), "本公告由招聘单位负责解释。"]
    return "\n".join(out)


def zh_form(rng, it):
    t = it.get("title") or rng.choice(ZH["title"])
    duty, req, ben, contact = zh_sections(rng, it["slot"], it["text"])
    out = [f"岗位名称：{t}", f"招聘人数：{rng.randint(1, 10)}", f"工作地点：{rng.choice(ZH['place'])}",
           f"薪资范围：{rng.choice(ZH['salary'])}", f"学历要求：{rng.choice(['不限', '初中', '高中/中专', '大专'])}"]
    if it["slot"] in ("intro", "block"):
        out.append(it["text"])
    out.append("岗位职责：" + "；".join(duty))
    out.append("其他要求：" + "；".join(r for r in req if r != it["text"]))
    if it["slot"] == "req":
        out.append(it["text"])
    out.append("福利：" + "；".join(b for b in ben if b != it["text"]))
    if it["slot"] == "benefit":
        out.append(it["text"])
    out += contact
    return "\n".join(out)


ZH_STYLES = [("formal", zh_formal, 5), ("platform", zh_platform, 4), ("wechat", zh_wechat, 3),
             ("live", zh_live, 2), ("poster", zh_poster, 2), ("agency", zh_agency, 3),
             ("bianwai", zh_bianwai, 1), ("form", zh_form, 3)]


# ---------------------------------------------------------------- zh-Hant styles
def hant_sections(rng, slot, text, P=HK):
    duty = with_item(rng, pick(rng, P["duty"], rng.randint(2, 3)), text, slot, "duty")
    req = with_item(rng, pick(rng, P["req"], rng.randint(2, 3)), text, slot, "req")
    ben = with_item(rng, pick(rng, P["benefit"], rng.randint(2, 4)), text, slot, "benefit")
    contact = with_item(rng, [rng.choice(P["contact"])], text, slot, "contact")
    return duty, req, ben, contact


def hk_jobsdb(rng, it):
    c = rng.choice(HANT["company"])
    t = it.get("title") or rng.choice(HANT["title"])
    duty, req, ben, contact = hant_sections(rng, it["slot"], it["text"])
    out = [f"{c}", f"誠聘 {t}", ""]
    if it["slot"] in ("intro", "block"):
        out += [it["text"], ""]
    out += ["職責："] + ["• " + d for d in duty]
    out += ["", "要求："] + ["• " + r for r in req]
    out += ["", "待遇：" + rng.choice(HANT["salary"])] + ["• " + b for b in ben]
    out += [""] + contact
    return "\n".join(out)


def tw_104(rng, it):
    c = rng.choice(TW["company"])
    t = it.get("title") or rng.choice(TW["title"])
    duty, req, ben, contact = hant_sections(rng, it["slot"], it["text"], TW)
    out = [f"【{t}】{c}", f"工作待遇：{rng.choice(TW['salary'])}　上班時段：日班 08:30~17:30"]
    if it["slot"] in ("intro", "block"):
        out.append(it["text"])
    out += ["", "工作內容："] + numbered(duty)
    out += ["", "條件要求："] + numbered(req)
    out += ["", "福利制度：" + "、".join(b for b in ben if b != it["text"])]
    if it["slot"] == "benefit":
        out.append(it["text"])
    out += ["", "聯絡方式："] + contact
    return "\n".join(out)


def hk_short(rng, it):
    t = it.get("title") or rng.choice(HANT["title"])
    duty, req, ben, contact = hant_sections(rng, it["slot"], it["text"])
    out = [f"急聘 {t}（{rng.choice(HK['area'])}）"]
    if it["slot"] in ("intro", "block", "duty"):
        out.append(it["text"])
    out += ["- " + r for r in req] + ["- " + b for b in ben[:2]]
    if it["slot"] == "benefit" and it["text"] not in ben[:2]:
        out.append("- " + it["text"])
    out += contact
    return "\n".join(out)


TW_MARKERS = ("NT$", "育嬰留停", "勞基法", "104", "1111", "誠徵", "公分", "婚友社", "職缺", "子女教育補助", "之")
HK_MARKERS = ("仔", "唔", "WhatsApp", "師奶", "黃太", "強積金", "侍產假", "寫字樓", "女人街", "2xxx")
HANT_STYLES = [("hk_jobsdb", hk_jobsdb, 3), ("tw_104", tw_104, 3), ("hk_short", hk_short, 2)]


# ---------------------------------------------------------------- en styles
def en_sections(rng, slot, text):
    duty = with_item(rng, pick(rng, EN["duty"], rng.randint(2, 4)), text, slot, "duty")
    req = with_item(rng, pick(rng, EN["req"], rng.randint(2, 4)), text, slot, "req")
    ben = with_item(rng, pick(rng, EN["benefit"], rng.randint(2, 4)), text, slot, "benefit")
    contact = with_item(rng, [rng.choice(EN["contact"])], text, slot, "contact")
    return duty, req, ben, contact


def en_jd(rng, it):
    c = rng.choice(EN["company"])
    t = it.get("title") or rng.choice(EN["title"])
    duty, req, ben, contact = en_sections(rng, it["slot"], it["text"])
    out = [f"{t}", f"{c} | {rng.choice(['Singapore', 'Kwun Tong, Hong Kong', 'Kuala Lumpur', 'Penang', 'Tsuen Wan, Hong Kong', 'Jurong East'])} | Full time", "",
           "About us", f"{c} has served customers across the region since {rng.randint(1985, 2018)}."]
    if it["slot"] in ("intro", "block"):
        out.append(it["text"])
    out += ["", "Responsibilities"] + ["- " + d for d in duty]
    out += ["", "Requirements"] + ["- " + r for r in req]
    out += ["", f"What we offer ({rng.choice(EN['salary'])})"] + ["- " + b for b in ben]
    out += [""] + contact
    return "\n".join(out)


def en_linkedin(rng, it):
    c = rng.choice(EN["company"])
    t = it.get("title") or rng.choice(EN["title"])
    duty, req, ben, contact = en_sections(rng, it["slot"], it["text"])
    out = [f"We're hiring! 🚀 {c} is looking for a {t} to join our growing team."]
    if it["slot"] in ("intro", "block"):
        out.append(it["text"])
    out += ["", "What you'll do:"] + ["👉 " + d for d in duty]
    out += ["", "What we're looking for:"] + ["✔ " + r for r in req]
    out += ["", "Perks: " + ", ".join(b for b in ben if b != it["text"])]
    if it["slot"] == "benefit":
        out.append(it["text"])
    out += [""] + [x for x in contact] + ["#hiring #jobs #" + rng.choice(["singaporejobs", "hongkongjobs", "malaysiajobs"])]
    return "\n".join(out)


def en_email(rng, it):
    c = rng.choice(EN["company"])
    t = it.get("title") or rng.choice(EN["title"])
    duty, req, ben, contact = en_sections(rng, it["slot"], it["text"])
    rec = rng.choice(["Jasmine", "Kelvin", "Priya", "Marcus", "Wei Ling", "Darren"])
    out = [f"Subject: Opportunity - {t} ({rng.choice(EN['salary'])})", "", "Hi there,", "",
           f"My client, {c}, has asked me to find a {t}. Quick summary below."]
    if it["slot"] in ("intro", "block"):
        out.append(it["text"])
    out += ["", "The role:"] + ["* " + d for d in duty]
    out += ["", "The profile:"] + ["* " + r for r in req]
    out += ["", "Package:"] + ["* " + b for b in ben]
    out += ["", "If keen, reply with your updated CV and notice period."] + contact
    out += ["", f"Best regards,", f"{rec}", "Talent Acquisition Consultant"]
    return "\n".join(out)


def en_classified(rng, it):
    t = it.get("title") or rng.choice(EN["title"])
    duty, req, ben, contact = en_sections(rng, it["slot"], it["text"])
    out = [f"URGENT: {t if it['slot'] == 'title' else t.upper()}", f"Location: {rng.choice(['Woodlands', 'Shah Alam', 'Kwai Chung', 'Tuas', 'Petaling Jaya'])}",
           f"Salary: {rng.choice(EN['salary'])}"]
    if it["slot"] in ("intro", "block", "duty"):
        out.append(it["text"])
    out += ["* " + r for r in req] + ["* " + b for b in ben[:2]]
    if it["slot"] == "benefit" and it["text"] not in ben[:2]:
        out.append("* " + it["text"])
    out += contact
    return "\n".join(out)


EN_STYLES = [("en_jd", en_jd, 4), ("linkedin", en_linkedin, 3), ("recruiter_email", en_email, 2),
             ("classified", en_classified, 2)]


# ---------------------------------------------------------------- exemption / decoy wrappers
# The item itself names the job and its duties; the wrapper adds no other job or duty.
def exempt_zh(rng, it):
    pools = {
        "exemption_underground": ["山西某矿业有限公司", "韶关市曲江区华粤矿业有限公司", "龙岩市新罗区闽西煤业有限公司",
                                  "云浮市新兴县金岭矿业有限公司"],
        "exemption_load": ["英德市恒基水泥有限公司", "东莞麻涌港通物流有限公司", "佛山南海建材综合批发市场某商行",
                           "湛江霞山粮油储备库", "清远市阳山县宏达石材厂", "汕尾陆丰市启航搬运服务部"],
        "exemption_grade4": ["阳江市江城区鑫钢冶炼厂", "梅州市梅县区顺发砖厂", "肇庆四会市力拓铸造厂"],
    }
    c = rng.choice(pools.get(it["category"], ["广东某实业集团有限公司", "福建某工贸有限公司", "浙江某控股集团"]))
    sal = rng.choice(["8000-12000元/月", "计件，熟手月入9000+", "日结300元", "综合月薪10000-15000",
                      "底薪5000+产量奖", "面议"])
    ben = pick(rng, ZH["benefit"], rng.randint(2, 3))
    head = rng.choice([f"{c}招聘", f"【{c}】急招", f"{c}用工信息"])
    out = [head, "", it["text"], "", f"薪资：{sal}", "福利：" + "；".join(ben),
           rng.choice(["要求：身体健康，能吃苦", "要求：持有效身份证，体检合格", "要求：年龄20-50岁"]),
           rng.choice(ZH["contact"])]
    return "\n".join(out)


def exempt_hant(rng, it):
    c = {"exemption_underground": "台灣某礦業股份有限公司", "exemption_load": "葵涌貨櫃碼頭服務公司",
         "exemption_grade4": "高雄小港鋼鐵工業股份有限公司"}.get(it["category"], "香港某工程集團有限公司")
    P = TW if c.startswith(("台灣", "高雄")) else HK
    out = [c, "誠聘", "", it["text"], "", "待遇：" + rng.choice(P["salary"]),
           "福利：" + "、".join(pick(rng, P["benefit"], 2)), rng.choice(P["contact"])]
    return "\n".join(out)


def exempt_en(rng, it):
    c = {"exemption_underground": "Sino-Pacific Mining Holdings", "exemption_grade4": "Tsing Yi Metals Ltd"}.get(
        it["category"], rng.choice(["Jurong Port Logistics Pte Ltd", "Klang Rice Mills Sdn Bhd", "Perak Resources Sdn Bhd"]))
    if it["category"] == "exemption_decoy":
        c = "Job Ad"
    out = [f"{c} - Vacancy", "", it["text"], "", "Salary: " + rng.choice(EN["salary"]),
           "Benefits: " + ", ".join(pick(rng, EN["benefit"], 2)), rng.choice(EN["contact"])]
    return "\n".join(out)


def choose(rng, styles):
    total = sum(w for _, _, w in styles)
    r = rng.uniform(0, total)
    for name, fn, w in styles:
        r -= w
        if r <= 0:
            return name, fn
    return styles[-1][0], styles[-1][1]


def oneliner(rng, it):
    return it["text"]


def load_items():
    items = []
    for mod in (items_zh_viol, items_zh_clean, items_hant, items_en, items_exempt):
        for row in mod.ITEMS:
            lang, slot, code, cat, text = row[:5]
            title = row[5] if len(row) > 5 else None
            if slot == "title":
                title = text
            items.append({"lang": lang, "slot": slot, "code": code, "category": cat, "text": text,
                          "title": title, "file": mod.__name__})
    return items


def main():
    rng = random.Random(SEED)
    items = load_items()
    seen = set()
    for it in items:
        assert it["text"] not in seen, ("duplicate item", it["text"])
        seen.add(it["text"])
    posts = []
    for it in items:
        if it["slot"] == "exempt":
            style, fn = "exemption_wrap", {"zh": exempt_zh, "zh-Hant": exempt_hant, "en": exempt_en}[it["lang"]]
        elif it["slot"] == "whole":
            style, fn = "short_or_whole", oneliner
        elif it["lang"] == "zh":
            style, fn = choose(rng, ZH_STYLES)
        elif it["lang"] == "zh-Hant":
            if any(w in it["text"] for w in TW_MARKERS):
                style, fn = "tw_104", tw_104
            elif any(w in it["text"] for w in HK_MARKERS):
                style, fn = choose(rng, [x for x in HANT_STYLES if x[0] != "tw_104"])
            else:
                style, fn = choose(rng, HANT_STYLES)
        else:
            style, fn = choose(rng, EN_STYLES)
        text = fn(rng, it)
        assert it["text"] in text, ("item not verbatim", style, it["text"])
        code = it["code"]
        rec = {"lang": it["lang"], "text": text}
        if code == "X":
            rec["labels"] = []
            rec["exemption"] = True
        else:
            rec["labels"] = [LABEL_CODES[ch] for ch in "GMP" if ch in code]
        rec["category"] = it["category"]
        rec["source"] = f"blind author s9h8, hand-written item, synthetic ad; style={style}"
        posts.append(rec)
    rng.shuffle(posts)
    lines = []
    for i, rec in enumerate(posts, 1):
        obj = {"id": f"{PREFIX}-{i:04d}", "lang": rec["lang"], "text": rec["text"], "labels": rec["labels"],
               "category": rec["category"], "source": rec["source"]}
        if rec.get("exemption"):
            obj["exemption"] = True
        lines.append(json.dumps(obj, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    print(OUT, len(posts), hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
