"""General Chinese rule families: who-is-wanted structures rather than fixed phrases.

Data flow: normalised text and its clause spans in, `Hit`s out (each anchored on its gender or
status word, so `screen.py` can insist that the word starts a word). The families cross a word
class with a context class inside one clause:
- an applicant gender noun (男生, 小伙, 爷们, 姑娘, 阿姨, 宝妈 ...) after a restriction or
  wanting word (只考虑, 需要, 想找个, 请 ... 投递), or before a preference, exclusion or
  unsuitability word (优先, 免问, 就算了, 吃不消, 专属, 限定), or before a requirement put on
  that gender alone (女员工需长发, 女性应聘者需附照片);
- a marriage or family status (结过婚, 已成家, 家庭稳定, 没对象, 孩子已上初中, 婚育证明) with a
  condition word (要求, 需, 最好, 优先, 才行, 慎重考虑, 暂不考虑, 提供);
- a status next to a gender noun (未婚女生, 育龄女性, 男士已婚) is both GENDER and
  MARRIAGE_CHILDBEARING, as are mothers-only forms;
A clause naming both genders or an open partner (男女, 宝爸, 均可, 不限) is open, not restricted,
unless that partner is itself excluded (宝爸勿扰); a gender noun followed by a client, product or
programme word (女性客户, 男士用品) names who is served. Gaps are bounded, so matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening import rules_zh as zh
from domain.screening.lexicon import F_NOUN as _F_NOUN
from domain.screening.lexicon import M_NOUN as _M_NOUN
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, Hit, anchor_of
from domain.screening.rules_struct import _bare_end

_B = r"[^,;。!?|\n]"
_MOTHER_WORD = re.compile(r"宝妈|妈妈|全职太太|母亲|师奶|主妇|家庭妇女")
_NOUN = rf"(?:(?P<m>{_M_NOUN})|(?P<f>{_F_NOUN}))"
# What follows a gender noun when it names who is served or sold to, not who is hired.
_AUDIENCE_AFTER = (
    r"(?!们?的?(?:客户|顾客|用户|会员|消费者|患者|病人|学员|群体|市场|用品|产品|服装|服饰|护肤|"
    r"内衣|鞋|专场|健康|权益|读者|观众|粉丝|朋友|顾问|创业|就业|从业|职工|朋友|专区|专柜|化妆品|品牌|"
    r"关怀|保护|福利|节|日|节日|活动|社群|话题|需求|心理|身心|产后|孕|家属|家长|学校|学院|医院|中学|"
    r"会所|俱乐部|美容|健身|监狱|宿舍|厕所|卫生间|更衣|病房|科|部门|公司|单位|企业|院校|门店|城市|理发|美发|"
    r"区(?!域)|馆|厅|专柜|系列)|岗|班|模式)"
)
_NOT_OTHER = r"(?![/、或和及与&]?\s*(?:男|女|宝爸|爸爸|宝妈|妈妈))"
_WANT = (
    r"只考虑|只招收?|只要|只收|只接受|仅接受|只限|只聘|只录用?|[只仅](?:看|挑|选|留|补|进)|[搵揾]|只对|只面向|只针对|仅限于?|仅招收?|仅面向|仅对|仅针对|"
    r"仅录用?|限招|限定|专招|需要|需(?!求)|须(?!知)|必须|要求|想要个?|想找个?|想招个?|要个|(?<![主重需想只必还不概纲])要(?!求)|缺个|缺一个|缺|希望找?|更希望找?|"
    r"最好是?|优先(?:考虑|录用|招聘)?|偏向|倾向于?|更适合|适合|招个|招聘|招收|诚聘|急招|急聘|招|聘|"
    r"专门给|专门为|专为|诚邀|找个|找一位|找位|找|来个|来位|来一位|来[几两三四五]个|(?<![邀申聘宴敬恭])请(?!勿)|面向|针对|考虑|(?<![也都亦])(?P<welcome>欢迎)|"
    r"(?<![无不])限(?![制时期额高速行号购量价定于])|诚征|急征|(?<![特象])征(?![求询集收信兵税地途文稿服程战])"
)
_PRE = re.compile(
    rf"(?<![不无没非别])(?:{_WANT})(?:(?!为|给|帮|替|向|与|跟|同|等|配合|协助|服务|产后|照顾|护理|陪伴|客户|顾客|用户|会员|学员|"
    rf"患者|对象){_B}){{0,8}}?"
    rf"(?<![男女和与及、或]){_NOUN}{_NOT_OTHER}{_AUDIENCE_AFTER}"
)
_EXCLUDE_PRE = re.compile(
    rf"(?:不建议|不考虑|暂不考虑|不要|不招收?|不收|不请|不聘|谢绝|拒绝|拒收|不适合|不接受|不宜|(?<![特区性类级派识鉴告辨分差个])别|恕不){_B}{{0,4}}?"
    rf"(?<![男女]){_NOUN}{_NOT_OTHER}{_AUDIENCE_AFTER}"
)
# 依法不招女职工 -- a refusal to hire women workers (an exemption only where the job's own
# duties name work forbidden to women; otherwise a restriction like any other).
_NO_WOMEN_WORKERS = re.compile(
    r"(?:不招收?|不录用|不聘用|不得?雇用|不得?僱用)(?P<f>女职工|女工人|女性员工)"
)
_PREFER_AFTER = (
    r"优先|为佳|更佳|尤佳|为宜|最好|专属|限定|专享|来投|投递|报名|速来|快来|冲|开放|即可|才行|准备的|"
    r"量身"
)
_EXCLUDE_AFTER = (
    r"勿扰|免问|免谈|勿投|慎投|请?绕道|就算了|算了|就别来了|别来了?|别投|不用投|不要投|请勿投递?|"
    r"勿投递|不要|不考虑|暂不考虑|不予考虑|吃不消|做不来|干不了|扛不住|受不了|不方便|不合适|不适合|"
    r"[坐待呆]不住|干不长|做不长|莫来|莫投|不予?录取|"
    r"不太适合|不行|免了|跟不上|来了不方便"
)
_POST = re.compile(
    rf"(?<![男女妇子少闺的])(?:{_NOUN}){_NOT_OTHER}(?:者|应聘者|求职者)?{_B}{{0,4}}?"
    rf"(?:(?P<pref>{_PREFER_AFTER})|(?P<excl>{_EXCLUDE_AFTER}))"
)
_DAD_EXCLUDED = re.compile(
    r"(?:宝爸|爸爸|男士|男性|男生)们?(?:就|也|都)?恕?(?:请?勿|免|不要|不用|别|就算了|不考虑|不行|不可以|不收|不招|"
    r"不适合)"
)
# 女员工需长发 / 女性应聘者需附照片: a requirement put on one gender's applicants alone.
_ONE_GENDER_NEEDS = re.compile(
    rf"(?<![\u4e00-\u9fff]){_NOUN}(?:员工|应聘者|求职者|候选人|同事)?"
    r"(?:需|须|必须|要(?!求职)|应(?!聘|届|试)|一律)(?!注意|享受|休|可|按|依法|参加妇|做好防护|[查验测检]|[^,;。]{0,6}(?:体检|孕|妊娠))"
)
_FIRST_THEN = re.compile(r"(?P<m>先男后女|男先女后)|(?P<f>先女后男|女先男后)")
# 客服专员:女性, -- a gender noun as the whole value of a job field.
_FIELD_NOUN = re.compile(
    r"(?<!联系人)(?<!联系)(?<!负责人)(?:[\u4e00-\u9fff]{2,8})\s*:\s*"
    r"(?:(?P<m>男性|男士|男生)|(?P<f>女性|女士|女生))(?=\s*(?:[,;。]|$))"
)
_OTHERS_OUT = re.compile(
    r"(?:其他人|其余人|别的人|其他)(?:就|都|请|一律)?(?:不用|不要|别|勿|免)(?:投|来|扰|问)"
)
# 秩序维护员……男……3人 -- a gender between leaders in a job table.
_TABLE = re.compile(
    r"(?:[\s.·_\-—]{2,}|\s*/\s*)(?:(?P<m>男性|男士|男生|男)|(?P<f>女性|女士|女生|女))(?:[\s.·_\-—]{2,}|\s*/\s*)\d{1,3}\s*(?:名|人|位)"
)
_BULLET = r"\s*(?:[-·•*■◆●○>✅√・]\s*|[(]?\d{1,2}[).、]\s*|[一二三四五六七八九十][、.]\s*)?"
# "2. 男" / "✅女性优先" -- a requirement item that is nothing but a gender.
_LONE_GENDER = re.compile(
    rf"{_BULLET}(?:性别\s*:?\s*)?(?:(?P<m>男性|男士|男生|男)|(?P<f>女性|女士|女生|女))(?:优先)?\s*"
)
_NOUN_ANY = re.compile(rf"(?<![男女]){_NOUN}")
_AUDIENCE = re.compile(r"顾客|客户|客群|服务对象|消费者|会员|用户|学员|患者|读者|观众|粉丝")
_OPEN = re.compile(r"均可|皆可|都可|不限|不论|无论|都欢迎|都行")
# Open to both genders anywhere in the sentence (男士理发师,男女不限).
_OPEN_GENDER = re.compile(
    r"男女|女男|性别不限|不限性别|性别均可|宝爸|爸爸|奶爸|主夫|父母|家长|一视同仁|(?:男|女)\s*/\s*(?:男|女)"
)

# Marriage and family status, and what turns it into a condition on the applicant.
_STATUS = (
    r"已婚已育|已婚未育|未婚未育|已婚|未婚|已育|未育|已生育|未生育|结过婚|没结婚|未结婚|已结婚|"
    r"已成家|成了?家|有家有口|拖家带口|有家室|单身(?!宿舍|公寓|楼|房)|离异|丧偶|(?:有娃|没娃|有孩子|没孩子|无孩子|有小孩|无小孩)(?!照顾|看护|护理|教育|陪伴|相关|工作|经验|辅导|教学)|二胎已生完?|"
    r"生过(?:孩子|二胎)|没对象|无对象|有对象|家庭稳定|稳定(?:的)?家庭|育龄|新婚|婚育证明|结婚证|婚姻(?:状况)?证明|单身证明|未婚证明|离婚证|"
    r"生育证明|准生证|(?:有|无|没有)?家庭负担(?:重|大)?|感情状况|感情生活|家庭规划|家庭计划|生育规划|要孩子|生孩子|生二胎|"
    r"二胎|孩子(?:太小|还小|较小|小的|已大|大了)|"
    r"(?:孩子|小孩|娃)(?:已经?|都)?(?:上|读)(?:幼儿园|小学|初中|高中|大学|学)|"
    r"(?:家里|家中|家人|老人|长辈)[^,;。!?|\n]{0,6}?(?:带|看|照顾|接送)(?:孩子|小孩|娃)|"
    r"(?:婚育|生育|结婚|恋爱|婚恋|感情|家庭)(?:计划|规划|打算|安排|状况|情况)|结了婚|"
    r"(?:家中|家里)?(?:无|没有)(?:婴幼儿|幼儿|婴儿|年幼子女)"
)
_COND_BEFORE = (
    r"要求|需要|需|须|必须|限|只要|只招|只收|仅限|最好是?|希望|优先|提供|出具|提交|了解一下|了解|询问|"
    r"会问|问|至少|应|附上?|携带|带上|(?<![主重需想只必还不概纲简])要(?!求|点|素|闻|做|负责)"
)
_COND_AFTER = (
    r"优先|为佳|为宜|最好|才行|才可以|方可|即可|慎重考虑|请慎重|慎投|勿扰|免问|不考虑|暂不考虑|不要|"
    r"不予录用|复印件|证明|者优先|的优先|慎重|就?别来了?|不行|不可以|的?可以来|能来|才能|就?算了|"
    r"请?勿申请|才(?:考虑|要|收|录用?|聘)"
)
_M_PRE = re.compile(rf"(?<![不无没非])(?:{_COND_BEFORE}){_B}{{0,6}}?(?P<w>{_STATUS})")
_M_EXCL = re.compile(
    rf"(?:不要(?!求)|不招|不收|不考虑|暂不考虑|谢绝|拒绝|不接受){_B}{{0,4}}?(?P<w>{_STATUS})"
)
_M_POST = re.compile(rf"(?P<w>{_STATUS})(?:(?!经验|经历|技能){_B}){{0,6}}?(?:{_COND_AFTER})")
_STATUS_W = (
    r"已婚已育|已婚未育|未婚未育|已婚|未婚|已育|未育|已生育|未生育|结过婚|没结婚|未结婚|育龄|单身|离异|"
    r"有娃|没娃|有孩子|有小孩|没孩子|已当妈|育有子女|育有孩子|有子女|生(?:育|养)过孩子|生育过|生养过|生过孩子"
)
_STATUS_NOUN = re.compile(rf"(?P<w>{_STATUS_W})的?(?<![男女]){_NOUN}{_AUDIENCE_AFTER}")
_NOUN_STATUS = re.compile(
    rf"(?<![男女]){_NOUN}(?:需|须|要|必须)?(?P<w>已婚|未婚|已育|已生育|单身|离异)"
)
# "2. 已婚已育" -- a requirement item that is nothing but a status.
_LONE_STATUS = re.compile(rf"{_BULLET}(?:婚否\s*:?\s*)?(?P<w>{_STATUS_W})\s*")
# 试用期内发现怀孕的,公司有权解除劳动合同 -- pregnancy or marriage as grounds to dismiss.
_DISMISS = re.compile(
    r"(?P<w>怀孕|孕期|生育|结婚|生孩子|婚后|生二胎)(?:的|者|后|期间)?[^。!?;\n]{0,16}?"
    r"(?:有权解除|解除(?:劳动)?合同|辞退|开除|自动离职|视为离职|视为自动|不予转正|劝退|予以解聘|"
    r"视为自愿离职|视同(?:本人)?(?:主动|自动|自愿)?(?:辞职|离职)|(?:培训费|违约金)[^。!?;\n]{0,6}(?:退还|赔偿))"
)
_LAWFUL = re.compile(r"不得|不会|不能|不因|禁止|严禁|依法|保护|除外|不以")
_NOT_CONDITION = re.compile(
    r"婚假|产假|育儿假|陪产假|孕检假|护理假|哺乳假|补贴|津贴|福利|礼金|红包|享受|带薪|关怀|托管|托育|"
    r"亲子|客户|顾客|会员|用户|学员|学生|家长|辅导|课程|上课|育儿嫂|月嫂|保姆|幼儿园老师|照护|婚纱|婚庆|"
    r"婚礼|夫妇|新人|"
    r"不论|无论|均可|都可|都能|都行|皆可|不限|不影响|不问|不询问|不会|不得|不因|一视同仁|不作为"
)

# A contact line (联系人:王女士) names who answers, not who is wanted.
_CONTACT = re.compile(
    r"联系|联络|电话|微信|咨询|热线|邮箱|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭"
    r"曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
    r"史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤](?:女士|小姐|先生|阿姨|大姐)"
)


_TALLY = re.compile(r"其中|比例|占比|人数为|现有员工|员工总数|已有|构成|组成|分布")


def _open(norm: str, lo: int, hi: int) -> bool:
    seg = norm[lo:hi]
    if not (_OPEN.search(seg) or _OPEN_GENDER.search(seg)):
        return False
    return not _DAD_EXCLUDED.search(seg)


def _sentence_open(norm: str, s_lo: int, s_hi: int) -> tuple[bool, bool]:
    """(closed to gender rules: a fair or a tally; open to both genders), once per sentence."""
    closed = bool(zh._FAIR.search(norm, s_lo, s_hi) or _TALLY.search(norm, s_lo, s_hi))
    both = bool(_OPEN_GENDER.search(norm, s_lo, s_hi)) and not _DAD_EXCLUDED.search(
        norm, s_lo, s_hi
    )
    return closed, both


def _both_genders(norm: str, lo: int, hi: int) -> bool:
    seen = {("m" if m.group("m") else "f") for m in _NOUN_ANY.finditer(norm, lo, hi)}
    return len(seen) == 2


def _gender_hit(m: re.Match[str], excluding: bool) -> Iterator[Hit]:
    men = bool(m.groupdict().get("m")) != excluding
    yield Hit(GENDER, m.start(), m.end(), men, anchor_of(m))
    word = m.groupdict().get("m") or m.groupdict().get("f") or ""
    if _MOTHER_WORD.search(word) and not excluding:
        yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=anchor_of(m))


def _welcome_only(norm: str, m: re.Match[str]) -> bool:
    """欢迎宝妈 welcomes mothers without closing the job to others (a policy decision), unless
    fathers are turned away in the same sentence (欢迎宝妈，宝爸不考虑)."""
    if not (m.groupdict().get("welcome") and _MOTHER_WORD.search(m.group("f") or "")):
        return False
    rest = re.split(r"[。!?\n]", norm[m.end() : m.end() + 30], maxsplit=1)[0]
    return not _DAD_EXCLUDED.search(rest)


def _gender(norm: str, lo: int, hi: int, sentence: tuple[bool, bool]) -> Iterator[Hit]:
    closed, open_to_both = sentence
    seg = norm[lo:hi]
    if closed or open_to_both or zh._COMPLIANCE.search(seg) or _CONTACT.search(seg):
        return
    if _open(norm, lo, hi):
        return
    both = _both_genders(norm, lo, hi)
    for m in _FIRST_THEN.finditer(norm, lo, hi):
        yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")), m.start())
    for m in (*_EXCLUDE_PRE.finditer(norm, lo, hi), *_NO_WOMEN_WORKERS.finditer(norm, lo, hi)):
        yield from _gender_hit(m, excluding=True)
    for m in _POST.finditer(norm, lo, hi):
        if m.group("excl") or not zh._negated_before(norm, lo, m.start()):
            yield from _gender_hit(m, excluding=bool(m.group("excl")))
    if both:
        return
    for pattern in (_PRE, _ONE_GENDER_NEEDS, _FIELD_NOUN):
        for m in pattern.finditer(norm, lo, hi):
            if not zh._negated_before(norm, lo, m.start()) and not _welcome_only(norm, m):
                yield from _gender_hit(m, excluding=False)


def _marriage(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    if _NOT_CONDITION.search(norm, lo, hi) or zh._COMPLIANCE.search(norm, lo, hi):
        return
    for pattern in (_M_PRE, _M_POST):
        for m in pattern.finditer(norm, lo, hi):
            if not zh._negated_before(norm, lo, m.start()):
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=m.start("w"))
    for m in _M_EXCL.finditer(norm, lo, hi):
        yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=m.start("w"))
    if _open(norm, lo, hi):
        return
    for m in (*_STATUS_NOUN.finditer(norm, lo, hi), *_NOUN_STATUS.finditer(norm, lo, hi)):
        if not zh._negated_before(norm, lo, m.start()):
            yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")), anchor_of(m))
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=anchor_of(m))


def _sentence_level(norm: str, s_lo: int, s_hi: int) -> Iterator[Hit]:
    sent = norm[s_lo:s_hi]
    if zh._FAIR.search(sent) or _TALLY.search(sent) or _AUDIENCE.search(sent):
        return
    lone = _LONE_GENDER.fullmatch(norm, s_lo, s_hi)
    if lone:
        yield Hit(GENDER, s_lo, s_hi, bool(lone.group("m")), anchor_of(lone), _bare_end(lone))
    status = _LONE_STATUS.fullmatch(norm, s_lo, s_hi)
    if status:
        yield Hit(MARRIAGE_CHILDBEARING, s_lo, s_hi, anchor=status.start("w"))
    for m in _TABLE.finditer(norm, s_lo, s_hi):
        yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")), anchor_of(m), _bare_end(m))
    for m in _DISMISS.finditer(norm, s_lo, s_hi):
        if not _LAWFUL.search(norm, max(s_lo, m.start() - 8), m.end()):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=m.start("w"))


def _others_out(norm: str, s_lo: int, s_hi: int) -> Iterator[Hit]:
    """宝妈们冲!其他人就不用投了 -- everyone but the gender named just before is turned away."""
    for m in _OTHERS_OUT.finditer(norm, s_lo, s_hi):
        nouns = list(_NOUN_ANY.finditer(norm, max(0, m.start() - 30), m.start()))
        if nouns and not _open(norm, nouns[-1].start(), m.end()):
            yield from _gender_hit(nouns[-1], excluding=False)


def find(
    norm: str, sentences: list[tuple[int, int]], clauses: list[list[tuple[int, int]]]
) -> Iterator[Hit]:
    for (s_lo, s_hi), parts in zip(sentences, clauses, strict=True):
        yield from _others_out(norm, s_lo, s_hi)
        yield from _sentence_level(norm, s_lo, s_hi)
        sentence = _sentence_open(norm, s_lo, s_hi)
        for lo, hi in parts:
            yield from _gender(norm, lo, hi, sentence)
            yield from _marriage(norm, lo, hi)
