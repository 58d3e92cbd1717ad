"""Round 8 of the screening rules, English and the exemption: classes in wordings of my own.

Every class is tested with variants another author might write and, beside them, lawful
posts that share its words (clean traps). None of these sentences is taken from a corpus.
"""

from __future__ import annotations

import pytest

from domain.screening import screen_post
from domain.screening.model import PROHIBITED_WORK_FOR_WOMEN

G, M, P = "GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"


def _rules(text: str) -> set[str]:
    return set(screen_post(text, model=None).rules)


def _exempted(text: str) -> bool:
    s = screen_post(text, model=None)
    return any(e.code == PROHIBITED_WORK_FOR_WOMEN for e in s.exemptions) and s.needs_review


# --- Exemption: the restricted job's own duties, in ordinary wording -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "搬家师傅\n限男\n活儿：帮客户扛冰箱、沙发上楼，常常一人抬几十公斤",
        "钢筋工\n只招男工\n工作内容：人工搬运钢筋，体力强度四级",
        "屠宰车间挂肉工，仅限男性，每扇猪肉约45公斤，人工挂钩上线",
        "Removals crew (male) - single-person lifting of pianos and safes over 40 kg",
        "Furniture mover, men only: you will carry wardrobes up stairs on your own",
        "锻工，限男性，岗位经认定为四级体力劳动强度",
        "浇注工：男，体力劳动强度Ⅳ级\n工资：面议",
        "招聘井下铲运机司机（男），月薪12000",
        "Delivery driver (male) - carries 30 kg gas cylinders up stairs alone",
        "送水司机，限男，每天扛19公斤桶装水上楼，一次扛两桶",
    ],
)
def test_exemption_in_the_jobs_own_duties(text: str) -> None:
    assert _exempted(text), text
    assert G not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "铁矿招聘\n公司拥有三座地下矿井\n本次招聘：行政专员（男性优先），负责档案与考勤",
        "水泥厂每袋水泥50公斤，现招财务会计，只要男的",
        "煤矿井下工人多，现招食堂厨师，男士",
        "Our coal group runs two underground mines. Vacancy at head office: "
        "Receptionist - male only.",
        "Male executive driver for our mining group's Beijing office; the group operates "
        "underground coal mines.",
        "钢材批发（每捆钢管60公斤）招聘电话销售，限男",
        "Steel mill (grade IV physical work on the floor) seeks a male HR officer for payroll.",
    ],
)
def test_desk_job_decoys_are_refused(text: str) -> None:
    assert G in _rules(text), text
    assert not _exempted(text), text
