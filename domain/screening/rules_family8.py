"""Chinese marriage, childbearing and pregnancy-test structures (round 8 of issue 9), by class.

Data flow: normalised text and its sentence spans in (from `screen._hits`), `Hit`s out;
`screen._hits` then applies every lawful-context filter to them (`context.lawful`,
`rules_family8_context.lawful`, ...) like to every other family's hits. Classes, each a
structure over word classes rather than a phrase:
- pregnancy or nursing as grounds to refuse, dismiss or penalise: a pregnancy word, then a
  refusal or sanction in the same clause or the next (哺乳中者恕不录用, 合同期内怀孕的，公司有权
  调岗降薪, 大肚婆免问) -- not a protection (不得以怀孕为由辞退, 孕期员工依法享受产检假);
- not being pregnant as the entry condition (确认未怀孕方可入职, 非孕状态后签订合同), and a
  PREGNANCY_TEST beside it when a check confirms it (经体检确认非孕状态);
- marital or parental status as a requirement or a preference: a status word after a
  requirement word (要求已经结婚生了孩子的, 优先招夫妻俩) or before a preference or a reason
  (已婚人士稳定，优先录用, 家长优先), a bare status value as a list item (…（旺角） 未婚，), and
  not planning another child as a preference (一孩已生、不打算再生的优先) or a pledge (需承诺
  合约期内暂不生小朋友);
- children's ages and childcare as conditions (子女年龄须在3岁以上, 家中无需照顾小孩, 无家庭拖累);
- questions about a spouse or children put to the applicant (面试会问你有没有娃、老公在哪上班),
  blank form fields (子女数量____), a spouse's signed consent (需家属（丈夫）签字同意);
- mothers-only written with an English operator (宝妈 first, only for 宝妈): GENDER too;
- pregnancy tests by the question or the pinyin (体检要查怀没怀孕, 体检需做yanyun).
Every gap is bounded; each pattern is one left-to-right search per sentence: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from domain.screening import rules_family8b
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Hit
from domain.screening.rules_family8_words import CHILD as _CHILD
from domain.screening.rules_family8_words import PREG as _PREG
from domain.screening.rules_family8_words import SPOUSE as _SPOUSE
from domain.screening.rules_family8_words import STATUS as _STATUS
from domain.screening.rules_family8_words import C as _C
from domain.screening.rules_family8_words import S as _S

# A benefit the status gives (夫妻双方均在本单位工作的，可优先申请周转房).
_BENEFIT = re.compile(
    r"[^,;。!?\n]{0,6}?(?:(?<!方)可以?(?:申请|入读|入托|入园|享受|享有|领取|报销|入住|免费)|申请|入住|"
    r"住房|周转房|宿舍|补贴|津贴|假|礼金|慰问|分配)"
)
# Words that say the status is not a condition (已婚未婚均可, 不论是否结婚).
_OPEN = re.compile(
    r"均可|皆可|都可|(?<!性别)不限(?!性别|男女)|不论|无论|不管|不拘|不作|不影响|也可|亦可|也欢迎|欢迎"
)
_GROUNDS = (
    r"(?:恕不|不予|不录|不要|不收|不考虑|不接受|勿|免问|免谈|别来|取消|辞退|解除|解聘|开除|降薪|"
    r"走人|离职|辞职|解雇|炒|辞工|视为|按" + _C + r"{0,8}处理|有权|谢绝|劝退|淘汰|不合格|请回|"
    r"不建议|慎投|勿投|绕行|终止(?:聘用|雇佣|合同|劳动)|停止聘用|不再续约|不续签)"
)
# A protection or a benefit, not a sanction (不得以怀孕为由辞退 / 依法享受产检假).
_PROTECTS = re.compile(
    r"(?:不得|禁止|严禁)(?!怀孕|生育|生孩子|要孩子|结婚|生二胎)|不因|不以|不会|不能因|不可因|依法|保护|保障|享有|享受|(?:给予|予以|适当|特别)照顾|关爱|可申请|可以申请|保留|"
    r"不降|不扣|照发|带薪"
)
_MC = [
    # 哺乳中者恕不录用 / 员工在合同期内怀孕的，公司有权调岗降薪 / 大肚婆免问
    re.compile(_PREG + _C + r"{0,10}?(?:,\s*)?" + _C + r"{0,8}?" + _GROUNDS),
    # 要求已经结婚生了孩子的 / 优先招夫妻俩一起上岗
    re.compile(
        r"(?<![不无非])(?:要求|须|需要?|必须|只要|只招|只收|限|仅限|优先招?|最好是?|偏好|偏向|倾向|更喜欢)"
        r"(?:(?!可|提供|安排)" + _C + r"){0,6}?" + _STATUS + r"(?![房间楼]|公寓|宿舍)"
    ),
    # 已婚人士稳定，优先录用 / 有带娃经验的家长优先 / 宝妈优先
    re.compile(
        _STATUS + r"(?![房间楼]|公寓|宿舍)(?:人士|人员|者|的)?" + _S + r"{0,12}?"
        r"(?:优先|为佳|更佳|为宜|方可|才可|才能|更稳定|稳定)"
    ),
    re.compile(r"(?:家长|宝妈|宝爸|妈妈)(?:们)?(?:优先|为佳)"),
    # 一孩已生、不打算再生的优先 / 需承诺合约期内暂不生小朋友
    re.compile(
        r"(?:不打算|没打算|暂无|没有|无|不考虑|暂不考虑)(?:再)?(?:生|要)(?:育|孩子|小孩|二胎|二孩|宝宝|"
        r"bb|娃|小朋友)?(?:计划|打算)?(?:的|者)?" + _C + r"{0,4}?(?:优先|为佳|更佳)"
    ),
    # 约定生育时间须提前一年报备部门审批: births put to the employer's approval or queue.
    re.compile(
        r"(?:生育|怀孕|要孩子|生孩子|生小孩|生二胎|生二孩|生娃)(?:的)?(?:时间|计划|时间表)?"
        r"(?:(?!津贴|补贴|保险|险|假|金|待遇|报销|费)" + _C + r"){0,10}?"
        r"(?:报备|审批|批准|备案|排队|统一安排|提前申请|提前报告)"
    ),
    re.compile(
        r"(?:承诺|保证|签|答应|约定|同意|需|须|要)" + _S + r"{0,14}?"
        r"(?:暂不生|不生(?!病|气|产|锈|效)|暂缓生|推迟生|不要(?:孩子|小孩|二胎|二孩|三胎|三孩|宝宝|bb|娃)(?!陪|同|跟|在)|"
        r"不怀孕|不生育)"
    ),
    # 应聘者子女年龄须在3岁以上 / 小孩年龄在十岁以上者优先
    re.compile(
        _CHILD + r"(?:的)?(?:年龄|岁数)" + _C + r"{0,4}?(?:须|需|要|必须|应|得)" + _C + r"{0,3}?"
        r"(?:在|满|大于|超过|不小于|不低于|以上|\d)"
    ),
    re.compile(
        _CHILD
        + r"(?:的)?(?:年龄|岁数)?"
        + _C
        + r"{0,3}?(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*周?岁"
        r"(?:以上|以下|以内|之上)?(?:的|者)?(?:优先|为佳|为宜|方可|才可|才能)"
    ),
    # 家中孩子已读初中以上 / 孩子均已上小学
    re.compile(
        r"(?:(?:家中|家里|自家|自己的?|本人)"
        + _CHILD
        + r"(?:已经?|均已|都已)?|"
        + _CHILD
        + r"(?:已经?|均已|都已))"
        r"(?:读|上|满)"
        + _C
        + r"{0,2}?(?:幼儿园|小学|初中|高中|大学|\d{1,2}\s*周?岁|[一二两三四五六七八九十]{1,2}周?岁)"
        # 孩子已上初中的家长请到二楼: parents as clients, not the applicant's own children.
        r"(?!" + _C + r"{0,4}?(?:家长|学生|学员|家庭))"
    ),
    # 有过怀孕生育经历 / 须有母乳喂养经验 / 需提供孩子出生证明
    re.compile(
        r"(?:怀孕|生育|生产|分娩|哺乳|母乳喂养|喂奶|坐月子|生过孩子)(?:的)?(?:亲身)?(?:经历|经验)"
    ),
    re.compile(r"(?:提供|提交|出示|附上?)(?:孩子|子女|小孩)(?:的)?出生证明?"),
    # 未婚者请附上近期妊娠试验结果: a status singled out for an obligation
    re.compile(
        _STATUS
        + r"(?:者|人士|的|员工|人员)\s*(?:请|须|需|必须|要|应)\s*(?:附|提供|提交|出示|做|接受|签)"
    ),
    # 招一对夫妻 / 招夫妻两口子看果园
    re.compile(
        r"(?:招|聘|找|要)(?:聘)?(?:一对|两对|[一二两三四五\d]{1,2}对)?(?:夫妻档|夫妻|夫妇|两口子)(?![房间楼]|公寓|宿舍|肺片|店|饭店|宫|树|桥|湖|岛)"
    ),
    # 家中无需照顾小孩 / 无家庭拖累
    re.compile(
        r"(?:家中|家里|家庭|本人|个人|自身)" + _C + r"{0,3}?(?:无需|不需要?|不用|没有|无)"
        r"(?:照顾|照看|接送|带)(?:老人和?)?" + _CHILD
    ),
    re.compile(r"(?:无|没有|不能有)(?:家庭|家里|家中)?(?:拖累|牵挂|拖家带口)"),
    # 面试会问你有没有娃、老公在哪上班 / 了解您爱人的工作
    re.compile(
        r"(?:问|询问|了解|打听|核实|说明|告知|填写|写明|如实)"
        + _S
        + r"{0,10}?(?:你|您|应聘者|求职者|"
        r"候选人)"
        + _S
        + r"{0,8}?(?:有没有|有无|几个|是否有|是否)?(?:"
        + _CHILD
        + "|"
        + _SPOUSE
        + "|婚姻|"
        r"结婚|婚否|生育|怀孕)(?!的?(?:学习|成绩|作业|课|兴趣|特长))"
    ),
    # 子女数量____ / 配偶工作单位____ / 婚姻状况:____
    re.compile(
        r"(?:"
        + _CHILD
        + r"(?:数量|人数|个数|年龄|情况|几个)|"
        + _SPOUSE
        + r"(?:姓名|工作|单位|职业|"
        r"收入|情况)*|婚姻状况|婚否|婚育(?:情况|状况)?|生育情况)\s*:?\s*_{2,}"
    ),
    # 需家属（丈夫）签字同意
    re.compile(
        r"(?:需|须|要|必须)?(?:家属|" + _SPOUSE + r")[()\s]{0,2}(?:" + _SPOUSE + r")?[()\s]{0,2}"
        r"(?:签字|签名|书面同意|同意书|担保)"
    ),
]
# 未怀孕者方可办理入职: not being pregnant as the entry condition. With a check named in the
# sentence (做孕检，未怀孕方可入职) it is the test's outcome: authors label that PREGNANCY_TEST.
_UNPREGNANT = re.compile(
    r"(?:未怀孕|没怀孕|没有怀孕|未孕|非孕|无孕|不在孕期|未处于孕期)(?:状态)?" + _C + r"{0,6}?"
    r"(?:方可|才可以?|才能|才|后)(?:办理)?(?:入职|签|录用|上岗|上班|报到|转正|工作)"
)
# A clause holding nothing but a status value (…（旺角） 未婚，並須…): a field or a list item.
_BARE = re.compile(
    r"(?:^|(?<=[\s:)\]•·、]))(?:未婚|已婚(?:已育|未育)?|未婚未育|单身)"
    # …顾问：未婚女性，身高163以上: the value may name the person too.
    r"(?:者|人士|女性|男性|女士|男士|女生|男生|员工)?(?=\s*(?:[,;。!]|$))",
    re.MULTILINE,
)
# 店员：女，无孕，可长期: a bare "not pregnant" value, a status the post will check.
_BARE_UNPREGNANT = re.compile(
    r"(?:^|(?<=[\s:,、]))(?:无孕|未孕|非孕)(?=\s*(?:[,;。!]|$))", re.MULTILINE
)
# 宝妈 first / only for 宝妈 / 宝妈only
_MOTHERS = re.compile(
    r"(?:\bonly\s+for\s*|\bonly\s*|\bprefer(?:red)?\s*)(?:宝妈|妈妈)(?!宝爸|爸爸)|"
    r"(?:宝妈|妈妈)\s*(?:first|only|preferred)\b"
)
_PT = [
    # 体检要查怀没怀孕 / 检查有没有怀孕
    re.compile(
        r"(?:查|检查|检测|测)" + _C + r"{0,3}?(?:怀没怀孕|有没有怀孕|是否怀孕|怀孕没|有无怀孕)"
    ),
    # 体检需做yanyun (pinyin the normaliser does not write back)
    re.compile(r"(?:做|查|验|检)" + _C + r"{0,4}?yan\s*yun"),
    # 补做一项“孕情筛查” (the quoted name is still a test the applicant takes)
    re.compile(
        r"(?:做|补做|进行|接受|参加)一?项?\s*[“\"「『]\s*(?:孕情|妊娠|早孕|怀孕|验孕|孕检)"
        r"(?:筛查|检查|检测|试验|测试)?"
    ),
]
# 经体检确认非孕状态: a test when the check is named in the sentence.
_CONFIRMED = re.compile(
    r"(?:确认|证明|核实|检查|检测)" + _C + r"{0,4}?(?:非孕|未孕|无孕|未怀孕|没有?怀孕|不在孕期)"
)
# 体检项目：…、yan yun (a name, Yanyun, counts only beside a check)
_YANYUN = re.compile(r"\byan\s?yun\b", re.ASCII)
_CHECK = re.compile(r"体检|检查|检测|孕检|b超|化验|报告|证明")


def find(norm: str, sentences: list[tuple[int, int]]) -> Iterator[Hit]:
    for s_lo, s_hi in sentences:
        for p in _MC:
            for m in p.finditer(norm, s_lo, s_hi):
                if _PROTECTS.search(norm, max(s_lo, m.start() - 16), m.end()):
                    continue
                if _OPEN.search(norm, m.start(), min(s_hi, m.end() + 8)):
                    continue
                if _BENEFIT.match(norm, m.end(), min(s_hi, m.end() + 8)):
                    continue
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        checked = _CHECK.search(norm, s_lo, s_hi)
        for m in _UNPREGNANT.finditer(norm, s_lo, s_hi) if not checked else ():
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        for m in _BARE.finditer(norm, s_lo, s_hi):
            if not _OPEN.search(norm, s_lo, s_hi) and "/" not in norm[s_lo:s_hi]:
                yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        for m in _MOTHERS.finditer(norm, s_lo, s_hi):
            yield Hit(GENDER, m.start(), m.end())
            yield Hit(MARRIAGE_CHILDBEARING, m.start(), m.end())
        yield from rules_family8b.find(norm, s_lo, s_hi)
        tests = [m for p in _PT for m in p.finditer(norm, s_lo, s_hi)]
        tests.extend(_BARE_UNPREGNANT.finditer(norm, s_lo, s_hi))
        if checked:
            tests.extend(_CONFIRMED.finditer(norm, s_lo, s_hi))
            tests.extend(_YANYUN.finditer(norm, s_lo, s_hi))
        for m in tests:
            if not _PROTECTS.search(norm, max(s_lo, m.start() - 8), m.end()):
                yield Hit(PREGNANCY_TEST, m.start(), m.end())
