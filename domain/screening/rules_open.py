"""Clauses that open a job to both genders or welcome a group: gender hits there are dropped.

Data flow: `screen._hits` gives each GENDER hit its clause -> `opens_job(norm, lo, hi)` asks
whether that clause names both genders for one job (男、女服务员 / 男老师女老师都需要 /
"waiters and waitresses"), or welcomes a gender without closing the job to others
(欢迎男护士报考 / 欢迎女性、残疾人等各类群体报名) -> True drops the hit. A clause that also
restricts (只/仅/限/优先/专…, a status, an age or looks, "only", "preferred") is never open,
and the open phrase must overlap the hit. Pure; bounded regex searches per hit over its own
clause.
"""

from __future__ import annotations

import re

# 男、女服务员 / 男女工 / 男或女 -- both genders put before one job noun.
_BOTH_PREFIX = re.compile(r"男\s*[、/和及与或]\s*女|女\s*[、/和及与或]\s*男")
# 男老师女老师 / 女服务员、男服务员 -- the same job named once for each gender.
_BOTH_TITLES = re.compile(
    r"男([\u4e00-\u9fff]{1,4}?)\s*[、,和及与或/]?\s*女\1|女([\u4e00-\u9fff]{1,4}?)\s*[、,和及与或/]?\s*男\2"
)
# 欢迎男护士报考 -- a welcome, not a restriction, when nothing in the clause closes the job.
_WELCOME = re.compile(r"(?<![只仅也都])(?:欢迎|鼓励)[^,;。!?\n]{0,4}?(?:男|女)")
# "waiters and waitresses", "hosts or hostesses", "men and women", "male and female".
_EN_BOTH = re.compile(
    r"\b[a-z]+(?:ers?|ors?|ts?|ds?)\s*(?:and|or|&|/)\s*[a-z]+ess(?:es)?\b|"
    r"\b[a-z]+ess(?:es)?\s*(?:and|or|&|/)\s*[a-z]+(?:ers?|ors?|ts?|ds?)\b|"
    r"\b(?:men|males?|guys|boys)\s*(?:and|or|&|/)\s*(?:women|females?|girls|ladies)\b|"
    r"\b(?:women|females?|girls|ladies)\s*(?:and|or|&|/)\s*(?:men|males?|guys|boys)\b"
)
_CLOSES = re.compile(
    r"只|仅|限|优先|专|更|最好|为佳|不要|不招|不考虑|谢绝|勿|别|\d+\s*[名人位]|"
    r"婚|育|孕|年轻|漂亮|美女|靓|帅|形象|气质|身材|颜值|岁|"
    r"\bonly\b|\bpreferred\b|\bprefer\b|\bno\b|\bnot\b"
)


def opens_job(norm: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Does the clause norm[lo:hi] open the job of the hit at start..end to both genders, or
    merely welcome one? The open phrase must overlap the hit itself: 不安排女职工（另招女性/男性
    理货员）keeps its restriction."""
    # At most 30 characters either side of the hit: linear work however long the clause.
    lo, hi = max(lo, start - 30), min(hi, end + 30)
    if _CLOSES.search(norm, lo, hi):
        return False
    for pattern in (_BOTH_PREFIX, _BOTH_TITLES, _WELCOME, _EN_BOTH):
        for m in pattern.finditer(norm, lo, hi):
            if m.start() <= end and m.end() >= start:
                return True
    return False
