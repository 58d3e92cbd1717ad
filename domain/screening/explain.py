"""Plain-language explanations of each rule, in Chinese and English, with their legal basis.

Data flow: `screen.py` looks up (code, language) here when it turns a hit into a `Violation`
or an `Exemption`. Items cite 《妇女权益保障法》(2023) 第四十三条, which lists the hiring
practices the rules enforce; 《人力资源市场暂行条例》第二十四条 and 《网络招聘服务管理规定》
第十五条 forbid discriminatory content in job posts.
"""

from __future__ import annotations

from types import MappingProxyType

from domain.screening.model import (
    GENDER,
    GENDER_UNCLEAR,
    HIGHER_BAR_FOR_WOMEN,
    MARRIAGE_CHILDBEARING,
    MODEL_DOUBT,
    PREGNANCY_TEST,
    PROHIBITED_WORK_FOR_WOMEN,
)

_ZH_BASIS = (
    "依据：《妇女权益保障法》第四十三条{item}；《人力资源市场暂行条例》第二十四条；"
    "《网络招聘服务管理规定》第十五条。"
)
_EN_BASIS = (
    "Legal basis: Law on the Protection of Women's Rights and Interests, Art. 43{item}; "
    "Interim Regulations on the Human Resources Market, Art. 24; "
    "Provisions on Online Recruitment Services, Art. 15."
)

_TEXTS: MappingProxyType[tuple[str, str], str] = MappingProxyType(
    {
        (GENDER, "zh"): "招聘信息不得限定性别，也不得写明某一性别优先；"
        "只有国家规定的女职工禁忌从事的劳动（如矿山井下作业）除外，且须写明该依据。"
        + _ZH_BASIS.format(item="第（一）项、第（五）项"),
        (GENDER, "en"): "A job post may not restrict applicants to one gender or say that one "
        "gender is preferred. The only exception is work that national rules forbid to women "
        "(such as underground mining), and the post must say so. "
        + _EN_BASIS.format(item="(1) and (5)"),
        (MARRIAGE_CHILDBEARING, "zh"): "招聘时不得询问或调查求职者的婚育情况，不得把结婚、生育状况"
        "或限制结婚、生育作为录用条件或优先条件。"
        + _ZH_BASIS.format(item="第（二）项、第（四）项"),
        (MARRIAGE_CHILDBEARING, "en"): "An employer may not ask about an applicant's marriage, "
        "children or plans to have children, nor make being married, single, a parent, or not "
        "having a child a condition or a preference for hiring. "
        + _EN_BASIS.format(item="(2) and (4)"),
        (PREGNANCY_TEST, "zh"): "不得将妊娠测试（孕检、验孕）作为入职体检项目。"
        + _ZH_BASIS.format(item="第（三）项"),
        (PREGNANCY_TEST, "en"): "A pregnancy test may not be part of the pre-employment "
        "medical check. " + _EN_BASIS.format(item="(3)"),
        (HIGHER_BAR_FOR_WOMEN, "zh"): "不得对女性设置高于男性的录用标准（学历、年龄、经验等要求"
        "应男女一致）。" + _ZH_BASIS.format(item="第（五）项"),
        (HIGHER_BAR_FOR_WOMEN, "en"): "A post may not set a higher bar for women than for men "
        "(degree, age or experience must be the same for everyone). "
        + _EN_BASIS.format(item="(5)"),
        (PROHIBITED_WORK_FOR_WOMEN, "zh"): "该岗位写明属于《女职工劳动保护特别规定》附录所列女职工"
        "禁忌从事的劳动（如矿山井下作业、第四级体力劳动强度或第四级高处作业），因此可以限定性别；"
        "须由审核人员确认该依据属实后方可发布。",
        (PROHIBITED_WORK_FOR_WOMEN, "en"): "The post states that the work is forbidden to women "
        "under the Appendix to the Special Provisions on Labour Protection of Female Employees "
        "(e.g. underground mining, level IV physical labour or work at height), which is the "
        "only ground for naming a gender; a reviewer must confirm the claim before it is "
        "published.",
        (GENDER_UNCLEAR, "zh"): "这句话似乎对性别有所限定，但没有一条规则能确认；"
        "请审核人员阅读后决定是否发布。",
        (GENDER_UNCLEAR, "en"): "This sentence seems to restrict applicants by gender, but no "
        "rule could confirm it; a reviewer should read it before the post is published.",
    }
)


def explanation(code: str, lang: str) -> str:
    return _TEXTS[(code, "zh" if lang == "zh" else "en")]


# For organiser pages: each code (rule, exemption or review reason) -> its Chinese name and a
# one-line explanation. Codes stay in the API; pages show these. Pure data, no markup.
RULE_NAMES_ZH: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        GENDER: ("性别限制或偏好", "限定某一性别、写明某一性别优先，或对一种性别另设条件。"),
        MARRIAGE_CHILDBEARING: (
            "婚育限制或询问",
            "询问婚姻、子女或生育计划，或把婚育状况（含“限宝妈”）作为录用或优先条件。",
        ),
        PREGNANCY_TEST: ("入职妊娠检查", "把孕检、验孕、未孕证明等妊娠测试列为入职或录用条件。"),
        HIGHER_BAR_FOR_WOMEN: ("对女性设更高门槛", "对女性提出高于男性的学历、年龄、身高等要求。"),
        PROHIBITED_WORK_FOR_WOMEN: (
            "女职工禁忌劳动（待人工确认）",
            "岗位自述属于女职工禁忌从事的劳动（如矿山井下、IV级体力劳动、负重超过20公斤），"
            "须由审核人员确认后发布。",
        ),
        GENDER_UNCLEAR: (
            "疑似性别限制（待人工审核）",
            "有句子似乎限定了性别，但规则无法确认，请人工阅读后决定。",
        ),
        MODEL_DOUBT: (
            "模型存疑（待人工审核）",
            "文本分类模型认为帖子可能含规则未报告的歧视性内容（见疑似规则），请人工阅读全文后决定。",
        ),
    }
)


def rule_name_zh(code: str) -> str:
    """Chinese name of a code; an unknown code is shown as itself."""
    entry = RULE_NAMES_ZH.get(code)
    return entry[0] if entry else code


def rule_explanation_zh(code: str) -> str:
    entry = RULE_NAMES_ZH.get(code)
    return entry[1] if entry else ""
