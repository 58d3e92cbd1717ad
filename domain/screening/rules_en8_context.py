"""Lawful contexts of English sentences, for every rule family (round 8).

Data flow: `screen._hits` asks `lawful(norm, sentence span, hit)` for every hit; True drops it.
Only sentences written mostly in Latin letters are judged. A hit is lawful when:
- **a policy governs a list of topics**: a negation or omission head ("no questions about",
  "will not be asked about", "leave out … from your CV", "No gender, age or marital-status
  requirements") rules a list of attribute nouns (gender, age, marital status, pregnancy, family
  plans) that reaches the hit, with no person noun (applicants, women) and no adverse verb
  (apply, hire, consider) between the head and the hit;
- **the sentence opens the job to every gender** ("male stylists equally welcome", "ladies and
  gentlemen", "of every gender") and the hit itself states no restriction;
- **the gender word describes past hires or a possessive** ("a strong record of hiring women",
  "our ladies' fashion boutique");
- **a dismissal is negated** ("Pregnant employees will not be dismissed");
- **pregnancy tests or hCG strips are goods** (a production line, quality control, a brand)
  and no applicant is asked to take one.
"""

from __future__ import annotations

import re

from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Hit

_A = re.ASCII
_LATIN = re.compile(r"[a-z]", _A)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TOPIC = (
    r"(?:gender|sex|age|marital[- ]status|marriage|relationship status|pregnancy|pregnancies|"
    r"family plans?|family planning|plans for (?:a family|children)|childbearing|photos?|"
    r"date of birth|religion|nationality|maternity)"
)
_HEAD = re.compile(
    r"\b(?:no(?: questions?| requirements?| restrictions?| preference)?"
    r"(?: (?:about|on|regarding|as to|concerning))?|not be asked (?:about|for)|"
    r"never ask (?:about|for)|do not ask (?:about|for)|won't ask (?:about|for)|"
    r"will not ask (?:about|for)|leave out|omit|remove|exclude|do not include|"
    r"don't include|regardless of|irrespective of|without regard to)\b"
)
_LIST = re.compile(rf"(?:,? ?(?:and |or |nor |your |any )*{_TOPIC}(?:-related)?)+", _A)
# "No pregnancy during the first two years": a ban, not a policy.
_BAN_AFTER = re.compile(
    r"\s*(?:during|within|for the|in the (?:first|next)|until|before|allowed|permitted|is allowed)",
    _A,
)
_OPEN = re.compile(
    r"\b(?:equally|also|all|both) welcome\b|\bwelcome (?:equally|too|as well)\b|"
    r"\b(?:of|for) (?:every|any|all) genders?\b|\b(?:every|any|all) genders?\b|"
    r"\bladies and gentlemen\b|\b(?:men|males?) (?:and|or|&) (?:women|females?)\b|"
    r"\b(?:women|females?) (?:and|or|&) (?:men|males?)\b|\bregardless of (?:gender|sex)\b",
    _A,
)
_RESTRICTS = re.compile(
    r"\b(?:only|prefer\w*|must|required?|ideally|should|need|wanted|no)\b|\bexclusively\b", _A
)
_PAST_OR_OWNED = re.compile(
    r"\b(?:record|history|track record|tradition) of (?:hiring|employing|promoting)\b[^.;]{0,12}$|"
    r"\b(?:have|has) (?:hired|employed|promoted)\b[^.;]{0,12}$",
    _A,
)
_POSSESSIVE = re.compile(r"(?:ladies|women|girls|men|boys|gentlemen)'s?(?= [a-z])", _A)
_NOT_DISMISSED = re.compile(
    r"\b(?:not|never|no one|nobody)\b(?: [a-z]+){0,2} (?:be )?(?:dismissed|disadvantaged|"
    r"penali[sz]ed|terminated|fired|let go|demoted|treated less favou?rably|discriminated)\b",
    _A,
)
# "Tuition discount for staff children": the children are a benefit's beneficiaries.
_FOR_STAFF_CHILDREN = re.compile(
    r"\b(?:discount|allowance|subsidy|subsidi[sz]ed|scholarships?|tuition|school places?|vouchers?|"
    r"insurance|bursar\w*|fees?|free|holiday club|camp)\b[^.;\n]{0,30}\bfor (?:our )?"
    r"(?:staff|employees?'?) (?:children|kids|dependants)\b",
    _A,
)
_GOODS = re.compile(
    r"\b(?:production|assembly|packaging|packing) lines?\b|"
    r"\bquality (?:control|inspect\w*|check\w*)\b|"
    r"\b(?:manufactur\w*|distribut\w*|wholesal\w*|brand|products?|skus?|inventory|warehouse|"
    r"sell\w*|sales of|retail\w*)\b",
    _A,
)
_ASKED = re.compile(
    r"\b(?:you|your|applicants?|candidates?|hires?|new staff|onboarding|before (?:joining|starting|"
    r"signing)|offer|must (?:provide|take|pass|submit|present))\b",
    _A,
)


# A pregnancy test asked of women only is labelled PREGNANCY_TEST alone (AUTHOR_BRIEF8), and
# proof of not being pregnant is a test, not by itself a refusal.
_PT_CUE = re.compile(
    r"\bpregnancy (?:test|screen|result|check)|\bnot (?:being )?pregnant\b|\bhcg\b|non-?pregnancy",
    _A,
)
_RESTRICTS_JOB = re.compile(
    r"\b(?:only|prefer\w*|wanted|must be|should be|need|seeking|hiring|looking for)\b", _A
)
# "Female hires must provide …": the women named are the test's subject, not the hire's gender.
_TEST_SUBJECT = re.compile(
    r"(?:females?|wom[ae]n|ladies)(?: (?:hires?|applicants?|candidates?|staff|employees?|workers?|"
    r"recruits?|new joiners?))? (?:must|will|are required to|need to|should|have to|shall) "
    r"(?:provide|take|present|submit|undergo|show|pass|produce|do)\b",
    _A,
)
_BRACKETED = re.compile(r".{0,3}\((?:women|females?|female staff|female applicants)\)", _A)
_PROOF = re.compile(r"\b(?:proof|certificate|evidence|declaration|statement|report)\b", _A)
_OUTCOME = re.compile(
    r"withdraw|rescind|revok|terminat|dismiss|refus|reject|not be (?:hired|considered|accepted)|"
    r"positive",
    _A,
)


def _test_only(norm: str, lo: int, hi: int, hit: Hit) -> bool:
    """A GENDER or status hit that is only the pregnancy test's own wording."""
    if not _PT_CUE.search(norm, lo, hi) or _OUTCOME.search(norm, lo, hi):
        return False
    if hit.rule == GENDER:
        # "urine hCG (women)": the test's own subject in brackets.
        if _BRACKETED.match(norm, hit.start) and _PT_CUE.search(
            norm, max(lo, hit.start - 30), hit.start
        ):
            return True
        subject = _TEST_SUBJECT.search(norm, hit.start, min(hi, hit.start + 60))
        return subject is not None and not _RESTRICTS_JOB.search(norm, lo, hi)
    return hit.rule == MARRIAGE_CHILDBEARING and bool(_PROOF.search(norm, hit.start, hit.end))


def _english(norm: str, lo: int, hi: int) -> bool:
    return len(_LATIN.findall(norm, lo, hi)) > 3 * len(_HAN.findall(norm, lo, hi))


def _policy_list(norm: str, lo: int, hit: Hit) -> bool:
    """A policy head whose list of topic nouns reaches the hit."""
    for head in _HEAD.finditer(norm, max(lo, hit.start - 90), hit.end):
        items = _LIST.match(norm, head.end() + (norm[head.end() : head.end() + 1] == " "))
        if items is None:
            continue
        within = head.start() - 12 <= hit.start and hit.end <= items.end() + 2
        if within and not _BAN_AFTER.match(norm, items.end()):
            return True
    return False


def lawful(norm: str, sentence: tuple[int, int], hit: Hit) -> bool:
    """Is the hit a lawful use of its words, in an English sentence?"""
    # Judged within 150 characters of the hit: linear work however long the sentence.
    lo, hi = max(sentence[0], hit.start - 150), min(sentence[1], hit.end + 150)
    if hi <= lo or not _english(norm, lo, hi):
        return False
    if hit.rule in (MARRIAGE_CHILDBEARING, GENDER, PREGNANCY_TEST) and _policy_list(norm, lo, hit):
        return True
    if _test_only(norm, lo, hi, hit):
        return True
    text = norm[hit.start : hit.end]
    if hit.rule == GENDER:
        line_lo = max(norm.rfind("\n", max(0, lo - 150), lo) + 1, lo - 150)
        line_hi = norm.find("\n", hi, hi + 150)
        line_hi = hi + 150 if line_hi < 0 else line_hi
        if _OPEN.search(norm, line_lo, line_hi) and not _RESTRICTS.search(text):
            return True
        if _PAST_OR_OWNED.search(norm, max(lo, hit.start - 40), hit.start + 12):
            return True
        possessive = _POSSESSIVE.search(norm, hit.start, min(hi, hit.end + 3))
        if possessive and possessive.end() >= hit.end - 1 and "'" in possessive.group():
            return True
    if hit.rule == MARRIAGE_CHILDBEARING and (
        _NOT_DISMISSED.search(norm, lo, hi) or _FOR_STAFF_CHILDREN.search(norm, lo, hi)
    ):
        return True
    return (
        hit.rule == PREGNANCY_TEST
        and bool(_GOODS.search(norm, lo, hi))
        and not _ASKED.search(norm, lo, hi)
    )
