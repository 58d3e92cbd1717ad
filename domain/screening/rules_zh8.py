"""Chinese structures of round 8 (issue 9), by class: tallied on five authors' misses.

Data flow: normalised text and its sentence / clause spans in (from `rules_spoken.find`),
`Hit`s out; `screen._hits` then applies the lawful-context filters to them like to every other
hit. Each class is a structure with word classes, not a phrase:
- GENDER
  - the wanted person: a hiring verb, a counter and a few modifiers before a gender noun or
    pronoun (需要一个能扛事儿的东北汉子, 我们在找一位细心的她, 新同事是一位踏实肯干的小伙子);
  - a hiring verb and a bare gender before a role or a count (招男机修一名, 只请男, 优先录取男硕士);
  - one gender screened out, redirected or its quota full, the other side of a contrast
    (男生简历不回复, 男同学请关注其他岗位, 宝爸暂不考虑, 女生名额已满), and interviews or
    CVs only for one gender (面试只约女生, 仅收男生简历, 只安排男性候选人);
  - uneven gender ratios with words between (男女录取比例为2:1, 按男女2:1比例确定入围);
  - a gender judged suitable by the post (此岗位女性较为适宜), a target group field
    (招聘对象:…男性毕业生), a height bar with a sign (女生 ≥ 160cm), the same gender twice in a
    field (性别:女/女), military service completed as a bar (须役毕);
- MARRIAGE_CHILDBEARING
  - pregnancy with an adverse outcome (试用期内怀孕的按不合格处理, 怀了就走人, 大肚婆免问);
  - births or weddings put off for a period or allowed later (N年内不安排生育, 近期没有要孩子的
    打算, 满两年后方可申请怀孕, 一年内不办婚礼);
  - people defined by their children, with a preference or a bar (孩子不在身边的优先, 家中有幼儿
    需人照看者慎投, 孩子不满12岁的不适合), no young children at home, a grandparent carer;
  - the spouse's job or income asked, a spouse on the staff preferred; a partner or a wedding
    plan asked (是否有对象, 是否打算结婚); a status as any "…情况" field value; blanks for the
    number of children; mothers turned away (二孩妈妈暂不考虑);
- PREGNANCY_TEST: a check-up listed as containing pregnancy (尿检(含妊娠), 妇科检查含妊娠项目,
  体检不合格(含怀孕)), a test verb spaced from its object (查 孕, 查 h c g).
Every gap is bounded; each pattern is one left-to-right search per sentence: linear work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening.lexicon import F_NOUN, M_NOUN
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Hit

_B = r"[^,;。!?\n:]"  # a character inside one clause
# Modifiers of the wanted person: no service verb (陪, 照顾, 为 …) and no second counter.
_MOD = r"[^,;。!?\n:陪顾服为给帮护人位个名]"
_COUNTER = r"(?:[一1]?[个位名]|几[个位名])"
_WANT = r"(?:需要|要找|想找|在找|寻找|找|希望|期待|想要|招|聘|来)"
_ROLE = (
    r"硕士|博士|研究生|本科生|毕业生|劳力|劳动力|机修工?|技工|技师|师傅|学徒|杂工|小工|力工|电工|"
    r"焊工|钳工|厨师|帮厨|保洁|护工|教练|老师|教师|护士|销售|业务员?|客服|主管|经理|助理|秘书|"
    r"翻译|模特|跟车|搬运工?|装卸工?|保安|司机|店长|美工|设计师?|工程师|程序员|技术员|操作员|"
    r"质检员?|仓管员?|库管|理货员?|营业员|快递员?|骑手|配送员?|导购|收银员?|文员|前台|会计|出纳|"
    r"运营|专员|编辑|策划|主播"
)
# A bare gender before a role is a gendered title (男月嫂, 女技师).
_GROLE = rf"(?:{_ROLE}|月嫂|保姆|育婴师)"
_NOUN = (
    rf"(?:(?P<m>{M_NOUN}|宝爸|奶爸|(?<![子妇儿少闺])男{_GROLE})"
    rf"|(?P<f>{F_NOUN}|二[孩胎]妈妈|宝妈|(?<![子妇儿少闺])女{_GROLE}))"
)
_NOUN_B = _NOUN.replace("?P<m>", "?P<m3>").replace("?P<f>", "?P<f3>")
_EXCL = (
    r"(?:简历)?(?:暂不考虑|不予考虑|不考虑|不回复|一律不回|(?:投了)?也?不会看|不看|勿投|免投|不要投|别投|不用投|不在招聘范围|"
    r"请绕道|绕道|谢绝|免谈|勿扰|不招|不收|不录用|不予录用|请关注[^,;。!?\n:]{0,6}?其他(?:岗位|职位))"
)
_GENDER = [
    # 需要一个能扛事儿的东北汉子 / 在找一位细心的她 / 新同事是一位踏实肯干的小伙子
    re.compile(
        rf"(?:{_WANT}|(?:新同事|新人|人选|候选人)是){_B}{{0,3}}?{_COUNTER}"
        rf"{_MOD}{{0,12}}?(?:的|之)?(?:{_NOUN}|的(?P<f2>她)|的(?P<m2>他))"
        r"(?![a-z\u4e00-\u9fff]{0,2}(?:用户|客户|顾客|学员|患者|老人|会员))"
    ),
    re.compile(r"(?:需|需要|要求)[^,;。!?\n]{0,14}?之(?P<f>妈妈|母亲)"),
    # 招男机修一名 / 只请男。/ 优先录取男硕士 -- a bare gender made the hire's role
    re.compile(
        r"(?:招|请|聘|录取|录用|要|限)(?:聘|收)?(?P<g>[男女])(?!女|男|装|鞋|包|款|式|科|厕|宿|浴|表|童|"
        r"士[装鞋包]|性用品)"
        rf"(?:{_ROLE}|(?=\s*(?:[,;。!?\n]|$|\d{{1,3}}\s*[名个位人]|[一二两三四五]\s*[名个位人])))"
    ),
    # 男生简历不回复 / 男同学请关注我司其他岗位 / 宝爸暂不考虑 -- one gender turned away
    re.compile(
        rf"(?<![男女和与及、或/期孕]){_NOUN}(?:简历|报名者|应聘者|候选人)?{_B}{{0,8}}?{_EXCL}"
    ),
    # 面试只约女生 / 仅收男生简历 / 本次面试只安排男性候选人
    re.compile(
        r"(?<!不是)(?<!并非)(?<!不)(?:只|仅)"
        r"(?:收|约|看|回复|安排|邀约|面试?|接受|录取|录用|要|招收|签|通知|招|请|聘)"
        rf"{_B}{{0,4}}?(?<![男女和与及、或/]){_NOUN}"
    ),
    # 女生名额已满，只剩男生名额
    re.compile(
        r"(?:(?P<g>[男女])(?:性|生|士|工)?|只剩(?P<g2>[男女])(?:性|生|士|工)?)的?"
        r"(?:名额|指标)(?:已满|已招满|满了|招满了?|已经满了?|没有了|已用完)?"
        r"(?<=满|了|完|额|标)"
    ),
    # 此岗位女性较为适宜 / 本职位适合太太们
    re.compile(
        rf"(?:此|本|该|这个?)(?:岗位|职位|工作|工种){_B}{{0,4}}?(?:{_NOUN}{_B}{{0,4}}?"
        rf"(?:适宜|适合|合适|胜任)|(?:适宜|适合|更适合)由?{_NOUN_B})"
    ),
    # 招聘对象：2027届男性毕业生
    re.compile(
        r"(?:招聘|招募|招收|报名|面向|适用)?对象\s*:\s*[^,;。!?\n:]{0,12}?(?<![男女和与及、或/])"
        r"(?P<g>[男女])(?:性|生|士|青年)(?![、/和及与或]\s*[男女])"
    ),
    # 女生 ≥ 160cm / 男生>=170 -- a height bar for one gender written with a sign
    re.compile(
        r"(?P<g>[男女])(?:性|生|士)?\s*(?:身高)?\s*(?:≥|>=|>|＞|≧)\s*1\d{2}\s*(?:cm|厘米|公分)?"
    ),
    # 性别:女/女 (female/女) -- the same gender twice is no choice
    re.compile(r"性别(?:要求)?\s*:\s*(?P<g>[男女])\s*[/、]\s*(?P=g)(?![\u4e00-\u9fff])"),
    # 服务员：女8名 -- a job field whose value is a gender with a headcount
    re.compile(
        r"[\u4e00-\u9fff]{2,6}(?<!员工|职工)\s*:\s*(?P<g>[男女])(?![男女/、和及])\s*\d{1,3}\s*[名人位]"
    ),
    # 男当保安，女做保洁 -- each gender assigned its job; 只招同性同事
    re.compile(
        r"(?<![子妇儿少闺男女])(?P<g>[男女])的?(?:当|做|干|负责|开|管|跑|搞|掌勺|切配|打扫|去|就行)"
        r"[^,;。!?\n]{0,6}[,]?\s*(?<![男女])[男女]的?(?:当|做|干|负责|开|管|跑|搞|掌勺|切配|打扫|去|就行)"
        r"|(?<![子妇儿少闺男女])(?P<g2>[男女])的[\u4e00-\u9fff]{1,4}[,]?\s*(?<![男女])[男女]的[\u4e00-\u9fff]"
        r"|(?:只|仅)(?:招|要|收)同性"
    ),
    # 招年轻女技师 -- a hiring verb, a few modifiers, a bare gender and a role
    re.compile(
        r"(?:招|请|聘)聘?[^,;。!?\n:男女]{1,4}?(?<![子妇儿少闺])(?P<g>[男女])" + rf"{_GROLE}"
    ),
    # 电商美工-男（3名） -- a title, a dash and a gender before a headcount
    re.compile(r"[\u4e00-\u9fff]{2,8}\s*[-—]\s*(?P<g>[男女])\s*\(\s*\d{1,3}\s*[名人位]\s*\)"),
    # 美女促销员若干 -- a gender noun before a role and a headcount
    re.compile(
        r"(?:(?P<f>美女|靓女|小姐姐|妹子)|(?P<m>帅哥|靓仔|小伙子?))(?:"
        + _ROLE
        + r"|[\u4e00-\u9fff]{1,3}员)"
        r"(?:若干|数名|\d{1,3}\s*[名位个])"
    ),
    # 大哥们来吧 / 小哥哥们看过来 -- a gendered crowd called to apply
    re.compile(
        r"(?:(?P<m>大哥们|小哥哥们|兄弟们|帅哥们|哥哥们)|(?P<f>姐妹们|小姐姐们|美女们|宝妈们|妹妹们))"
        r"(?:来吧|看过来|快来|速来|冲|来应聘|来报名)"
        r"|(?P<m2>哥哥们)来(?:应聘|报名)"
    ),
    # 自己生养过孩子 / 孩子两岁以下的妈妈…请勿投: a birth the applicant gave, or mothers turned
    # away, says the hire is a woman (their marriage/childbearing side is the family rules').
    re.compile(
        r"(?:自己|亲自|本人)(?P<f>生(?:养)?过孩子|生育过)"
        r"|(?P<f2>妈妈)(?!岗)[^,;。!?\n:]{0,10}?(?:请勿投|勿投|无法胜任|暂不考虑|不考虑)"
    ),
    # 首选男性候选人 / 倾向男生 / 诚征可爱正妹 -- a preference or a call for one gender
    re.compile(
        rf"(?:首选|倾向于?|偏向|偏好|更倾向于?|诚征|征求|急征){_B}{{0,4}}?(?<![男女和与及、或/]){_NOUN}"
    ),
    # 咨询师：女性，外貌端庄 -- a role whose value is a gender, then looks
    re.compile(
        rf"[\u4e00-\u9fff]{{2,8}}\s*:\s*(?:{_NOUN_B}|(?P<g>[男女]))\s*,\s*"
        r"(?:外貌|五官|身高|形象|身材|相貌|颜值|长相)"
    ),
    # 条件：已婚妇女 -- a gender noun as the whole value of a condition field
    re.compile(rf"(?:条件|要求|对象|资格)\s*:\s*(?<![男女]){_NOUN}(?=\s*[,;。\n]|$)"),
    # 礼仪小姐：163cm以上 -- a gender noun heading a body bar
    re.compile(rf"(?<![男女]){_NOUN}\s*:\s*1[4-9]\d\s*(?:cm|厘米|公分)"),
    # 须役毕 -- military service completed, a bar only men can meet (Taiwan)
    re.compile(r"(?<![男])(?:须|需|必须|要求)?(?P<m>役毕|服完兵役)(?!或免役)"),
]
# 其中男性不少于15人 -- a floor or a ceiling for one gender, unless the staff are described.
_FLOOR = re.compile(
    r"(?<![男女])(?P<g>[男女])(?:性|生|士|工)?(?:不少于|至少|不低于|不超过|不多于|不得少于|不得超过)"
    r"\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:人|名|%|成)"
)
_STAFF_SENT = re.compile(r"团队|现有|目前|管理层|员工中|占比|员工男女")
_NOT_GENDER_SENT = re.compile(
    r"性别不限|不限性别|男女不限|性别均可|男女均可|都可以?|都行|不分男女|欢迎男女|男女都|男女皆"
)
_RATIO = re.compile(
    r"(?:按|以)?男女[^,;。!?\n:]{0,6}?比例\s*(?:要求|控制在|为|是|按)?\s*(\d{1,2})\s*[:比]\s*(\d{1,2})"
    r"|按男女\s*(\d{1,2})\s*[:比]\s*(\d{1,2})\s*(?:的)?比例"
)
_PREG = r"(?:怀孕|怀了|怀上|有孕|孕妇|大肚婆|大肚子|身怀六甲|哺乳中|哺乳期)"
_MARRIAGE = [
    re.compile(
        _PREG + r"(?:的|者|员工|人员)?[^;。!?\n]{0,8}?"
        r"(?:按[^,;。!?\n:]{0,6}?不合格处理|(?:视为|作)?(?:试用|考核)?不合格|就?走人|辞退|解聘|"
        r"开除|取消[^,;。!?\n:]{0,4}?资格|免问|免谈|勿扰|勿来|不养闲人|恕不录用|不予?录用|降薪|(?:有权|强制|一律)调岗|"
        r"解除(?:劳动)?合同|扣发)"
    ),
    re.compile(
        r"(?:\d{1,2}|[一二两三四五])\s*年(?:之?内|以内)|年内|近期|近两年|短期内|期间"
        r"|入职(?:后|前)?[^,;。!?\n:]{0,4}?(?:之?内|以内)"
    ),
    re.compile(
        r"(?:方可|才能|才可以?|后再)(?:申请|安排|考虑)?(?P<w>生育|怀孕|要孩子|生孩子|生二胎|生二孩|结婚)"
    ),
    re.compile(
        r"(?:孩子|小孩|子女|幼儿|儿童|小朋友|娃)(?:[^,;。!?\n:经验]){0,10}?(?:的|者)[^,;。!?\n:]{0,2}?"
        r"(?:慎投|勿投|不适合|不宜|不考虑|暂不考虑|免谈|别来|不要|不收|勿扰|优先(?!入读|入学|入园|就读))"
    ),
    re.compile(
        r"(?:家中|家里|家有)?(?:无|没有)(?:学龄前|(?:\d{1,2}|[一二两三四五六七八九十]{1,2})周?岁以下|年幼|幼小|低龄|在读)"
        r"(?:儿童|孩子|子女|小孩|幼儿)"
    ),
    re.compile(
        r"(?:有没有|是否有|须有|需有|有)老人(?:帮忙|帮着)?(?:帮带|带孩子|带娃|看孩子|照看孩子)"
    ),
    re.compile(
        r"(?:了解|询问|说明|提供|告知|填写|问)[^,;。!?\n:]{0,3}?(?:爱人|配偶|丈夫|妻子|老公|老婆|对象)"
        r"的?(?:工作|收入|单位|职业|情况)"
    ),
    re.compile(
        r"(?:爱人|配偶|丈夫|妻子|老公|老婆)(?:在本|在我)(?:厂|公司|单位|司)[^,;。!?\n:]{0,6}?(?:优先|为佳)"
    ),
    re.compile(
        r"(?:是否|有没有|有无)(?:有)?(?:对象|男朋友|女朋友|男友|女友|另一半)"
        r"|(?:是否|有没有)(?:打算|计划|准备)[^,;。!?\n:]{0,3}?(?:结婚|要孩子|生孩子|生育|生二胎|怀孕)"
    ),
    re.compile(r"(?:个人|家庭|本人)(?:情况|状况)\s*:\s*(?:未婚|已婚|单身)"),
    re.compile(r"(?:育有|子女|孩子)(?:数量|年龄|人数|个数)?\s*_{2,}"),
    # 已婚人士稳定，优先录用 / 要求已经结婚生了孩子的 / 子女年龄须在3岁以上
    re.compile(
        r"(?:已婚|未婚|已育|未育|单身)(?:已育|未育)?(?:人士|者|的|人员)?[^。!?\n]{0,8}?优先"
        r"|(?:要求|须|需|只要|只招|限)是?(?:已经)?(?:结了?婚|成了?家|生了孩子|生过孩子|有了?孩子|当了?妈)"
        r"(?!证)"
        r"|(?:子女|孩子|小孩|小朋友)的?(?:年龄)?(?:须|需|要|应|必须)在?满?\s*\d{1,2}\s*周?岁"
    ),
    # 需家属（丈夫）签字同意 / 家中无需照顾小孩
    re.compile(
        r"(?:丈夫|妻子|配偶|老公|老婆|爱人)[^,;。!?\n]{0,4}签字同意"
        r"|(?:家中|家里|家庭)(?:无需|不需|不用|无须)照顾(?:小孩|孩子|子女|幼儿)"
    ),
    re.compile(r"(?:只|仅)(?:招|要|收|限)(?:已经|已)?当(?:了)?妈的"),
    re.compile(
        r"(?:二[孩胎]|宝|全职|年轻)?妈妈[^,;。!?\n:]{0,2}?(?:暂不考虑|不考虑|勿扰|免谈|不要)"
    ),
]
# After a time window: a birth, a wedding or a leave ruled out.
_PUT_OFF = re.compile(
    r"(?:不|不可|不能|不得|不准|不许|不会|暂不|不安排|不打算|没有|无)(?:再)?"
    r"(?:生育|生孩子|生小孩|生小朋友|生娃|生宝宝|要孩子|要小孩|要宝宝|怀孕|结婚|办婚礼|休婚假|休产假|"
    r"生二胎|生二孩|备孕)"
)
_NOT_M = re.compile(
    r"不因|不得以|不会因|不以|禁止|严禁|不能因|保障|保护|依法|享受|欢迎|也可以?|不会问|不会询问|不问|不询问|"
    r"不查询|不过问"
)
_TEST = re.compile(
    r"(?:体检|检查|尿检|妇检|血检|b超)[^,;。!?\n:]{0,6}?[(]?(?:含|包含|包括|含有)"
    + r"[^)\n,。]{0,6}?"
    r"(?:妊娠|怀孕|早孕|验孕|孕检|hcg)"
    r"|(?:入职|体检|面试|上岗)[^,;。!?\n:]{0,4}?(?:查|验|测)\s+(?:孕|h\s*c\s*g)"
    r"|(?:确认|证明|检查|体检|确定)[^,;。!?\n:]{0,6}?(?:非孕|未孕|无孕|没有怀孕|未怀孕)"
)
_NOT_TEST = re.compile(r"不含|不包含|不包括|无需|不做|不查|免")


def _g(m: re.Match[str]) -> Hit:
    g = m.groupdict()
    men = any(g.get(k) for k in ("m", "m2", "m3")) or "男" in (g.get("g") or "", g.get("g2") or "")
    return Hit(GENDER, m.start(), m.end(), bool(men))


def find(norm: str, sentences: list[tuple[int, int]]) -> Iterator[Hit]:
    for s_lo, s_hi in sentences:
        open_sent = bool(_NOT_GENDER_SENT.search(norm, s_lo, s_hi))
        for p in _GENDER:
            for m in p.finditer(norm, s_lo, s_hi):
                if not open_sent:
                    yield _g(m)
        if not _STAFF_SENT.search(norm, s_lo, s_hi):
            yield from (_g(m) for m in _FLOOR.finditer(norm, s_lo, s_hi))
        for m in _RATIO.finditer(norm, s_lo, s_hi):
            a, b = (x for x in m.groups() if x is not None)
            if a != b:
                yield Hit(GENDER, m.start(), m.end())
        if _NOT_M.search(norm, s_lo, s_hi):
            continue
        for i, p in enumerate(_MARRIAGE):
            for m in p.finditer(norm, s_lo, s_hi):
                if i == 1:  # a time window: the ruled-out birth must follow within 8
                    off = _PUT_OFF.search(norm, m.end(), min(s_hi, m.end() + 10))
                    if off and not re.search(r"[,;。!?\n]", norm[m.end() : off.start()]):
                        yield Hit(MARRIAGE_CHILDBEARING, m.start(), off.end())
                    continue
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        for m in _PUT_OFF.finditer(norm, s_lo, s_hi):
            if norm.startswith(("的打算", "的计划", "打算", "计划"), m.end()):
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        if not _NOT_TEST.search(norm, s_lo, s_hi):
            for m in _TEST.finditer(norm, s_lo, s_hi):
                yield Hit(PREGNANCY_TEST, m.start(), m.end())
