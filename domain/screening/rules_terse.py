"""Terse, table-like and rule-book forms (round 7b of issue 9), by class rather than phrase.

Data flow: normalised text and its sentence spans in (from `rules_spoken.find`), `Hit`s out;
`screen._hits` then applies the lawful-context filters to them like to every other hit.
Classes:
- gender in a title bracket or a table cell (【收银员·女】, 缝纫工(女)30人, "| 1人 | male |",
  "receptionist: f, 22-30", "driver x2 male"); a quota or a post code by gender (其中男生4名、
  女生2名, 女性岗位2个, 按性别报考); different age bars for each gender (女性不超过28岁，男性不超过
  35岁, "men up to 45, women up to 35"); one gender screened out or named to fill a post
  (女性候选人直接淘汰, 原则上由男性员工担任, 新人按男同事招); English "restricted to men",
  "a gentleman would suit", "ideal candidate: she ..."; an age bar or a pause for one gender
  (女性年龄不超过28周岁, 女士暂不安排面试, 男 ✔ 女 ✘, 本人（先生）, 男优, 指定要女…, 仅签女…);
  a pronoun given a duty right after the wanted post (找一个秘书，她得会开车); a list item or a
  sentence opened by a bare gender and a comma ((二)女，未婚 / "- Female, 22-28") or by a
  gendered job title ("Male labourer for …"); a sentence opened by he/she with a duty when
  nobody is named just before and "you" is absent ("She should be presentable.");
  "single Filipina", "unmarried, no kids"; English
  exclusions, looks bars, majorities and quotas ("unable to consider female applicants",
  "women applicants: height 160cm+", "mostly female … keep it that way", "female quota is full");
- marriage and childbearing as rule-book conditions: births scheduled or approved by the
  employer (入职三年后方可生育, 生育须经批准), pregnancy or nursing outside the hire or
  penalised (哺乳期人员不在招聘范围, 怀孕的须退还培训费, 怀孕期间一律不收), young children at home
  as a bar (家有两岁以下幼儿者不宜报名), single people put after couples, interviews that look
  into love and marriage, births queued by the employer (按生育排队计划安排怀孕), no young
  children (需无低龄子女), children's ages asked (说明子女年龄), a carer required
  (小孩须有老人帮带), 婚况：未婚; English "must not be expecting", "family man preferred",
  "pregnant or breastfeeding applicants cannot be accepted", "who looks after your children";
- pregnancy tests by the sample or the paper (尿妊娠, 早孕试纸检测结果, 未怀孕声明, 孕情筛查,
  体检查出怀孕, "a report showing you are not pregnant", "preg. test").
Every gap is bounded; each pattern is one left-to-right search per sentence, so work is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Hit

_G = r"(?:性|士|生|工|同事|方)?"
_GENDER = [
    # 【收银员·女】 / [电话销售-男]: the gender as the title's tag.
    re.compile(
        r"[【\[(|]\s*[\u4e00-\u9fff]{2,8}\s*[·・\-/|]\s*(?P<g>[男女])" + _G + r"\s*[】\])|]"
    ),
    # 缝纫工(女)30人 / 过磅员(男)|...: a job with its gender in brackets, as a table row.
    re.compile(r"[\u4e00-\u9fff]{2,8}\s*\(\s*(?P<g>[男女])\s*\)\s*(?:\d{1,3}\s*[人名位]|\|)"),
    # 其中男生4名、女生2名 / 女性岗位2个、男性岗位3个 / 按性别报考
    re.compile(r"其中\s*(?P<g>[男女])" + _G + r"\s*\d{1,3}\s*[名人个]"),
    re.compile(r"(?P<g>[男女])性?岗位\s*\d{1,3}\s*个|按性别(?:报考|报名|填报|投递)"),
    # 女性候选人直接淘汰 / 原则上由男性员工担任 / 新人也按男同事招
    re.compile(
        r"(?P<g>[男女])" + _G + r"(?:候选人|应聘者|求职者|简历|报名者)?[^,;。\n]{0,4}?"
        r"(?:直接淘汰|一律淘汰|直接刷掉|直接pass|不约面试?|不予通过)"
    ),
    re.compile(
        r"(?:原则上|一律|只能|均|须|必须|应当?)由(?P<g>[男女])" + _G + r"(?:员工|职工|人员)?担任"
    ),
    re.compile(r"(?:新人|新员工|本次)(?:也|都)?(?:只)?按(?P<g>[男女])" + _G + r"招"),
    # 女性年龄不超过28周岁: an age bar for one gender; 女士暂不安排面试 / 男 ✔ 女 ✘ / 本人（先生）.
    re.compile(
        r"(?P<g>[男女])"
        + _G
        + r"(?:应聘者|员工|求职者)?年龄(?:须|需|要求)?(?:不超过|不大于|不高于|在)\s*\d{2}"
    ),
    re.compile(r"(?<![期孕妈])(?P<g>[男女])" + _G + r"暂不(?:安排|考虑|招|录用|接受)"),
    re.compile(r"(?P<g>[男女])\s*[✔✓√]\s*[男女]\s*[✘✗×✕]|[男女]\s*[✘✗×✕]\s*(?P<g2>[男女])\s*[✔✓√]"),
    re.compile(r"本人\s*\(\s*(?:(?P<m>先生|男)|女士|女)\s*\)"),
    # 男优 (男性优先 cut short), 指定要女姐姐, 仅签女艺人.
    re.compile(
        r"(?<![男女子儿])(?P<g>[男女])优(?![秀惠势质良雅美])|指定(?:要|招|找)?(?P<g3>[男女])"
        r"|(?:只|仅|限)签(?P<g4>[男女])"
    ),
    # 老板要找一个形象好的秘书，她得会开车 -- a pronoun with a duty, right after the wanted post.
    re.compile(
        r"(?:招|找|聘|需要?|要求)[^。!?\n]{0,16}[,，]\s*(?:(?P<m>他)|她)(?:得|要|须|需|必须|应|最好|还要)"
    ),
    # English: "restricted to men", "a gentleman would suit", "ideal candidate: she is".
    re.compile(
        r"\b(?:position|role|job|vacancy|post|opening|hiring|recruitment)\b[^.;\n]{0,30}?"
        r"\b(?:restricted|limited|reserved|confined) (?:only )?(?:to|for) "
        r"(?:(?P<m>men|males|gentlemen)|women|females|ladies)\b(?! and| or)"
    ),
    re.compile(
        r"\b(?:a|the) (?:(?P<m>gentleman|man|guy|male)|lady|woman|gal|female) would "
        r"(?:suit|fit|be (?:ideal|best|perfect|preferred|a better fit))\b"
    ),
    re.compile(
        r"\bideal (?:candidate|applicant|hire|person)\s*[:,\-]\s*(?:(?P<m>he)|she) "
        r"(?:is|will|has|should)\b"
    ),
    # "unable to consider female applicants", "women applicants: height 160cm+",
    # "female hostesses must be at least 165cm", "mostly female and we'd like to keep it",
    # "only have openings for male engineers; female quota is full".
    re.compile(
        r"\b(?:unable to|cannot|can't|won't|will not|do not|don't|not able to) "
        r"(?:consider|accept|hire|employ|take on|interview) (?:(?P<m2>female|women)|male|men)"
        r"(?: applicants| candidates)?\b"
    ),
    re.compile(
        r"\b(?:(?P<m>male|men)|female|women)"
        r"(?: applicants| candidates| staff| [a-z]+(?:ess|esses))?"
        r"\s*(?::|must be|should be)\s*(?:at least )?(?:height|\d{3}\s*cm)"
    ),
    re.compile(r"\bmostly (?:(?P<m>male|men)|female|women)\b[^.\n]{0,30}\bkeep it that way"),
    re.compile(r"\b(?:(?P<m>male|men)|female|women) quota is (?:full|filled|met)\b"),
    # "receptionist: f, 22-30", "driver x2 male"
    re.compile(r"[a-z]: (?:(?P<m>m)|f), \d{2}\s*-\s*\d{2}\b"),
    re.compile(r"\bx\s?\d{1,2} (?:(?P<m>males?)|females?)\b"),
]
# 女性不超过28岁，男性不超过35岁 / "men up to 45, women up to 35": an age bar per gender (an age
# in 岁 or after "up to"; 男员工20名，女员工30名 is a headcount).
# "| 1人 | male |": a table row's gender cell ("|" ends a sentence, so rows are read whole).
_ROW = re.compile(r"\|\s*\d{1,3}\s*[人名]?\s*\|\s*(?:(?P<m>male|男)|female|女)\s*\|")
# "Male labourer for grain store; …": a sentence opened by a gendered job title; "(二)女，未婚",
# "- Female helper, single": a list item opened by a bare gender and a comma.
_OPENING = re.compile(
    r"\s*(?:(?P<m>male)|female) [a-z]+(?:ers?|ors?|ists?|ants?|ians?|hands?)\b(?! and| or)"
    r"|\s*(?:\(?[一二三四五六七八九十\d]{1,2}[)、.]\s*|[-•*·]\s*)?"
    r"(?:(?P<g>[男女])性?|(?P<m2>male)|female|lady)(?: helper| worker| staff| applicant)?\s*[,、]"
    r"(?!\s*(?:[男女]|or\b|and\b|male|female))(?![^,;。\n]{0,6}(?:均可|不限|都可|皆可|either))"
)
# "She should be presentable." / "He will report to the MD.": a sentence opened by a pronoun
# with a duty, when nobody else is named in the 120 characters before it and "you" is absent.
_PRONOUN = re.compile(
    r"\s*(?:[-•*·]\s*)?(?:(?P<m>he)|she) "
    r"(?:should|must|will|needs to|is expected to|has to|shall)\b"
)
_SOMEONE = re.compile(
    r"\b(?:mr|ms|mrs|miss|dr|contact|ask for|manager|director|ceo|boss|founder|owner|supervisor|"
    r"client|customer|patient|child|son|daughter|mother|father|husband|wife|he|she|him|her|his|"
    r"teacher|coach|chef|tutor|guest|resident|baby|lead|head|[a-z]+ (?:is|was) (?:our|my|the))\b"
    r"|[\u4e00-\u9fff]"
)
_YOU = re.compile(r"\byou(?:r|'ll|'re)?\b")
# "single Filipina, no children" / "unmarried, no kids": status and children in a requirement.
_EN_STATUS = re.compile(
    r"\b(?:single|unmarried) (?:filipina|lady|woman|female|girl)s?\b"
    r"|\b(?:single|unmarried)\b[^.\n]{0,20}\bno (?:kids|children)\b"
)
_AGE = re.compile(
    r"(?:(?P<m>男|\bmen\b|\bmales?\b)|女|\bwomen\b|\bfemales?\b)(?:性|士|生)?[^,;。\n\d]{0,10}?"
    r"(?:(?P<a>\d{2})(?=\s*周?岁)|(?:up to|under|below|max\w*|not over|aged?)\s*(?P<b>\d{2}))"
)
_MARRIAGE = [
    re.compile(
        r"(?:方可|才能|才可以?|须经[^,;。\n]{0,8}?(?:批准|同意)[^,;。\n]{0,4}?|需?提前[^,;。\n]{0,8}?报备[^,;。\n]{0,3}?)"
        r"(?:安排)?(?:生育|怀孕|要孩子|生孩子|生小孩)"
        r"|(?:生育|怀孕|要孩子)(?:须|需|要|必须)(?:经|报|提前|向|排期|批准|申请)"
        r"|未经(?:批准|同意)(?:生育|怀孕)"
    ),
    re.compile(
        r"(?:哺乳期|孕期|怀孕|已孕)[^,;。\n]{0,6}?不在[^,;。\n]{0,6}?(?:招聘|录用|报名)范围"
    ),
    re.compile(
        r"怀孕(?:的|者)?[,，]?\s*(?:须|需|要|应)(?:按[^,;。\n]{0,6})?(?:退还|赔偿|承担|支付|返还)"
    ),
    re.compile(
        r"(?:怀孕|孕期|哺乳期)[^,;。\n]{0,8}?(?:一律|均|概|统统)(?:不收|不要|不录|不予|谢绝|不招)"
    ),
    re.compile(
        r"家(?:中|里)?有[^,;。\n]{0,8}?(?:幼儿|婴儿|婴幼儿|小孩|孩子|宝宝)(?:者|的)?[^,;。\n]{0,8}?"
        r"(?:不宜|不予|不得|请勿|勿|暂不|不能|不可)"
    ),
    re.compile(
        r"单身(?:的|者|人员)?(?:暂不|不予|不|一律不)(?:考虑|安排|录用|收|要)|单身(?:者|的)?次之|单人(?:暂)?不(?:考虑|收|要)"
    ),
    re.compile(r"(?:了解|询问|问|考察|核实)[^,;。\n]{0,12}?(?:婚恋|恋爱|婚姻|婚育)(?:情况|状况)"),
    re.compile(
        r"\b(?:must|should|cannot|can't|may) not be (?:currently )?(?:pregnant|expecting)\b"
    ),
    re.compile(
        r"\bfamily (?:man|woman) (?:preferred|only|wanted|ideal)|\b(?:ideally|preferably) married\b"
    ),
    re.compile(
        r"\b(?:pregnant|expecting|breastfeeding|nursing)"
        r"(?: or (?:pregnant|breastfeeding|nursing))? "
        r"(?:applicants|candidates|women|mothers) (?:cannot|can't|will not|won't|may not|are not)"
        r" (?:be )?(?:accepted|considered|hired|employed|eligible)"
    ),
    re.compile(
        r"\bwho (?:will |would |)(?:looks?|takes?|cares?) (?:after|care of) your "
        r"(?:child|children|kids|baby)"
    ),
    # 需按公司生育排队计划安排怀孕 / 需无低龄子女 / 说明子女年龄 / 小孩须有老人帮带 / 婚况：未婚
    re.compile(
        r"生育(?:排队|排期|计划)[^,;。\n]{0,6}?安排(?:怀孕|生育)|按[^,;。\n]{0,10}?安排怀孕"
    ),
    re.compile(r"(?:需|须|要求)?无(?:低龄|年幼|幼小|未成年)的?子女|孩子在老家的?不(?:考虑|要|收)"),
    re.compile(r"(?:说明|提供|填写|告知|写明)(?:子女|孩子|小孩)(?:的)?(?:年龄|几岁|情况)"),
    re.compile(r"(?:小孩|孩子|子女)(?:须|需|必须|要)有(?:老人|家人|人)(?:帮带|照看|带|照顾)"),
    re.compile(r"婚况\s*:\s*(?:未婚|已婚|单身)"),
]
_PREGNANCY_TEST = [
    re.compile(r"尿妊娠|血妊娠|妊娠试验|孕情(?:筛查|检测|检查)|早孕(?:试纸)?检测(?:结果|报告|单)"),
    re.compile(r"未(?:怀)?孕(?:声明|承诺书?)"),
    re.compile(r"体检(?:查出|发现|显示|结果为?)[^,;。\n]{0,4}?(?:怀孕|妊娠|有孕)"),
    re.compile(
        r"\b(?:report|scan|certificate|letter|proof|result)s? "
        r"(?:showing|confirming|stating|that shows) (?:that )?"
        r"(?:you are|you're|she is|the applicant is) not pregnant\b|\bpreg\.? ?test"
    ),
]
_NOT_PT = re.compile(r"不得|无需|不需|不做|不要求|免|不含")
_NOT = re.compile(
    r"禁止|严禁|依法|保护|不会|客户(?!经理|代表|专员|主管|服务)|顾客|患者|会员|产品|销售|"
    r"\b(?:patients|clients?|customers?|never|we do not)\b"
)


def find(norm: str, sentences: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _ROW.finditer(norm):
        yield Hit(GENDER, m.start(), m.end(), m.group("m") is not None)
    for s_lo, s_hi in sentences:
        if _NOT.search(norm, s_lo, s_hi):
            continue
        for p in _GENDER:
            for m in p.finditer(norm, s_lo, s_hi):
                g = m.groupdict()
                men = any(g.get(k) == "男" for k in ("g", "g2", "g3", "g4"))
                yield Hit(GENDER, m.start(), m.end(), bool(g.get("m")) or men)
        opening = _OPENING.match(norm, s_lo, s_hi)
        if opening:
            men = bool(opening.group("m") or opening.group("m2")) or opening.group("g") == "男"
            yield Hit(GENDER, opening.start(), opening.end(), men)
        said = _PRONOUN.match(norm, s_lo, s_hi)
        if said and not (
            _SOMEONE.search(norm, max(0, s_lo - 120), s_lo) or _YOU.search(norm, s_lo, s_hi)
        ):
            yield Hit(GENDER, said.start(), said.end(), said.group("m") is not None)
        for m in _EN_STATUS.finditer(norm, s_lo, s_hi):
            if not m.group().endswith(("kids", "children")):
                yield Hit(GENDER, m.start(), m.end(), False)
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        ages: dict[bool, set[str]] = {True: set(), False: set()}
        first = -1
        for m in _AGE.finditer(norm, s_lo, s_hi):
            ages[m.group("m") is not None].add(m.group("a") or m.group("b"))
            first = m.start() if first < 0 else first
        if ages[True] and ages[False] and ages[True] != ages[False]:
            yield Hit(GENDER, first, s_hi, False)
        for p in _MARRIAGE:
            for m in p.finditer(norm, s_lo, s_hi):
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        for p in _PREGNANCY_TEST if not _NOT_PT.search(norm, s_lo, s_hi) else ():
            for m in p.finditer(norm, s_lo, s_hi):
                yield Hit(PREGNANCY_TEST, m.start(), m.end())
