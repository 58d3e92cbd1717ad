"""Chinese rule families: gender, marriage and childbearing, pregnancy tests, higher bars.

Data flow: normalised text and its clause spans (from `text.py`) in, `Hit`s out. Every family
is a gender (or status) vocabulary crossed with restriction or preference words inside one
clause; gaps are bounded (`{0,n}`) so matching stays linear. Negations, any-gender phrases and
product or customer contexts (女装, 男士护肤品, 孕妇客户) are ruled out by what may follow a gender
word: only a boundary, a job noun or a preference word counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening.model import (
    GENDER,
    HIGHER_BAR_FOR_WOMEN,
    MARRIAGE_CHILDBEARING,
    PREGNANCY_TEST,
    Hit,
    anchor_of,
)

_M_WORD = (
    r"男性|男士|男生|男子|男工|男孩子?|男的|男同志|男青年|男同胞|男人|男员工|小伙子?|小哥哥?|帅哥|"
    r"帅小伙|壮小伙|精神小伙|男同学|靓仔|壮汉|男大学生"
)
_F_WORD = (
    r"女性|女士|女生|女子|女工|女孩子?|女的|女同志|女青年|女同胞|女人|女员工|姑娘|美女|妹子|小姐姐|"
    r"女同学|小妹|靓女|小姐(?!姐)"
)
_MOTHER = r"宝妈|全职妈妈|全职太太|二胎妈妈"
# Job nouns that turn a bare 男/女 into a gendered job title (女服务员) without catching
# products (女装导购: 装 is not a job noun).
_JOB = (
    r"保安|司机|服务员|营业员|收银员?|文员|前台|普工|操作工|店员|导购员?|主播|销售员?|会计|出纳|"
    r"助理|客服|技工|焊工|电工|搬运工|仓管员?|保洁员?|厨师|学徒|老师|教师|护士|护工|秘书|模特|"
    r"演员|主持人?|翻译|设计师|程序员|工程师|技术员|业务员|快递员|骑手|店长|经理|主管|编辑|美工|"
    r"保姆|礼仪|迎宾|接待|空乘|乘务员|安检员?|专员|质检员?|跟单员?|采购员?|配送员|装卸工|叉车工|"
    r"领班|组长|队长|教练|讲师|顾问|理货员|话务员|促销员?|代表|学徒工|幼师|老师|保育员|司机"
)
_GENERIC = r"员工|职员|工人|人员|求职者|应聘者|候选人|者|人才"
_PREF_AFTER = r"优先|为佳|更佳|最佳|为宜|尤佳|更合适|最合适|最好|佳"
_EXCLUDE_AFTER = (
    r"请?勿申请|不必申请|勿扰|勿投|免谈|不要|不予?考虑|不予录用|不录用|慎投|绕道|不招|不收|"
    r"就?算了"
)
# What may follow a gender word for it to name the applicant: a boundary, a job, a preference.
_FOLLOW = (
    rf"(?=$|[,;。!?|)\]】}}\s/:.(、]|\d|[一二两三四五六七八九十若]|{_GENERIC}|{_JOB}|"
    rf"{_PREF_AFTER}|{_EXCLUDE_AFTER}|应聘|应征|应试|投递|申请|报名|担任|从事|来|加入|即可|才|年龄|身高|且|并|和|或|开放|"
    r"[\u4e00-\u9fff]{0,3}(?:工|员|师|手))"
)
_NOT_BOTH = r"(?![/、或和及与&]?\s*(?:男|女))"
_GENDER_WORD = rf"(?:(?P<m>{_M_WORD})|(?P<f>{_F_WORD}))"
_GENDER_OR_MOTHER = rf"(?:(?P<m>{_M_WORD})|(?P<f>{_F_WORD}|{_MOTHER}))"
_BARE = r"(?:(?P<bm>男)|(?P<bf>女))(?:性|士|生|工)?"

# Restriction before the gender word; a preceding 不/无/没/非 negates it (不限男女, 无需男性).
_R_STRONG = (
    r"仅限于?|只限于?|限定为?|限于|限招|仅征|只征|限|仅招收?|只招收?|只要|只收|只聘|只录用?|仅录用?|"
    r"必须是|必须为|须是|须为|需是|需为|应是|应为|要求是|要求为|要求|必须|只能是|最好是|最好|"
    r"希望是|优先录用|优先考虑|优先招聘|优先|偏好|倾向于?招聘|倾向于?|更适合|适合|更需要|建议|推荐|"
    r"仅对|只对|仅面向|只面向|仅向|只向|仅针对|只针对"
)
_R_WEAK = r"招收|招聘|诚聘|急聘|急招|诚征|急征|征|招|聘|需要|找"
_COUNT = (
    r"(?:\d+(?:-\d+)?岁的?|年轻的?|[一二两三四五六七八九十几\d]+(?:个|名|位)|"
    r"若干名?|数名|个|名|位)?"
)
_EXCLUDE_BEFORE = (
    r"不招收?|不要(?!求)|不收|不录用?|不考虑|谢绝|拒绝|拒收|恕不接受|不接受|不适合|不宜"
)

_PRE_STRONG = re.compile(
    rf"(?<![不无没非])(?:{_R_STRONG})(?:(?!性别)[^,;。!?|]){{0,10}}?(?:{_GENDER_WORD}|{_BARE})"
    rf"{_NOT_BOTH}{_FOLLOW}"
)
_PRE_WEAK = re.compile(
    rf"(?<![不无没非])(?:{_R_WEAK}){_COUNT}(?:{_GENDER_WORD}){_NOT_BOTH}"
    rf"(?=$|[,;。!?|)\s(]|\d|[一二两三四五六七八九十若数]|{_GENERIC}|{_JOB}|{_PREF_AFTER})"
)
_POST = re.compile(
    rf"(?<![男女妇子儿少闺])(?:{_GENDER_OR_MOTHER}|{_BARE})"
    rf"(?:(?:者|应聘者|求职者|候选人|员工)(?:将被|会被|将|会|可)?|(?:且|并且|、)[^,;。!?|]{{0,8}}?)?"
    rf"(?:{_PREF_AFTER}|专岗)"
)
_JOB_TITLE = re.compile(rf"(?<![男女妇子儿少闺美])(?:(?P<bm>男)|(?P<bf>女))(?:性|士|子)?(?:{_JOB})")
_FIELD = re.compile(
    r"性\s?别(?:要求|限制|限定)?\s*[:：]?\s*(?:为|是|限)?\s*(?:(?P<bm>男)|(?P<bf>女))(?:性|士|生)?"
    r"(?![男女/、或和及]|性?不限|性?均可|性?皆可|性?不论|[子性士生]?[都也](?:可以?|行))"
)
_EXCLUDE_PRE = re.compile(rf"(?:{_EXCLUDE_BEFORE})[^,;。!?|]{{0,4}}?{_GENDER_WORD}{_NOT_BOTH}")
_EXCLUDE_POST = re.compile(rf"(?<![男女妇子儿少闺]){_GENDER_WORD}(?:{_EXCLUDE_AFTER})")
# A gender word alone as an item of a requirement list ("女性，22-30岁"; "护工，女，50岁以下").
_LISTED = re.compile(
    r"(?:^|(?<=[,:]))\s*(?:(?P<m>男性|男士|男生)|(?P<f>女性|女士|女生)|(?P<bm>男)|(?P<bf>女))\s*"
    r"(?=[,，]\s*\d{2}(?:-\d{2})?岁|[,，]\s*(?:年龄|\d{2}岁)|,\s*\d{2}\s*岁)"
)
# A clause that is nothing but a gender word, inside a requirement list ("男性，身高170以上").
_LONE = re.compile(
    r"(?:[-·•*■◆●○>]\s*|[(]?\d{1,2}[).、]\s*|[一二三四五六七八九十][、.]\s*)?(?:性别\s*:?\s*)?(?:(?P<m>男性|男士|男生|男)|(?P<f>女性|女士|女生|女))(?:优先)?"
)
# ...unless the sentence describes who is served, not who is hired.
_AUDIENCE = re.compile(r"顾客|客户|客群|服务对象|消费者|会员|用户|学员|患者|读者|观众|粉丝")
# A gender word alone in brackets after a job title: "井下支护工（男性）", "前台（女）".
_BRACKET = re.compile(rf"\(\s*(?:限|仅限|只限)?\s*(?:{_GENDER_WORD}|{_BARE})\s*(?:优先)?\s*\)")
# Fair names and organiser text describe women's employment work, not a restriction.
_FAIR = re.compile(r"专场|招聘会|双选会|妇联|巾帼|就业服务|招聘夜市")
# Clauses that state compliance ("不得将…作为录用条件") quote the rules instead of breaking them.
_COMPLIANCE = re.compile(
    r"(?:不得|不会|禁止|严禁|杜绝|绝不|不)(?:将|把|以|因|询问|问|限定|设置|设定|作)"
    r"[^,;。!?|]{0,14}(?:作为|为由|条件|项目|标准|限制|优先|歧视)"
    r"|(?:不|不会|绝不|不得)因(?:性别|婚育|怀孕|生育|婚姻)"
)
_NEG_BEFORE = re.compile(
    r"(?:不询问|不问|不会询问|不会问|不得询问|不得|不会|不要求|不需要?|无需|无须|不必|不用|不以|不因|(?:请?勿|切勿|(?<!性)别)[^,;。]{0,6}?(?:填|写|提供|注明|透露|询问|问)|"
    r"不论|无论|不考察|不涉及|不调查|不了解|不作|不做|不看|不限|不影响|禁止|杜绝|不设|不将|不把|"
    r"拒绝|反对|不包括|不包含|不含|不进行|不安排|不查|不检查|不列|没有|免|取消|严禁|并非|而非)"
    r"[^,;。!?|]{0,8}$"
)
_NEG_AFTER = re.compile(
    r"[^,;。!?|]{0,6}?(?:不限|不论|均可|皆可|都可|不问|不作要求|不做要求|无要求|不要求|不影响|无关|"
    r"不作为|不列入|不纳入|不考虑|不会|不构成|无限制|不受限|不是|都行|均行|不属于|除外|不包括|不做)"
)

_ASK = re.compile(
    r"婚育(?:情况|状况|状态|信息|史)|婚姻(?:状况|状态|情况)|婚恋(?:状况|情况)|生育(?:情况|状况|计划|"
    r"打算|安排|意愿)|(?:怀孕|结婚|二胎|二孩|三孩|要孩子的?)(?:计划|打算)|婚否|是否(?:已婚|结婚|婚育|"
    r"生育|已育|单身|有(?:孩子|小孩|子女))|有无(?:子女|孩子|小孩|对象)|子女(?:情况|状况)|几个孩子|"
    r"孩子(?:几岁|年龄)|婚检(?!假|费|中心|科|门诊|机构|站|所|医生|服务)|恋爱情况|何时结婚"
)
_BIRTH = (
    r"生育|怀孕|生孩子|要孩子|生小孩|生二胎|生二孩|生三胎|生娃|要小孩|要二胎|孕育|备孕|结婚|婚育"
)
_CONDITION = re.compile(
    rf"(?:不得|不能|不准|不允许|不可以?|禁止|暂不|不要|不许|避免|不计划|不打算|承诺不|保证不|同意不|"
    rf"不再)[^,;。!?|限以将把询问]{{0,3}}?(?:{_BIRTH})(?!情况|状况|作为)"
    rf"|不(?:{_BIRTH})(?:的)?(?:承诺|保证|协议|声明)"
    rf"|(?:承诺|保证|同意|确保)[^,;。!?|]{{0,8}}?不(?:{_BIRTH})"
    rf"|(?:年内|期内|期间|年之内|之前|以前)暂?不(?:得|能|准|许|可)?(?:{_BIRTH})"
    rf"|(?<!有)(?:无|没有|暂无|近期无|近[一二两三四五\d]年内?无|暂不考虑|没打算|无意)"
    rf"[^,;。!?|]{{0,3}}?(?:{_BIRTH})(?:和[^,;。!?|]{{0,4}})?(?:计划|打算|安排)"
)
_STATUS = (
    r"已婚已育|已婚未育|未婚未育|已婚|未婚|已育|未育|已生育|未生育|已生(?:二胎|二孩)|单身|离异|丧偶|"
    r"有子女|无子女|有孩子(?!照顾|看护|护理|教育|陪伴)|无孩子|有小孩(?!照顾|看护|护理|教育)|无小孩|生过孩子|已有(?:孩子|小孩)|丁克|宝妈|二胎妈妈"
)
_STATUS_PRE = re.compile(
    r"(?<![不无没非])(?:要求|仅限|只限|限|只招|只要|只收|须|需|必须|应|最好|优先|希望|仅招|限定|"
    r"[只仅](?:请|考虑|聘|录用?))"
    rf"(?:为|是)?(?:{_STATUS})"
)
_STATUS_POST = re.compile(
    rf"(?:{_STATUS})(?:(?!均|都|皆|不限|可)[^,;。!?|]){{0,6}}?(?:{_PREF_AFTER}|{_EXCLUDE_AFTER}|"
    r"才行|方可)"
)
_PT_TERM = re.compile(
    r"孕检(?!假|费|中心|科|门诊|机构|站|所|医生|服务)|(?:妊娠|怀孕|早孕)(?:测试|试验|检查|检测|检验|化验|筛查)|验孕|早孕(?:检测|检查|试纸)|hcg|"
    r"(?:未|无|没有|非)(?:怀孕|妊娠)的?(?:证明|检查|报告|证)|未孕(?:证明)?|无孕(?:证明)?|非孕证明|排除(?:怀孕|妊娠|早孕)|b超[^,;。!?|]{0,6}(?:怀孕|妊娠|孕)|"
    r"是否怀孕|有无(?:怀孕|妊娠)"
)
_PT_CONTEXT = re.compile(
    r"体检|入职|录用|应聘|面试|上岗|报到|录取|聘用|新员工|提交|提供|出具|报告|须|需|必须|要求|项目|加查"
)
_PT_DUTY = re.compile(
    r"负责|协助|开展|为孕妇|孕产妇|患者|顾客|客户|门诊|产科|产前|整理|归档|录入|识别|审核|核对|建档"
)

_HB_GENDER = re.compile(
    r"(?<![男女])(?:(?P<m>男性|男士|男生|男)|(?P<f>女性|女士|女生|女))(?:应聘者|求职者|员工)?"
    r"(?![男女装鞋款])(?=需|须|要求|应|必须|年龄|学历|身高|\d|本科|大专|专科|硕士|研究生|高中|中专|应届|[^,;。]{0,3}(?:以上|以下))"
)
_HB_REQ = re.compile(
    r"本科|大专|专科|硕士|研究生|博士|高中|中专|学历|学位|\d+岁|岁以|年龄|身高|cm|厘米|经验|年以上|证书|职称|应届"
)


def _negated(norm: str, start: int, end: int, lo: int, hi: int) -> bool:
    # Windows are bounded so a clause with thousands of hits stays linear.
    return _negated_before(norm, lo, start) or bool(_NEG_AFTER.match(norm, end, min(hi, end + 16)))


def _negated_before(norm: str, lo: int, start: int) -> bool:
    return bool(_NEG_BEFORE.search(norm, max(lo, start - 24), start))


def _favours_men(m: re.Match[str], excluding: bool = False) -> bool:
    male = bool(m.groupdict().get("m") or m.groupdict().get("bm"))
    return male != excluding


def _gender(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    seg = norm[lo:hi]
    if _FAIR.search(seg) or _COMPLIANCE.search(seg):
        return
    for pattern in (_PRE_STRONG, _PRE_WEAK, _POST, _JOB_TITLE, _FIELD, _BRACKET):
        for m in pattern.finditer(norm, lo, hi):
            yield Hit(GENDER, m.start(), m.end(), _favours_men(m), anchor_of(m))
    for pattern in (_EXCLUDE_PRE, _EXCLUDE_POST):
        for m in pattern.finditer(norm, lo, hi):
            yield Hit(GENDER, m.start(), m.end(), _favours_men(m, excluding=True), anchor_of(m))


def _listed(norm: str, lo: int, hi: int, parts: list[tuple[int, int]]) -> Iterator[Hit]:
    seg = norm[lo:hi]
    if _FAIR.search(seg) or _AUDIENCE.search(seg):
        return
    for m in _LISTED.finditer(seg):
        yield Hit(GENDER, lo + m.start(), lo + m.end(), _favours_men(m), lo + anchor_of(m))
    if len(parts) > 1:
        for c_lo, c_hi in parts:
            lone = _LONE.fullmatch(norm[c_lo:c_hi].strip())
            if lone:
                yield Hit(
                    GENDER,
                    c_lo,
                    c_hi,
                    _favours_men(lone),
                    c_lo + len(norm[c_lo:c_hi]) - len(norm[c_lo:c_hi].lstrip()) + anchor_of(lone),
                )


def _marriage(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    if _COMPLIANCE.search(norm, lo, hi):
        return
    for m in _ASK.finditer(norm, lo, hi):
        if not _negated(norm, m.start(), m.end(), lo, hi):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
    for pattern in (_CONDITION, _STATUS_PRE, _STATUS_POST):
        for m in pattern.finditer(norm, lo, hi):
            if not _negated_before(norm, lo, m.start()):
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())


def _pregnancy(norm: str, lo: int, hi: int, hiring_context: bool) -> Iterator[Hit]:
    terms = list(_PT_TERM.finditer(norm, lo, hi))
    if not terms or not hiring_context or _PT_DUTY.search(norm, lo, hi):
        return
    for m in terms:
        if not _negated(norm, m.start(), m.end(), lo, hi):
            yield Hit(PREGNANCY_TEST, m.start(), m.end())


def _higher_bar(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    marks = list(_HB_GENDER.finditer(norm, lo, hi))
    sides: set[str] = set()
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else hi
        if _HB_REQ.search(norm, m.end(), stop) or "即可" in norm[m.end() : stop]:
            sides.add("m" if m.group("m") else "f")
    if sides == {"m", "f"}:
        yield Hit(HIGHER_BAR_FOR_WOMEN, marks[0].start(), marks[-1].end())
        yield Hit(GENDER, marks[0].start(), marks[-1].end())


def find(
    norm: str, sentences: list[tuple[int, int]], clauses: list[list[tuple[int, int]]]
) -> Iterator[Hit]:
    for (s_lo, s_hi), parts in zip(sentences, clauses, strict=True):
        yield from _higher_bar(norm, s_lo, s_hi)
        yield from _listed(norm, s_lo, s_hi, parts)
        hiring_context = _PT_CONTEXT.search(norm, s_lo, s_hi) is not None
        for lo, hi in parts:
            yield from _gender(norm, lo, hi)
            yield from _marriage(norm, lo, hi)
            yield from _pregnancy(norm, lo, hi, hiring_context)
