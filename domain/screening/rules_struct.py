"""Structural rule families (Chinese and English) and the served-not-hired context filter.

Data flow: normalised text, sentence and clause spans in, `Hit`s out, each anchored on its
gender or status word (`screen.py` insists that the word starts a word). Families:
field-value forms (性别:男, 婚育:, gender: female), job-then-gender listings (会计 女士1名),
bracketed gender after an English title ("sales manager (male)"), "mothers only" wording
(仅限宝妈 is GENDER and MARRIAGE_CHILDBEARING; 欢迎宝妈宝爸 is not), conditions on children's
ages, pregnancy or marriage as grounds to refuse or dismiss (怀孕视为自动离职, 孕妇勿扰),
questions about a spouse or children. `served_not_hired()` is applied by `screen.py` to hits of
every family: a clause where a duty towards clients comes first (负责审核会员婚姻状况, "record
patients' pregnancy status") or a benefit (孕检假, 婚假) describes the job, not the applicant.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening import rules_zh as zh
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Hit, anchor_of

_B = r"[^,;。!?|\n]"  # any character that stays inside a clause
_GW = rf"(?:(?P<m>{zh._M_WORD}|男)|(?P<f>{zh._F_WORD}|女))"
_OPEN = re.compile(r"不限|均可|皆可|都可|不论|无要求|不作要求|不要求|男女|/|或")

# 性别:男 / 要求:女 / 性别要求:男士 -- a gender as the value of a field.
_FIELD = re.compile(
    rf"(?:性别|性别要求|要求|条件|其他要求|基本要求|任职要求|限制|应征者|应聘者)\s*[:】\]]\s*(?:限|为|是)?\s*{_GW}"
    r"(?![男女/、或和及]|\s*(?:不限|均可|皆可|不论|[子性士生]?[都也](?:可以?|行)))"
)
# 普工:男,若干 -- a bare 男/女 as the whole value of any field but a contact.
_BARE_VALUE = re.compile(
    r"(?<!联系人)(?<!联系)(?<!负责人)(?<!经理)(?<!先生):\s*(?:(?P<m>男)|(?P<f>女))(?=\s*(?:[,;。]|$))"
)
# 会计 女士1名 / 司机 男2人 / 普工 女工10名 -- a gender with a headcount after a job.
_LISTING = re.compile(
    rf"(?<![男女子妇])(?:{_GW})\s*(?:\d{{1,3}}|[一二两三四五六七八九十几若干数]{{1,3}})\s*(?:名|人|位|个)"
)
_TALLY = re.compile(r"其中|占|现有|共有|员工总数|已有|目前|比例|人次|服务|构成|组成|分布")
# 以男性为主 / 男性为主
_MAINLY = re.compile(
    rf"(?:以|主要招收?|主要是)?(?<![男女]){_GW}(?:为主(?!要)|居多|为优先|为佳|为宜)"
)
_NEED = re.compile(
    r"(?<![不无没非必])(?:需|须)要?(?:(?P<m>男性|男士|男生)|(?P<f>女性|女士|女生))(?=[,;。\s)]|$)"
)
_LIMITED = re.compile(rf"(?<![男女]){_GW}限定")
_OBJECT = re.compile(rf"(?:招聘|招收|招募)?对象(?:为|是|限|仅限|只限)(?<![男女]){_GW}")
# 女生需身高165以上 / 女员工需化妆上岗 -- appearance asked of one gender (a higher bar).
_LOOKS = re.compile(
    rf"(?<![男女/、]){_GW}(?:员工|应聘者|求职者)?{_B}{{0,3}}?(?:身高|化妆|高跟鞋|形象|气质|长相|"
    r"颜值|五官|身材|貌美|漂亮|甜美|淡妆|体重|三围)"
)
_LOOKS_BEFORE = re.compile(
    rf"(?:形象|气质|长相|颜值|身材|五官|外形|相貌)(?:好|佳|甜美|出众|姣好|端正|靓丽)的?(?<![男女]){_GW}"
)
_HEIGHT_OF = re.compile(rf"身高{_B}{{0,10}}?的(?<![男女]){_GW}")
# 男孩子做更合适 / 女性比较适合 -- who the job "suits".
_SUITS = re.compile(
    rf"(?<![男女/、]){_GW}{_B}{{0,3}}?(?:更|比较|最|较)(?:合适|适合|顺手|胜任|方便|吃香)"
)
# 保安(男,50岁以下) / 客服专员【女】 -- a gender first inside brackets after a title.
_BRACKET = re.compile(
    rf"[(【\[〔〈《]\s*(?:限|仅限|只限)?\s*(?<![男女]){_GW}\s*(?:优先)?\s*(?=[)】\],、〕〉》])"
)
_LONE_STATUS = re.compile(
    rf"(?:[-·•*■◆●○>]\s*|[(]?\d{{1,2}}[).、]\s*)?(?:婚否\s*:?\s*)?(?:{zh._STATUS})"
)
_COLLOQUIAL = re.compile(
    rf"(?<![不无没非])(?:招|聘|征|需要|找|要)(?:{zh._COUNT}){_B}{{0,3}}?"
    r"(?:(?P<m>小伙子?|帅哥|小哥哥?)|(?P<f>小姐姐|小妹|美女|妹子|姑娘|女孩子?))"
)
# 店员女若干 / 前台女1 / 会计 女士1名 -- a gender straight after a job noun.
_JOB_GENDER = re.compile(
    rf"(?:{zh._JOB})\s*(?:(?P<m>男士|男性|男生|小哥|小伙|男)|(?P<f>女士|女性|女生|小妹|小姐姐|女))"
    r"(?=\s*(?:若干|\d|[一二两三四五六七八九十几数]|$|[,;。)\]】\s、]))"
)
# 男女各10名 / 男2名女3名 -- a quota per gender.
_QUOTA = re.compile(
    r"男女各\s*(?:\d+|[一二两三四五六七八九十几]+)|男\s*:?\s*\d+\s*(?:名|人|位)?\s*[,、]?\s*女\s*:?\s*\d+|"
    r"女\s*:?\s*\d+\s*(?:名|人|位)?\s*[,、]?\s*男\s*:?\s*\d+"
)
_MOTHER = r"(?P<f>宝妈|全职妈妈|全职太太|二胎妈妈|妈妈|已育女性|已婚女性|已婚妇女|已婚已育女性)"
_MOTHERS_ONLY = re.compile(
    rf"(?<![不无没非])(?:仅限于?|只限|限|只招收?|仅招收?|只要|招聘|招收|诚聘|急聘|急招|招|聘|"
    rf"面向|针对|适合|专招)(?:(?!为|给|帮|替|向|服务|照顾|护理|陪伴){_B}){{0,4}}?(?<![和与及、或]){_MOTHER}(?!岗|宝爸|爸爸|和|与|及|或|/|、)"
)
_MOTHERS_PREF = re.compile(rf"{_MOTHER}(?:{zh._PREF_AFTER}|为主)")
_OPEN_TO_FATHERS = re.compile(r"宝爸|爸爸|父母|家长|男女|均可|不限|都可|皆可|所有|任何")
# 婚育:已婚已育 / 婚姻状况: (even left blank, the field asks) -- marriage as a field.
_STATUS_FIELD = re.compile(
    r"(?:婚育|婚姻|婚否|婚姻状况|婚育状况|婚育情况|婚恋状况|生育状况|生育情况)\s*:\s*"
    r"(?!不限|均可|皆可|不作要求|不做要求|无要求|无\b|不问)"
)
_STATUS_VALUE = re.compile(rf"(?:要求|条件)\s*:\s*{_B}{{0,10}}?(?:{zh._STATUS})(?!均|都|皆|不限)")
_COUPLE = re.compile(
    rf"(?:夫妻|两口子)(?:工|档|二人|俩|岗)?{_B}{{0,4}}?(?:{zh._PREF_AFTER}|为主)|"
    r"(?:限|只招|仅招|只要|只收)(?:夫妻|两口子)|夫妻双方(?:都|均)?(?:需|须|要|必须)"
)
_CHILD = r"(?:孩子|小孩|子女|宝宝|小朋友)"
_CHILD_AGE = re.compile(
    rf"{_CHILD}(?=(?:需|须|要)?(?:已满|年满|满|大于|超过)|\s*\S{{1,2}}\s*(?:周岁|岁)(?:以上|以下))"
    rf"(?:需|须|要)?(?:已满|年满|满|大于|超过)?\s*(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,2}})\s*(?:周岁|岁)(?:以上|以下)?|"
    rf"{_CHILD}(?:已|已经)(?:上学|上小学|上幼儿园|入学|入园|成年|长大|断奶|大了)"
    r"|无(?:需照顾)?家庭(?:负担|拖累)|家庭无负担|无需照顾家庭|不用照顾(?:孩子|小孩|家庭)|"
    rf"{_CHILD}{_B}{{0,8}}?(?:满|大于|超过|已上|上了|已经上|在上|已)\s*"
    rf"(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,2}})?\s*(?:周岁|岁|小学|幼儿园|初中|学|成年|断奶)"
    rf"{_B}{{0,8}}?(?:优先|者|为佳|以上|即可|方可|才)"
    rf"|{_CHILD}{_B}{{0,4}}?(?:需|须|要|必须|应)(?:已|满|年满|大于|超过)"
    # 有小孩的要有老人帮带 / 不能因孩子请假: childcare made a condition of the job.
    rf"|(?:必须|需|须|要|得)(?:家里|家中)?有人(?:帮忙|帮)?(?:带|照顾|看|接送){_CHILD}"
    rf"|有{_CHILD}的{_B}{{0,2}}?(?:要|需|须|必须|得)(?:有|家里有|家人|老人|能|自己)"
    rf"|不(?:能|得|可|许|准)因{_CHILD}(?:的事|生病)?(?:请假|缺勤|迟到|早退|耽误)"
)
_CHILD_BENEFIT = re.compile(r"享受|享有|报销|医保|补贴|津贴|福利|托管|入托|保险|可申请|发放|免费")
_REQUIRED = re.compile(r"要求|须|必须|需(?!求)|优先|才|方可")
_GROUND = (
    r"自动离职|自动辞职|主动辞职|主动离职|辞退|解除(?:劳动)?合同|解聘|开除|离职处理|自行离职|"
    r"勿扰|免谈|不予?录用|不考虑|勿投|慎投|谢绝|不要(?=来|投|[,;。!?\s]|$)|不招|请勿|"
    r"(?:需|须|要|得|应)(?:辞职|离职)|就?别来|慎重|请?绕道|不行|就?别报(?:名)?|别点|别投|不收|免了|"
    r"不予?接收|不续签|不予续签|不再续签|终止(?:劳动)?合同|(?:视同|视作|当作|按)(?:自愿|自动|主动)?(?:离职|辞职)"
)
_REFUSE = re.compile(
    rf"(?<![未非无没查测验检])(?:怀了?孕|孕期|孕妇|孕妈|准妈妈|生育|生孩子|生小孩|结婚|婚后|备孕|"
    r"哺乳期|产假期间)"
    rf"(?:(?!不得|不会|不能|不可|不因|禁止|严禁|依法|保护){_B}){{0,8}}?(?:{_GROUND})"
)
_QUESTION = re.compile(
    rf"(?:爱人|配偶|老公|老婆|丈夫|妻子|男朋友|女朋友|男友|女友){_B}{{0,10}}?"
    rf"(?:吗|么|\?|做什么|从事|工作单位|姓名|职业|是否|在哪)"
    rf"|(?:你|您)(?:的|家)?{_CHILD}{_B}{{0,10}}?(?:吗|么|\?|几|多大|年龄|谁带|谁照顾)"
    rf"|{_CHILD}{_B}{{0,4}}?(?:谁带|谁照顾|谁接送|有人带吗|有人照顾吗|多大了|几岁了|上几年级)"
    rf"|有(?:几个|没有)?(?:{_CHILD}|对象)(?:吗|么|\?|了吗)|(?:几个|多少个){_CHILD}"
    rf"|(?:是否|有没有|有无)(?:结婚|成家|对象|男朋友|女朋友|生育|{_CHILD})"
    rf"|(?:结婚|成家|要孩子|生孩子|生二胎)了?(?:没有|吗|么|\?)"
    rf"|(?:打算|准备|计划)(?:什么时候|何时)(?:结婚|要孩子|生孩子|生二胎)"
)

_EN_FIELD = re.compile(
    r"\b(?:gender|sex)\s*(?:required|requirement)?\s*[:\-–—]\s*(?:(?P<m>males?|men|man|m)|(?P<f>females?|women|woman|f))\b"
    r"(?!\s*(?:/|or|and|&)\s*(?:m|f|males?|females?|men|women|man|woman)\b)"
)
_EN_BRACKET = re.compile(
    r"[(\[]\s*(?:(?P<m>males?|men|man|(?<=[a-z] [(\[])m)|(?P<f>females?|women|woman|ladies|"
    r"(?<=[a-z] [(\[])f))(?: only| preferred)?\s*[)\]]"
)
_EN_IDEALLY = re.compile(
    r"\b(?:ideally|preferably|perfect for|ideal for) (?:a |an )?(?:young |mature |strong )?"
    r"(?:(?P<m>males?|man|men|gentleman|guys?|lads?)|(?P<f>females?|woman|women|lady|ladies|girls?))\b"
    r"(?!\s*(?:/|or|and|&)|'s)"
)
_EN_LISTING = re.compile(
    r"\b(?:(?P<m>males?|men)|(?P<f>females?|women))\s*[,:x×]?\s*\d{1,3}\b"
    r"|\b\d{1,3}\s+(?:[a-z]+\s)?(?:(?P<m2>boys?|lads|gentlemen)|(?P<f2>girls?|ladies))\b"
)
_EN_LONE = re.compile(
    r"(?:^|\n|[.;:]\s*)[-*•]?\s*(?:\d+[.)]\s*)?(?:(?P<m>males?|men)|(?P<f>females?|women))\s*[,;]\s*"
    r"(?=height|aged?\b|age\b|under|over|below|\d|between|single|married|attractive|good-looking|slim)"
)
_EN_WILL_BE = re.compile(
    r"\b(?:candidates?|applicants?|persons?|hires?|individuals?|employees?|incumbents?)\s+(?:will|would|"
    r"should|must|shall|is expected to|needs? to|has to) be (?:a |an )?(?:young |mature )?"
    r"(?:(?P<m>males?|man|gentleman)|(?P<f>females?|woman|lady))\b"
)
_EN_MARRIED = re.compile(
    r"\b(?:married|single|unmarried)(?: (?:applicants?|candidates?|people|persons?|women|men))?"
    r"(?: (?:with|without) (?:young |small |grown |school-age )?(?:children|kids))? (?:are |is )?"
    r"(?:only|preferred|wanted|first|given priority)\b"
    r"|\b(?:mothers|moms|mums)(?: of (?:school-age|grown|older) (?:children|kids))?"
    r"(?: only| preferred| wanted)\b"
)
_EN_QUESTION = re.compile(
    r"\bare you (?:married|single|pregnant|planning to (?:marry|have))|"
    r"\bdo you (?:have|plan to have) (?:any )?(?:children|kids)|"
    r"\bhow (?:old|many) (?:are )?(?:your )?(?:children|kids)|"
    r"\byour (?:spouse|husband|wife|partner)(?:'s)? (?:name|occupation|job|employer|work|do)\b|"
    r"\b(?:become|becomes|get|gets|fall|falls) pregnant\b[^.;]{0,60}\b(?:contract|employment|job)"
    r"\s+(?:will|shall)\s+(?!not)(?:end|be terminated|terminate|cease)|"
    r"\bwhen (?:do|will) you (?:plan to )?(?:marry|get married|have (?:children|kids|a baby))|"
    r"\bpregnan\w{0,12}[^.;]{0,30}(?:will|shall) (?:be )?(?:terminat|dismiss|end)\w{0,12}"
)

_DUTY_ZH = re.compile(
    rf"(?:负责|审核|核实|核对|登记|了解|收集|整理|录入|帮助|协助|服务|接待|为|对接|跟进|匹配|筛选|介绍|"
    rf"记录|评估|陪伴|照顾|护理|指导|咨询|调查){_B}{{0,8}}?(?:会员|用户|客户|顾客|学员|患者|病人|来访者|"
    r"嘉宾|新人|孕妇|产妇|孕产妇|准妈妈|宝妈|儿童|家庭|单身|老人|居民|访客|服务对象|妇女|学生|家长)"
    r"|(?:会员|用户|客户|顾客|学员|患者|嘉宾|来访者|服务对象)的?$"
    r"|(?:照顾|照看|看护|(?<![需要须携请顺附])带|接送|辅导|教|陪伴|陪|哄|负责|服务)$"
    r"|(?:识别|甄别|核查|审核|核实|核对|查验|录入|整理)(?:虚假|真实|伪造|会员|用户|客户)?的?$"
)
# "relationship status verification": the status is what staff check, not asked of them.
_CHECKED_DATA = re.compile(
    r"\s*(?:status\s+)?(?:verification|moderation|checks on (?:members|users))"
)
_CLIENTS_EN = r"(?:clients?|customers?|members?|patients?|users?|guests?|couples?|singles|families)"
_DUTY_EN = re.compile(
    r"\b(?:verify|record|assess|check|screen|update|review|confirm|match|collect|help|assist|"
    r"moderate|vet|approve|process|handle|"
    rf"support|serve|counsel|advise)\w{{0,12}}\s+(?:[\w']{{1,20}}\s+){{0,3}}?{_CLIENTS_EN}\b|"
    rf"\b{_CLIENTS_EN}(?:'s?|s')\s*$"
)
# Clients' records checked earlier in the sentence (会员资料审核,包括婚姻状况查核).
_RECORDS = re.compile(
    r"(?:会员|客户|用户|顾客|学员|患者|来访者)的?(?:资料|信息|档案)[^。!?;\n]{0,6}?(?:审核|核实|核对|登记|查核)"
)
_BENEFIT = re.compile(r"假|补贴|津贴|礼金|红包|保险|福利|报销|leave\b|allowance|insurance|benefit")
_BENEFIT_BEFORE = re.compile(r"享受|福利|带薪|报销|补贴|提供免费|paid|benefits?:")


def served_not_hired(norm: str, lo: int, hi: int, hit: Hit) -> bool:
    """Does a duty towards clients, or a benefit, come before the hit in its clause?"""
    if hit.rule not in (GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST):
        return False
    before = norm[max(lo, hit.start - 64) : hit.start]
    if hit.rule != GENDER:
        window = re.split(r"[。!?;\n|]", norm[max(0, hit.start - 40) : hit.start])[-1]
        if _RECORDS.search(window):
            return True
    if _DUTY_ZH.search(before) or (hit.rule != GENDER and _DUTY_EN.search(before)):
        return True
    if hit.rule != GENDER:
        if _CHECKED_DATA.match(norm, hit.end, min(len(norm), hit.end + 24)):
            return True
        after = norm[hit.end : min(hi, hit.end + 3)]
        if _BENEFIT.match(after) or _BENEFIT_BEFORE.search(before):
            return True
    return False


def _bare_end(m: re.Match[str]) -> int:
    """End of a one-character gender word (女 in 女装 must end a word, 女性 need not)."""
    for g in ("m", "f"):
        if m.groupdict().get(g) is not None and m.end(g) - m.start(g) == 1:
            return m.end(g)
    return -1


def _gender_hits(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    for pattern in (
        _FIELD,
        _BARE_VALUE,
        _MAINLY,
        _OBJECT,
        _NEED,
        _LIMITED,
        _EN_LONE,
        _LOOKS,
        _LOOKS_BEFORE,
        _HEIGHT_OF,
        _SUITS,
        _BRACKET,
        _COLLOQUIAL,
        _JOB_GENDER,
        _QUOTA,
        _EN_FIELD,
        _EN_BRACKET,
        _EN_WILL_BE,
        _EN_IDEALLY,
        _EN_LISTING,
    ):
        for m in pattern.finditer(norm, lo, hi):
            if zh._negated_before(norm, lo, m.start()):
                continue
            men = bool(m.groupdict().get("m") or m.groupdict().get("m2"))
            yield Hit(GENDER, m.start(), m.end(), men, anchor_of(m), _bare_end(m))
    if not _TALLY.search(norm, lo, hi):
        for m in _LISTING.finditer(norm, lo, hi):
            if not _OPEN.match(norm, m.end(), min(hi, m.end() + 4)):
                yield Hit(GENDER, m.start(), m.end(), bool(m.group("m")), anchor_of(m))


def _status_hits(norm: str, lo: int, hi: int) -> Iterator[Hit]:
    if not _OPEN_TO_FATHERS.search(norm, lo, hi):
        for m in (*_MOTHERS_ONLY.finditer(norm, lo, hi), *_MOTHERS_PREF.finditer(norm, lo, hi)):
            yield Hit(GENDER, m.start(), m.end(), False, anchor_of(m))
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=anchor_of(m))
    benefit = bool(_CHILD_BENEFIT.search(norm, lo, hi) and not _REQUIRED.search(norm, lo, hi))
    for pattern in (_STATUS_FIELD, _STATUS_VALUE, _COUPLE, _CHILD_AGE, _REFUSE, _QUESTION):
        if pattern is _CHILD_AGE and benefit:
            continue  # 员工子女12岁以下可报销医药费: what the employer gives, not a condition
        for m in pattern.finditer(norm, lo, hi):
            if not zh._negated_before(norm, lo, m.start()):
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
    for pattern in (_EN_MARRIED, _EN_QUESTION):
        for m in pattern.finditer(norm, lo, hi):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())


def find(
    norm: str, sentences: list[tuple[int, int]], clauses: list[list[tuple[int, int]]]
) -> Iterator[Hit]:
    for (s_lo, s_hi), parts in zip(sentences, clauses, strict=True):
        yield from _gender_hits(norm, s_lo, s_hi)
        yield from _status_hits(norm, s_lo, s_hi)
        if len(parts) > 1:
            for c_lo, c_hi in parts:
                text = norm[c_lo:c_hi]
                if _LONE_STATUS.fullmatch(text.strip()):
                    yield Hit(MARRIAGE_CHILDBEARING, c_lo, c_hi)
