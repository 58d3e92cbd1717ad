"""Unit tests of issue 9 in domain.screening: normalisation, words, structure, context,
the exemption's scope, the classifier's second opinion and the Chinese rule names."""

from __future__ import annotations

import re
import unicodedata

import pytest

from domain.screening import (
    GENDER,
    HIGHER_BAR_FOR_WOMEN,
    MARRIAGE_CHILDBEARING,
    MAX_CHARS,
    PREGNANCY_TEST,
    PROHIBITED_WORK_FOR_WOMEN,
    screen_post,
)
from domain.screening.explain import RULE_NAMES_ZH, rule_explanation_zh, rule_name_zh
from domain.screening.model import MODEL_DOUBT
from domain.screening.normalise import normalise


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("招聘小姐姐若干，形象好", GENDER),
        ("帅小伙优先，包吃住", GENDER),
        ("招小妹两名，会收银", GENDER),
        ("女同学优先", GENDER),
        ("招聘男幼师", GENDER),
        ("以男性为主", GENDER),
        ("会计 女士1名", GENDER),
        ("司机 男士2名", GENDER),
        ("要求：男，持A2驾照", GENDER),
        ("性别：男", GENDER),
        ("Gender: Female", GENDER),
        ("Sales Manager (Male)", GENDER),
        ("the successful candidate will be a woman", GENDER),
        ("married with children preferred", MARRIAGE_CHILDBEARING),
        ("are you married?", MARRIAGE_CHILDBEARING),
        ("要求：未婚", MARRIAGE_CHILDBEARING),
        ("婚育：已婚已育", MARRIAGE_CHILDBEARING),
        ("婚姻：已婚", MARRIAGE_CHILDBEARING),
        ("夫妻工优先", MARRIAGE_CHILDBEARING),
        ("孩子需满3周岁", MARRIAGE_CHILDBEARING),
        ("怀孕视为自动离职", MARRIAGE_CHILDBEARING),
        ("孕妇勿扰", MARRIAGE_CHILDBEARING),
        ("您的爱人做什么工作？", MARRIAGE_CHILDBEARING),
        ("入职需提供未孕证明", PREGNANCY_TEST),
        ("需提交无孕证明", PREGNANCY_TEST),
        ("入职体检含B超排除怀孕", PREGNANCY_TEST),
        # Text that is not plain: zero width, Kangxi radical, HTML, pinyin, traditional.
        ("限\u200b男性", GENDER),
        ("\u2f25性优先", GENDER),
        ("女<b></b>性优先", GENDER),
        ("限nan", GENDER),
        ("要求已hun已yu", MARRIAGE_CHILDBEARING),
        ("僅限女性應徵", GENDER),
    ],
)
def test_issue9_classes_are_found(text: str, rule: str) -> None:
    assert rule in screen_post(text, model=None).rules


@pytest.mark.parametrize(
    "text",
    [
        # Policy: 仅限宝妈 / 宝妈优先 / 限已育女性 are a gender preference and a condition.
        "仅限宝妈",
        "招聘宝妈",
        "宝妈优先",
        "限已育女性",
    ],
)
def test_mothers_only_is_gender_and_childbearing(text: str) -> None:
    assert {GENDER, MARRIAGE_CHILDBEARING} <= screen_post(text, model=None).rules


def test_appearance_asked_of_one_gender_is_gender() -> None:
    assert GENDER in screen_post("女，身高160以上，形象好", model=None).rules
    assert GENDER in screen_post("女生需身高165以上，气质佳", model=None).rules


@pytest.mark.parametrize(
    "text",
    [
        "婚恋平台审核会员婚姻状况",
        "红娘，负责为会员牵线",
        "享受孕检假、婚检假",
        "关心员工子女的教育，提供子女教育补贴",
        "欢迎宝妈宝爸",
        "适合需接送孩子的求职者",
        "妈妈岗：工作时间9:30-15:00，方便接送孩子",
        "妇女儿童活动中心招聘社工",
        "Nan Chen, HR manager",
        "Screen members of our dating app for accurate relationship status.",
        "女装店导购，底薪加提成",
    ],
)
def test_clients_duties_benefits_and_words_inside_words_pass(text: str) -> None:
    result = screen_post(text, model=None)
    assert result.ok, result.to_dict()
    assert not result.needs_review


def test_excerpt_comes_from_the_original_and_is_safe_to_display() -> None:
    post = "招聘司机，\u202e限\u200b男性\u202c，<b>月薪</b>8000"
    (violation,) = screen_post(post, model=None).violations
    assert "限男性" in violation.excerpt
    assert not any(unicodedata.category(c) in ("Cf", "Cc") for c in violation.excerpt)
    assert "<b>" not in violation.excerpt


def test_traditional_text_is_excerpted_in_traditional() -> None:
    (violation,) = screen_post("誠聘會計，僅限女性應徵", model=None).violations
    assert "僅限女性應徵" in violation.excerpt


def test_exemption_comes_from_the_jobs_own_duties_not_the_company_blurb() -> None:
    decoy = "鑫达矿业集团从事煤矿井下开采。\n招聘岗位：销售经理\n要求：限男性，有驾照"
    assert GENDER in screen_post(decoy, model=None).rules
    blurb_load = "本公司从事建材批发，日常需搬运单袋50公斤的水泥。\n招聘：电话客服\n要求：男性优先"
    assert GENDER in screen_post(blurb_load, model=None).rules


def test_load_limit_in_ordinary_wording_is_an_exemption_for_review() -> None:
    post = "招聘：装卸工\n职责：装卸水泥，单袋水泥重50公斤，每小时约40袋\n要求：限男性"
    result = screen_post(post, model=None)
    assert result.ok and result.needs_review
    assert result.exemptions[0].code == PROHIBITED_WORK_FOR_WOMEN
    assert PROHIBITED_WORK_FOR_WOMEN in result.to_dict()["review_reasons"]


def test_body_weight_is_not_a_load() -> None:
    post = "招聘：装卸工\n要求：体重50公斤以上，限男性"
    assert GENDER in screen_post(post, model=None).rules


def test_truncation_is_reported() -> None:
    assert screen_post("好" * (MAX_CHARS + 1)).to_dict()["truncated"] is True
    assert screen_post("好" * MAX_CHARS).to_dict()["truncated"] is False


# The classifier's own tests (per-rule model, suspected rules): test_screening_classifier.py.


def test_every_code_has_a_chinese_name_and_explanation() -> None:
    codes = [
        GENDER,
        MARRIAGE_CHILDBEARING,
        PREGNANCY_TEST,
        HIGHER_BAR_FOR_WOMEN,
        PROHIBITED_WORK_FOR_WOMEN,
        MODEL_DOUBT,
    ]
    for code in codes:
        name, text = RULE_NAMES_ZH[code]
        assert re.search(r"[\u4e00-\u9fff]", name) and re.search(r"[\u4e00-\u9fff]", text)
        assert rule_name_zh(code) == name and rule_explanation_zh(code) == text
    assert rule_name_zh("UNKNOWN") == "UNKNOWN" and rule_explanation_zh("UNKNOWN") == ""


def test_normalised_offsets_map_back_to_the_original() -> None:
    original = "<p>招聘護士長</p>，須\u200b已婚已育&amp;ＭＡＬＥ"
    norm = normalise(original)
    assert norm.text == "\n招聘护士长\n,须已婚已育&male"
    i = norm.text.index("已婚")
    lo, hi = norm.original_span(i, i + 4)
    assert original[lo:hi] == "已婚已育"
    lo, hi = norm.original_span(norm.text.index("male"), len(norm.text))
    assert original[lo:hi] == "ＭＡＬＥ"
