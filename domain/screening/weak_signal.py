"""Weak signals: a rule's key words in a condition that no rule decided (for corroboration).

Data flow: the prepared texts of a post and the rules the rules reported -> per rule the rules
did not report, the first place where its key words sit in a condition:
- GENDER: the GENDER_UNCLEAR net (`gender_signal.unnamed_restriction`: a gender word within a
  few characters of a restricting word, in a sentence not open to both, not about clients),
  asked here even when another rule fired, or else any gender word of its own in a sentence
  that names neither both genders, openness, a benefit, service or clients; never in a post
  that names heavy or underground work (a 女职工禁忌劳动 exemption the rules may have missed);
- MARRIAGE_CHILDBEARING: a marriage, children, family or pregnancy word (已婚, 孩子, 怀孕,
  married, kids …) within REACH characters of a condition word (要求, 须, 优先, 不考虑, 方可,
  填写, must, preferred, "tell us" …) in its sentence, or on a line of a requirement section
  (要求: / Requirements up to the next duties, pay or contact header);
- PREGNANCY_TEST: a pregnancy word (孕, 妊娠, hCG, pregnan) within REACH characters of a test or
  proof word (检, 查, 测, 证明, 报告, test, proof, scan …) in its sentence;
a sentence that names a benefit, a service, product or lab work, clients or pupils, openness
to all or a promise not to ask (for a test also an English negation) is no signal ->
{rule: (text index, start, end)} -> `screen.py` refuses for that rule only when the
classifier's probability for the same rule also reaches its corroboration threshold
(`Model.corroborates`). A signal alone, or a probability alone, never refuses.
Bounded windows over sentences: linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from domain.screening.classifier import Model
from domain.screening.explain import explanation
from domain.screening.gender_signal import unnamed_restriction
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Violation
from domain.screening.text import Prepared, clauses, excerpt, sentences

REACH = 15
_STATUS = re.compile(
    r"已婚|未婚|婚否|婚姻|婚育|婚况|婚恋|结婚|离异|离婚|单身|对象|配偶|爱人|丈夫|老公|妻子|老婆|夫妻|"
    r"已育|未育|生育|生过|生娃|生孩|二胎|三胎|怀孕|怀上|孕妇|孕期|已孕|有孕|身孕|妊娠|哺乳|"
    r"孩子|小孩|子女|儿女|娃|宝宝|幼儿|家庭|家里|家人|"
    r"\b(?:married|marital|marriage|single(?!-)|spouse|husband|wife|pregnan\w*|child\w*|kids?|"
    r"family|bab(?:y|ies)|nursing|breastfeed\w*|expecting)\b"
)
_CONDITION = re.compile(
    r"要求|需|须|必须|限|只|仅|优先|最好|条件|不接受|不考虑|不予|不录|不聘|恕不|勿|谢绝|不适合|不宜|"
    r"暂不|方可|才能|才行|才可|可以来|别来|不要|得有|要有|提供|出示|证明|说明|填写|注明|____|"
    r"\?|\b(?:must|required?|requirements?|prefer\w*|only|should|need|cannot|can't|"
    r"will not|won't|not suitable|please (?:state|indicate|tell)|tell us|proof|certificate)\b"
)
_PREGNANT = re.compile(r"孕|妊娠|hcg|pregnan")
_CHECK = re.compile(
    r"检|查|测|试纸|证明|报告|筛|b超|彩超|声明|"
    r"\b(?:test\w*|screen\w*|check\w*|proof|certificate|scan|ultrasound|undertaking|declar\w*)\b"
)
# A sentence that names a benefit, clients or pupils, or says the job is open or not asked
# about, is not a condition on the applicant.
_LAWFUL = re.compile(
    r"假|补贴|津贴|福利|保险|五险|关爱|托管|客户|顾客|会员|家长|学员|学生|患者|病人|产妇|母婴|儿童|"
    r"托育|早教|均可|不限|不论|无论|不问|不询问|不会问|不要求|不会要求|无需|不需|不得|歧视|平等|"
    r"一视同仁|不作|不影响|不含|不包括|不包含|不涉及|不设|不查|不做|不安排|不进行|欢迎|也可|也一样|经验|"
    r"(?:请勿|无需|不用|不必)[^,;。]{0,6}填写|提供|服务|产品|试剂|研发|实验室|检验科|门诊|诊所|兽|畜|禽|动物|猪|牛|羊|配种|养殖|"
    r"\b(?:leave|benefits?|allowance|insurance|subsid\w*|clients?|customers?|parents|patients|"
    r"pupils|students|regardless|whether|irrespective|equal|discriminat\w*|not ask|never ask|"
    r"do not ask|don't ask|welcome|not required|not a factor|does not matter|products?|kits?|"
    r"lab|laborator\w*|clinic\w*|research|experience|livestock|cattle|cows?|sows?|pigs?|"
    r"animals?|veterinar\w*)\b"
)
# A test named in a negation (no pregnancy test, not include) is a promise, not a condition;
# in English only here: "no kids" is a condition on marriage and children, not a promise.
_TEST_NOT = re.compile(r"\b(?:no|not|never|without|nor)\b")
_GENDER_OPEN = re.compile(
    r"男女|女男|不限|均可|都可|性别|男士们|女士们|先生们|妇|孕|哺乳|经期|产|"
    r"\b(?:any gender|all genders|or|postholder|founded|users?|prison)\b|-only"
)
_REQ_HEAD = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]{1,2}[、.)]\s*)?[【\[(]?(?:任职|岗位|招聘|报名|应聘|人员|基本)?"
    r"(?:要求|条件|资格)|\s*(?:requirements?|qualifications|what we are looking for|who you are)"
)
_OTHER_HEAD = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]{1,2}[、.)]\s*)?[【\[(]?(?:岗位职责|工作职责|职责|工作内容|薪|待遇|"
    r"福利|联系|地址|报名方式|工作时间|工作地点|公司|关于)|\s*(?:benefits|salary|pay\b|contact|"
    r"how to apply|we offer|responsibilit|about)"
)

# A gender word of its own (not 男女, 妇女, 女装 …), for the wider GENDER signal.
_GENDER_WORD = re.compile(
    r"(?<![男女妇子])(?:男|女)(?:性|士|生|工|的|孩|同志|同学)?(?![男女装鞋厕卫浴宿科])|"
    r"\b(?:males?|females?|m[ae]n|wom[ae]n|lad(?:y|ies)|girls?|boys?|guys?|gentlem[ae]n)\b"
    r"(?!['\u2019])"
)

# Heavy or underground work anywhere in the post: a restriction to men there may be a lawful
# 女职工禁忌劳动 exemption that the rules did not recognise, so no GENDER signal.
_HEAVY = re.compile(
    r"\d\s*(?:kg|公斤|千克|斤|吨)|井下|矿|隧道|负重|搬运|扛|装卸|体力|高处|高空|"
    r"\b(?:underground|mine|mining|shaft|tunnel\w*|heavy|lift\w*|carry\w*|load\w*|"
    r"manual handling|scaffold\w*|labou?rers?)\b"
)

Signal = tuple[int, int, int]


def _gender(prep: Prepared) -> tuple[int, int] | None:
    """A gender word in a sentence that is neither open, nor lawful, nor about clients."""
    norm = prep.text
    for lo, hi in sentences(norm):
        if _LAWFUL.search(norm, lo, hi) or _GENDER_OPEN.search(norm, lo, hi):
            continue
        found = [m for m in _GENDER_WORD.finditer(norm, lo, hi) if prep.words[m.start()]]
        # A sentence naming both genders (男生女生都招, male/female couplings) opens the job.
        kinds = {_kind(m.group(0)) for m in found}
        if len(kinds) == 1:
            return found[0].start(), found[0].end()
    return None


def _kind(word: str) -> str:
    return "f" if word[0] == "女" or word[:2] in ("fe", "wo", "la", "gi") else "m"


def _near(pattern: re.Pattern[str], norm: str, lo: int, hi: int, at: int, end: int) -> bool:
    """The pattern within REACH characters, in the sentence or its closing mark (a '?')."""
    return pattern.search(norm, max(lo, at - REACH), min(hi + 1, end + REACH)) is not None


def _requirement_lines(norm: str) -> list[tuple[int, int]]:
    """Spans of the lines inside a requirement section (after its header, before the next)."""
    spans: list[tuple[int, int]] = []
    inside = False
    pos = 0
    for line in norm.split("\n"):
        if _REQ_HEAD.match(line):
            inside = True
        elif _OTHER_HEAD.match(line):
            inside = False
        elif inside:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _status(prep: Prepared) -> tuple[int, int] | None:
    norm = prep.text
    section = _requirement_lines(norm)
    starts = [a for a, _ in section]
    for lo, hi in sentences(norm):
        if _LAWFUL.search(norm, lo, hi):
            continue
        i = bisect_right(starts, lo) - 1
        in_section = i >= 0 and lo < section[i][1]
        for m in _STATUS.finditer(norm, lo, hi):
            if in_section or _near(_CONDITION, norm, lo, hi, m.start(), m.end()):
                return m.start(), m.end()
    return None


def _test(prep: Prepared) -> tuple[int, int] | None:
    norm = prep.text
    for lo, hi in sentences(norm):
        if _LAWFUL.search(norm, lo, hi) or _TEST_NOT.search(norm, lo, hi):
            continue
        for m in _PREGNANT.finditer(norm, lo, hi):
            if _near(_CHECK, norm, lo, hi, m.start(), m.end()):
                return m.start(), m.end()
    return None


def heavy_work(prepared: list[Prepared]) -> bool:
    """Heavy or underground work named anywhere in the post (no GENDER signal then)."""
    return any(_HEAVY.search(p.text) for p in prepared)


def gender_word(prepared: list[Prepared]) -> Signal | None:
    """The wider GENDER signal: a gender word in a sentence not open, lawful or about clients."""
    return next(((i, *span) for i, p in enumerate(prepared) if (span := _gender(p))), None)


def weak_signals(prepared: list[Prepared], reported: set[str]) -> dict[str, Signal]:
    """{rule: (text index, start, end)} for each rule not reported whose signal is present."""
    found: dict[str, Signal] = {}
    if GENDER not in reported and not heavy_work(prepared):
        at = unnamed_restriction(prepared) or gender_word(prepared)
        if at is not None:
            found[GENDER] = at
    for rule, look in ((MARRIAGE_CHILDBEARING, _status), (PREGNANCY_TEST, _test)):
        if rule in reported:
            continue
        for index, prep in enumerate(prepared):
            span = look(prep)
            if span is not None:
                found[rule] = (index, *span)
                break
    return found


_WHY = {
    "zh": "规则在此处发现了相关措辞但未能定论，统计模型也判断这是对求职者的限制，"
    "两者一致，故予拒绝。",
    "en": "The rules found this wording but could not decide it; the statistical model also "
    "judged it a restriction on applicants, so the two together refuse the post. ",
}


def corroborated(
    prepared: list[Prepared],
    reported: set[str],
    exempted: bool,
    scores: dict[str, float],
    model: Model,
    lang: str,
) -> list[Violation]:
    """Violations for the rules where a weak signal and the model's probability agree.

    Not GENDER when the post carries a 女职工禁忌劳动 exemption: its restriction to men is
    the reviewer's to confirm. The excerpt is the signal's, cut from the original text."""
    likely = set(model.corroborates(scores, set(model.rules) - reported))
    if exempted:
        likely.discard(GENDER)
    if not likely:
        return []
    signals = weak_signals(prepared, reported | (set(model.rules) - likely))
    out = []
    for rule in sorted(signals):
        index, start, end = signals[rule]
        prep = prepared[index]
        sents = sentences(prep.text)
        parts = [clauses(prep.text, lo, hi) for lo, hi in sents]
        cut = excerpt(prep, sents, parts, start, end)
        key = "zh" if lang == "zh" else "en"
        out.append(Violation(rule, cut, _WHY[key] + explanation(rule, lang)))
    return out
