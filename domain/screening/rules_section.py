"""Requirement-section nets (round 5 of issue 9): a word class inside a section, not a phrase.

Data flow: normalised text (and its word starts) in, `Hit`s out. A post is cut into lines; a
line opening a requirement section (任职要求, 报名条件, 岗位要求, Requirements, What we are looking
for ...) starts a section that runs to the next duties, pay, benefits or contact header. Inside
one (or on a line with a 要求: / 条件: label):
- a gender word (男, 女性, 男生, 女孩, male, women ...) used alone as a condition is GENDER, unless
  the line names both genders or openness (男女, 不限, regardless), childbearing or pregnancy
  (judged by their own rules), a day or programme (三八节, Women in Tech), or its clause names
  clients, products or benefits (女性客户, 女装, 女职工福利); a Chinese gender word must be a
  word of its own (女装 and 男科 are not 女 and 男);
- marriage, children or family (已婚, 婚育, 孩子, 有家庭, married, children, family status) is
  MARRIAGE_CHILDBEARING, unless the line is about benefits, clients or pupils, a liking for
  children, experience, or says it does not ask.
On the six development corpora these nets fired on no clean post after their filters were set
(the filters were set from six clean posts of four authors they first fired on). One pass over
the lines, bounded patterns: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening import rules_general as gen
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, Hit

# A gender word anywhere in a requirement section (任职要求 / 报名条件 / Requirements / What we
# are looking for, up to the next duties, pay or contact header) is a condition on the applicant,
# unless its clause names clients, products, benefits or both genders.
_REQ_HEAD = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]{1,2}[、.)]\s*)?[【\[(]?(?:任职要求|岗位要求|招聘要求|报名条件|应聘条件|"
    r"任职资格|基本要求|招聘条件|人员要求|应聘要求|要求|条件|requirements?|qualifications|"
    r"what we are looking for|what we(?:'re| are) looking for|who you are|what you need|about you)",
    re.IGNORECASE,
)
_OTHER_HEAD = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]{1,2}[、.)]\s*)?[【\[(]?(?:岗位职责|工作职责|职责|工作内容|薪资|薪酬|待遇|福利|"
    r"联系|地址|报名方式|工作时间|工作地点|公司|关于|benefits|package|about|responsibilit|"
    r"what you(?:'ll| will) do|salary|pay\b|contact|how to apply|we offer)",
    re.IGNORECASE,
)
_INLINE_REQ = re.compile(r"(?:要求|条件)\s*(?:是|为)?\s*:|requirements?\s*:", re.IGNORECASE)
_SECTION_WORD = re.compile(
    r"(?<![男女])(?:(?P<m>男(?:性|士|生|的|孩子?|同志|青年|工|同学)?)|"
    r"(?P<f>女(?:性|士|生|的|孩子?|同志|青年|工|同学)?))(?![男女])|"
    r"\b(?:(?P<em>males?|men|man|gentlemen|guys?|boys?)|"
    r"(?P<ef>females?|women|woman|ladies|lady|girls?))\b(?!['\u2019-])",
    re.IGNORECASE,
)
_SECTION_OPEN = re.compile(
    r"男女|女男|不限|均可|都可|皆可|不论|无论|都欢迎|一视同仁|歧视|平等|不得|依法|"
    r"regardless|equal|any gender|all genders|discriminat|"
    # Childbearing and pregnancy tests are judged by their own rules, not as a gender word.
    r"孕|妊娠|妈妈|宝妈|hcg|pregnan|mother|"
    r"[节日]|programme|program\b|network|mentor|\bday\b|women's|\bwomen in\b",
    re.IGNORECASE,
)
_SECTION_NOT = re.compile(
    r"客户|顾客|会员|用户|学员|患者|病人|乘客|旅客|访客|游客|来宾|住户|业主|居民|家属|产品|服装|用品|宿舍|"
    r"卫生间|厕所|更衣|假|补贴|福利|权益|保护|联系|电话|尊重|关爱|帮助|支持|面向|针对|服务|"
    r"passengers?|visitors?|residents?|respect|support|serve|"
    r"先生|[/和与及或&]|\b(?:and|or)\b|customers?|clients?|patients?|guests?|wear|benefits?|leave|"
    r"\bmr|\bms\b|\bmrs\b|toilets?|dormitor|changing",
    re.IGNORECASE,
)
_NOT_AUDIENCE = re.compile(gen._AUDIENCE_AFTER)
# How far a clause is read either side of a word: bounded, so a line of thousands of gender
# words stays linear.
_REACH = 30


def _around(text: str, start: int, end: int, cut: re.Pattern[str]) -> tuple[str, str]:
    """The clause text (at most _REACH characters) before `start` and after `end`."""
    before = cut.split(text[max(0, start - _REACH) : start])[-1]
    after = cut.split(text[end : end + _REACH])[0]
    return before, after


_CLAUSE_CUT = re.compile(r"[,;、。!?]")


def _lines(norm: str) -> Iterator[tuple[int, str, bool]]:
    """(offset, text, inside a requirement section) per line: a requirement header opens the
    section, any other section header closes it."""
    in_section = False
    for line in re.finditer(r"[^\n]+", norm):
        text = line.group()
        if _REQ_HEAD.match(text):
            in_section = True
        elif _OTHER_HEAD.match(text):
            in_section = False
        yield line.start(), text, in_section


def section_gender(norm: str, words: bytearray) -> Iterator[Hit]:
    """Gender words used as a condition inside a requirement section (see above)."""
    for lo, text, in_section in _lines(norm):
        if not (in_section or _INLINE_REQ.search(text)) or _SECTION_OPEN.search(text):
            continue
        found = list(_SECTION_WORD.finditer(text))
        kinds = {"m" if (m.group("m") or m.group("em")) else "f" for m in found}
        if len(kinds) != 1:
            continue
        for m in found:
            start, end = lo + m.start(), lo + m.end()
            zh = bool(m.group("m") or m.group("f"))
            if zh and not (words[start] and words[end]):
                continue
            if not _NOT_AUDIENCE.match(text, m.end()):
                continue  # 女性创业者, 女性客户: a group served or supported, not the applicant
            before, after = _around(text, m.start(), m.end(), _CLAUSE_CUT)
            if _SECTION_NOT.search(before) or _SECTION_NOT.search(after):
                continue
            men = bool(m.group("m") or m.group("em"))
            yield Hit(GENDER, start, end, men, start if zh else -1, end if zh else -1)
            break


# Marriage, children or family named in a requirement section: a condition on the applicant.
_SECTION_STATUS = re.compile(
    r"已婚|未婚|已育|未育|婚育|婚姻|婚否|结婚|离异|单身|生育|生过|二胎|三胎|备孕|[有没无]对象|成家|"
    r"家庭(?:稳定|负担|情况|状况|计划|规划)|有家庭|"
    r"\b(?:married|unmarried|marital|spouse|childless|"
    r"single (?:applicants?|candidates?|status|women|men)|(?:be|are) single|"
    r"family (?:status|plans?|planning|situation|commitments|obligations))\b",
    re.IGNORECASE,
)
# A child word counts only with a state or condition in its clause (孩子已上学, 有小孩的, kids at
# school), not as a trait (孩子王) or a topic.
_CHILD_WORD = re.compile(
    r"(?<![男女])(?:孩子|小孩)|(?<!独生)子女|娃|宝宝|\b(?:children|kids?|childcare)\b",
    re.IGNORECASE,
)
_CHILD_STATE = re.compile(
    r"有|没|无|已|多大|几|上|读|满|岁|带|接送|请假|需|须|要|优先|\b(?:with|without|no|grown|ages?d?|"
    r"young|school|has|have|need)\b",
    re.IGNORECASE,
)
_CUT = re.compile(r"[,;、。!?:]")


def _status_in(text: str) -> re.Match[str] | None:
    m = _SECTION_STATUS.search(text)
    if m:
        return m
    for child in _CHILD_WORD.finditer(text):
        before, after = _around(text, child.start(), child.end(), _CUT)
        if _CHILD_STATE.search(before) or _CHILD_STATE.search(after):
            return child
    return None


_STATUS_NOT = re.compile(
    r"假|补贴|津贴|福利|礼金|托管|托育|入学|教育|保险|关怀|体检|客户|顾客|会员|用户|学员|学生|家长|患者|"
    r"服务|照顾|护理|陪伴|辅导|课程|婚庆|婚礼|婚纱|婚恋|红娘|月嫂|育婴|母婴|欢迎|适合|可带|不影响|不问|"
    r"不限|均可|不论|无论|不会|不得|勿[^,;。]{0,6}?(?:填|写|提供|注明|透露|询问|问)|无需|不需要|不必|不用|平等|歧视|经验|背景|责任感|氛围|和谐|友好|平衡|询问|就学|哄|拍照|"
    r"法|律师|案件|诉讼|纠纷|咨询|\blaw\b|legal|lawyer|cases?\b|"
    r"喜欢|热爱|爱心|耐心|幼儿|儿童|保育|早教|看护|照看|午睡|哄睡|喂|\blove|\benjoy|"
    r"\bwork(?:ing)? with\b|in crisis|"
    r"\bnot ask|never ask|vouchers?|"
    r"leave|allowance|benefit|insurance|clients?|customers?|patients?|students?|parents|welcome|"
    r"friendly|regardless|balance|experience|equal|discriminat|insurance|care for|caring",
    re.IGNORECASE,
)


def section_status(norm: str) -> Iterator[Hit]:
    """Marriage, children or family used as a condition inside a requirement section."""
    for lo, text, in_section in _lines(norm):
        if not in_section or _STATUS_NOT.search(text):
            continue
        m = _status_in(text)
        if m:
            yield Hit(MARRIAGE_CHILDBEARING, lo + m.start(), lo + m.end())
