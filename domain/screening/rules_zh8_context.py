"""Lawful Chinese contexts of round 8 (issue 9), by class: tallied on five authors' traps.

Data flow: `context.lawful` asks `lawful(norm, sent, clause, hit)` after its own classes;
True drops the hit. Classes, each a structure rather than a phrase:
- the poster speaking of themself (我是厂里人事小林，男的): a gender word after 我是/本人是 in
  the same sentence, with no hiring word between;
- a tally of the staff by gender, counts before both gender words (团队目前8个人，3个女生5个男生),
  in a sentence that describes the team and does not hire;
- clients, users or learners named before the gender word (学员以小学女生居多, 为就诊女性提供
  分诊引导), or a group the product serves (产品面向宝妈群体), in a clause that does not hire;
- a gender's topic or goods (女性议题杂志, 男士西装订制);
- marriage as a gift or a day off (结婚发放贺礼, 结婚纪念日调休), and civil-affairs papers handled
  for the public (协助群众办理独生子女证、婚育证明).
None of them holds when the clause also restricts (只, 限, 要求, 优先 …).
Every search is bounded to the hit's sentence and a few dozen characters: linear.
"""

from __future__ import annotations

import re

from domain.screening.lexicon import F_NOUN, M_NOUN
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, Hit

_B = r"[^,;。!?\n]"
_SELF = re.compile(r"(?:我是|本人是|我叫|小编是)[^。!?\n]{0,14}$")
_HIRES = re.compile(r"招|聘|需要|要找|想找|寻|缺|希望|只|仅|限|要求|优先|指定|\d\s*[名位人]")
_NUM = r"(?:\d{1,3}|[一二两三四五六七八九十几多])\s*[个位名]?\s*"
_TALLY = re.compile(_NUM + r"[男女](?:生|性|士|同事|员工|孩)?[^,;。!?\n]{0,3}?" + _NUM + r"[男女]")
_TEAM = re.compile(r"团队|目前|现有|共有|我们有|部门|组里|办公室")
_BOTH = re.compile(r"有[男女][^,;。!?\n]{1,6}也有[男女]")
_CLIENT = re.compile(
    r"(?:学员|客户(?!销售|经理|代表|专员|服务|成功|主管|顾问|助理|指定)|顾客|用户|会员|患者|读者|观众|"
    r"投资人|嘉宾|听众|乘客|住户|业主|居民|"
    r"消费者|病人|游客|粉丝|家长|服务对象|就诊|来访|"
    r"(?:产品|服务|课程|业务|品牌|平台|店铺|门店|内容|节目)(?:主要)?(?:面向|针对))[^,;。!?\n]{0,8}$"
)
_TOPIC = re.compile(
    r"(?:男|女)(?:性|士|生|子|装)?(?:议题|话题|杂志|刊物|栏目|频道|西装|西服|服饰|衬衫|鞋|内衣|饰品|"
    r"香水|发型|球队|足球|篮球|排球|合唱)|[男女]子(?:高中|中学|学校|学院|大学(?!生)|医院|监狱)"
)
_GIFT = re.compile(
    r"贺礼|礼金|红包|纪念日|调休|单身(?:公寓|宿舍|楼)|公租房|"
    r"计划生育(?:特殊家庭|政策|服务|工作|专干|协会|帮扶)|计生(?:专干|工作|服务)|"
    r"(?:员工|职工|业主|住户|雇主|客户)的?(?:子女|孩子|小孩)|负责[^,;。!?\n]{0,4}接送"
)
# 为女性客户提供美甲 / 运营宝妈社群: the gender word names the clients or their community.
_CLIENT_AFTER = re.compile(
    rf"(?:{F_NOUN}|{M_NOUN}|宝妈|妈妈)的?(?:客户|顾客|用户|会员|患者|客人|学员|读者|社群|群体|人群|粉丝)"
)
# 主营女士瑜伽服 / 定制男士西装: goods for a gender; 《已婚育龄妇女健康手册》: a book's title.
_GOODS = re.compile(r"(?:主营|经营|售卖|专营|品类|定制|订制)[^,;。!?\n]{0,4}$")
_BOOK = re.compile(r"《[^》\n]{0,24}(?:手册|指南|读本|杂志|报告|丛书|教材|画册)》")
# 阿姨来了家政: a brand name holding a gender word.
# 欢迎退役军人、大龄女性等群体 / 女骑手专属休息室 / 男司机同样欢迎 / 骑手男女都有
_GROUPS = re.compile(r"欢迎[^。!?\n]{0,24}?(?:等|各类)(?:群体|人员|人士)")
_FACILITY = re.compile(
    r"[男女][\u4e00-\u9fff]{0,3}(?:专属|专用)(?:休息室|更衣室|宿舍|卫生间|厕所|通道|福利|假期|停车位)"
    r"|[男女][\u4e00-\u9fff]{0,3}(?:同样|也)欢迎|男女都有"
)
_BRAND = re.compile(r"[\u4e00-\u9fff]{1,3}来了(?:家政|公司|门店|超市|店|平台)")
_PAPERS = re.compile(
    r"(?:协助|帮助|为)?(?:群众|居民|市民|村民|客户|来访者?)[^,;。!?\n]{0,3}?"
    r"(?:办理|申领|审核|受理)[^,;。!?\n]{0,12}?(?:证|证明|登记|手续)"
)
_RESTRICTS = re.compile(
    r"只|仅|(?<!不)限(?!制)|要求|优先|必须|须|不要|不招|谢绝|勿|指定|倾向|首选|偏向"
)


def _at(hit: Hit) -> int:
    return hit.anchor if hit.anchor >= 0 else hit.start


def lawful(norm: str, sent: tuple[int, int], clause: tuple[int, int], hit: Hit) -> bool:
    """Is the hit one of this round's lawful mentions (see the module doc)?"""
    c_lo, c_hi = max(clause[0], hit.start - 60), min(clause[1], hit.end + 60)
    s_lo, s_hi = max(sent[0], hit.start - 60), min(sent[1], hit.end + 60)
    at = _at(hit)
    # Named by their own structure, these hold even in a clause that says 要求 or 只.
    if _CLIENT_AFTER.match(norm, at, min(c_hi, at + 12)) or _BRAND.match(norm, at, c_hi):
        return True
    for book in _BOOK.finditer(norm, max(c_lo, hit.start - 26), min(c_hi, hit.end + 26)):
        if book.start() < at < book.end():
            return True
    if hit.rule == GENDER and _FACILITY.search(norm, max(s_lo, at - 12), min(c_hi, at + 16)):
        return True
    if _RESTRICTS.search(norm, c_lo, c_hi):
        return False
    if hit.rule == GENDER and _GROUPS.search(norm, max(s_lo, at - 30), min(s_hi, at + 12)):
        return True
    if hit.rule == GENDER:
        before = norm[max(s_lo, at - 20) : at]
        said = _SELF.search(before)
        if said and not _HIRES.search(before, said.end()):
            return True
        team = _TEAM.search(norm, s_lo, s_hi)
        if team and (_TALLY.search(norm, c_lo, c_hi) or _BOTH.search(norm, c_lo, c_hi)):
            return not _HIRES.search(norm, c_lo, c_hi)
        if _TOPIC.match(norm, at, min(c_hi, at + 8)) or _GOODS.search(norm, max(c_lo, at - 10), at):
            return True
    client = _CLIENT.search(norm[max(c_lo, at - 12) : at])
    if client and hit.rule in (GENDER, MARRIAGE_CHILDBEARING):
        return not _HIRES.search(norm, c_lo, c_hi)
    return hit.rule == MARRIAGE_CHILDBEARING and bool(
        _GIFT.search(norm, c_lo, c_hi) or _PAPERS.search(norm, c_lo, c_hi)
    )
