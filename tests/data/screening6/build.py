"""Build heldout5.jsonl: a blind, held-out corpus of labelled job ads (issue 9).

Deterministic: `python3 build.py` writes heldout5.jsonl next to this file.
Every labelled line (violation, trap, exemption) is hand-written once in the
items_*.py files and used once; this script only wraps each line in an
ordinary ad body drawn from pools.py, in one of several source styles.
"""

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pools  # noqa: E402
from items_en import ITEMS as EN_ITEMS  # noqa: E402
from items_hant import ITEMS as HANT_ITEMS  # noqa: E402
from items_zh import ITEMS as ZH_ITEMS  # noqa: E402

SEED = 20261127
LABEL = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

ZH_SOURCES = ["zhaopin_long", "58_oneliner", "wechat_group", "livestream", "campus_notice",
              "soe_notice", "app_jd", "shop_poster"]
HANT_SOURCES = ["hk_jobsdb", "tw_104", "hk_poster"]
# formats without a duties section: where a duty-type line goes instead
SHORT_FORMATS = {"58_oneliner": "req", "wechat_group": "note", "shop_poster": "note", "hk_poster": "note",
                 "hk_classified": "req", "linkedin_short": "note"}
EN_SOURCES = ["jd_long", "hk_classified", "linkedin_short", "email_blast"]


def phone(r):
    return "1" + r.choice("3578") + "".join(r.choice("0123456789") for _ in range(9))


def pick(r, seq, k):
    return r.sample(list(seq), min(k, len(seq)))


def contact_zh(r):
    return r.choice(pools.CONTACT_ZH).format(
        xing=r.choice(pools.XING), phone=phone(r), n=r.randint(1, 99), dom=r.choice(pools.DOMAINS))


def contact_hant(r, tw):
    options = [c for c in pools.CONTACT_HANT if ("twphone" in c or "104" in c) == tw]
    return r.choice(options).format(
        xing=r.choice(pools.XING_HANT), phone8=f"{r.randint(5, 9)}{r.randint(1000000, 9999999)}",
        twphone=f"09{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}",
        n=r.randint(1, 99), dom=r.choice(pools.DOMAINS))


def numbered(lines):
    return "\n".join(f"{i}. {x}" for i, x in enumerate(lines, 1))


DUTY_PREFIXES = ("trap_client", "trap_product", "trap_duty", "trap_word", "trap_team", "trap_org",
                 "trap_place", "trap_dorm")


def duties_for(it, title, sector_duties, lang, r):
    if it.get("duties"):
        dut = list(it["duties"])
    elif title in pools.TITLE_DUTIES:
        d = pools.TITLE_DUTIES[title]
        dut = pick(r, d, r.randint(min(2, len(d)), len(d)))
    elif it.get("title"):
        dut = [pools.GENERIC_DUTY[lang]]
    else:
        dut = pick(r, sector_duties, 2)
    if it.get("line") and it.get("slot") == "duty":
        dut.insert(0, it["line"])
    return dut


def place(req, it, r):
    """Insert the item's own line among neutral requirements."""
    req = list(req)
    if it.get("line") and it.get("slot", "req") == "req":
        req.insert(r.randint(0, len(req)), it["line"])
    return req


def extra(it, slot):
    return it["line"] if it.get("line") and it.get("slot", "req") == slot else ""


def render_zh(it, r):
    comps, titles, duties, reqs, pays = pools.ZH[it["sector"]]
    company = it.get("company") or r.choice(comps)
    if it["source"] == "soe_notice" and not it.get("company"):
        company = r.choice(pools.SOE_ORGS[it["sector"]])
    title = it.get("title") or r.choice(titles)
    dut = duties_for(it, title, duties, "zh", r)
    req = place(pick(r, reqs, r.randint(1, 3)), it, r)
    pay = it.get("pay") or r.choice(pays)
    ben = "、".join(pick(r, pools.BENEFIT_ZH, r.randint(2, 4)))
    ben_x, note = extra(it, "ben"), extra(it, "note")
    n = r.randint(1, 20)
    src = it["source"]
    if src == "58_oneliner":
        parts = [f"{company}招{title}{n}名", "，".join(req), pay]
        if ben_x:
            parts.append(ben_x)
        if note:
            parts.append(note)
        parts.append(f"电话{phone(r)}")
        return "，".join(parts)
    if src == "wechat_group":
        s = f"【急招】{company}\n岗位：{title} {n}人\n要求：{'；'.join(req)}\n待遇：{pay}，{ben}"
        if ben_x:
            s += f"，{ben_x}"
        if note:
            s += f"\n{note}"
        return s + f"\n有意者私聊或打{phone(r)}，转发有效👍"
    if src == "livestream":
        s = (f"家人们，欢迎来到今天的直播带岗！现在上链接的是{company}的{title}岗位，招{n}个人。"
             f"工作内容呢就是{dut[0]}，{dut[-1]}。")
        s += "要求这块我跟大家说一下：" + "，".join(req) + "。"
        s += f"工资待遇：{pay}，还有{ben}"
        if ben_x:
            s += f"，{ben_x}"
        s += "。"
        if note:
            s += note
        return s + "想报名的家人点击下方小风车，填个名字电话就行，HR会回电！"
    if src == "campus_notice":
        s = (f"【校园招聘】{company}2027届校园招聘\n单位性质：{r.choice(['民营企业', '国有企业', '外资企业', '事业单位'])}\n"
             f"招聘岗位：{title}（{n}人）\n岗位职责：{'；'.join(dut)}\n专业及其他要求：\n{numbered(req)}\n"
             f"薪酬福利：{pay}；{ben}")
        if ben_x:
            s += f"；{ben_x}"
        if note:
            s += f"\n{note}"
        return s + f"\n投递方式：{contact_zh(r)}\n（本信息由学校就业指导中心发布，请同学们注意甄别）"
    if src == "soe_notice":
        s = (f"{company}关于公开招聘编外工作人员的公告\n根据工作需要，经研究决定，面向社会公开招聘编外工作人员，现将有关事项公告如下：\n"
             f"一、招聘岗位及人数\n{title}{n}名，主要负责{'；'.join(d.removeprefix('负责') for d in dut)}。\n二、报名条件\n（一）遵守宪法和法律，具有良好的品行；\n"
             + "".join(f"（{'二三四五六七'[i]}）{x}；\n" for i, x in enumerate(req))
             + f"三、岗位待遇\n{pay}，按规定缴纳社会保险。")
        if ben_x:
            s += ben_x
        s += "\n四、体检与聘用\n体检参照公务员录用体检通用标准执行。"
        if note:
            s += note
        return s + f"\n五、报名方式\n报名咨询电话：{phone(r)}，报名时间为公告发布之日起7个工作日内。\n特此公告。"
    if src == "app_jd":
        s = (f"{title} · {pay}\n{company} | {r.choice(['经验不限', '1-3年', '3-5年'])} | {r.choice(['学历不限', '大专', '本科'])}\n"
             f"职位描述：\n" + numbered(dut + req))
        if ben_x:
            s += f"\n福利：{ben}、{ben_x}"
        else:
            s += f"\n福利：{ben}"
        if note:
            s += f"\n{note}"
        return s
    if src == "shop_poster":
        s = f"★★ 高薪诚聘 ★★\n{company}\n诚聘：{title}{n}名\n" + "\n".join(f"◆{x}" for x in req)
        s += f"\n待遇：{pay}"
        if ben_x:
            s += f"\n{ben_x}"
        if note:
            s += f"\n{note}"
        return s + f"\n{contact_zh(r)}"
    # zhaopin_long
    s = (f"{company}招聘启事\n因业务发展需要，现诚聘以下人员：\n一、招聘岗位：{title}（{n}名）\n二、岗位职责：\n{numbered(dut)}\n"
         f"三、任职要求：\n{numbered(req)}\n四、薪资福利：\n{pay}；{ben}")
    if ben_x:
        s += f"；{ben_x}"
    if note:
        s += f"\n五、其他：{note}"
    return s + f"\n联系方式：{contact_zh(r)}"


def render_hant(it, r):
    comps, titles, duties, reqs, pays = pools.HANT[it["sector"]]
    company = it.get("company") or r.choice(comps)
    title = it.get("title") or r.choice(titles)
    dut = duties_for(it, title, duties, "zh-Hant", r)
    req = place(pick(r, reqs, r.randint(1, 3)), it, r)
    pay = it.get("pay") or r.choice(pays)
    ben_x, note = extra(it, "ben"), extra(it, "note")
    src = it["source"]
    if src == "tw_104":
        s = (f"【{company}】{title}\n工作內容：\n" + "\n".join(f"{i}.{x}" for i, x in enumerate(dut, 1))
             + "\n條件要求：\n" + "\n".join(f"．{x}" for x in req) + f"\n工作待遇：{pay}")
        if ben_x:
            s += f"\n福利制度：{ben_x}"
        if note:
            s += f"\n其他：{note}"
        return s + f"\n{contact_hant(r, src == 'tw_104')}"
    if src == "hk_poster":
        s = f"{company} 請人\n{title} 數名\n" + "\n".join(f"＊{x}" for x in req) + f"\n{pay}"
        if ben_x:
            s += f"\n{ben_x}"
        if note:
            s += f"\n{note}"
        return s + f"\n{contact_hant(r, src == 'tw_104')}"
    s = (f"{title}\n{company}\n職責：\n" + "\n".join(f"- {x}" for x in dut) + "\n要求：\n"
         + "\n".join(f"- {x}" for x in req) + f"\n待遇：{pay}")
    if ben_x:
        s += f"\n福利：{ben_x}"
    if note:
        s += f"\n{note}"
    return s + f"\n{contact_hant(r, src == 'tw_104')}"


def render_en(it, r):
    comps, titles, duties, reqs, pays = pools.EN[it["sector"]]
    company = it.get("company") or r.choice(comps)
    title = it.get("title") or r.choice(titles)
    dut = duties_for(it, title, duties, "en", r)
    req = place(pick(r, reqs, r.randint(1, 3)), it, r)
    pay = it.get("pay") or r.choice(pays)
    ben_x, note = extra(it, "ben"), extra(it, "note")
    word = [w for w in company.split() if w.lower() != "the"][0]
    mail = f"careers@{word.lower().strip('().,')}.com"
    src = it["source"]
    if src == "hk_classified":
        s = f"{company} is hiring: {title}. " + " ".join(x.rstrip(".") + "." for x in req) + f" {pay}."
        if ben_x:
            s += f" {ben_x}"
        if note:
            s += f" {note}"
        return s + f" WhatsApp {r.randint(5, 9)}{r.randint(1000000, 9999999)}."
    if src == "linkedin_short":
        s = f"We're hiring! {title} @ {company}\n" + "\n".join(f"✅ {x}" for x in req) + f"\n💰 {pay}"
        if ben_x:
            s += f"\n🎁 {ben_x}"
        if note:
            s += f"\n{note}"
        return s + "\nDM me or apply via the link below. #hiring #jobs"
    if src == "email_blast":
        s = (f"Subject: Vacancy - {title}\n\nDear all,\n\n{company} is looking for a {title}. Main duties:\n"
             + "\n".join(f"* {d}" for d in dut) + "\n\nRequirements:\n" + "\n".join(f"* {x}" for x in req)
             + f"\n\nPackage: {pay}.")
        if ben_x:
            s += f" {ben_x}"
        if note:
            s += f"\n\n{note}"
        return s + f"\n\nPlease send your CV to {mail}.\n\nRegards,\nHR Team"
    s = (f"{title}\n{company}\n\nAbout the role\n" + "\n".join(f"- {x}" for x in dut) + "\n\nWhat we are looking for\n"
         + "\n".join(f"- {x}" for x in req) + f"\n\nWhat we offer\n- {pay}")
    if ben_x:
        s += f"\n- {ben_x}"
    if note:
        s += f"\n\n{note}"
    return s + f"\n\nHow to apply: send your CV to {mail}."


def main():
    r = random.Random(SEED)
    rows = []
    for lang, items, sources, render in (
        ("zh", ZH_ITEMS, ZH_SOURCES, render_zh),
        ("zh-Hant", HANT_ITEMS, HANT_SOURCES, render_hant),
        ("en", EN_ITEMS, EN_SOURCES, render_en),
    ):
        for it in items:
            it = dict(it)
            if it.get("line") and "slot" not in it and it["cat"].startswith(DUTY_PREFIXES):
                it["slot"] = "duty"
            if "source" not in it:
                if lang == "zh-Hant":
                    sources = ["tw_104"] if it["sector"].startswith("tw") else ["hk_jobsdb", "hk_poster"]
                allowed = [x for x in sources
                           if not (x == "soe_notice" and (it["sector"] not in pools.SOE_ORGS or it.get("company")))
                           and not (x == "campus_notice" and it["sector"] in ("clean", "restaurant", "security"))]
                it["source"] = r.choice(allowed)
            if it.get("slot") == "duty" and it["source"] in SHORT_FORMATS:
                it["slot"] = SHORT_FORMATS[it["source"]]
            text = it["raw"] if "raw" in it else render(it, r)
            assert not it.get("line") or it["line"] in text, (it, text)
            row = {"lang": lang, "text": text, "labels": [LABEL[c] for c in "GMP" if c in it["labels"]],
                   "category": it["cat"], "source": it["source"]}
            if it.get("exemption"):
                row["exemption"] = True
            if it.get("obf"):
                row["obfuscated"] = True
            rows.append(row)
    r.shuffle(rows)
    out = HERE / "heldout5.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i, row in enumerate(rows, 1):
            row = {"id": f"s6h5-{i:04d}", **row}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} posts to {out}")


if __name__ == "__main__":
    main()
