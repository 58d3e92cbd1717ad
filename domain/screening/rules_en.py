"""English rule families: gender, marriage and childbearing, pregnancy tests, higher bars.

Data flow: normalised (lower-cased) text and its sentence spans in, `Hit`s out. A gender word
counts only when a restriction or preference word governs it and what follows names an
applicant (a boundary, "applicants", a job noun), so "women's fashion", "men's grooming" and
"men and women alike" pass. A negation just before a match ("not a men-only job") cancels it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening import rules_en8
from domain.screening.model import (
    GENDER,
    HIGHER_BAR_FOR_WOMEN,
    MARRIAGE_CHILDBEARING,
    PREGNANCY_TEST,
    Hit,
)

_M = r"males?|men|man|gentlemen|gentleman|guys?|boys?|lads?"
_F = r"females?|women|woman|ladies|lady|girls?|gals?"
_MOTHERS = r"mothers|moms|mums|mothers with (?:young |small )?children"
_JOB = (
    r"drivers?|guards?|cashiers?|receptionists?|assistants?|clerks?|hosts?|hostess(?:es)?|models?|"
    r"waiters?|waitress(?:es)?|servers?|technicians?|engineers?|workers?|operators?|mechanics?|"
    r"welders?|nurses?|teachers?|accountants?|secretar(?:y|ies)|sales\w{0,12}|reps?|representatives?|"
    r"agents?|managers?|supervisors?|trainees?|interns?|labou?rers?|porters?|movers?|riders?|"
    r"couriers?|streamers?|anchors?|presenters?|cleaners?|cooks?|chefs?|nann(?:y|ies)|caregivers?|"
    r"programmers?|developers?|designers?|editors?|translators?|interpreters?|bartenders?|"
    r"employees?|staff|applicants?|candidates?|persons?|people|individuals?|hires?|only"
)
_GENDER = rf"(?:(?P<m>{_M})|(?P<f>{_F}))"
_NOT_BOTH = rf"(?!\s*(?:and|or|&|/)\s*(?:{_M}|{_F})\b)"
_FOLLOW = (
    rf"(?=\s*(?:$|[.,;:!?)/(-]|(?:{_JOB}|preferred|and|to|for|who|with|aged?|under|over|between|"
    r"will|can|may|need|should|are|is|must|better|best)\b))"
)
_PRE = re.compile(
    r"\b(?:only|must be|should be|has to be|have to be|needs? to be|required to be|limited to|"
    r"restricted to|open only to|exclusively|reserved for|preferably|prefer(?:ably)?|"
    r"(?:preference|priority)(?: will be)?(?: given)? (?:to|for)|looking for|seeking|hiring|"
    r"we need|we want|wanted|(?:more |most |only )?suitable (?:only )?for|(?:better|best) suited "
    r"(?:to|for)|suits?|only hire|hire only|"
    r"ideal (?:candidate|applicant|person) (?:is|will be|would be))"
    rf"(?: (?:a|an|the))?(?: [a-z-]+){{0,2}}? {_GENDER}\b{_NOT_BOTH}{_FOLLOW}",
    re.ASCII,
)
_EXCLUDE = re.compile(
    rf"\b(?:not suitable for|unsuitable for|not open to|no|not for) {_GENDER}\b{_NOT_BOTH}"
    r"(?![-']|\s+(?:and|or)\b)",
    re.ASCII,
)
_POST = re.compile(
    rf"\b(?:{_GENDER}|(?P<f2>{_MOTHERS}))(?: (?:{_JOB}))?(?: (?:are|is|will be|strongly))?"
    r"[ -](?:only|preferred|favou?red|prioriti[sz]ed|wanted|needed|first|need apply|"
    r"will be given priority|given priority|have priority)\b"
    # ...but a women-only room, gym or carriage is a facility, not a hiring rule.
    r"(?![- ](?:changing|rooms?|toilets?|restrooms?|areas?|floors?|gyms?|dorm\w*|shuttles?|"
    r"carriages?|lounges?|spaces?|facilit\w*|sessions?|classes))",
    re.ASCII,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no|nor|without|isn't|aren't|don't|doesn't|won't)\b(?: \w+){0,2} ?$", re.ASCII
)

_ASK = re.compile(
    r"\b(?:marital|martial|marriage|family|relationship) status|\bfamily plans?\b|family planning|"
    r"childbearing(?: status| plans?)?|pregnancy plans?|number of children|how many children|"
    r"(?:number|ages?) and (?:number|ages?) of (?:your )?children|ages of (?:your )?children|"
    r"whether you (?:are married|have (?:children|kids)|plan to)|"
    r"plan(?:s|ning)? (?:to|for) (?:have|having|start|starting|get|getting) "
    r"(?:a family|children|kids|a baby|pregnant|married)|"
    r"intend\w{0,12} to have (?:children|a baby)",
    re.ASCII,
)
_ASK_NEGATION = re.compile(
    r"regardless|irrespective|without regard|discriminat|equal[- ]opportunit|no bearing|irrelevant|"
    r"\b(?:not|never|n't)\b[^.;]{0,25}\b(?:ask|asked|require|required|request|requested|consider|"
    r"considered|collect|relevant|factor|matter|affect|inquire|enquire|question)|"
    r"\bno (?:questions?|need|requirement)|"
    r"\b(?:every|any|all) (?:genders?|sex(?:es)?|backgrounds?)\b|"
    r"\bwelcome (?:applicants|candidates|everyone)",
    re.ASCII,
)
_BIRTH = r"(?:pregnan\w{0,12}|(?:a )?baby|babies|children|kids|a child|a family|birth|childbirth)"
_CONDITION = re.compile(
    rf"\b(?:must|should|will|shall|agree|agrees|promise|commit|undertake|required|expected|asked)\b"
    rf"[^.;]{{0,30}}?\bnot\b(?: \w+){{0,3}}? {_BIRTH}|\bno {_BIRTH} (?:within|for|during|in)\b|"
    rf"(?:plan|plans|planning|intend\w{{0,12}}) to (?:have|get|become|start) {_BIRTH}[^.;]{{0,40}}"
    r"(?:need not apply|will not be considered|should not apply)",
    re.ASCII,
)
_STATUS = r"married|single|unmarried|childless|divorced"
_WITH_CHILDREN = re.compile(
    r"\b(?:applicants?|candidates?|those|people|persons|women|men|anyone|mothers|parents)"
    r" (?:with|without|who have|who do not have|who don't have) (?:young |small )?(?:children|kids|"
    r"a family|babies|a baby)\b[^.;]{0,12}?(?:need not apply|will not be considered|are not "
    r"considered|(?:are |is )?preferred|only|are not accepted|will be rejected|first)",
    re.ASCII,
)
_STATUS_PRE = re.compile(
    rf"\b(?:must|should|has to|have to|needs? to|required to) be (?:{_STATUS})\b|"
    rf"\b(?:preference|priority)(?: will be)?(?: given)? (?:to|for) (?:{_STATUS})\b",
    re.ASCII,
)
_STATUS_POST = re.compile(
    rf"\b(?:{_STATUS})(?: (?:applicants?|candidates?|people|persons?|women|men|individuals?))?"
    r"(?: (?:are|is|will be))? (?:only|preferred|wanted|first|welcome only|given priority)\b",
    re.ASCII,
)
_PT = re.compile(
    r"pregnan\w{0,12} (?:tests?|testing|screening|screens?|checks?|check-ups?|exam\w{0,12})|"
    r"proof (?:that )?(?:you are |of )?(?:not pregnant|non-pregnancy)|"
    r"non-pregnancy (?:certificate|proof)|"
    r"(?:test|screen|check)\w{0,12} (?:for|of) pregnan|\bhcg\b",
    re.ASCII,
)
_PT_CERT = re.compile(
    r"(?:certificate|proof|document|declaration|statement|letter|note)\s+(?:[a-z]+\s+){0,5}?"
    r"(?:you are |you're |that you are )?not (?:pregnant|expecting)",
    re.ASCII,
)
_LOOKS = re.compile(
    r"\b(?:(?P<m>males?|men|man|gentlemen)|(?P<f>females?|women|woman|ladies|lady|girls?))"
    r"(?: applicants?| candidates?)?\s+(?:must|should|need to|are required to)\s+(?:be\s+)?"
    r"(?:at least \d+\s?cm|\d+\s?cm|tall|slim|attractive|presentable|pretty|good-looking|beautiful|"
    r"of good appearance|young)"
    r"|\b(?:attractive|pretty|pleasant-looking|good-looking|beautiful|slim|handsome|young|strong)"
    r"\s+(?:young\s+)?(?:(?P<m2>man|men|males?|guys?|lads?)|(?P<f2>lady|ladies|woman|women|"
    r"girls?|females?))\s+(?:\w+\s+)?(?:required|wanted|needed|preferred|only)",
    re.ASCII,
)
_DASH = re.compile(
    r"(?:^|\s)[-–—]\s*(?:(?P<m>males?|men)|(?P<f>females?|women))(?:\s+only)?\s*(?=[-–—,;]|$)",
    re.MULTILINE | re.ASCII,
)
_REFUSE = re.compile(
    r"\bpregnant (?:women |applicants |candidates |staff |people )?(?:need not|should not|cannot|"
    r"may not|will not be considered|are not accepted|not accepted)|\bno pregnant\b|"
    r"pregnan\w{0,12}[^.;]{0,50}\b(?:lead to|leads to|result in|results in|grounds for)\s+"
    r"(?:dismissal|termination|the end)|"
    r"\b(?:your )?(?:children|kids|child)\s+(?:must|should|need to)\s+be\s+(?:of school age|"
    r"at school|grown|over \d+|older than)",
    re.ASCII,
)
_PT_NEGATION = re.compile(r"\b(?:no|not|never|without|exclud\w{0,12}|n't)\b", re.ASCII)
_PT_DUTY = re.compile(
    r"patients?|clients?|customers?|expectant|prenatal|antenatal|outpatient|run |assays?|\blabs?\b|"
    r"laborator|ivf|embryo|检验|化验|实验|报告单|负责|整理|录入",
    re.ASCII,
)
_HB_F = re.compile(r"\b(?:women|females?|ladies)\b", re.ASCII)
_HB_M = re.compile(r"\b(?:men|males?)\b", re.ASCII)
_HB_BOTH = re.compile(rf"\b(?:{_M}|{_F})\s*(?:and|or|&|/)\s*(?:{_M}|{_F})\b", re.ASCII)
_HB_REQ = re.compile(
    r"degree|bachelor|master|diploma|college|years?|experience|aged?|under \d+|height|cm|"
    r"certificate",
    re.ASCII,
)


def _negated(norm: str, lo: int, start: int) -> bool:
    return bool(_NEGATION.search(norm, max(lo, start - 30), start))


def _gender(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    for m in _PRE.finditer(norm, lo, hi):
        if not _negated(norm, lo, m.start()):
            yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")))
    for m in _POST.finditer(norm, lo, hi):
        if not _negated(norm, lo, m.start()):
            yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")))
    for m in _EXCLUDE.finditer(norm, lo, hi):
        yield Hit(GENDER, m.start(), m.end(), bool(m.group("f")))


def _marriage(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    # Conditions ("must be single") stand even beside a disclaimer; only a mention of the
    # subject ("marital status") can be negated ("we never ask about marital status").
    if not _ASK_NEGATION.search(norm, lo, hi):
        for m in _ASK.finditer(norm, lo, hi):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
    for pattern in (_CONDITION, _STATUS_PRE, _STATUS_POST, _WITH_CHILDREN):
        for m in pattern.finditer(norm, lo, hi):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
    for m in _POST.finditer(norm, lo, hi):
        if m.group("f2"):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())


def _structure(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    for pattern in (_LOOKS, _DASH):
        for m in pattern.finditer(norm, lo, hi):
            if not _negated(norm, lo, m.start()):
                men = bool(m.groupdict().get("m") or m.groupdict().get("m2"))
                yield Hit(GENDER, m.start(), m.end(), men)
    for m in _REFUSE.finditer(norm, lo, hi):
        if not _negated(norm, lo, m.start()):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
    for m in _PT_CERT.finditer(norm, lo, hi):
        yield Hit(PREGNANCY_TEST, m.start(), m.end())


def _pregnancy(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    if _PT_DUTY.search(norm, lo, hi):
        return
    for m in _PT.finditer(norm, lo, hi):
        if not _PT_NEGATION.search(norm, max(lo, m.start() - 40), m.start()):
            yield Hit(PREGNANCY_TEST, m.start(), m.end())


def _higher_bar(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    f = _HB_F.search(norm, lo, hi)
    m = _HB_M.search(norm, lo, hi)
    if not f or not m or _HB_BOTH.search(norm, lo, hi):
        return
    first, second = sorted((f, m), key=lambda x: x.start())
    if _HB_REQ.search(norm, first.end(), second.start()) and _HB_REQ.search(norm, second.end(), hi):
        yield Hit(HIGHER_BAR_FOR_WOMEN, first.start(), second.end())
        yield Hit(GENDER, first.start(), second.end())


def find(norm: str, sentences: list[tuple[int, int]]) -> Iterator[Hit]:
    yield from rules_en8.find(norm, sentences)
    for lo, hi in sentences:
        yield from _gender(norm, lo, hi)
        yield from _marriage(norm, lo, hi)
        yield from _pregnancy(norm, lo, hi)
        yield from _higher_bar(norm, lo, hi)
        yield from _structure(norm, lo, hi)
