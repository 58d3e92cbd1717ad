"""Broad English rule families (round 5 of issue 9), split from rules_broad.

Data flow: normalised text and one sentence span in, `Hit`s out (English rules keep their own
\b boundaries and carry no anchor). Families:
- a pronoun as the subject of a requirement ("He must …", "she will …") in a post that never
  uses the other pronoun or a he/she form, with no client, pupil or boss named before it;
- a gender as a requirement item ("Attractive female, under 28" / "Requirements: Male, …");
- marriage and family conditions ("the ideal candidate is married", "applicants without young
  children will be given priority", "plans to marry", "indicate whether you are pregnant"),
  unless negated or about clients, couples or benefits;
- a job given a gender ("a job for a man"), "female students only", "wants a male candidate"
  (also in an agency's "our client wants …");
- pregnancy certificates ("negative pregnancy certificate", "pregnancy-free certificate").
Every pattern has bounded gaps, so matching stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Hit

_EN_PRONOUN = re.compile(
    r"(?<![/])\b(?:(?P<m>he)|(?P<f>she))\s+(?:should|must|will|needs to|has to|"
    r"is expected to|will be expected to|shall|ought to)\b(?!\s*/)"
    r"(?!\s+be\s+(?:contacted|reached|informed|notified|called|told|copied|consulted|kept))",
    re.IGNORECASE | re.ASCII,
)
# "Her responsibilities will include …" -- the hire's own duties named with a pronoun (round 7).
_EN_POSSESSIVE = re.compile(
    r"\b(?:(?P<m>his)|(?P<f>her))\s+(?:main\s+|key\s+|day-to-day\s+|daily\s+)?"
    r"(?:responsibilities|duties|tasks|role|job)\s+(?:will|include|includes|are|is|shall)\b"
    r"|\bwith\s+(?:(?P<m2>his)|(?P<f2>her))\s+own\s+(?:kids|children|child|family)\b",
    re.IGNORECASE | re.ASCII,
)
# How far before a pronoun a client, pupil or boss is read as whom it means: "Guest Relations
# Officer" in a title far above "She will be …" is not its antecedent.
_EN_CONTEXT_REACH = 40
_EN_PRONOUN_OTHER = {
    "m": re.compile(r"\bshe\b|\bher\b", re.I | re.ASCII),
    "f": re.compile(r"\bhe\b|\bhis\b|\bhim\b", re.I | re.ASCII),
}
# Whom else a pronoun may mean: people served (not as part of a title such as "Client Services
# Executive"), or a boss the hire works under or with ("report to our director").
_EN_PRONOUN_CONTEXT = re.compile(
    r"\b(?:client|customer|child|pupil|student|patient|colleague|parent|guest|member|user|"
    r"shopper|visitor|resident|family|families)s?\b(?!')(?! (?:services?|relations|success|care|"
    r"experience|support|coordinator|executive|officer|manager|advisor|representative|liaison)\b)"
    r"|\b(?:report\w* to|assist\w*|support\w*|work\w* (?:with|for|under|alongside)|under|to|"
    r"your|our|the)\s+(?:[a-z-]+\s+){0,2}?(?:manager|boss|supervisor|mentor|teacher|lead|director|"
    r"founder|ceo|nurse|doctor|head|owner|chef|partner)s?\b(?!')"
    r"|\b(?:ms|mrs|mr|miss|recruiter|interviewer|hiring manager|contact|hr)\b",
    re.IGNORECASE | re.ASCII,
)
_EN_YOU = re.compile(r"[^.;,\n]{0,40}?\b(?:you|your)\b", re.IGNORECASE | re.ASCII)

# English: "Attractive female, under 28" / "- Male, engineering degree" as a requirement item.
_EN_ITEM = re.compile(
    r"(?:^|:)[ \t]*(?:[-*•·][ \t]*)?(?:[a-z-]+[ \t]+){0,2}(?:(?P<m>male)|(?P<f>female))[ \t]*"
    r"(?:,|;|\(|/|only\b)",
    re.IGNORECASE | re.MULTILINE | re.ASCII,
)
_EN_ITEM_NOT = re.compile(
    r"\b(?:and|or)\s+(?:fe)?male|(?:fe)?male\s*(?:and|or|/)\s*(?:fe)?males?\b|customers?|clients?|patients?|wear|"
    r"toilets?|dormitor|ward|\bequal",
    re.IGNORECASE | re.ASCII,
)

# English marriage and family conditions: "the ideal candidate is married", "applicants without
# young children will be given priority", "candidates who have completed their family",
# "the interview covers your plans for marriage and children".
_EN_FAMILY = re.compile(
    r"\b(?:candidates?|applicants?|you|hires?)\b[^.;\n]{0,30}?\b(?:is|are|be|being)\s+"
    r"(?:already\s+)?(?:married|single|unmarried|settled down)\b"
    r"|\b(?:with|without|having|no)\s+(?:young\s+|small\s+|school-age\s+)?(?:children|kids)\b"
    r"[^.;\n]{0,40}?\b(?:priority|preferred|preference|favou?red|considered first|advantage)"
    r"|\b(?:completed|finished)\s+(?:their|your|his|her)\s+family\b"
    r"|\bplans?\s+(?:for|about|regarding)\s+"
    r"(?:marriage|children|a family|having children|pregnancy)"
    r"|\b(?:marriage|family|pregnancy|baby)\s+plans\b"
    r"|\bplan(?:s|ning)?\s+to\s+(?:marry|get married|have (?:a )?(?:baby|babies|children|kids)|"
    r"start a family|get pregnant|become pregnant)\b"
    r"|\b(?:indicate|state|tell us|declare|disclose|confirm)\b[^.;\n]{0,20}?\b(?:whether|if)\s+"
    r"you\s+(?:are|have)\s+(?:pregnant|married|single|(?:any\s+|young\s+|small\s+)?(?:children|kids))\b",
    re.IGNORECASE | re.ASCII,
)
_EN_FAMILY_NOT = re.compile(
    r"\b(?:not|never|don't|do not|won't|will not|regardless|irrespective|whether or not)\b"
    r"(?!\s+(?:apply|be considered|be eligible|eligible))|"
    r"clients?|customers?|patients?|couples|benefit|leave|allowance|policy|bearing|irrelevant|"
    r"no (?:impact|effect|influence|role)",
    re.IGNORECASE | re.ASCII,
)
# "a job for a man", "a man's job", "women's work" -- the job itself given a gender.
_EN_JOB_GENDER = re.compile(
    r"\b(?:a\s+)?(?:job|role|position|work)\s+(?:is\s+|was\s+)?(?:only\s+|best\s+|more\s+|really\s+)?"
    r"for\s+(?:a\s+)?(?:(?P<m>man|men|guy|guys)|"
    r"(?P<f>woman|women|lady|ladies|girl|girls))\b"
    r"|\b(?:a\s+)?(?:(?P<m2>man's|men's)|(?P<f2>woman's|women's))\s+(?:job|work|role)\b"
    r"|\b(?:right|ideal|perfect|best)\s+(?:(?P<m3>man|guy|gentleman)|(?P<f3>woman|lady|girl))\s+for\s+"
    r"(?:the|this|our)\s+(?:job|role|position|team)\b",
    re.IGNORECASE | re.ASCII,
)
# "female students only" / "wants a male candidate" -- forms the English lists lacked.
_EN_ONLY = re.compile(
    r"\b(?:(?P<m>males?|men)|(?P<f>females?|women|ladies|girls))\s+(?:[a-z-]+\s+)?only\b"
    r"(?!\s+(?:[\w-]+\s+){0,2}(?:changing|rooms?|toilets?|restrooms?|areas?|floors?|gyms?|"
    r"dorm\w*|shuttles?|carriages?|lounges?|spaces?|facilit\w*|sessions?|classes|teams?))",
    re.IGNORECASE | re.ASCII,
)
_EN_WANTS = re.compile(
    r"\b(?:wants?|seeks?|seeking|needs?|requires?|prefers?|looking for|hiring|recruiting)\s+"
    r"(?:an?\s+|one\s+|\d+\s+)?(?:[a-z-]+,?\s+){0,3}?"
    r"(?:(?P<m>male|man|gentleman|guy)|(?P<f>female|woman|lady|girl))\b"
    r"(?!\s+(?:customers?|clients?|patients?|audience|consumers?|market|users?|shoppers?))",
    re.IGNORECASE | re.ASCII,
)
# "We're a team of bros … fit right in with the guys", "all dudes here", "another guy on the
# team" -- the team's own gender, in slang, as the measure of fit (round 7).
_SLANG_M = r"guys|lads|boys|bros|fellas|dudes|blokes|chaps"
_SLANG_F = r"girls|ladies|gals"
_EN_TEAM = re.compile(
    r"\b(?:fits? (?:right )?in with|fitting in with|one of|join) the "
    rf"(?:(?P<m>{_SLANG_M})|(?P<f>{_SLANG_F}))\b"
    rf"|\b(?:team|crew|office|shop|squad|bunch) (?:is |are )?(?:all|full of|of|made up of|mostly) "
    r"(?:[a-z]+ )?"
    rf"(?:(?P<m2>{_SLANG_M})|(?P<f2>{_SLANG_F}))\b"
    rf"|\ball (?:(?P<m3>{_SLANG_M})|(?P<f3>{_SLANG_F})) (?:here|in (?:the|our) team)\b"
    r"|\b(?:another|one more) (?:(?P<m4>guy|lad|dude|bro|bloke|chap)|(?P<f4>girl|gal|lady)) "
    r"(?:on|in|for|to join) (?:the|our) (?:team|crew|squad|office|shop)\b",
    re.IGNORECASE | re.ASCII,
)
# "Exclusively for stay-at-home moms", "ideal for a young mother" -- mothers as the hire.
_EN_FOR_MOMS = re.compile(
    r"\b(?:exclusively|only|ideal|perfect|reserved|designed|tailored|great|suited|suitable|just)"
    r" for (?:a |an )?(?:stay-at-home |young |working |new |busy |full-time )?"
    r"(?:moms?|mums?|mothers?|mommies|mamas?|wife|wives|housewi(?:fe|ves))\b",
    re.IGNORECASE | re.ASCII,
)
_EN_PARENTS = re.compile(r"\b(?:dads?|fathers?|parents?|carers?|caregivers?)\b", re.I | re.A)
# "Male shaft sinkers for …", "Position: Female receptionists" -- a gendered job title opening a
# line or a field (round 7); a field, product or client after the gender word is not a title.
_EN_G_TITLE = re.compile(
    r"(?:^|[:|•*]\s*|\b(?:hiring|wanted|urgent(?:ly)? hiring)\s*:?\s+)"
    r"(?:(?P<m>male)|(?P<f>female))\s+"
    r"(?!(?:health|grooming|fashion|wear|clothing|customers?|clients?|patients?|students?|founders?|"
    r"owned|led|products?|toilets?|dorm\w*|ward)\b)(?:[a-z-]+\s+){0,3}?"
    r"(?:[a-z-]+(?:ers|ors|ists|ants|men|hands|staff|crew|workers|labou?rers|porters|drivers|guards)"
    r"|[a-z-]+(?:er|or|ist|ant|man|hand|worker|labou?rer|porter|driver|guard))\b",
    re.IGNORECASE | re.ASCII | re.MULTILINE,
)
# "Women need not apply" -- one gender turned away, so the post favours the other (round 7).
_G_REFUSED = re.compile(
    r"(?<!pregnant )(?<!expectant )(?<!married )(?<!single )"
    r"\b(?:(?P<m>males?|men|man|gentlemen|guys?|boys?|lads?)|(?P<f>females?|women|woman|ladies|lady|"
    r"girls?))(?: applicants?| candidates?)? "
    r"(?:need not|should not|cannot|can't|may not|must not|"
    r"will not be considered|won't be considered|are not considered|are not accepted|"
    r"will not be accepted)(?: apply)?\b",
    re.ASCII,
)
_EN_PT = re.compile(
    r"\b(?:negative\s+pregnancy|"
    r"pregnancy[- ](?:free\s+)?(?:certificate|clearance|status\s+check))\b",
    re.IGNORECASE | re.ASCII,
)


def other_pronouns(norm: str, whole_both: bool) -> dict[str, bool]:
    """Per post, once: does it use the other gender's pronoun (or a he/she form)?"""
    return {k: whole_both or bool(p.search(norm)) for k, p in _EN_PRONOUN_OTHER.items()}


def sentence_hits(
    norm: str, s_lo: int, s_hi: int, other: dict[str, bool], ctx_lo: int
) -> Iterator[Hit]:
    """English hits in one sentence; `other` from `other_pronouns` (computed once per post);
    a pronoun's antecedent is looked for from ctx_lo (the previous sentence's start)."""
    for pattern in (_EN_PRONOUN, _EN_POSSESSIVE):
        for m in pattern.finditer(norm, s_lo, s_hi):
            lo = max(ctx_lo, m.start() - _EN_CONTEXT_REACH)
            if pattern is _EN_PRONOUN and (
                _EN_PRONOUN_CONTEXT.search(norm, lo, m.start()) or _EN_YOU.match(norm, m.end())
            ):
                continue  # a client or boss named just before, or "you" beside, is whom it means
            kind = "m" if m.group("m") or m.groupdict().get("m2") else "f"
            if not other[kind]:
                yield Hit(GENDER, m.start(), m.end(), kind == "m")
    if not _EN_ITEM_NOT.search(norm, s_lo, s_hi):
        for m in _EN_ITEM.finditer(norm, s_lo, s_hi):
            yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")))
    if not _EN_FAMILY_NOT.search(norm, s_lo, s_hi):
        for m in _EN_FAMILY.finditer(norm, s_lo, s_hi):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
    # An agency's "our client wants a male candidate" is still the employer's restriction.
    for pattern in (_EN_ONLY, _EN_WANTS):
        if pattern is _EN_WANTS or not _EN_ITEM_NOT.search(norm, s_lo, s_hi):
            for m in pattern.finditer(norm, s_lo, s_hi):
                yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")))
    for m in _EN_JOB_GENDER.finditer(norm, s_lo, s_hi):
        yield Hit(GENDER, m.start(), m.end(), bool(m.group("m") or m.group("m2")))
    for m in _EN_G_TITLE.finditer(norm, s_lo, s_hi):
        yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")))
    for m in _G_REFUSED.finditer(norm, s_lo, s_hi):
        yield Hit(GENDER, m.start(), m.end(), not m.group("m"))
    for m in _EN_TEAM.finditer(norm, s_lo, s_hi):
        men = any(m.group(g) for g in ("m", "m2", "m3", "m4"))
        yield Hit(GENDER, m.start(), m.end(), men)
    if not _EN_PARENTS.search(norm, s_lo, s_hi):
        for m in _EN_FOR_MOMS.finditer(norm, s_lo, s_hi):
            yield Hit(GENDER, m.start(), m.end(), False)
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
    for m in _EN_PT.finditer(norm, s_lo, s_hi):
        yield Hit(PREGNANCY_TEST, m.start(), m.end())
