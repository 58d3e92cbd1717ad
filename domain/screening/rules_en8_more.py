"""Round 8 English rules, second part: list items, quotas, exclusions, pledges and forms.

Data flow: normalised (lower-cased) text and one sentence span in, `Hit`s out (called from
`rules_en8.find`). Bounded gaps, linear time. Classes:
- **a list item or line opened by a gendered job noun with its particulars** ("Female models,
  height 170cm+", "Petite girls (size 0-4) for fitting model"), not a possessive or clients;
- **one gender named against the other** ("a nice girl, not a boy"), "this one's for the lads",
  "Ladies, sorry", and a looks bar for one gender ("Ladies must be well-groomed and attractive");
- **a percentage quota for a hire** ("We need 70% female crew", "80% male / 20% female"),
  not an even split or a tally of today's staff;
- **a birth pledge** ("a two-year no-pregnancy undertaking", "agree not to get pregnant"),
  **no children as the ideal** ("Ideal candidate has no kids"), **status as a form field**
  ("Married: Yes/No"), "married with own children" as a requirement;
- **mothers as the hire** ("hiring mummies", "mothers themselves preferred"): GENDER and
  MARRIAGE_CHILDBEARING, unless fathers or parents are welcomed alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, Hit

_A = re.ASCII
_NOUN_M = r"males?|m[ae]n|guys?|lads?|boys?|gents|blokes?|fellas?"
_NOUN_F = r"females?|wom[ae]n|girls?|lady|ladies|gals?"
_ITEM = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:[-*\u2022>]|\d+[.)])?[ \t]*(?:[a-z-]+ )?"
    rf"(?:(?P<m>{_NOUN_M})|(?P<f>{_NOUN_F})) (?!(?:clients?|customers?|patients?|students?|"
    r"members?|guests?|shoppers?|visitors?|residents?)\b)(?:[a-z-]{3,20}s?)?\s*(?:,|\(|:)\s*"
    r"(?:height|aged?|under|over|size|\d|slim|petite|clear|pretty|attractive|tall|young|single|"
    r"min\w*|max\w*|good-looking|"
    r"unmarried|married|no tattoos|fair)",
    _A | re.M,
)
_AGAINST = re.compile(
    r"\b(?:an? )?(?:(?P<f>girls?|wom[ae]n|lady|ladies|females?)|(?P<m>boys?|m[ae]n|guys?|gents?|"
    r"males?|gentlem[ae]n|lads?)),? (?:not|rather than|instead of) (?:an? )?(?:boys?|girls?|"
    r"m[ae]n|wom[ae]n|guys?|lady|ladies|males?|females?|gentlem[ae]n|lads?)\b",
    _A,
)
_FOR_THE = re.compile(
    r"\b(?:this (?:one|role|job|position|gig|post)(?:'s| is)|it's|strictly) "
    r"(?:only |strictly |just )?for (?:the )?"
    r"(?:(?P<m>lads|guys|boys|men|blokes|fellas|gents)|(?P<f>ladies|girls|gals|women))"
    r"\b(?!')|^[ \t]*(?:(?P<f2>ladies|girls|women)|(?P<m2>guys|gents|lads|men)),? sorry\b",
    _A | re.M,
)
_RESERVED = re.compile(
    r"\b(?:position|role|job|post|vacanc\w+|opening|place)s? (?:is |are )?(?:strictly |only )?"
    r"(?:restricted|limited|reserved|open only|only open) to (?:(?P<m>m[ae]n|males?|gentlem[ae]n)|"
    r"(?P<f>wom[ae]n|females?|ladies))\b(?!\s*(?:and|or|&|/))",
    _A,
)
_LOOKS = re.compile(
    r"\b(?:(?P<f>ladies|women|females?|girls)|(?P<m>men|males?|guys|gents))"
    r" (?:must|should|need to|are (?:required|expected) to) (?:be|look|have|wear)\b[^.;!?\n]{0,30}?"
    r"\b(?:attractive|pretty|slim|well-groomed|good-looking|beautiful|tall|petite|make-?up|figure|"
    r"heels|height|presentable|glamorous)\b",
    _A,
)
_QUOTA = re.compile(r"\b(?P<p>\d{1,3}) ?% (?:(?P<m>male|men)|(?P<f>female|women))\b", _A)
_QUOTA_HIRE = re.compile(
    r"\b(?:need|needed|hire|hiring|recruit\w*|intake|quota|target|required|wanted|seeking|"
    r"looking for|openings?|vacanc\w+)\b",
    _A,
)
_QUOTA_TALLY = re.compile(
    r"\b(?:current\w*|today|at present|already|last year|workforce|"
    r"our (?:team|staff|employees|company)\b|(?:is|are|were|was) \d{1,3} ?%)",
    _A,
)
_PLEDGE = re.compile(
    r"\bno-?pregnancy (?:undertaking|pledge|agreement|commitment|clause|promise|declaration|bond)|"
    r"\b(?:undertak\w+|pledge|agree|promise|commit|sign\w*)\w* (?:[a-z]+ ){0,3}?(?:not|never) to "
    r"(?:get|become|fall|be) pregnant|\bnot to (?:have|start) (?:a baby|children|kids|a family) "
    r"(?:for|within|during|in)\b",
    _A,
)
_NO_KIDS = re.compile(
    r"\b(?:ideal (?:candidate|applicant|hire|person)|candidates?|applicants?|you) (?:has|have|with|"
    r"should have|must have|ideally has) no (?:kids|children|dependants|family commitments)\b",
    _A,
)
_FIELD = re.compile(
    r"\b(?:married|marital status|spouse(?:'s)? (?:name|job|occupation)|number of children|"
    r"children|pregnant)\s*[:?]\s*(?:yes\s*/\s*no|y\s*/\s*n|_{2,}|\[\s*\]|\u2610)",
    _A,
)
_MARRIED_KIDS = re.compile(
    r"(?:^|[,;:(\n-]\s*)married with (?:[a-z-]+ ){0,2}?"
    r"(?:children|kids)\b(?! or)",
    _A,
)
_MOTHERS = r"mothers?|mums?|moms?|mumm(?:y|ies)|momm(?:y|ies)|housewi(?:fe|ves)"
_MOTHERS_HIRED = re.compile(
    rf"\b(?:hiring|seeking|looking for|recruiting|want|need|perfect for|ideal for|best for|"
    rf"(?:must|should|has to|needs? to) be) (?:[a-z-]+ ){{0,2}}?(?:{_MOTHERS})\b|"
    rf"\b(?:who are |being )?(?:{_MOTHERS})(?: themselves)? (?:preferred|only|wanted|a plus|"
    r"an advantage|desirable)\b",
    _A,
)
# "Hiring 宝妈 only": the Chinese word for mothers inside an English sentence.
_BAOMA = re.compile(
    r"\b(?:hiring|seeking|looking for|recruiting|want|need|only)\s*(?:宝妈|全职妈妈|家庭主妇)|"
    r"(?:宝妈|全职妈妈|家庭主妇)(?:们)?\s*(?:only|preferred|wanted)\b"
)
# Round 8, part 3 (older authors' recurring classes).
_PLAN = re.compile(
    r"\bnot (?:plan|planning|intend|intending) (?:a |any |to have (?:a |any )?)?"
    r"(?:pregnanc\w+|bab\w+|children|kids|family)\b[^.;!?\n]{0,12}?\b(?:within|for|during|in)\b|"
    r"\bno plans? (?:for|of|to have) (?:more|another|a baby|children|kids|a family)\b|"
    r"\b(?:candidates|applicants|those|people|parents|mothers|mums) whose (?:children|kids) are\b|"
    r"\b(?:married|single|unmarried|childless) (?:candidates|applicants|people|staff) "
    r"(?:will be |are )?(?:given (?:preference|priority)|preferred|prioriti[sz]ed|favou?red)\b",
    _A,
)
_STATUS_ASK = re.compile(r"\b(?:married or single|single or married)\b[^.!\n]{0,30}\?", _A)
# "Female aged 18-25, unmarried," / "Must be a woman, unmarried, and …": a status item after
# a gender.
_GENDER_STATUS = re.compile(
    r"\b(?:females?|males?|wom[ae]n|m[ae]n|lady|girl|guy)\b[^.;\n]{0,20}?,\s*"
    r"(?:unmarried|single|married|childless|divorced)\s*(?=[,;.)]|$|and\b)",
    _A,
)
_KEEP_IT = re.compile(
    r"\b(?:keep|maintain) (?:it|the team|things|that|this) "
    r"(?:that way|so|as it is|(?:all-)?(?:male|female))",
    _A,
)
# "Warehouse Porter - male: …" -- a job title tagged with a gender after a dash.
_DASH_TAG = re.compile(
    r"\b[a-z]+(?:er|or|ist|ant|ian|man|hand|staff|crew|aid|guard)s? [-\u2013\u2014] "
    r"(?:(?P<m>males?|men)|(?P<f>females?|women))(?: only)?\s*(?=[:,.;]|$)",
    _A | re.M,
)
_PARENTS_ALIKE = re.compile(
    r"\b(?:and|or|&|/) (?:fathers|dads)\b|\b(?:fathers|dads) (?:and|or|&|/)|"
    r"\bparents\b|\bcarers?\b",
    _A,
)


# "Couple wanted: he does the farm work, she does the house" -- duties split by gender.
_HE_SHE = re.compile(
    r"\b(?P<m>he) (?:does|will do|handles|takes care of|works|runs)\b[^.;!?\n]{0,40}?"
    r"\bshe (?:does|will do|handles|takes care of|works|runs|cooks|cleans)\b|"
    r"\bshe (?:does|will do|handles|takes care of|works|runs|cooks|cleans)\b[^.;!?\n]{0,40}?"
    r"\b(?P<m2>he) (?:does|will do|handles|takes care of|works|runs)\b",
    _A,
)
# "A female candidate would fit better": one gender said to suit the job better.
_SUITS = re.compile(
    r"\ban? (?:(?P<m>male|man|gentleman|guy)|(?P<f>female|woman|lady|girl))(?: [a-z]+)? "
    r"(?:would|will|might) (?:fit|suit|work|do) (?:in )?(?:better|best|well|nicely)\b",
    _A,
)
_SPOUSE_ASK = re.compile(
    r"\byour (?:husband|wife|spouse)(?: ?(?:/|or) ?(?:husband|wife|spouse))?\b", _A
)
_ASKING = re.compile(r"\?|\b(?:indicate|tell us|state|let us know|describe|mention)\b", _A)
# "Client prefers married candidates", "Preference given to applicants without children".
_STATUS_PREF = re.compile(
    r"\b(?:prefers?|preferr?ing|preference (?:for|to|given to)|priority (?:to|for|given to)|"
    r"favou?rs?) (?:[a-z]+ ){0,2}?(?:(?:married|single|unmarried|childless) (?:candidates|"
    r"applicants|people|staff|workers|persons|women|men|couples)|(?:applicants|candidates|those|"
    r"people) (?:without|with no|who have no) (?:children|kids))\b",
    _A,
)


def parents_alike(norm: str, lo: int, hi: int) -> bool:
    """Are fathers or parents welcomed alike in the sentence ('mothers and fathers')?"""
    return _PARENTS_ALIKE.search(norm, lo, hi) is not None


def _favours(m: re.Match[str]) -> bool:
    return bool(m.groupdict().get("m") or m.groupdict().get("m2"))


def find_sentence(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    for pattern in (_ITEM, _AGAINST, _FOR_THE, _LOOKS, _RESERVED, _HE_SHE, _SUITS, _DASH_TAG):
        for m in pattern.finditer(norm, lo, hi):
            yield Hit(GENDER, m.start(), m.end(), _favours(m))
    keep = _KEEP_IT.search(norm, lo, min(len(norm), hi + 80)) is not None
    if keep or (_QUOTA_HIRE.search(norm, lo, hi) and not _QUOTA_TALLY.search(norm, lo, hi)):
        for m in _QUOTA.finditer(norm, lo, hi):
            if not 40 <= int(m.group("p")) <= 60:
                yield Hit(GENDER, m.start(), m.end(), _favours(m))
    if _ASKING.search(norm, lo, min(len(norm), hi + 1)):
        for m in _SPOUSE_ASK.finditer(norm, lo, hi):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
    if "no difference" not in norm[lo:hi]:
        for m in _STATUS_ASK.finditer(norm, lo, min(len(norm), hi + 1)):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
    for pattern in (_PLEDGE, _NO_KIDS, _FIELD, _MARRIED_KIDS, _STATUS_PREF, _PLAN, _GENDER_STATUS):
        for m in pattern.finditer(norm, lo, hi):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
    if not _PARENTS_ALIKE.search(norm, lo, hi) and "爸" not in norm[lo:hi]:
        for m in (*_MOTHERS_HIRED.finditer(norm, lo, hi), *_BAOMA.finditer(norm, lo, hi)):
            yield Hit(GENDER, m.start(), m.end())
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
