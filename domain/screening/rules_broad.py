"""Broad structural rule families (round 5 of issue 9): word classes, not phrases.

Data flow: normalised text and its sentence/clause spans in, `Hit`s out (anchored on the gender
or status word, so `screen.py` insists that the word starts a word). Four rounds of phrase lists
each closed only the gap of the corpus they were tuned on; these families match a CLASS of
wording in a context and leave the phrase lists as they are:
- a gendered compound noun (男 / 女 + any person-noun ending: 男技师, 女学徒, 男性公民) after a
  hiring or requirement verb (招, 招收, 诚聘, 须为, 只要, 限) and not followed by a client,
  product or programme word;
- a personal pronoun (他 / 她, he / she) as the subject of a requirement (她需要…, 希望他有…,
  "He should …") in a post that never uses the other pronoun or a he/she form, where the
  sentence names no client, pupil, patient, boss or colleague the pronoun could mean;
- a gender noun followed by "will do" (男的就行), a preference word the lists lack (男士优选,
  更宜男性), advice on who should apply (建议男性报考), a clause that is only a gender noun
  (形象岗，女孩子，身材好);
- a gender quota of zero (男：2名；女：0名) and an age or height bar stated for one gender only
  (身高：男170以上 / 女18-25岁);
- childcare or family made a condition (孩子有老人带的优先, 最小的孩子须上小学, 要有家庭, 家中无
  学龄前儿童), a status as a field value (婚恋状态：单身), pregnancy as grounds to turn an
  applicant away (不招孕妇);
- English families live in `rules_broad_en` and are called per sentence from here.
The usual filters apply: a sentence open to both genders, a compliance statement, a fair or a
benefit is not a restriction. Every gap is bounded, so matching stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening import rules_broad_en
from domain.screening import rules_general as gen
from domain.screening import rules_items as items
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, Hit

_HAN = r"[\u4e00-\u9fff]"
# 男 / 女 + up to three characters + a person-noun ending.
_PERSON_END = (
    r"(?:师傅|师|员|工|士|生|手|匠|民|徒|娃|仔|孩子?|郎|侍|模|主播|司机|老师|保安|青年|同志|公民|"
    r"人|的|性|职工|同事|学徒|伙计|骑手|助理|助手|技工|会计|厨师|店长|经理|代表|专员|主管|"
    r"陪[玩练聊酒唱]|官|伴|佣)"
)
_COMPOUND = (
    rf"(?:(?P<m>男)|(?P<f>女))(?!装|鞋|表|款|包|式|士用品|性用品|性健康|科|厕|宾|篮|足|排|乒|单|双|团|队|"
    rf"频|声|高音|低音|中音|主角|配角|一号)(?:{_HAN}{{0,3}}?){_PERSON_END}"
)
_HIRE = (
    r"(?<![不无没非别])(?:招聘|招收|招募|招|诚聘|急聘|诚征|征|[搵揾]|聘请?|只要|只招|只收|仅招|限招|须为|需为|应为|必须为|"
    r"必须是|要求为|要求是|只限|仅限|限)"
)
_HIRE_COMPOUND = re.compile(
    rf"{_HIRE}(?:到|来)?(?:\s*(?:\d{{1,3}}|[一两几]))?\s*[名位个]?\s*(?<![男女]){_COMPOUND}{gen._NOT_OTHER}"
    rf"{gen._AUDIENCE_AFTER}"
)
# 男的就行 / 女生就可以 / 男孩子就好
_WILL_DO = re.compile(
    rf"(?<![男女妇子儿少闺的\u4e00-\u9fff])(?:{gen._NOUN}){gen._NOT_OTHER}"
    r"(?:就行|就可以|就好|就成|就ok|即可|就够了?)"
)
# 建议男性报考 -- advice on who should apply is a preference.
_ADVISED = re.compile(
    rf"(?:建议|推荐|最好由?)(?<![男女]){_COMPOUND}{gen._NOT_OTHER}(?:来|前来)?"
    r"(?:报考|报名|应聘|投递|申请|加入|应征)"
)
# 本岗位不招孕妇 / 怀孕的勿扰 -- pregnancy as grounds to turn an applicant away.
_PREGNANT_REFUSED = re.compile(
    r"(?:不招收?|不要|不留|不录用|不考虑|谢绝|拒收|不接收|不聘用?)(?P<w>孕妇|孕期(?:女性|妇女)?|怀孕的?|"
    r"备孕的?|准妈妈)|(?P<w2>孕妇|怀孕的?|孕期女性|备孕的?|准妈妈)(?:者)?(?:勿扰|免谈|不要|不收|谢绝|请勿|别来|免问)"
)
_PREGNANT_NOT = re.compile(r"客|服务|接待|项目|按摩|消费|会员|患者|产品|理疗|不得|禁止|歧视")
# 男士优选 / 该岗更宜男性 / 岗位偏女生 -- a preference word the phrase lists lack.
_LEANS = re.compile(
    rf"(?<![男女妇子少闺的])(?:{gen._NOUN}){gen._NOT_OTHER}{gen._AUDIENCE_AFTER}"
    r"(?:优选|更佳|为好|最佳|更合适|最合适|更好|为先|先考虑)"
)
_LEANS_TO = re.compile(
    rf"(?:更宜|宜由|宜为|适宜|偏向|偏好|偏|倾向于?)(?:是|为|由)?(?<![男女]){gen._NOUN}"
    rf"{gen._NOT_OTHER}{gen._AUDIENCE_AFTER}"
    r"|(?:适合|只要|只请|请|要|招)(?:(?P<m2>男仔)|(?P<f2>女仔))"
)
# 他需要… / 希望她有… -- the hired person named by a gendered pronoun.
_PRONOUN = re.compile(
    r"(?:(?:希望|要求|期望|期待|需要)(?:(?P<m1>他)|(?P<f1>她))(?![们人])"
    r"|(?<![其吉])(?:(?P<m2>他)|(?P<f2>她))(?![们人])(?:需要|须|必须|应当|应该|要(?!求)|得要?|最好|需|"
    r"将(?!来)|会(?![员计议所长话])|主要负责|负责)"
    # 她的职责包括… -- the hire's own duties named with a pronoun (round 7).
    r"|(?<![其吉])(?:(?P<m3>他)|(?P<f3>她))的(?:主要)?(?:职责|工作内容|工作|岗位职责|任务)(?:是|包括|为|有|:))"
)
# How far before a pronoun a client, pupil or boss is read as whom it means (round 7: a
# whole earlier sentence was too far, 项目经理 in the title hid 他将带领团队).
_CONTEXT_REACH = 24
_PRONOUN_OTHER = {"m": re.compile(r"她"), "f": re.compile(r"(?<![其吉])他(?![们人])")}
_PRONOUN_BOTH = re.compile(
    r"他\s*[/或(（]\s*她|她\s*[/或(（]\s*他|ta\b|\bs/he\b|\bhe or she\b|\bshe or he\b"
)
# Whom else a pronoun may mean: people served, a boss, a contact or an interviewer -- but not a
# boss noun that is the job's own title (招聘区域主管，…他将独立管理门店).
_PRONOUN_CONTEXT = re.compile(
    r"客户|顾客|孩子|小孩|学生|学员|老人|患者|病人|同事|家长|宝宝|业主|会员|用户|雇主|对方|朋友|"
    r"(?P<boss>老板|领导|经理|师傅|带教|导师|店长|主管|老师|负责人|总监|主任|总经理|部长|组长|院长|校长|"
    r"面试官|创始人|董事长|老总|人事|hr|联系人|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯]总)"
)
_TITLE_BEFORE = re.compile(
    r"(?:招聘|诚聘|急聘|招|聘|岗位|职位|急需|找|这位|一位|一名)[^,;。!?\n]{0,6}$"
)
# 她会带你熟悉流程 -- a pronoun beside "you" means someone the hire meets, not the hire.
_YOU_NEAR = re.compile(r"[你您]")
# 形象岗，女孩子，身材好 -- a clause that is nothing but a gender noun (with a count or 优先).
_NOUN_ITEM = re.compile(
    rf"{gen._BULLET}(?:年轻|青年|漂亮|帅气|身材好的?|形象好的?)?(?:{gen._NOUN})"
    r"(?:优先|若干名?|\d{1,3}\s*(?:名|人|位))?\s*"
)
# 女性荷官 / 3. 男保安员 -- a clause that is only a gendered job title (round 7), unless the
# gender word names whom the job serves or sells to (女性客户经理, 男士用品导购).
_COMPOUND_ITEM = re.compile(
    rf"{gen._BULLET}(?:年轻|青年)?(?=[男女](?!性?(?:客|顾|用户|会员|患|学员|消费|健康|用品|专|服))){_COMPOUND}"
    rf"{gen._NOT_OTHER}(?:优先|若干名?|\d{{1,3}}\s*(?:名|人|位))?\s*"
)
# 项目：男性力工 -- a gendered job title as the value of a field (round 7).
_FIELD_COMPOUND = re.compile(
    r"(?:岗位|职位|工种|项目|招聘|现招|急招|诚聘|需求|人员)[^:,;。\n]{0,4}:\s*"
    rf"(?=[男女](?!性?(?:客|顾|用户|会员|患|学员|消费|健康|用品|专|服))){_COMPOUND}{gen._NOT_OTHER}"
)
# 男：2名；女：0名 -- one gender's quota set to nothing.
_ZERO_QUOTA = re.compile(r"(?:(?P<f>女)|(?P<m>男))(?:性|士|生)?\s*:?\s*(?:0|零)\s*(?:名|人|位|个)")
# 身高：男170以上 -- a bar written for one gender only.
_ONE_BAR = re.compile(
    r"(?:身高|年龄|体重)\s*(?:要求)?\s*:?\s*(?:(?P<m>男)|(?P<f>女))(?:性|士|生)?\s*:?\s*\d{2,3}"
)
# 女18-25岁 / 招收：男 20-45周岁 -- a gender leading an age or height bar, one gender only.
_GENDER_BAR = re.compile(
    r"(?<![\u4e00-\u9fff])(?:(?P<m>男)|(?P<f>女))(?:性|士|生)?\s*:?\s*\d{2,3}\s*"
    r"(?:(?:-|~|至|到|—)\s*\d{2,3}\s*)?(?:周岁|岁|cm|厘米|以上|以下)"
)
# Childcare or family made a condition on the applicant.
_CHILD = r"(?:孩子|小孩|娃|子女|宝宝)"
_CHILD_CARE = (
    rf"{_CHILD}[^,;。!?\n]{{0,8}}?(?:有人带|有老人带|老人带|有人帮忙?带|有人照顾|有人接送|"
    r"上小学|上幼儿园|上初中|上学|读书|读小学|已满|满\d|大了|\d岁以上|三岁以上|断奶)|"
    rf"(?:有人|老人|家人|家里人?)帮忙?带{_CHILD}|不用请假接{_CHILD}|不用接送{_CHILD}|"
    r"(?:要|须|需|必须)有家庭(?!背景|责任)|成家立业|"
    r"(?:家中|家里)?(?:无|没有)(?:学龄前)?(?:儿童|孩子|小孩|幼童|子女)"
)
_CHILD_COND = re.compile(
    rf"(?:(?:要求|需|须|必须|最好|希望)[^,;。!?\n]{{0,6}}?(?P<w>{_CHILD_CARE})"
    rf"|(?P<w2>{_CHILD_CARE})[^,;。!?\n]{{0,8}}?(?:优先|为佳|为宜|才行|方可|才可以|须|需|必须|最好))"
    rf"|(?P<w3>(?:要|须|需|必须)有家庭(?!背景|责任)|成家立业)"
    rf"|(?P<w4>{_CHILD})[^,;。!?\n]{{0,6}}?(?:须|需|必须|应|要)(?:已经?)?(?:上|读|满|年满|大于|超过|有人)"
)
_CHILD_NOT = re.compile(
    r"欢迎|适合|可带|经验|补贴|津贴|福利|托管|(?<!请)假|弹性|灵活|照顾孩子|接送孩子的(?:求职者|员工|家长)|学生|家长|"
    r"辅导|课程|教学|不论|无论|均可|不限|不影响|不会|不问|客户|顾客|会员|学员"
)
# Spoken forms (live-stream and group-chat ads): a marriage or family state, then a refusal
# or a condition a few characters on (结了婚没孩子的暂时不考虑 / 孩子还没上幼儿园的先别报 /
# 得没孩子拖累); 有孩子的优先照顾排班 is an accommodation, not a condition.
_SPOKEN_STATUS = (
    r"结了婚|结过婚|已经结婚|刚结婚|没结婚|离过婚|离了婚|没孩子|有孩子|有娃|没娃|"
    r"孩子还(?:没|不到|小)|娃还(?:没|小)|(?:孩子|小孩|娃)太小|怀上了?|要二胎|要孩子"
)
_SPOKEN = re.compile(
    rf"(?P<w>{_SPOKEN_STATUS})(?!照顾|看护|护理|教育|相关|工作|经验|辅导|教学|陪伴)[^,;。!?\n]{{0,4}}?(?:的|者)?[,\s]?[^。!?\n]{{0,8}}?"
    r"(?:先?别报|别来|先别|暂时?不考虑|不考虑|不要|不收|免谈|勿扰|就算了|算了|才行|才要|"
    r"优先(?!照顾|安排|选|排班|调休|休假|请假))"
    r"|(?:得|要|需|须|必须|最好)(?P<w2>(?:没|无|没有)(?:孩子|家庭|家里)?拖累)"
)
# 婚恋状态：单身 -- a marriage or relationship status as a field value.
_STATUS_FIELD = re.compile(
    r"(?:婚姻|婚恋|感情|恋爱|婚育|情感)(?:状态|状况|情况)\s*:\s*(?P<w>单身|已婚|未婚|已育|未育|离异|"
    r"恋爱中|无对象|已婚已育|未婚未育)"
)


def _g(m: re.Match[str], kind: str) -> tuple[bool, int]:
    for name in (kind, f"{kind}1", f"{kind}2", f"{kind}3"):
        if m.groupdict().get(name) is not None:
            return True, m.start(name)
    return False, -1


def _gender(m: re.Match[str]) -> Hit:
    men, at = _g(m, "m")
    if not men:
        _, at = _g(m, "f")
    return Hit(GENDER, m.start(), m.end(), men, at if at >= 0 else m.start())


def _pronouns(
    norm: str, s_lo: int, s_hi: int, other: dict[str, bool], ctx_lo: int
) -> Iterator[Hit]:
    """`other[kind]`: the post also uses the other gender's pronoun (computed once per post).

    A client, pupil or boss named before the pronoun, in its sentence or the one before
    (from ctx_lo), is whom the pronoun means.
    """
    for m in _PRONOUN.finditer(norm, s_lo, s_hi):
        if any(
            not c.group("boss") or not _TITLE_BEFORE.search(norm, max(0, c.start() - 8), c.start())
            for c in _PRONOUN_CONTEXT.finditer(
                norm, max(ctx_lo, m.start() - _CONTEXT_REACH), m.start()
            )
        ):
            continue
        if _YOU_NEAR.search(norm, m.end(), min(s_hi, m.end() + 16)):
            continue
        kind = "m" if (m.group("m1") or m.group("m2") or m.group("m3")) else "f"
        if not other[kind]:
            yield _gender(m)


# Round 6 -- family planning imposed by the employer (前三年不安排生育, 按科室排队生育), the
# applicant's marriage and childbearing asked on a form (登记表上填写婚育状况), and a number
# of children as grounds to turn away (家里有两个及以上孩子的不考虑).
_FAMILY_PLAN = re.compile(
    r"(?:合同期|入职|试用期|聘期)[^,;。!?\n]{0,8}?不(?:安排|允许|准|许)(?:生育|怀孕|要孩子|生孩子)|"
    r"(?:排队|轮流|轮候)(?:生育|怀孕|要孩子)|"
    r"(?<![无不免])(?:填写|填报|注明|写明|登记)[^,;。!?\n]{0,10}?(?:婚育|婚姻|生育)(?:状况|情况|史)|"
    r"有[两二三四五\d]个(?:及|或)?以上的?(?:孩子|小孩|子女)的?"
    r"(?:不考虑|不要|勿扰|免谈|慎投|不予考虑|别来|不招)"
)
_NO_NEED = re.compile(
    r"无需|不需|不必|不用|不会|无须|不再|(?:勿|别)[^,;。]{0,6}?(?:填|写|提供|注明|透露|询问|问)"
)


def find(
    norm: str, sentences: list[tuple[int, int]], clauses: list[list[tuple[int, int]]]
) -> Iterator[Hit]:
    whole_both = bool(_PRONOUN_BOTH.search(norm))
    other = {k: whole_both or bool(p.search(norm)) for k, p in _PRONOUN_OTHER.items()}
    en_other = rules_broad_en.other_pronouns(norm, whole_both)
    ctx_lo = 0  # start of the previous sentence: where a pronoun's antecedent is looked for
    for (s_lo, s_hi), parts in zip(sentences, clauses, strict=True):
        sent = norm[s_lo:s_hi]
        closed, both = gen._sentence_open(norm, s_lo, s_hi)
        lawful = bool(gen._LAWFUL.search(sent))
        yield from rules_broad_en.sentence_hits(norm, s_lo, s_hi, en_other, ctx_lo)
        if not (closed or both or lawful):
            one_gender = not items._BOTH.search(sent)
            for lo, hi in parts:
                if gen._OPEN.search(norm, lo, hi) or gen._CONTACT.search(norm, lo, hi):
                    continue
                item = _NOUN_ITEM.fullmatch(norm, lo, hi) or _COMPOUND_ITEM.fullmatch(norm, lo, hi)
                if item:
                    yield _gender(item)
                for pattern in (
                    _HIRE_COMPOUND,
                    _FIELD_COMPOUND,
                    _WILL_DO,
                    _LEANS,
                    _LEANS_TO,
                    _ADVISED,
                    _ONE_BAR,
                    _GENDER_BAR,
                ):
                    if pattern not in (_ONE_BAR, _GENDER_BAR) or one_gender:
                        for m in pattern.finditer(norm, lo, hi):
                            yield _gender(m)
            yield from _pronouns(norm, s_lo, s_hi, other, ctx_lo)
        for m in _ZERO_QUOTA.finditer(norm, s_lo, s_hi):
            yield Hit(GENDER, m.start(), m.end(), bool(m.group("f")), m.start())
        for m in _STATUS_FIELD.finditer(norm, s_lo, s_hi):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=m.start("w"))
        if not (lawful or _NO_NEED.search(sent)):
            for m in _FAMILY_PLAN.finditer(norm, s_lo, s_hi):
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        if not (_CHILD_NOT.search(sent) or lawful):
            for m in _SPOKEN.finditer(norm, s_lo, s_hi):
                at = m.start("w") if m.group("w") is not None else m.start("w2")
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=at)
        if not _PREGNANT_NOT.search(sent):
            for m in _PREGNANT_REFUSED.finditer(norm, s_lo, s_hi):
                at = m.start("w") if m.group("w") is not None else m.start("w2")
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=at)
        if not _CHILD_NOT.search(sent) and not lawful:
            for m in _CHILD_COND.finditer(norm, s_lo, s_hi):
                at = next(m.start(g) for g in ("w", "w2", "w3", "w4") if m.group(g) is not None)
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=at)
        ctx_lo = s_lo
