"""Contexts that make a found word lawful, applied to the hits of every rule family (round 7).

Data flow: `screen._hits` gives each hit its sentence and clause spans -> `lawful(norm, sent,
clause, hit)` -> True drops the hit. Classes, each a structure rather than a phrase:
- a question someone asked, or a belief, that the post then denies (有人问是不是只招女生，不是的
  / 之前好多人以为只要男的，没有这回事 / "Someone asked if this job is only for guys. Nope!");
- a policy statement in the hit's own clause (婚育状况不作为录用条件, 有无子女均不影响录用,
  不设性别、婚育条件, "marital status is never grounds for rejection"), unless that clause
  also restricts (优先, 只, 必须, 不要 ...);
- a sentence that opens the job to every gender (性别不限, 男女都要, "any gender") holds for a
  gender hit whose own clause does not restrict (an open phrase in a bracket of its own, as in a
  job table, holds for that bracket only);
- a named person (孙女士, 张婧（女士）), a former holder of the job (上一任前台是位男生), and a
  gender word followed by a product, a check-up or a talk for that gender (女性专属重疾险,
  女员工另含乳腺彩超, 女生青春期讲座) do not say whom the job takes;
- marriage and children as a benefit, a civil-affairs service or a client's record
  (生育慰问金, 婚姻登记业务, "health plan covering your spouse", "member verification,
  including marital status").
Every search is bounded to the hit's sentence and a few dozen characters: linear.
"""

from __future__ import annotations

import re

from domain.screening import rules_zh8_context
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, Hit

# Someone else's question or belief, reported (not the employer's own question to applicants).
_ASKED = re.compile(
    r"(?:有人|有宝子|有朋友|有家人|有粉丝|有小伙伴|很多人|好多人|不少人|大家|评论区)[^,;。!?\n]{0,6}?"
    r"(?:问|以为|觉得|担心)|误以为|以为|係咪|系咪|"
    r"\b(?:someone|people|many|a few|some of you) (?:asked|ask|think|thought|wonder(?:ed)?)\b",
    re.ASCII,
)
_DENIED = re.compile(
    r"不是|没有|唔係|唔系|并非|没这回事|没影响|不影响|都要|都请|都收|都可以|\bnope\b|\bno\b[!,.]|"
    r"\bnot (?:true|the case|at all)|\bof course not\b",
    re.ASCII,
)
_POLICY = re.compile(
    r"不作为|不影响|不设|不含|不包含|不问|不询问|无关|差别对待|不作要求|不做要求|不纳入|不列入|不要求|"
    r"不做|不进行|不限婚|不查孕|不验孕|不查怀孕|欢迎不同|"
    # Round 8: 不查询/不过问/不会问, 毋须填写, 不作任何要求.
    r"不查询|不过问|不会问|不会询问|毋须|无须填写|无需填写|不作任何要求|不收取|欢迎所有|所有婚育|任何婚育|"
    r"(?:已婚|未婚|婚否|婚育|婚姻|子女|孩子|小孩)\s*:?\s*[^,;。!?\n:]{0,6}?"
    r"(?:均可|皆可|都可以?|不限|不拘|也可以?(?:来|报名|应聘)|也欢迎)"
)
# English policy words govern a list after them ("no restrictions on gender, marital status or
# family plans"), so they are read from the start of the sentence, not only the hit's clause.
_POLICY_EN = re.compile(
    r"\bno restrictions?\b|\bof any\b|\bany (?:gender|marital|age)\b|"
    r"\b(?:will|do|does|shall) not ask\b|\bnot to ask\b|\bnever ask\b|"
    r"\bnever (?:a )?grounds?\b|\bnot (?:a )?grounds?\b|\bno bearing\b|\bnot a factor\b|"
    r"\birrelevant\b|\bmakes? no difference\b|\bdoes(?:n't| not) matter\b|"
    r"\b(?:do not|don't|no need to) (?:include|state|disclose|mention)\b",
    re.ASCII,
)
_RESTRICTS = re.compile(
    r"优先|为佳|更佳|最佳|尤佳|为宜|更好|最好|偏|倾向|合适|适合|只|仅|必须|才|谢绝|勿扰|不要(?!求)|不招|"
    r"不收|(?<!不)限(?!制)|专招|"
    r"\bonly\b|\bpreferred\b|\bmust be\b",
    re.ASCII,
)
_OPEN = re.compile(
    r"性别(?:要求)?\s*:?\s*不限|不限性别|男女不限|男女均可|男女都(?:可以?|行|要|收)|性别均可|"
    r"男的女的都|男仔女仔都|男生女生都|不分男女|向全体|全体合格|所有求职者|\bany gender\b|"
    r"男女[\u4e00-\u9fff]{1,3}都(?:可|行|要|收|欢迎)|"
    r"\ball genders\b|"
    r"(?:男|女)(?:性|士|生)?(?:也可以?|也能|亦可|同样可以?)(?:报名|应聘|投递|申请|报考)|"
    r"\bopen to (?:all|every|everyone|anyone)\b|\banyone who\b|"
    r"\bregardless of gender\b",
    re.ASCII,
)
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_NAMED = re.compile(
    rf"[{_SURNAMES}](?:女士|小姐|先生|太太|姑娘|阿姨|大姐|生)"
    rf"|(?:(?<=[:\s])|^)[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}\s*\(\s*(?:女士|小姐|先生)\s*\)"
    rf"|[{_SURNAMES}](?:工|师傅|经理|老师|主管|总|姐|哥)\s*\(\s*[男女]\s*\)",
    re.MULTILINE,
)
_FORMER = re.compile(r"(?:上一任|前任|上任|之前的|原来的|现任|目前的)[^,;。!?\n]{0,6}$")
# 我们的焊工班长是一位女师傅 / 团队有多位女工程师 / 目前司机队伍里有6位女司机: staff already
# there, described -- unless the clause wants one (需要的是一位女性).
_STAFF = re.compile(
    r"(?:是一位|是位|是名|有(?:\d{1,3}|多|几|好几|[一二两三四五六七八九十]{1,2})(?:位|名|个)|已有|现有|"
    r"我们的|去年|曾经|班长|负责人|创始人|老板(?:娘)?是)[^,;。!?\n]{0,8}$"
)
_WANTS = re.compile(r"需要|要找|想找|希望|招|聘|寻|缺|\bneed|\bwant|\bseek")
# "Women's Job Fair", "Women's Day": an event or body named for a gender.
_EVENT = re.compile(
    r"(?:women|men|ladies)['\u2019]s "
    r"(?:job fair|fair|day|network|association|federation|committee|league)\b"
)
_FOR_THAT_GENDER = re.compile(
    r"(?:男|女)(?:性|士|生|子|孩|职工|员工|同胞)?"
    r"(?:[^,;。!?\n]{0,6}?(?:专属|专享|另含|可享|享受|免费)|的|含)?[^,;。!?\n]{0,4}?"
    r"(?:险|保险|产品|用品|套餐|课程|讲座|服装|护肤|健康|体检|筛查|检查|彩超|乳腺|宫颈|妇科|疾病|"
    r"青春期|专区|专柜|街|路|市场|广场|大厦)"
)
_M_BENEFIT = re.compile(
    r"慰问金|可领取|补贴|津贴|报销|费用|婚姻登记|收养登记|民政|婚姻家庭|夫妻房|入住|\binsurance\b|\bvouchers?\b|"
    r"\bsubsid\w*|\bsponsor\w*|\bvisas?\b|"
    r"\b(?:health|medical|dental|family) (?:plan|cover|coverage|benefits?)\b",
    re.ASCII,
)
# "school runs for the children": the employer's children, served by the job.
_M_SERVED = re.compile(
    r"\b(?:for|of|with|drive|take|pick up|care for|look after|tutor|teach)\s+(?:the|their|our|"
    r"the family's|the employer's)\s+(?:children|kids|child)\b",
    re.ASCII,
)
# A name in quotation marks (「婚育友善职场」计划, "Women in Tech"): a programme, not a condition.
# 《…承诺书》 names a document the applicant signs, so book-title marks do not count.
_QUOTED = re.compile(r"[「『“\"][^」』”\"\n]{1,24}[」』”\"]")
# "member verification …, including marital status": the clients' records, a clause before.
_M_RECORDS = re.compile(
    r"(?:member|user|client|customer|patient)s?'?\s+(?:verification|profiles?|records?|data|"
    r"details|declarations?)|\bdating (?:app|site|platform)s?\b|"
    r"婚介|婚恋网|相亲|来访客户|客户的|会员的",
    re.ASCII,
)


_REACH = 90


def _anchor(hit: Hit) -> int:
    return hit.anchor if hit.anchor >= 0 else hit.start


def _covers(norm: str, open_at: int, at: int) -> bool:
    """An open phrase in brackets of its own (包装(男女不限)) holds for that row's job only, not
    for a gender word outside those brackets (缝纫工(女)30人 包装(男女不限)5人)."""
    left = norm.rfind("(", max(0, open_at - 8), open_at + 1)
    if left < 0 or norm.find(")", left, open_at + 1) >= 0:
        return True
    right = norm.find(")", open_at, open_at + 12)
    return right < 0 or left <= at < right


def lawful(norm: str, sent: tuple[int, int], clause: tuple[int, int], hit: Hit) -> bool:
    """Is the hit a lawful mention in its context (see the module doc)?"""
    # Windows of at most _REACH characters around the hit: linear however long the clause.
    s_lo, s_hi = max(sent[0], hit.start - _REACH), min(sent[1], hit.end + _REACH)
    c_lo, c_hi = max(clause[0], hit.start - _REACH), min(clause[1], hit.end + _REACH)
    asked = _ASKED.search(norm, max(s_lo, hit.start - 40), hit.start + 1)
    # The denial may open the next sentence ("… only for guys. Nope!").
    if asked and _DENIED.search(norm, hit.end, min(len(norm), hit.end + 40)):
        return True
    policy = _POLICY.search(norm, c_lo, c_hi) or _POLICY_EN.search(norm, s_lo, c_hi)
    if policy and not _RESTRICTS.search(norm, c_lo, c_hi):
        return True
    if hit.rule == GENDER:
        at = _anchor(hit)
        opens = any(
            _covers(norm, m.start(), at)
            for m in _OPEN.finditer(norm, max(s_lo, at - 60), min(s_hi, at + 60))
        )
        if opens and not _RESTRICTS.search(norm, c_lo, c_hi):
            return True
        for m in _NAMED.finditer(norm, max(c_lo, at - 5), min(c_hi, at + 6)):
            if m.start() <= at < m.end():
                return True
        if _FORMER.search(norm, max(c_lo, at - 12), at):
            return True
        if _STAFF.search(norm, max(c_lo, at - 14), at) and not (
            _WANTS.search(norm, c_lo, at) or _RESTRICTS.search(norm, c_lo, c_hi)
        ):
            return True
        if _EVENT.match(norm, at, min(c_hi, at + 40)):
            return True
        if _FOR_THAT_GENDER.match(norm, at, min(c_hi, at + 14)):
            return True
    for q in _QUOTED.finditer(norm, max(c_lo, hit.start - 26), min(c_hi, hit.end + 26)):
        if (q.start() < hit.start and hit.end <= q.end()) or q.start() < hit.anchor < q.end() - 1:
            return True
    if hit.rule == MARRIAGE_CHILDBEARING:
        if _M_SERVED.search(norm, max(s_lo, hit.start - 30), hit.end):
            return True
        if _M_BENEFIT.search(norm, c_lo, c_hi):
            return True
        if _M_RECORDS.search(norm, max(s_lo, hit.start - 90), hit.start):
            return True
    return rules_zh8_context.lawful(norm, sent, clause, hit)
