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
_EN_PRONOUN_OTHER = {
    "m": re.compile(r"\bshe\b|\bher\b", re.I | re.ASCII),
    "f": re.compile(r"\bhe\b|\bhis\b|\bhim\b", re.I | re.ASCII),
}
_EN_PRONOUN_CONTEXT = re.compile(
    r"(?:client|customer|child|pupil|student|patient|manager|boss|supervisor|mentor|colleague|"
    r"parent|guest|member|user|teacher|lead|director|founder|ceo|nurse|doctor|head|owner|chef|"
    r"partner|shopper|visitor|resident|family|families)s?\b(?!')",
    re.IGNORECASE | re.ASCII,
)

# English: "Attractive female, under 28" / "- Male, engineering degree" as a requirement item.
_EN_ITEM = re.compile(
    r"(?:^|:)[ \t]*(?:[-*•·][ \t]*)?(?:[a-z-]+[ \t]+){0,2}(?:(?P<m>male)|(?P<f>female))[ \t]*"
    r"(?:,|;|\(|only\b)",
    re.IGNORECASE | re.MULTILINE | re.ASCII,
)
_EN_ITEM_NOT = re.compile(
    r"\b(?:and|or)\s+(?:fe)?male|(?:fe)?male\s*(?:and|or|/)|customers?|clients?|patients?|wear|"
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
    r"you\s+(?:are|have)\s+(?:pregnant|married|single|any children|children|kids)\b",
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
    r"\b(?:a\s+)?(?:job|role|position|work)\s+for\s+(?:a\s+)?(?:(?P<m>man|men|guy|guys)|"
    r"(?P<f>woman|women|lady|ladies|girl|girls))\b"
    r"|\b(?:a\s+)?(?:(?P<m2>man's|men's)|(?P<f2>woman's|women's))\s+(?:job|work|role)\b",
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
    r"(?:an?\s+|one\s+|\d+\s+)?(?:young\s+|strong\s+|mature\s+)?"
    r"(?:(?P<m>male|man|gentleman|guy)|(?P<f>female|woman|lady|girl))\b"
    r"(?!\s+(?:customers?|clients?|patients?|audience|consumers?|market|users?|shoppers?))",
    re.IGNORECASE | re.ASCII,
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
    context = _EN_PRONOUN_CONTEXT.search(norm, ctx_lo, s_hi)
    for m in _EN_PRONOUN.finditer(norm, s_lo, s_hi):
        if context is not None and context.start() < m.start():
            break  # a client, pupil or boss named before it is whom the pronoun means
        kind = "m" if m.group("m") else "f"
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
    for m in _EN_PT.finditer(norm, s_lo, s_hi):
        yield Hit(PREGNANCY_TEST, m.start(), m.end())
