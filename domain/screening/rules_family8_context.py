"""Lawful contexts for marriage, childbearing and pregnancy-test hits (round 8 of issue 9).

Data flow: `screen._hits` gives every MARRIAGE_CHILDBEARING or PREGNANCY_TEST hit, of any rule
family, with its sentence and clause spans -> `lawful(norm, sent, clause, hit)` -> True drops
the hit. Classes (structures, the hit's own clause unless said otherwise):
- a policy that names the status only to exclude it as a ground (不因性别、婚姻、生育状况拒绝录用,
  不收取婚育证明, 欢迎所有婚育状况的候选人, 无论婚否均可) -- unless the clause also restricts;
- a place or a service, goods sold, a leave or a legal protection named with the word
  (孕检、婚检一站式服务中心, 主营…验孕棒, 婚检、孕检的带薪假期, 孕期…不降薪不解约);
- a sentence that welcomes every status (欢迎已婚已育…，也欢迎未婚人士);
- the status word as the object of a duty (负责员工子女班车接送, 运营宝妈社群, 负责计划生育特殊家庭
  帮扶台账, 参与编写《已婚育龄妇女健康手册》): the job's work, not the applicant;
- housing named by the household it suits (单身公寓及家庭户型, 夫妻宿舍), and what the status
  entitles an employee to (员工子女年满3岁可入读公司幼儿园): a benefit;
- the people the job serves, named just before the hit (招生对象：孩子年龄在3-6岁);
- a person already there, described (创始人是一位宝妈, 我们团队有很多宝妈).
Every search is bounded to the clause and a few dozen characters around the hit: linear.
"""

from __future__ import annotations

import re

from domain.screening.model import MARRIAGE_CHILDBEARING, PREGNANCY_TEST, Hit

_POLICY = re.compile(
    r"不因[^,;。!?\n]{0,16}?(?:拒绝|歧视|区别|差别|影响|不予|不录)|(?:欢迎|面向|接受)所有|所有[^,;。!?\n]{0,4}?"
    r"婚育|不(?:收取|索要|需提供|需要提供|用提供|查验|审查)[^,;。!?\n]{0,8}?(?:婚|孕|生育|子女)|"
    r"无论[^,;。!?\n]{0,12}?(?:均|都|一律|同等)|平等对待|一视同仁"
)
# A field label (岗位要求：) is not a restriction by itself.
_RESTRICTS = re.compile(
    r"优先|为佳|必须|须|需|要求(?!\s*:)|只|仅|限(?!制)|不要(?!求)|不收(?!取)|勿|谢绝|方可|才"
)
# 负责员工子女班车接送 / 运营宝妈社群 / 参与编写…: the clause opens with a duty verb.
_DUTY = re.compile(
    r"\s*(?:[(（]?\d{1,2}[)）.、]?|[-•·*]|[一二三四五六七八九十][、.])?\s*(?:[^,;。!?\n:]{0,4}:\s*)?"
    r"(?:负责(?!人)|参与|协助|运营|策划|编写|撰写|维护|服务|接待|对接|整理|更新|管理|组织|开展|指导|宣传|"
    r"跟进|统计|建立|承担|提供|开发|设计|讲解|推广|销售|带领|陪伴|照看|照顾)"
)
# 《…》 names a book or a programme; 《…承诺书》 is a paper the applicant signs.
_TITLE = re.compile(r"《([^》\n]{1,30})》")
_SIGNED = re.compile(r"(?:承诺书|保证书|声明|证明|协议|申请表|登记表)$")
_FAMILY = re.compile(r"婚|孕|育|子女|孩|妈|夫妻|家庭")
_HOUSING = re.compile(r"(?:单身|夫妻|家庭|家属)(?:公寓|宿舍|房|户型|楼|套房)")
# 招生对象：孩子年龄在3-6岁 / 服务对象为孕产妇: the people the job serves, named before the hit.
_CLIENTS = re.compile(
    r"(?:招生|服务|招收|授课|教学|辅导|接待|护理)对象|学员|生源|客户|顾客|会员|患者|病人|用户|孕产妇|产妇"
)
# 欢迎已婚已育…，也欢迎未婚人士: the sentence opens the job to every status.
_WELCOMES_ALL = re.compile(
    r"(?:也|亦|同样|都|均)欢迎|一律欢迎|欢迎宝爸宝妈|欢迎宝妈宝爸|欢迎爸爸妈妈"
)
# 孕检、产检、婚检一站式服务中心 / 药店主营…验孕棒 / 婚检、孕检的带薪假期 / 孕期…不降薪不解约:
# a place or service, goods sold, a leave, or a legal protection named with the word.
_SERVICE = re.compile(
    r"(?:孕检|产检|婚检|孕产|妇产|产科|妇幼)[^,;。!?\n]{0,10}?(?:服务中心|一站式|门诊|诊所|医院|科室)|"
    r"(?:主营|经营|销售|出售|代理|零售|批发|上架|货品|商品|品类)[^,;。!?\n:]{0,16}?"
    r"(?:验孕|孕妇|孕婴|母婴|婚纱|婚庆|婚礼|奶粉|孕产|妈咪)|"
    r"(?:孕检|产检|婚检|检查)[^,;。!?\n]{0,4}?(?:的)?(?:带薪)?假期?|带薪[^,;。!?\n]{0,6}?(?:检|假)|"
    r"按规定|依法|不降薪|不解约|不得解除|不得辞退|不辞退|工资照发|照发工资"
)
# 员工子女年满3岁可入读公司幼儿园: what the status entitles an employee to.
_ENTITLES = re.compile(
    r"(?<!方)可以?(?:申请|入读|入托|入园|享受|享有|领取|报销|入住|免费|参加|携带|带来)|(?:享受|享有)"
)
_DESCRIBED = re.compile(
    r"(?:创始人|老板娘?|店长|负责人|我们|团队|公司)[^,;。!?\n]{0,6}?(?:是|有)(?:一位|一名|位|个|很多|"
    r"不少|多位|好几位)?(?:宝妈|妈妈|已婚)"
)


def lawful(norm: str, sent: tuple[int, int], clause: tuple[int, int], hit: Hit) -> bool:
    """Is this marriage or pregnancy-test hit a lawful mention (see the module doc)?"""
    if hit.rule not in (MARRIAGE_CHILDBEARING, PREGNANCY_TEST):
        return False
    c_lo, c_hi = max(clause[0], hit.start - 60), min(clause[1], hit.end + 60)
    if c_lo >= c_hi:
        c_lo, c_hi = max(sent[0], hit.start - 30), min(sent[1], hit.end + 30)
    restricts = _RESTRICTS.search(norm, c_lo, c_hi)
    if _POLICY.search(norm, c_lo, c_hi) and not restricts:
        return True
    if _SERVICE.search(norm, c_lo, c_hi) and not restricts:
        return True
    if hit.rule == PREGNANCY_TEST:
        return False
    s_lo, s_hi = max(sent[0], hit.start - 90), min(sent[1], hit.end + 90)
    if _WELCOMES_ALL.search(norm, s_lo, s_hi) and not restricts:
        return True
    if _DUTY.match(norm, clause[0], min(clause[1], clause[0] + 24)) and not restricts:
        return True
    if _CLIENTS.search(norm, max(clause[0], hit.start - 12), hit.start + 1) and not restricts:
        return True
    for t in _TITLE.finditer(norm, max(c_lo, hit.start - 30), min(c_hi, hit.end + 30)):
        name = t.group(1)
        overlaps = t.start() < hit.end and hit.start < t.end()
        if overlaps and _FAMILY.search(name) and not _SIGNED.search(name):
            return True
    if (_HOUSING.search(norm, c_lo, c_hi) or _ENTITLES.search(norm, c_lo, c_hi)) and not restricts:
        return True
    # A field label before the person (要求：创始人是一位宝妈) does not make it a condition.
    described = _DESCRIBED.search(norm, c_lo, c_hi)
    return described is not None and not _RESTRICTS.search(norm, described.end(), c_hi)
