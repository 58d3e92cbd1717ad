#!/usr/bin/python3
"""Deterministic builder for dev31.jsonl (author: blind corpus author 31). Standard library only."""
import json, random, hashlib, os, importlib.util, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"}

def load_items():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "items*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        items.extend(mod.ITEMS)
    return items

ZH_FIRMS = ["某头部券商（深圳）", "上海某外资私募", "北京某红圈律所", "杭州某家族办公室", "广州某四大会计师事务所合作所",
            "成都某城商行分行", "苏州某上市公司董办", "南京某高端私人会所", "深圳某奢侈品集团华南区", "天津某保险资管公司",
            "重庆某民营集团总裁办", "厦门某商务接待中心", "武汉某信托公司", "青岛某游艇俱乐部", "西安某上市药企董事会办公室"]
ZH_PAY = ["年薪40-60万，13薪+年终", "月薪1.8-2.5万，五险一金，补充医疗", "base 30-45k，绩效另计", "年包80-120万，可谈",
          "月薪12-16k，六险一金，带薪年假", "面议，猎头费由客户承担，候选人零费用", "月薪9-12k，包工作餐"]
ZH_DUTY = ["负责客户关系维护与日常对接；", "协助总裁处理日程安排、会议纪要及文件流转；", "负责高净值客户的资产配置方案沟通；",
           "配合董事会秘书完成信息披露及投资者关系工作；", "负责会所贵宾接待、预订及活动执行；", "负责门店VIC客户维护与销售业绩达成；",
           "负责审计底稿整理、报表复核；", "负责公司领导日常用车及商务接送；"]
HK_FIRMS = ["中環某私人銀行", "尖沙咀某家族辦公室", "台北信義區某金控", "新竹某半導體上市公司", "灣仔某律師行", "銅鑼灣某名牌旗艦店", "台中某私募基金"]
EN_FIRMS = ["a Tier-1 private bank in Singapore", "a single-family office in DIFC, Dubai", "a Hong Kong hedge fund",
            "a global executive-search firm", "a boutique law firm in Central", "a luxury maison in Marina Bay Sands",
            "a multi-family office in Zurich and Singapore", "a members-only club in Mayfair"]

def wrap(rng, lang, item):
    firm_zh = rng.choice(ZH_FIRMS); pay = rng.choice(ZH_PAY); duty = rng.sample(ZH_DUTY, 2)
    if lang == "zh":
        t = rng.randrange(5)
        if t == 0:
            return "【招聘启事】%s\n\n岗位职责：\n1. %s\n2. %s\n\n任职要求：\n1. 本科及以上学历，沟通能力强；\n2. %s\n\n薪资福利：%s\n有意者请将简历发至HR邮箱，注明应聘岗位。" % (firm_zh, duty[0], duty[1], item, pay), "zh_notice"
        if t == 1:
            return "您好，我是做金融/法律方向的猎头顾问，手上有个%s的机会，想跟您聊聊～\n%s\n待遇：%s\n方便的话加我微信细聊，推荐成功有伯乐奖。" % (firm_zh, item, pay), "wechat_headhunter"
        if t == 2:
            return "#急招 #内推\n%s直招\n%s\n%s\n私信我发JD" % (firm_zh, item, pay), "pengyouquan"
        if t == 3:
            return "职位：见下\n公司：%s\n工作地点：市中心CBD\n%s\n薪资：%s\n联系人：王顾问 139****2871" % (firm_zh, item, pay), "field_form"
        return item, "one_liner"
    if lang == "zh-Hant":
        firm = rng.choice(HK_FIRMS); t = rng.randrange(3)
        if t == 0:
            return "【職位空缺】%s\n工作內容：負責客戶關係及行政支援。\n要求：\n- 大學學歷，英文良好\n- %s\n待遇：優厚，另設年終花紅及醫療保險\n有意者請電郵履歷。" % (firm, item), "hk_ad"
        if t == 1:
            return "獵頭私訊｜%s\n您好！目前有一個很適合您的機會：\n%s\n年薪面議，歡迎加LINE詳談。" % (firm, item), "tw_headhunter"
        return item, "one_liner"
    firm = rng.choice(EN_FIRMS); t = rng.randrange(4)
    if t == 0:
        return "Job Description\nOur client, %s, is looking for a high-calibre professional.\n\nKey responsibilities:\n- Support principals and senior stakeholders\n- Manage confidential matters with discretion\n\nRequirements:\n- %s\n\nPackage: competitive base + discretionary bonus. Apply in confidence." % (firm, item), "en_jd"
        
    if t == 1:
        return "Hi there,\nI'm reaching out on behalf of %s regarding a confidential search.\n%s\nHappy to share more over a call this week.\nBest regards,\nExecutive Search Team" % (firm, item), "recruiter_email"
    if t == 2:
        return "We're hiring! 🚀 %s\n%s\nDM me or comment below. #hiring #privatewealth #familyoffice" % (firm, item), "linkedin"
    return item, "one_liner"

def main():
    rng = random.Random(31)
    items = load_items()
    out = []
    for n, it in enumerate(items, 1):
        lang, labels, cat, text = it[:4]
        assert set(labels) <= ALLOWED, it
        if cat in ("exemption", "exemption_decoy"):
            body, src = text, "industrial_notice"
        elif cat.startswith(("livestream", "clean_livestream")):
            body, src = "【直播带岗口播】\n" + text + "\n（主播口播整理稿）", "livestream"
        elif cat.startswith(("editorial", "clean_editorial")):
            body, src = text + "\n报名时间：即日起至月底，报名方式：现场报名。", "editorial_notice"
        else:
            body, src = wrap(rng, lang, text)
        assert text in body
        rec = {"id": "d31-%04d" % n, "lang": lang, "text": body, "labels": sorted(labels), "category": cat, "source": src}
        if cat == "exemption":
            assert labels == []
            rec["exemption"] = True
        out.append(rec)
    texts = [it[3] for it in items]
    assert len(texts) == len(set(texts)), "duplicate item"
    path = os.path.join(HERE, "dev31.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), hashlib.sha256(open(path, "rb").read()).hexdigest())

if __name__ == "__main__":
    main()
