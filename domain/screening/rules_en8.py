"""Round 8 English rules: classes that recur across authors, by structure, with their vetoes.

Data flow: normalised (lower-cased) text and its sentence spans in, `Hit`s out (called from
`rules_en.find`). One sentence at a time, bounded gaps, so matching stays linear:
- **pregnancy, nursing or a birth as grounds to refuse or dismiss**: a state of the worker
  (pregnant, expectant mothers, breastfeeding, becomes pregnant) and an adverse outcome in the
  same sentence, either order ("Expectant mothers will not be shortlisted", "Employment ends
  automatically upon pregnancy", "grounds for immediate repatriation"); not when the outcome
  is negated or the sentence protects ("will not be dismissed", unlawful, entitled, reassigned);
- **childcare made a condition**: childcare arrangements to be confirmed or never to interfere,
  no applicants with (young) children, children who must be of an age;
- **a gendered person noun as the object of the hire** (hiring / looking for / wanted / will
  ideally be / a job title and a colon, up to three adjectives between): "pretty girls as
  brand ambassadors", "a sharp young fellow", "Receptionist: pretty girl", "another bro";
- **mothers as the preferred hire** (GENDER besides the status rule): "preferably a mother";
- **uneven gender ratios for an intake**, "open to male graduates", the hire's pronoun after
  "the ideal <job>", questions about engagement or wedding plans, a married couple as the hire.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening import rules_en8_more
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Hit

_A = re.ASCII
_STATE = (
    r"pregnan\w{0,6}|expectant (?:mothers?|mums?|moms?)|expecting mothers?|mothers?-to-be|"
    r"breast-?feeding|nursing mothers?|lactating|(?:becomes?|falls?|gets?|getting) pregnant|"
    r"positive (?:result|test|pregnancy test)"
)
# Adverse outcomes whose own wording is negative ("not suitable", "cannot be accommodated").
_NEG_OUTCOME = (
    r"not (?:be )?(?:suitable|eligible|shortlisted|considered|accepted|hired|employed|"
    r"accommodated|retained|renewed|offered|taken on|admitted)|"
    r"cannot be (?:accommodated|accepted|considered|hired|employed|shortlisted|taken on)|"
    r"unsuitable|ineligible|(?:need|should|must|do|does) not apply|apply (?:later|after)|"
    r"= ?no (?:hire|offer|job)|no (?:hire|offer)\b"
)
# Adverse outcomes worded positively: negated ("will not be dismissed") they protect.
_POS_OUTCOME = (
    r"grounds for (?:[a-z]+ ){0,2}?(?:dismissal|termination|repatriation|removal|cancellation)|"
    r"(?:employment|contract|the offer|your offer|the job|the post) (?:will |shall )?"
    r"(?:ends?|terminates?|lapses?|ceases?|is void|is cancell?ed|will be cancell?ed)|"
    r"ends? (?:automatically|immediately)|terminat\w+|dismiss\w*|repatriat\w+|sent home|"
    r"let go|disqualif\w+|rejected|excluded|replaced|"
    r"(?:offer|contract|place) (?:will be |is |be )?(?:withdrawn|rescinded|revoked)|"
    r"(?:have|has) (?:their|her|the) (?:offer|contract|place) (?:withdrawn|rescinded|revoked)"
)
_OUTCOME = rf"(?P<neg>{_NEG_OUTCOME})|(?P<pos>{_POS_OUTCOME})"
_STATE_THEN = re.compile(rf"\b(?:{_STATE})\b[^.;!?\n]{{0,60}}?\b(?:{_OUTCOME})\b", _A)
_THEN_STATE = re.compile(rf"\b(?:{_OUTCOME})\b[^.;!?\n]{{0,40}}?\b(?:{_STATE})\b", _A)
_NOT_BEFORE = re.compile(r"\b(?:not|never|no|cannot|can't|won't)\b(?: [a-z]+){0,2} ?$", _A)
_PROTECTS = re.compile(
    r"unlawful|illegal|protect|entitle|discriminat|regardless|irrespective|right to|"
    r"reassign|transferr?ed|adjusted|the law|legally",
    _A,
)

_CHILDCARE = re.compile(
    r"\bchild-?\s?care (?:arrangements?|cover|plans?)\b[^.;!?\n]{0,30}?\b(?:must|should|need to|"
    r"to) be (?:confirmed|in place|arranged|proven|shown|guaranteed)\b|"
    r"\b(?:confirm|guarantee|prove|show|promise|declare)\b[^.;!?\n]{0,30}?\bchild-?\s?care\b|"
    r"\bchild-?\s?care\b[^.;!?\n]{0,30}?\b(?:never|not|must not|won't|will not|cannot) "
    r"(?:interfere|affect|clash|conflict|get in the way|be an issue)|"
    r"\b(?:must|should) have (?:reliable |full-time |back-?up )?child-?\s?care\b|"
    r"\bno (?:applicants?|candidates?|one|staff) with (?:young |small )?(?:children|kids)\b|"
    r"\b(?:applicants?|candidates?) with (?:young |small )?(?:children|kids)\b[^.;!?\n]{0,30}?"
    r"\b(?:need not|should not|cannot|will not be|are not)\b|"
    r"\b(?:children|kids) (?:must|should) be (?:over|older than|at least|in school|grown)\b",
    _A,
)

_MEN_N = r"guys?|fellows?|fellas?|lads?|boys?|blokes?|chaps?|gentlem[ae]n|m[ae]n|bros?|dudes?"
_WOMEN_N = r"girls?|gals?|lady|ladies|wom[ae]n|lasses?"
_STAFF = r"(?:staff|person|people|candidates?|applicants?|hires?|employees?|workers?)"
_PERSON = (
    rf"(?:(?P<m>{_MEN_N}|males? {_STAFF}|(?:males?|men) [a-z]+ {_STAFF})|"
    rf"(?P<f>{_WOMEN_N}|females? {_STAFF}|(?:females?|women) [a-z]+ {_STAFF}))"
)
# After a hiring verb, a gender before any job noun names the hire: "requests a male geologist".
_NOT_STAFF = (
    r"(?!(?:clients?|customers?|patients?|students?|pupils?|members?|shoppers?|audience|"
    r"founders?|entrepreneurs?|voices?|perspectives?|and|or|only|to|for)\b)"
)
_PERSON_JOB = rf"(?:(?P<m>males?|men)|(?P<f>females?|women)) {_NOT_STAFF}[a-z]{{2,20}}"
_ADJ = (
    r"(?:(?!(?:for|to|with|who|of|and|or|our|your|their|the|join|meet|support|help|serve|"
    r"supporting|empowering|in)\b)[a-z-]+,? ){0,3}"
)
_HIRE_VERB = (
    r"hiring|looking for|seeking|seeks?|searching for|recruiting|we (?:want|need)|"
    r"(?:will )?ideally be|should be|must be|will be|love another|want another|need another|"
    r"add another|asked for|asks for|requests?|requested|requesting|specified|insists? on|"
    r"ideal (?:candidate|hire):|"
    r"(?:love|like|want|hope) to meet|preference for|prefer|only (?:place|hire|employ|take|accept|"
    r"recruit|send|consider)"
)
_HIRE_JOB = re.compile(
    rf"\b(?:{_HIRE_VERB}) (?:an? |some |two |three |\d+ )?(?:[a-z-]+ )?{_PERSON_JOB}\b"
    r"(?!\s*(?:and|or|&|/)\s*(?:males?|females?|m[ae]n|wom[ae]n)\b)",
    _A,
)
_STATUS_ADJ = re.compile(r"\b(?:unmarried|single|married|childless|divorced)\b", _A)
_HIRE = re.compile(
    rf"\b(?:{_HIRE_VERB}):? (?:an? |some |two |three |\d+ |another )?{_ADJ}{_PERSON}\b"
    r"(?!'|-|\s*(?:and|or|&|/)\s*(?:boys?|girls?|guys?|gals?|ladies|gentlem[ae]n|wom[ae]n|m[ae]n)\b)"
    r"(?! (?:clients?|customers?|patients?|students?|pupils?|members?|shoppers?|audience)\b)",
    _A,
)
_WANTED = re.compile(
    rf"(?:^|[-*:\u2022] *){_ADJ}{_PERSON}(?!') (?:wanted|needed|required)\b", _A | re.M
)
_TITLE_VALUE = re.compile(
    rf"^[-*\u2022 ]*(?!(?:client|customer|patient|contact|manager|boss|owner|student|child)\b)"
    rf"[a-z][a-z /&-]{{2,30}}: (?:an? )?{_ADJ}{_PERSON}\b(?!'|-)",
    _A | re.M,
)
_NOT_HIRE = re.compile(
    r"\b(?:record of|history of|have hired|hired|proud)\b|"
    r"\b(?:passengers?|clients?|customers?|patients?|guests?|users?|members?|parents?) "
    r"(?:can|may|might|often|sometimes|who)\b",
    _A,
)

_MOTHER_PREF = re.compile(
    r"\b(?:prefer\w*|ideally|looking for|seeking|hiring|only|suits?|perfect for|best for)"
    r"(?: [a-z-]+){0,2}? (?:an? )?(?:[a-z-]+ ){0,2}?"
    r"(?P<f>mother|mum|mom|mommy|mummy|housewife|stay-at-home (?:mum|mom|mother))s?\b",
    _A,
)
_EVEN = {("1", "1"), ("5", "5"), ("50", "50")}
_RATIO = re.compile(
    r"\b(?:(?P<m>male|men|boys?)\s*(?:/|to|-|:|and)\s*(?:female|women|girls?)|"
    r"(?P<f>female|women|girls?)\s*(?:/|to|-|:|and)\s*(?:male|men|boys?)|gender|sex)"
    r"(?:\s+|-)(?P<r>ratio\b[^.;!?\n]{0,40}?\b(?P<a>\d{1,2})\s*(?::|to)\s*(?P<b>\d{1,2}))\b",
    _A,
)
_RATIO_TALLY = re.compile(r"\b(?:current\w*|today|at present|now|last year|was|were)\b", _A)
_OPEN_TO = re.compile(
    r"\bopen (?:only )?to (?P<g>(?P<m>male|men)|(?P<f>female|women)) (?:[a-z-]+ ){0,2}?"
    r"(?:graduates|applicants|candidates|students|engineers|staff|workers|people)\b"
    r"(?!\s*(?:and|or|&|/)\s*(?:male|female|men|women))",
    _A,
)
_OPEN_TOO = re.compile(r"\b(?:also|too|as well|equally|both|alike|all genders?)\b", _A)
_IDEAL_PRONOUN = re.compile(
    r"\b(?:the|our) (?:ideal|right|successful|perfect|chosen|new) (?:[a-z-]+ ){0,2}?"
    r"(?:candidate|applicant|hire|person|[a-z]+(?:er|or|ist|ant|ent|man))\b(?P<gap>[^.;!?\n]{0,60}?)"
    r"\b(?:(?P<m>he|his|him|himself)|(?P<f>she|her|hers|herself))\b",
    _A,
)
_OTHER_PERSON = re.compile(
    r"\b(?:ceo|director|manager|founder|owner|boss|supervisor|mr|ms|mrs|client|customer|"
    r"patient|child|who|whose)\b|\b(?:he|she|his|her) ?(?:/|or) ?(?:he|she|his|her|him)\b|s/he",
    _A,
)
_WEDDING_ASK = re.compile(
    r"\b(?:are you|r u|whether you are|if you are|are you currently)\b[^.;!?\n]{0,12}?"
    r"\b(?:engaged(?! (?:with|in|by|at|on))|planning (?:a|your) wedding|getting married|"
    r"planning to (?:marry|get married|wed))\b",
    _A,
)
# "Candidates found pregnant at the medical": a pregnancy test by another name.
_FOUND_AT = re.compile(
    r"\b(?:found|tested|tests?|shown|confirmed|detected) (?:to be )?pregnant "
    r"(?:at|during|in|on|by) (?:the |a |your )?(?:pre-employment )?"
    r"(?:medical|health check|check-?up|screening|exam\w*)",
    _A,
)
_PT_WHEN = re.compile(
    r"\bpregnancy (?:test|screening|check)s?\b(?: [a-z]+){0,2} (?:before|prior to|at|on) (?:the )?"
    r"(?:flight|departure|joining|onboarding|signing|start\w*|deployment|arrival)\b",
    _A,
)
_COUPLE = re.compile(
    r"\b(?:looking for|seeking|hiring|want|need|wanted|prefer\w*|ideally|require\w*|for)"
    r" (?:an? )?(?:[a-z-]+ ){0,2}?(?:married couples?|husband[- ](?:and|&)[- ]wife "
    r"(?:teams?|pairs?|couples?)|husband/wife (?:teams?|pairs?))\b",
    _A,
)
_COUPLE_NOT = re.compile(
    r"\b(?:suitable for|accommodation|room|flat|apartment|founded by|run by|owned by)\b|"
    r"\bwe are (?:an? )?(?:[a-z-]+ ){0,2}(?:couple|team)\b",
    _A,
)


_NURSING = re.compile(r"\b(?:breast-?feeding|nursing|expectant|pregnant|lactating) $", _A)


def nursing_before(norm: str, lo: int, start: int) -> bool:
    """'Breastfeeding mothers need not apply': a refusal for nursing, not for being a woman."""
    return _NURSING.search(norm, max(lo, start - 16), start) is not None


def _pregnancy_grounds(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    if _PROTECTS.search(norm, lo, hi):
        return
    for pattern in (_STATE_THEN, _THEN_STATE):
        for m in pattern.finditer(norm, lo, hi):
            at = m.start("pos")
            if at >= 0 and _NOT_BEFORE.search(norm, max(lo, at - 24), at):
                continue
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())


def _gender_hits(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    for pattern in (_HIRE, _WANTED, _TITLE_VALUE, _HIRE_JOB):
        for m in pattern.finditer(norm, lo, hi):
            if _NOT_HIRE.search(norm, max(lo, m.start() - 24), m.end()):
                continue
            yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")))
            if _STATUS_ADJ.search(norm, m.start(), m.end()):
                # "Seeking an unmarried woman": a status required with the gender.
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
    if not rules_en8_more.parents_alike(norm, lo, hi):
        for m in _MOTHER_PREF.finditer(norm, lo, hi):
            yield Hit(GENDER, m.start(), m.end())
    tally = _RATIO_TALLY.search(norm, lo, hi) is not None
    for m in _RATIO.finditer(norm, lo, hi):
        if (m.group("a"), m.group("b")) not in _EVEN and not tally:
            # Anchored on "ratio … 4:1", so "male/female" before it does not read as open.
            yield Hit(GENDER, m.start("r"), m.end(), bool(m.group("m")))
    too = _OPEN_TOO.search(norm, lo, hi) is not None
    for m in _OPEN_TO.finditer(norm, lo, hi):
        if not too:
            yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")))
    for m in _IDEAL_PRONOUN.finditer(norm, lo, hi):
        if not _OTHER_PERSON.search(norm, m.start("gap"), min(hi, m.end() + 12)):
            yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")))


def find(norm: str, sentences: list[tuple[int, int]]) -> Iterator[Hit]:
    for lo, hi in sentences:
        yield from _pregnancy_grounds(norm, lo, hi)
        yield from _gender_hits(norm, lo, hi)
        yield from rules_en8_more.find_sentence(norm, lo, hi)
        for pattern in (_CHILDCARE, _WEDDING_ASK):
            for m in pattern.finditer(norm, lo, hi):
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        for m in (*_FOUND_AT.finditer(norm, lo, hi), *_PT_WHEN.finditer(norm, lo, hi)):
            yield Hit(PREGNANCY_TEST, m.start(), m.end())
        not_hired = _COUPLE_NOT.search(norm, lo, hi) is not None
        for m in _COUPLE.finditer(norm, lo, hi):
            if not not_hired:
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
