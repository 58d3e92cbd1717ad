"""Spoken and shop-window forms (round 7 of issue 9): word classes in the way people post.

Data flow: normalised text and its sentence/clause spans in, `Hit`s out (anchored on the gender
or status word, so `screen.py` insists that the word starts a word). Families:
- a gender noun of any class (`lexicon`: 大姐, 大爷, 少爷, 公主, 女工 ...) with a headcount
  after it (洗碗大姐一名, 少爷8名、公主10名), unless the sentence counts staff or clients
  (其中, 现有, 客户) or names both genders;
- a gender noun told to come and start (老哥来了直接上岗, 姑娘们来了就能上班);
- couples as the hire (夫妇档优先, 招夫妻工两对, 只要两口子, "couples only"): marriage;
- a plan for a (further) child as grounds to turn away (打算再生的就别来了, 准备要二胎的慎投);
- pregnancy tests in passing (验个孕, 顺便查一下孕) or by the hormone's Chinese name
  (人绒毛膜促性腺激素);
- `sold_not_asked()`: a pregnancy-test word that names goods sold or made (验孕棒品牌运营,
  销售验孕试纸, "pregnancy test kits") is the job's product, not a test of the applicant.
Every gap is bounded, so matching stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening import rules_general as gen
from domain.screening import rules_terse, rules_zh8
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Hit, anchor_of

_COUNT = r"(?:\d{1,3}|[一二两三四五六七八九十几]{1,3})\s*(?:名|位|个|人|枚)|若干名?|数名"
# 洗碗大姐一名 / 少爷8名 -- a gender noun with a headcount: a listing of who is hired.
_NOUN_COUNT = re.compile(rf"(?<![男女和与及、或]){gen._NOUN}{gen._NOT_OTHER}\s*(?:{_COUNT})")
_NOT_LISTING = re.compile(
    r"其中|现有|已有|共有|占|比例|客户|顾客|会员|学员|患者|老人|服务|照顾|接待|男女|均可|不限"
)
# 老哥来了直接上岗 -- a gender noun told to come and start work.
_COME_START = re.compile(
    rf"(?<![男女和与及、或]){gen._NOUN}们?(?:来了?|过来|到岗)(?:就|直接|马上|即可)?"
    r"(?:上岗|上班|开工|干活|入职|能干|能上班)"
)
# 夫妇档优先 / 招夫妻工两对 / 只要两口子 / "couples only" -- a couple is the hire.
_COUPLE_WORD = r"(?:夫妻|夫妇|两口子|小两口|两夫妻|夫妻俩|两公婆|公婆俩)"
_COUPLE = re.compile(
    rf"(?P<w>{_COUPLE_WORD})(?:工|档|岗)?[^,;。!?\n]{{0,5}}?(?:优先|为佳|为主|才要|才收|才考虑)"
    # 养鸡场招两口子一起干 (round 8): a couple hired to work together.
    rf"|(?:招|要|收|聘)(?P<w5>{_COUPLE_WORD})一起(?:干|做|来|上班|工作)"
    rf"|(?:招|要|收|聘|只要|只招|仅招|限)(?P<w2>{_COUPLE_WORD})(?:工|档)?\s*"
    r"(?:\d{1,2}|[一二两三四五六七八九十几]{1,2})\s*对"
    rf"|(?:只要|只招|仅招|只收|仅限|限)(?P<w3>{_COUPLE_WORD})"
    r"|\b(?P<w4>(?:married )?couples?) (?:only|preferred|wanted|given priority)\b"
)
_COUPLE_NOT = re.compile(r"夫妻房|夫妻宿舍|夫妻间|可安排|可提供|提供|欢迎|均可|也可|也行|客户|婚庆")
# 打算再生的就别来了 / 准备要二胎的慎投 -- a plan for a child as grounds to turn away.
_PLAN = re.compile(
    r"(?P<w>(?:打算|准备|计划|想|考虑|还要|还想)(?:再)?(?:生|要)(?:二胎|二孩|三胎|老二|孩子|小孩|娃|宝宝)"
    r"|(?:打算|准备|计划|想)再(?:生|要))"
    r"[^。!?\n]{0,6}?(?:就?别来了?|别报|慎投|勿扰|免谈|不要|不考虑|不收|绕道|算了)"
)
# 验个孕 / 顺便查一下孕 / 人绒毛膜促性腺激素 -- a pregnancy test in passing or by its hormone.
_PT = re.compile(
    r"(?:验|查|测)(?:个|一下|下|一个)(?:孕|怀孕|早孕)(?!妇)|(?:人)?绒毛膜促性腺激素|孕酮检测"
)
_PT_NOT = re.compile(r"不|无需|免|客户|顾客|患者|孕妇")
# Goods sold or made: 验孕棒品牌, 销售验孕试纸, "pregnancy test kits", "our products include".
_SOLD_BEFORE = re.compile(
    r"(?:销售|出售|售卖|零售|批发|卖|经营|代理|推广|生产|研发|品牌|电商|直播|产品|商品|货品|药店|介绍|推荐|"
    r"陈列|报关|进口|出口|注册|备案|采购|仓储|sell|"
    r"selling|sales of|"
    r"products?|brand|manufactur\w*|distribut\w*)[^,;。!?\n]{0,8}$"
)
_SOLD_AFTER = re.compile(
    r"[^,;。!?\n]{0,12}?(?:套装|产品|用品|商品|陈列|货架|生产线|品牌|电商|运营|销售|批发|代理|试剂|研发|研制|"
    r"报关|进出?口|出口|注册|备案)"
    r"|(?:棒|试纸|笔|卡|盒)?店|(?:\s*(?:kits?|strips?|products?|brand|cassettes?|packs?)\b)"
)


def sold_not_asked(norm: str, lo: int, hi: int, hit: Hit) -> bool:
    """Does a pregnancy-test hit name goods the job sells or makes (in its clause)?"""
    if hit.rule != PREGNANCY_TEST:
        return False
    before = norm[max(lo, hit.start - 16) : hit.start]
    return bool(
        _SOLD_BEFORE.search(before) or _SOLD_AFTER.match(norm, hit.end, min(hi, hit.end + 12))
    )


def _gender(m: re.Match[str]) -> Hit:
    return Hit(GENDER, m.start(), m.end(), bool(m.groupdict().get("m")), anchor_of(m))


def find(
    norm: str, sentences: list[tuple[int, int]], clauses: list[list[tuple[int, int]]]
) -> Iterator[Hit]:
    for (s_lo, s_hi), parts in zip(sentences, clauses, strict=True):
        sent = norm[s_lo:s_hi]
        closed, both = gen._sentence_open(norm, s_lo, s_hi)
        lawful = bool(gen._LAWFUL.search(sent))
        if not (closed or both or lawful or gen._CONTACT.search(sent)):
            if not _NOT_LISTING.search(sent):
                yield from (_gender(m) for m in _NOUN_COUNT.finditer(norm, s_lo, s_hi))
            yield from (_gender(m) for m in _COME_START.finditer(norm, s_lo, s_hi))
        for lo, hi in parts:
            if not _COUPLE_NOT.search(norm, lo, hi):
                for m in _COUPLE.finditer(norm, lo, hi):
                    at = next((m.start(g) for g in ("w", "w2", "w3", "w5") if m.group(g)), -1)
                    yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=at)
            if not _PT_NOT.search(norm, lo, hi):
                for m in _PT.finditer(norm, lo, hi):
                    yield Hit(PREGNANCY_TEST, m.start(), m.end())
        if not lawful:
            for m in _PLAN.finditer(norm, s_lo, s_hi):
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end(), anchor=m.start("w"))
    yield from more_hits(norm, sentences)
    yield from family_hits(norm, sentences)
    yield from rules_terse.find(norm, sentences)
    yield from rules_zh8.find(norm, sentences)


# 男女比例8:2 / "keep the team at 80% men" -- an uneven gender ratio set for the hire (round 7);
# a count of the staff already there (现有员工男女比例) is a tally, not a condition.
_RATIO = re.compile(r"男女比例\s*(?:要求|控制在|为|是)?\s*(\d{1,2})\s*[:比]\s*(\d{1,2})")
_RATIO_TALLY = re.compile(
    r"现有|目前|现在|公司员工|员工构成|团队现|已有|去年|往年|以往|历年|入职员工"
)
_EN_RATIO = re.compile(
    r"\b(?:at least |roughly |about |around |over )?(\d{2})\s?%\s+"
    r"(?:(?P<m>male|men)|(?P<f>female|women))\b"
    r"(?=[^.\n]{0,60}\b(?:keep|want|aim|aiming|target|prioriti[sz]e|only|intake|hire|hiring|"
    r"interviewing|profiles)\b)|\b(?:keep|aim|aiming|target)\w*\b[^.\n]{0,40}?\b(\d{2})\s?%\s+"
    r"(?:(?P<m2>male|men)|(?P<f2>female|women))\b",
    re.ASCII,
)
# "prioritise male profiles", "only interviewing ladies this round", "strictly for the ladies",
# "we do not accept male applicants", "open to female nationals … only".
_EN_ONLY_NOW = re.compile(
    r"\b(?:strictly|only|exclusively|just) for (?:the )?(?:(?P<m3>guys|gents|men|lads)|"
    r"(?P<f3>ladies|girls|women|gals))\b(?!['\u2019])"
    r"|\b(?:do not|don't|won't|will not|cannot|can't) accept "
    r"(?:(?P<m4>female|women)|(?P<f4>male|men)) (?:applicants|candidates|staff)\b"
    r"|\bopen (?:only )?to (?:(?P<m5>male|men)|(?P<f5>female|women))\b(?! and| or)"
    r"[^.;\n]{0,40}\bonly\b"
    r"|\b(?:only|just)\s+(?:interviewing|hiring|taking|accepting|considering|recruiting|shortlisting)\s+"
    r"(?:(?P<m>men|males?|guys|gentlemen)|(?P<f>women|females?|ladies|girls))\b"
    r"|\bprioriti[sz]e\s+(?:(?P<m2>male|men's)|(?P<f2>female|women's))\s+(?:profiles|candidates|cvs)\b",
    re.ASCII,
)
# Gendered and slang nouns for the hire after a wanting word ("need a strong fella", "calling all
# gentlemen", "hiring Filipina maids", "a matronly receptionist", "girl next door type").
_EN_SLANG = (
    r"(?P<m>fellas?|chaps?|blokes?|gentlemen|handym[ae]n|deliverym[ae]n|salesm[ae]n|doorm[ae]n)"
    r"|(?P<f>lass(?:es)?|gals?|aunt(?:ie|y|ies)|matronly|girl next door|waitress(?:es)?|"
    r"hostess(?:es)?|stewardess(?:es)?|(?:house|bar|chamber)?maids?|salesgirls?|saleslad(?:y|ies)|"
    r"filipinas?)"
)
_EN_SLANG_WANTED = re.compile(
    r"\b(?:need|needs|needed|want|wants|looking for|seeking|hiring|recruiting|after|calling all|"
    r"only|"
    r"required|require|requires|wanted)\b[^.;\n]{0,40}?\b(?:" + _EN_SLANG + r")\b"
    r"|\b(?:" + _EN_SLANG.replace("?P<m>", "?P<m2>").replace("?P<f>", "?P<f2>") + r")\b"
    r"[^.;\n]{0,40}?\b(?:required|wanted|needed|vacanc\w+|positions? open|now open)\b",
    re.ASCII,
)
# 护工阿姨，50岁以下 -- a gender noun followed by an age bar: a requirement item.
_NOUN_AGE = re.compile(rf"(?<![男女和与及、或]){gen._NOUN}\s*,\s*\d{{2}}\s*(?:周岁|岁)")
# 体检要查怀没怀孕 / 确认未有身孕 / 确认未处于孕期 / "proof of not being pregnant" / a medical
# whose list of tests includes pregnancy.
_PT_MORE = re.compile(
    r"查(?:一下)?怀没怀孕|(?:确认|证明|确定)(?:未|没有|无|不在)(?:有|处于)?(?:身孕|孕期|怀孕|妊娠)"
    r"|\bproof (?:of |that )?(?:you are |you're )?not (?:being )?pregnant\b"
    r"|\b(?:medical|health check|check-?up|screening|tests?)\b[^.;\n]{0,12}\("
    r"(?:(?!\bno\b|\bnot\b|excl|without|except)[^()\n]){0,60}"
    r"\bpregnancy\b[^()\n]{0,30}\)",
    re.ASCII,
)


def more_hits(norm: str, sentences: list[tuple[int, int]]) -> Iterator[Hit]:
    """Ratios, English wanting forms, noun + age items and further test wordings (round 7)."""
    for s_lo, s_hi in sentences:
        for m in _RATIO.finditer(norm, s_lo, s_hi):
            a, b = int(m.group(1)), int(m.group(2))
            # A near-even split (5:5, 48:52) sets no gender; a tally describes past hires.
            uneven = abs(a - b) * 10 > max(a + b, 1) * 2 if a + b > 10 else abs(a - b) > 1
            if uneven and not _RATIO_TALLY.search(norm, max(s_lo, m.start() - 12), m.start()):
                yield Hit(GENDER, m.start(), m.end(), a > b, m.start())
        for pattern in (_EN_RATIO, _EN_ONLY_NOW, _EN_SLANG_WANTED):
            for m in pattern.finditer(norm, s_lo, s_hi):
                groups = m.groupdict()
                men = any(groups.get(g) for g in ("m", "m2", "m3", "m4", "m5"))
                yield Hit(GENDER, m.start(), m.end(), men)
        if not gen._sentence_open(norm, s_lo, s_hi)[1]:
            for m in _NOUN_AGE.finditer(norm, s_lo, s_hi):
                yield _gender(m)
        for m in _PT_MORE.finditer(norm, s_lo, s_hi):
            if not _PT_NOT.search(norm, max(s_lo, m.start() - 6), m.start()):
                yield Hit(PREGNANCY_TEST, m.start(), m.end())


# Pregnancy as grounds to refuse or dismiss, in everyday wording (round 7): 怀了娃的就不要来面了 /
# 干着干着怀上了的就自己走人 / 试用期内怀孕，公司得终止雇佣合约 / 怀孕者恕不聘用 / 孕妇勿应征 /
# "not suitable for pregnant or breastfeeding applicants".
_PREGNANT = (
    r"怀了?(?:娃|孩子|宝宝|小孩|孕)|怀上了?|有了身孕|[已有]孕者?|怀孕(?:者|的)?|孕妇|孕妈|大肚子|"
    r"哺乳期(?:员工|女工|者|妈妈)?|"
    r"(?:娃娃|孩子|小孩|娃)还?在吃奶"
)
_PREGNANT_OUT = re.compile(
    rf"(?P<w>{_PREGNANT})[^。!?\n]{{0,14}}?(?:不要来|别来|走人|自己走|卷铺盖|恕不\w{{0,2}}|"
    r"勿(?:应征|应聘|投|报|申请|来)|终止(?:雇佣|劳动|聘用)?(?:合同|合约|关系)|解约|不予?续约|先不要|"
    r"不予?录用|作废|取消录用|撤销录用|(?:自觉|主动|自行)(?:离职|辞职))"
    r"|(?:不接受|不收|不要|谢绝|请勿)[^,;。!?\n]{0,2}?(?:孕期|怀孕|哺乳期)"
    r"|\b(?:become|becomes|fall|falls|get|gets) pregnant\b[^.;\n]{0,40}?\b(?:will not be confirmed|"
    r"(?:are |is )?expected to resign|must resign|will be (?:let go|dismissed|released))"
    r"|\bwho (?:will |would )?(?:look after|take care of|mind|care for) your (?:children|kids)\b"
    r"|\bnot (?:suitable|open|available) (?:for|to) (?:pregnant|breastfeeding|nursing|expecting)\b"
    r"|\b(?:rather not|won't|will not|do not|don't|cannot) (?:hire|employ|take on|consider) "
    r"(?:someone|anyone|people|candidates|applicants) with (?:young |small )?(?:children|kids)\b",
    re.ASCII,
)
_PREGNANT_NOT = re.compile(r"不得|不会|禁止|依法|保护|照顾|调岗|客户|顾客|会员|服务")
# Childcare and young children made a condition: 家中小孩有老人照看者方可报名 / 家里孩子小没人
# 带的不考虑 / 家中有幼儿者恕不考虑 / 家中无婴幼儿需要照顾 / "No kids." as a requirement line.
_CHILD_HELD = re.compile(
    r"(?P<w>(?:孩子|小孩|娃娃?|子女)[^,;。!?\n]{0,4}?(?:有人|有老人|老人|家人|家里人)(?:帮忙)?"
    r"(?:带|照看|照顾|看管|接送)|(?:孩子|小孩|娃)(?:还)?小[^,;。!?\n]{0,3}?没人带|"
    r"有(?:幼儿|婴儿|婴幼儿|幼童)(?!照|护|看|经验|相关|教育|早教)|"
    r"(?:家中|家里)(?:无|没有)(?:婴幼儿|幼儿|婴儿|幼童))"
    r"[^。!?\n]{0,10}?(?:方可|才可以?|才能|不考虑|恕不|不要|别来|需要照顾|优先|为佳)"
    r"|(?:^|[•\-*|]\s*)(?P<w2>no (?:kids|children|babies))\s*[.!]?\s*$",
    re.MULTILINE,
)
# "reserved for women who have children", "preference for mothers with school-age kids".
_EN_MOTHERS = re.compile(
    r"\b(?:reserved|only|exclusively|open only|designed|ideal|perfect|preference|priority)\s+"
    r"(?:is given |will be given |given )?(?:for|to)\s+(?:women|ladies|mothers|moms|mums)\s+"
    r"(?:who have|with)\s+(?:young |small |school-age |school-aged )?(?:children|kids)\b",
    re.ASCII,
)


# Cantonese questions about marriage and children (结咗婚未, 有冇仔女), a form asking for the
# children's details (注明子女姓名年龄), a spouse's job or place as a preference (对象在本市优先).
_CANTONESE_ASK = re.compile(
    r"结咗婚(?:未|冇|吗)?|有冇(?:仔女|小朋友|细路|孩子|bb)|(?:拍拖|结婚)未|"
    r"(?:注明|填写|写明|登记)[^,;。!?\n]{0,8}?(?:子女|孩子|小孩)[^,;。!?\n]{0,4}?(?:年龄|看护|情况|多大)|"
    r"(?:对象|配偶|爱人|老公|老婆)[^,;。!?\n]{0,8}?(?:者|的)?优先"
)


def family_hits(norm: str, sentences: list[tuple[int, int]]) -> Iterator[Hit]:
    """Pregnancy and childcare as grounds to refuse, mothers as the hire (round 7)."""
    for s_lo, s_hi in sentences:
        if not _PREGNANT_NOT.search(norm, s_lo, s_hi):
            for m in _PREGNANT_OUT.finditer(norm, s_lo, s_hi):
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        for m in _CHILD_HELD.finditer(norm, s_lo, s_hi):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        for m in _CANTONESE_ASK.finditer(norm, s_lo, s_hi):
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        for m in _EN_MOTHERS.finditer(norm, s_lo, s_hi):
            yield Hit(GENDER, m.start(), m.end(), False)
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
