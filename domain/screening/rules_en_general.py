"""General English rule families: who-is-wanted structures rather than fixed phrases.

Data flow: normalised (lower-cased) text and its sentence spans in, `Hit`s out. Families:
- a gender noun governed by a wanting verb ("we'd rather have a man", "looking for a young
  woman"), described by an age range or "only" ("girls 18-26 only", "men aged 25-40"), given
  a requirement of its own ("female applicants must attach a photo"), or as a one-letter or
  first item in brackets after a title ("Receptionist x2 (F)", "(female, under 25)",
  "Warehouse Assistant – M");
- a marital or family status as a condition ("must be young and single", "newly-weds need not
  apply", "no childcare responsibilities"), a status next to a gender ("unmarried women") as
  both GENDER and MARRIAGE_CHILDBEARING, "no moms", questions about a spouse or children,
  pregnancy as grounds for dismissal ("will be let go");
- pregnancy tests under other names ("an ultrasound to rule out pregnancy").
"men and women", "male or female" and client or product contexts ("women's wear", "female
customers") are open or served, not restricted; a negation just before a match cancels it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening import rules_en8
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Hit

_M = r"males?|men|man|gentlemen|gentleman|guys?|boys?|lads?|blokes?"
_F = r"females?|women|woman|ladies|lady|girls?|gals?"
_MOMS = r"moms|mums|mothers|mommies|mummies|mamas|housewives"
_G = rf"(?:(?P<m>{_M})|(?P<f>{_F}))"
_OPEN_AFTER = (
    rf"(?!\s*(?:and|or|&|/)\s*(?:{_M}|{_F})\b|'s|\s+(?:customers?|clients?|patients?|shoppers?|"
    r"users?|members?|audience|market|products?|wear|clothing|fashion|health|apparel|shoes|"
    r"department|section|team members|colleagues|the|a|an|our|your|this|its))"
)
_OPEN = re.compile(
    rf"\b(?:{_M}|{_F})\s*(?:and|or|&|/)\s*(?:{_M}|{_F})\b|regardless|any gender|all genders",
    re.ASCII,
)
_WANT = re.compile(
    r"\b(?:(?:would|'d) (?:rather|prefer to|like to|like) (?:have|hire|get|see|find)|rather have|"
    r"looking for|searching for|we need|we want|we're after|need|want|hiring|seeking|recruiting|"
    r"requires?|calls? for|"
    r"ideal for|perfect for|best suited to|suited to|suits|suitable for|"
    r"(?:right|ideal|successful|perfect|preferred|suitable|best) "
    r"(?:person|candidate|applicant|hire|fit)"
    r"\b[^.;]{0,30}?\b(?:is|will be|should be|would be))"
    rf"(?: (?:a|an|some|two|three|\d+))?(?: [a-z-]+){{0,3}}? {_G}\b{_OPEN_AFTER}",
    re.ASCII,
)
# Gendered job titles wanted: "waitresses wanted", "hiring salesgirls".
_TITLE = re.compile(
    r"\b(?:(?P<f>waitress(?:es)?|hostess(?:es)?|barmaids?|salesgirls?|saleswom[ae]n|housemaids?)|"
    r"(?P<m>salesm[ae]n|handym[ae]n|deliverym[ae]n))\s+(?:wanted|needed|required|only)\b"
    r"|\b(?:hiring|seeking|recruiting|looking for)\s+(?:\w+\s+)?(?:(?P<f2>waitress(?:es)?|"
    r"hostess(?:es)?|barmaids?|salesgirls?|saleswom[ae]n)|(?P<m2>salesm[ae]n|handym[ae]n))\b",
    re.ASCII,
)
_DESCRIBED = re.compile(
    rf"\b{_G}\s*,?\s*(?:aged?\s*\d|\d{{2}}\s*(?:-|–|to)\s*\d{{2}}|under \d|below \d|over \d|"
    r"between \d|only\b|preferred\b|pref\b|"
    r"with (?:[a-z-]+ ){0,3}?(?:looks|figures?|appearance|complexion|build|height|weight|face)\b|"
    r"(?:with )?(?:good-looking|attractive|slim|pretty|beautiful)\b)",
    re.ASCII,
)
# "Warehouse loader, male applicants: …" -- a gender labelling the applicants after a job title.
_LABELLED = re.compile(
    rf"(?:(?<=[a-z], )|(?<=[a-z],)){_G}"
    r"(?: applicants?| candidates?| staff| workers?| hires?)?(?: only)?"
    r"\s*(?=[:;)]|$|,(?!\s*(?:fe)?males?\b|\s*(?:wo)?men\b))",
    re.ASCII | re.MULTILINE,
)
# "A female candidate is strongly preferred."
_PREFERRED = re.compile(
    rf"\b{_G}(?: (?:candidates?|applicants?|staff|employees?|workers?|hires?))?"
    r"(?: (?:is|are|will be|would be))? (?:strongly |highly |much |definitely )?"
    r"(?:preferred|favou?red|desired)\b",
    re.ASCII,
)
_OWN_REQUIREMENT = re.compile(
    rf"\b{_G}(?: applicants?| candidates?| staff| employees?| hires?)\s+(?:must|should|need to|"
    r"are required to|have to|will need to)\s+(?!not\b)(?:attach|submit|provide|send|wear|be|have|"
    r"pass|show)",
    re.ASCII,
)
_BRACKET = re.compile(
    r"[(\[]\s*(?:\d{1,3}\s+)?(?:(?P<m>m|males?|men|man)|(?P<f>f|females?|women|woman|ladies|lady))"
    r"\s*(?=[,;)\]])",
    re.ASCII,
)
_TRAILING = re.compile(
    r"(?<=[a-z]) (?:-|–|—) (?:(?P<m>m|male|men)|(?P<f>f|female|women))(?: only)?\s*"
    r"(?=$|[,;.\n]|(?:rmb|hkd|usd|\$|¥|\d))",
    re.MULTILINE | re.ASCII,
)
# "Female, height 165cm+" -- a gender opening a line of requirements.
_LEAD = re.compile(
    rf"(?:[^:\n]{{0,30}}:)?\s*[-*•]?\s*(?:\d+[.)]\s*)?{_G}\s*[,;:]\s*(?=height|aged?\b|under|over|below|\d|between|single|"
    r"married|unmarried|divorced|childless|no kids|no children|attractive|good-looking|pleasant|"
    r"slim|young|tall|pretty|at least|min|no older|"
    r"not over|age)",
    re.ASCII,
)
_MOMS_WANTED = re.compile(
    rf"\b(?P<f>{_MOMS})(?: (?:with|of) [a-z -]{{0,24}}?(?:children|kids|babies))? (?:are |is )?"
    r"(?:only|preferred|wanted|first|welcome only|given priority|needed)\b",
    re.ASCII,
)
_NO_MOMS = re.compile(
    rf"\bno (?P<f>{_MOMS})\b|\b(?P<f2>{_MOMS})(?: with [a-z -]{{0,24}}?(?:children|kids|babies))? "
    r"(?:need not|should not|cannot|will not be considered|are not considered)",
    re.ASCII,
)
_STATUS = (
    r"single|married|unmarried|newly-?weds?|newlyweds|divorced|childless|engaged|"
    r"pregnant(?: women)?"
)
_STATUS_COND = re.compile(
    rf"\b(?:must|should|has to|have to|needs? to|required to) be (?:[^.;]{{0,24}}? (?:and|&) )?"
    rf"(?:{_STATUS})\b|\b(?:{_STATUS})(?: [a-z]+){{0,2}}? (?:need not apply|should not apply|"
    r"will not be considered|not considered|are not considered|cannot apply|may not apply)",
    re.ASCII,
)
_STATUS_GENDER = re.compile(
    rf"\b(?P<w>single|married|unmarried|childless|divorced) (?:young )?{_G}\b{_OPEN_AFTER}",
    re.ASCII,
)
_NO_CHILDCARE = re.compile(
    r"\b(?:no|free (?:of|from)|without|not have any) (?:childcare|family|caring|parental)"
    r" (?:responsibilit\w*|commitments?|obligations?|ties|burdens?|duties)",
    re.ASCII,
)
_ASK_FAMILY = re.compile(
    r"\b(?:ask|asked|enquire|inquire|tell us|questions?|we will want to know)\b[^.;]{0,30}?"
    r"\b(?:husband|wife|spouse|partner|boyfriend|girlfriend|children|kids|marital|family plans|"
    r"(?:planning|plan|intend|intending) (?:a family|to have|on having|children|kids|a baby))\b",
    re.ASCII,
)
# "Female, 22-27, single" -- a status as a bare item of a requirement list.
_STATUS_ITEM = re.compile(
    r"(?:[,;:(]|\b(?:and|&))\s*(?P<w>single|married|unmarried|childless|divorced)"
    r"(?:\s*(?:or|/)\s*(?:single|married|unmarried|childless|divorced))?\s*(?=[,;.)]|$)",
    re.ASCII,
)
_LIST_CUE = re.compile(rf"\b{_G}\s*,\s*(?:\d|under|over|aged?\b)", re.ASCII)
# "Spouse's occupation must be listed" -- details of a spouse asked for.
_SPOUSE_DETAILS = re.compile(
    r"\b(?:spouse|husband|wife|partner)(?:'s)?"
    r"(?: (?:or|and|/) (?:spouse|husband|wife|partner)(?:'s)?)?"
    r" (?:occupation|job|employer|work|details|income|profession|name)\b",
    re.ASCII,
)
_ASKED = re.compile(
    r"\b(?:must|required|list|listed|provide|state|include|please|give|forms?|mention)\b|_{2,}|:\s*$",
    re.ASCII,
)
# "We prefer candidates without young children" / "(married, kids at school age) preferred".
_FAMILY_PREF = re.compile(
    r"\b(?:without|no|with no) (?:young |small |dependent )?(?:children|kids|babies|dependants)\b"
    r"|\bonly (?:unmarried|married|single|childless) (?:applicants|candidates|people|persons|staff)"
    r"|\bwhose (?:children|kids) are (?:already |all )?"
    r"(?:in school|at school|grown|older|school-age|over \d)"
    r"|\b(?:married|single|unmarried|childless|settled family|kids at school|grown children)\b"
    r"[^.;]{0,40}?\b(?:preferred|a plus|an advantage|desirable)\b",
    re.ASCII,
)
_FAMILY_COND = re.compile(r"\b(?:prefer|preferred|must|should|ideally|only|required)\b", re.ASCII)
_PREG_END = re.compile(
    r"\b(?:will|shall|may|to) (?:end|terminate|be terminated|be ended|cease)\b[^.;]{0,50}?pregnan"
    r"|\bnegative pregnancy (?:test|screen|result|check)"
    r"|\b(?:certificate|proof|statement|declaration|letter) of non-?pregnancy",
    re.ASCII,
)
_IF_NEGATIVE = re.compile(
    r"\b(?:conditional|subject|contingent|dependent|depends) (?:up)?on (?:a |your |the )?negative "
    r"(?:pregnancy|hcg|beta-hcg|b-hcg)\b",
    re.ASCII,
)
_LET_GO = re.compile(
    r"\bpregnan\w{0,6}\b[^.;]{0,60}?\b(?:let go|fired|dismissed|terminated|lose (?:their|her|your) "
    r"jobs?|will be released|contract (?:ends|will end)|"
    r"(?:treated|regarded|deemed|considered|counted) (?:as )?(?:a |an )?"
    r"(?:voluntary |automatic )?(?:resignation|quitting|leaving)|"
    r"deemed to have (?:resigned|quit|left))",
    re.ASCII,
)
# "We are unable to hire pregnant women" -- a status as grounds not to hire.
_CANNOT_HIRE = re.compile(
    r"\b(?:unable to|cannot|can't|can not|won't|will not|do not|don't|does not|not able to)\s+"
    r"(?:hire|employ|accept|recruit|take on|consider)\s+(?:any\s+)?"
    r"(?:pregnant|married|unmarried|single|newly-?wed)\b",
    re.ASCII,
)
# "Please do not apply if you are pregnant" -- a family status as grounds not to apply.
_NOT_IF = re.compile(
    r"\b(?:do not|don't|need not|should not|please don't)\s+apply\s+if\s+"
    r"(?:you\s+(?:are|have|plan)|you're)[^.;]{0,30}?"
    r"\b(?:pregnan|married|children|kids|a baby|a family|single)",
    re.ASCII,
)
_PT = re.compile(
    r"\b(?:ultrasound|scan|test|check|screening|blood test|medical)\w{0,3}\b[^.;]{0,20}?"
    r"\b(?:rule out|exclude|confirm (?:you are )?not|for|detect)\s+pregnan",
    re.ASCII,
)
_OPEN_PARENTS = re.compile(r"\b(?:dads|fathers|parents|carers|caregivers)\b", re.ASCII)
_NEGATION = re.compile(
    r"\b(?:not|never|no|nor|without|isn't|aren't|don't|doesn't|won't|regardless)\b(?: \w+){0,2} ?$",
    re.ASCII,
)
_PROTECTIVE = re.compile(
    r"discriminat|equal|regardless|irrespective|protect|law|legal|entitled", re.ASCII
)


def _negated(norm: str, lo: int, start: int) -> bool:
    return bool(_NEGATION.search(norm, max(lo, start - 30), start))


# "Our clients are mostly women aged 30-50": the people served, named just before (round 7).
_SERVED_BEFORE = re.compile(
    r"\b(?:clients?|customers?|patients?|members?|users?|audience|shoppers?|readers?|visitors?|"
    r"guests?|residents?|students?|learners?|viewers?|followers?)\b[^.;\n]{0,24}$",
    re.ASCII,
)


def _served(norm: str, lo: int, start: int) -> bool:
    return bool(_SERVED_BEFORE.search(norm, max(lo, start - 40), start))


def _men(m: re.Match[str]) -> bool:
    return bool(m.groupdict().get("m") or m.groupdict().get("m2"))


def find(norm: str, sentences: list[tuple[int, int]]) -> Iterator[Hit]:
    for lo, hi in sentences:
        seg = norm[lo:hi]
        if _PROTECTIVE.search(seg):
            continue
        if not _OPEN.search(seg):
            lead = _LEAD.match(norm, lo, hi)
            if lead:
                yield Hit(GENDER, lead.start(), lead.end(), _men(lead))
            for pattern in (
                _WANT,
                _TITLE,
                _DESCRIBED,
                _PREFERRED,
                _OWN_REQUIREMENT,
                _BRACKET,
                _TRAILING,
                _LABELLED,
            ):
                for m in pattern.finditer(norm, lo, hi):
                    if not _negated(norm, lo, m.start()) and not _served(norm, lo, m.start()):
                        yield Hit(GENDER, m.start(), m.end(), _men(m))
            for m in _STATUS_GENDER.finditer(norm, lo, hi):
                if not _negated(norm, lo, m.start()):
                    yield Hit(GENDER, m.start(), m.end(), _men(m))
                    yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        for m in _NO_MOMS.finditer(norm, lo, hi):
            if not rules_en8.nursing_before(norm, lo, m.start()):  # a nursing refusal only
                yield Hit(GENDER, m.start(), m.end(), True)
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        if not _OPEN_PARENTS.search(seg):
            for m in _MOMS_WANTED.finditer(norm, lo, hi):
                if not _negated(norm, lo, m.start()):
                    yield Hit(GENDER, m.start(), m.end(), False)
                    yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        family: tuple[re.Pattern[str], ...] = (
            _STATUS_COND,
            _NO_CHILDCARE,
            _ASK_FAMILY,
            _LET_GO,
            _NOT_IF,
            _CANNOT_HIRE,
        )
        if _ASKED.search(seg):
            family = (*family, _SPOUSE_DETAILS)
        if _FAMILY_COND.search(seg):
            family = (*family, _FAMILY_PREF)
        if _LEAD.match(norm, lo, hi) or _LIST_CUE.search(seg):
            family = (*family, _STATUS_ITEM)
        for pattern in family:
            for m in pattern.finditer(norm, lo, hi):
                if not _negated(norm, lo, m.start()):
                    yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        for m in _PT.finditer(norm, lo, hi):
            if not _negated(norm, lo, m.start()):
                yield Hit(PREGNANCY_TEST, m.start(), m.end())
        # "Offer conditional on a negative hCG result": a test, and pregnancy as grounds to refuse.
        for m in _IF_NEGATIVE.finditer(norm, lo, hi):
            yield Hit(PREGNANCY_TEST, m.start(), m.end())
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        for m in _PREG_END.finditer(norm, lo, hi):
            test = m.group().startswith("negative") or "pregnancy" in m.group()[:40]
            rule = PREGNANCY_TEST if test else MARRIAGE_CHILDBEARING
            yield Hit(rule, m.start(), m.end())
