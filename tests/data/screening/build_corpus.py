#!/usr/bin/env python3
"""Build the issue-9 screening corpus (dev.jsonl / heldout.jsonl).

Written by a helper session that had NOT read the screening rules or the old corpus.
Every discriminatory / trap clause below is hand-written; the script only composes
them with hand-written ordinary ad parts (company intros, duties, requirements, pay...).

Split: every clause is assigned once to dev or heldout (alternating after a seeded
shuffle within each category x language); a post inherits the part of its clause, so
no clause phrasing appears in both parts.  Generic parts (intros, duties, pay) are
shared and carry no label-relevant wording.

Run:  .venv/bin/python tests/data/screening/build_corpus.py   (needs opencc for the
traditional-character conversion of the *generic* parts only; clauses in 繁體 are
hand-written).
"""
import hashlib
import json
import os
import random
import unicodedata

from corpus_parts import (ZH_JOB_REQS, EN_JOB_REQS, ZH_COMPANIES, ZH_JOBS, ZH_REQS, ZH_PAY, ZH_HOURS, ZH_PLACES, ZH_CONTACT,
                   EN_COMPANIES, EN_JOBS, EN_REQS, EN_PAY, EN_HOURS, EN_PLACES, EN_CONTACT)
from corpus_clauses import CLASSES, VIOLATING

SEED = 20261127
HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"G": "GENDER", "M": "MARRIAGE_CHILDBEARING", "P": "PREGNANCY_TEST"}

try:
    import opencc
    _S2T = opencc.OpenCC("s2twp")
except Exception:  # pragma: no cover
    raise SystemExit("opencc is needed to build the zh-Hant generic parts: use .venv/bin/python")


def to_hant(s):
    return _S2T.convert(s)


# ---------------------------------------------------------------- obfuscation helpers
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
# Kangxi radicals (U+2F00-U+2FD5) and CJK radical supplement forms whose NFKC is a common
# character, as produced by PDF copy-paste; derived, then restricted to the characters we use.
_WANTED = "女生子士小身高人工面色文无月长见大力老用男"
KANGXI = {}
for _cp in list(range(0x2F00, 0x2FD6)) + list(range(0x2E80, 0x2EF4)):
    _n = unicodedata.normalize("NFKC", chr(_cp))
    if _n in _WANTED and _n != chr(_cp) and _n not in KANGXI:
        KANGXI[_n] = chr(_cp)


def zw(s, rng):
    """zero-width characters between every CJK/latin char of the marked [[...]] run."""
    out, i = [], 0
    while True:
        a = s.find("[[", i)
        if a < 0:
            out.append(s[i:]); break
        b = s.find("]]", a)
        out.append(s[i:a])
        word = s[a + 2:b]
        out.append(rng.choice(ZW).join(word))
        i = b + 2
    return "".join(out)


def kangxi(s):
    res = "".join(KANGXI.get(c, c) for c in s)
    for c, k in KANGXI.items():
        assert unicodedata.normalize("NFKC", k) == c, (c, k)
    return res


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def apply_obf(text, rng):
    """Clause texts in the obfuscated class start with a marker: ZW| KX| FW| (HTML and
    pinyin are already written into the clause)."""
    if text.startswith("ZW|"):
        return zw(text[3:], rng)
    if text.startswith("KX|"):
        return kangxi(text[3:])
    if text.startswith("FW|"):
        body = text[3:]
        out, i = [], 0
        while True:
            a = body.find("[[", i)
            if a < 0:
                out.append(body[i:]); break
            b = body.find("]]", a)
            out.append(body[i:a]); out.append(fullwidth(body[a + 2:b])); i = b + 2
        return "".join(out)
    if text.startswith("CP|"):
        return text[3:].replace("女", "\uf981")
    return text


# ---------------------------------------------------------------- clause parsing
def parse(raw):
    slot = "req"
    if raw.startswith("@"):
        slot, raw = raw[1:].split(" ", 1)
    labels = None
    if "||" in raw:
        raw, lab = raw.rsplit("||", 1)
        labels = [CODE[x] for x in lab.split(",") if x]
    return raw, slot, labels


# ---------------------------------------------------------------- ad composition
ZH_HEAD = [
    ("岗位职责：", "任职要求：", "薪资福利：", "工作时间：", "工作地点：", "联系方式："),
    ("【岗位职责】", "【任职要求】", "【薪资待遇】", "【上班时间】", "【工作地址】", "【投递方式】"),
    ("一、工作内容", "二、岗位要求", "三、待遇", "四、工作时间", "五、地点", "六、应聘方式"),
    ("■ 职责", "■ 要求", "■ 福利", "■ 时间", "■ 地址", "■ 联系"),
    ("岗位描述：", "任职资格：", "薪酬福利：", "作息：", "办公地点：", "简历投递："),
]
EN_HEAD = [
    ("Responsibilities:", "Requirements:", "Pay and benefits:", "Hours:", "Location:", "How to apply:"),
    ("What you will do", "What we are looking for", "What we offer", "Schedule", "Where", "Apply"),
    ("Key duties", "Candidate profile", "Package", "Working hours", "Office", "Contact"),
]
NUMS_ZH = ["{}. ", "{}、", "（{}）", "- ", "· "]


def numbered(items, style):
    return [(style.format(i + 1) if "{}" in style else style) + it for i, it in enumerate(items)]


def head(h, en):
    if en:
        return h + (" " if h.endswith(":") else ": ")
    return h if h.endswith(("：", "】")) else h + "："


def compose(lang, clause, slot, rng, short=False):
    en = lang == "en"
    comp = rng.choice(EN_COMPANIES if en else ZH_COMPANIES)
    job = rng.choice(EN_JOBS if en else ZH_JOBS)
    title, duties = job[0], list(job[1:])
    rng.shuffle(duties)
    duties = duties[:rng.randint(2, min(4, len(duties)))]
    reqs = rng.sample(EN_REQS if en else ZH_REQS, rng.randint(1, 3))
    for key, extra in (EN_JOB_REQS if en else ZH_JOB_REQS).items():
        if key in title:
            reqs.insert(0, rng.choice(extra))
    plain_reqs = list(reqs)
    pay = rng.choice(EN_PAY if en else ZH_PAY)
    hours = rng.choice(EN_HOURS if en else ZH_HOURS)
    place = rng.choice(EN_PLACES if en else ZH_PLACES)
    contact = rng.choice(EN_CONTACT if en else ZH_CONTACT)
    H = rng.choice(EN_HEAD if en else ZH_HEAD)
    nstyle = rng.choice(["{}. ", "- ", "* "] if en else NUMS_ZH)
    intro_line = comp if not en else comp
    title_line = ("Position: " + title) if en else rng.choice(["招聘岗位：", "诚聘：", "岗位名称：", "现招："]) + title
    fields = []
    benefit_extra, note_lines = [], []
    if clause is not None:
        if slot == "req":
            reqs.insert(rng.randint(0, len(reqs)), clause)
        elif slot == "field":
            fields.append(clause)
        elif slot == "title":
            title_line = clause
        elif slot == "list":
            title_line = clause
        elif slot == "benefit":
            benefit_extra.append(clause)
        elif slot == "duty":
            duties.insert(rng.randint(0, len(duties)), clause)
        elif slot == "intro":
            intro_line = intro_line + ("" if en else "") + (" " if en else "") + clause
        elif slot == "note":
            note_lines.append(clause)
        elif slot == "whole":
            return clause
        else:
            raise ValueError(slot)
    if fields:
        base = (["Openings: %d" % rng.randint(1, 5), "Education: " + rng.choice(["high school", "college diploma", "bachelor's degree"])]
                if en else ["招聘人数：%d人" % rng.randint(1, 6), "学历：" + rng.choice(["高中及以上", "大专及以上", "本科", "不限"]),
                            "经验：" + rng.choice(["1年以上", "不限", "2年以上相关经验", "应届生可"])])
        base = base[:rng.randint(1, len(base))]
        for f in fields:
            base.insert(rng.randint(0, len(base)), f)
        fields = base
    if short:
        if en:
            lines = [title_line + " - " + comp.split(".")[0], clause if clause is not None and slot == "req" else plain_reqs[0]]
            if fields: lines += fields
            if benefit_extra: lines += benefit_extra
            if slot == "duty" and clause: lines.append(clause)
            if note_lines: lines += note_lines
            if slot == "intro" and clause: lines.insert(0, intro_line)
            lines.append(pay)
        else:
            lines = [title_line, "，".join(([clause] if clause and slot == "req" else []) + plain_reqs[:1])]
            if fields: lines.append("，".join(fields))
            if benefit_extra: lines += benefit_extra
            if slot == "duty" and clause: lines.append(clause)
            if note_lines: lines += note_lines
            if slot == "intro" and clause: lines.insert(0, intro_line)
            lines.append(pay)
            lines.append(rng.choice(["有意者请私信", "请在平台投递简历", "面议详谈", "现场可面试"]))
        return "\n".join(lines)
    lines = [intro_line, title_line] + fields
    lines.append(H[0]); lines += numbered(duties, nstyle)
    lines.append(H[1]); lines += numbered(reqs, nstyle)
    lines.append(H[2]); lines.append(pay)
    lines += benefit_extra
    if rng.random() < 0.7:
        lines.append(head(H[3], en) + hours)
    lines.append(head(H[4], en) + place)
    lines += note_lines
    lines.append(head(H[5], en) + contact)
    return "\n".join(lines)


# Core expressions: violating clauses that share one of these (after undoing the
# obfuscation) are kept in the same part, so that not even the core wording of a
# held-out clause is seen in dev through a sibling clause.
CORE_KEYS = ["限男", "只招男", "男性优先", "男性優先", "男士优先", "男士優先", "男生优先", "限女", "只招女",
             "女性优先", "女性優先", "女生优先", "女生優先", "性别：男", "性别：女", "性別：男", "性別：女",
             "要求：男", "要求：女", "已婚已育", "宝妈优先", "仅限宝妈", "未孕证明", "妊娠", "未婚",
             "male only", "male applicants only", "female candidates", "pregnant"]


def norm(text):
    import html as _html
    import re as _re
    if text[:3] in ("ZW|", "KX|", "FW|", "CP|"):
        text = text[3:]
    text = text.replace("[[", "").replace("]]", "")
    text = _html.unescape(_re.sub(r"<[^>]+>", "", text))
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf" and not ch.isspace())
    return text.lower()


def assign_parts(entries, rng):
    """entries: list of dicts with cat, lang, text, violating, uses.  Sets e["part"]."""
    parent = list(range(len(entries)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    owner = {}
    for i, e in enumerate(entries):
        if not e["violating"]:
            continue
        n = norm(e["text"])
        for k in CORE_KEYS:
            if norm(k) in n:
                if k in owner:
                    parent[find(i)] = find(owner[k])
                else:
                    owner[k] = i
    groups = {}
    for i in range(len(entries)):
        groups.setdefault(find(i), []).append(i)
    load = {}  # (part, cat) -> posts ; (part, lang) -> posts ; part -> posts

    def cost(part, idxs):
        c = 0
        for i in idxs:
            e = entries[i]
            c += 4 * load.get((part, e["cat"]), 0) + load.get((part, e["lang"]), 0) + 0.5 * load.get((part, e["cat"], e["lang"]), 0)
        return c
    order = sorted(groups.values(), key=lambda g: (-len(g), rng.random()))
    for g in order:
        cd, ch = cost("dev", g), cost("heldout", g)
        part = "dev" if cd < ch or (cd == ch and rng.random() < 0.5) else "heldout"
        for i in g:
            e = entries[i]
            e["part"] = part
            for key in ((part, e["cat"]), (part, e["lang"]), (part, e["cat"], e["lang"])):
                load[key] = load.get(key, 0) + e["uses"]
    return [g for g in groups.values() if len(g) > 1]


def build():
    rng = random.Random(SEED)
    posts = {"dev": [], "heldout": []}
    clause_part = {}
    entries = []
    for cat, spec in CLASSES.items():
        for lang in ("zh", "zh-Hant", "en"):
            for raw in spec.get(lang, []):
                text, slot, labels = parse(raw)
                assert text not in clause_part, "duplicate clause: " + text
                clause_part[text] = None
                uses = spec.get("uses", 2)
                if lang == "zh-Hant" and uses > 2:
                    uses = 2
                entries.append(dict(cat=cat, lang=lang, text=text, slot=slot, labels=labels, uses=uses,
                                    violating=cat in VIOLATING))
    shared_groups = assign_parts(entries, rng)
    for e in entries:
        clause_part[e["text"]] = e["part"]
    for e in entries:
        cat, lang, text, slot, labels, part = e["cat"], e["lang"], e["text"], e["slot"], e["labels"], e["part"]
        spec = CLASSES[cat]
        default = [CODE[x] for x in spec.get("labels", "").split(",") if x]
        if True:
            if True:
                for u in range(e["uses"]):
                    c = apply_obf(text, rng)
                    short = rng.random() < spec.get("short", 0.18)
                    body_lang = "zh" if lang == "zh-Hant" else lang
                    if slot == "whole":
                        ad = c
                    else:
                        ad = compose(body_lang, c if cat != "ordinary" else None, slot, rng, short)
                        assert cat == "ordinary" or c in ad, (c, ad)
                        if lang == "zh-Hant":
                            # convert only the generic parts; keep the hand-written clause verbatim
                            ph = "QQCLAUSEQQ"
                            ad = to_hant(ad.replace(c, ph)).replace(ph, c)
                    rec = {"lang": lang, "text": ad,
                           "labels": sorted(labels if labels is not None else default),
                           "category": cat, "source": spec["source"]}
                    if cat == "exemption":
                        rec["labels"] = []
                        rec["exemption"] = True
                    posts[part].append(rec)
    return posts, clause_part, shared_groups


def check_split(posts, clause_part):
    """No comma-separated segment (3+ chars, obfuscation undone) of a violating clause
    of one part occurs in a violating post of the other part."""
    cats = {}
    for cat, spec in CLASSES.items():
        for lang in ("zh", "zh-Hant", "en"):
            for raw in spec.get(lang, []):
                cats[parse(raw)[0]] = cat
    normed = {p: [norm(r["text"]) for r in posts[p] if r["labels"]] for p in posts}
    for text, part in clause_part.items():
        if cats[text] not in VIOLATING:
            continue
        other = "heldout" if part == "dev" else "dev"
        for seg in norm(text).replace("\n", "，").split("，"):
            if len(seg) >= 3:
                assert not any(seg in t for t in normed[other]), (text, seg)


def main():
    posts, clause_part, groups = build()
    check_split(posts, clause_part)
    rng = random.Random(SEED + 1)
    n = 0
    for part in ("dev", "heldout"):
        rng.shuffle(posts[part])
        with open(os.path.join(HERE, part + ".jsonl"), "w", encoding="utf-8") as f:
            for i, rec in enumerate(posts[part]):
                rec = {"id": "%s-%04d" % (part, i + 1), **rec}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print("wrote", n, "posts")


if __name__ == "__main__":
    main()
