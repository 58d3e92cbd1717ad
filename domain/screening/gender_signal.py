"""A looser net for gender restrictions no rule names, so that they never pass silently.

Data flow: the prepared texts of a post the rules passed without violation or exemption ->
per sentence: a gender word (男/女 words, 女职工, men/women …) within a few characters of a
restricting word (限, 只, 仅, 不招, 不安排, 须, 优先, only, must, not open …), in a sentence
that is neither open to both genders (男女不限, 均可, regardless of gender), a compliance
statement (不得…性别, 歧视), a protection in a period of life (孕期女职工不安排夜班) nor about
clients or products (女装, 女性客户, women's wear) ->
`screen.py` sends such a post to `needs_review` with review reason GENDER_UNCLEAR and the
excerpt. It never refuses a post: it only makes sure a person reads it.
Every pattern has bounded gaps, so the scan stays linear.
"""

from __future__ import annotations

import re

from domain.screening.text import Prepared, sentences

_ZH_GENDER = r"(?:男|女)(?:性|士|生|工|职工|员工|的)?"
_ZH_RESTRICT = (
    r"限|只|仅|不招|不收|不要|不录|不聘|不安排|不接收|不考虑|不适合|不宜|须|需(?!求)|必须|要求|优先|最好|"
    r"专招|谢绝"
)
# After a gender word: it names a group, a field or clients, not whom the job takes.
_NOT_APPLICANT = (
    r"(?![女男装鞋性厕卫浴宿客顾用科]|工作者|创业|就业|事业|协会|组织|发展|权益|占|群体|人才|专场|"
    r"干部|代表|党员|劳动者|职工权益|企业|作家|科学家)"
)
_SIGNAL = re.compile(
    rf"(?:{_ZH_RESTRICT})[^,;。!?、\n]{{0,4}}?(?<![男女妇子]){_ZH_GENDER}{_NOT_APPLICANT}"
    rf"|(?<![男女子妇]){_ZH_GENDER}{_NOT_APPLICANT}[^,;。!?、\n]{{0,4}}?(?:{_ZH_RESTRICT})"
    r"|\b(?:only|must be|not open to|no|preferably|exclusively)\b[^.;\n]{0,20}?"
    r"\b(?:males?|females?|men|women|ladies|girls|guys)\b(?!'s| and| or| &|/)"
    r"|\b(?:males?|females?|men|women|ladies|girls)\b(?! and| or| &|/)[^.;\n]{0,12}?"
    r"\b(?:only|preferred|cannot be|will not be|are not)\b"
)
_NOT_RESTRICTION = re.compile(
    r"孕期|经期|哺乳期|产期|男女|不限|均可|都可|皆可|无论男女|不分男女|性别不限|歧视|不得以|不以性别|因性别|平等|"
    r"客户|顾客|会员|用户|患者|产妇|孕妇|学员|服装|女装|男装|用品|洗手间|卫生间|更衣|宿舍|"
    r"regardless|any gender|all genders|equal|discriminat|men and women|women and men|"
    r"customers?|clients?|wear|toilets?|changing|dormitor|\bnot (?:a |an )?(?:wo)?m[ae]n-only"
)


def unnamed_restriction(texts: list[Prepared]) -> tuple[int, int, int] | None:
    """(text index, start, end) of the first sentence that seems to restrict gender, or None."""
    for index, prep in enumerate(texts):
        norm = prep.text
        for lo, hi in sentences(norm):
            m = _SIGNAL.search(norm, lo, hi)
            if m and not _NOT_RESTRICTION.search(norm, lo, hi):
                return index, m.start(), m.end()
    return None
