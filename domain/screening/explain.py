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
    HIGHER_BAR_FOR_WOMEN,
    MARRIAGE_CHILDBEARING,
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
    }
)


def explanation(code: str, lang: str) -> str:
    return _TEXTS[(code, "zh" if lang == "zh" else "en")]
