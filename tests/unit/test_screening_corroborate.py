"""Corroborated refusal: a weak signal of the rules plus the model's probability for that rule.

A post is refused for a rule the rules did not report only when both agree: the rules saw the
rule's key words in a condition they could not decide (weak_signal.py) AND the classifier's
probability for the same rule reaches its corroboration threshold. A probability alone (no
signal) or a signal alone never refuses: the model's own doubts only go to review.
My own wordings, not corpus posts.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from domain.screening import screen_post
from domain.screening.classifier import OFF, Model, load_model
from domain.screening.model import GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST
from domain.screening.text import prepare
from domain.screening.weak_signal import corroborated, weak_signals

RULES = (GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST)


def _sure(corroborate: float = 0.5) -> Model:
    """A model that is sure of every rule for every text (bias only)."""
    return Model(RULES, (8.0, 8.0, 8.0), (0.9, 0.9, 0.9), {}, "test", (corroborate,) * 3)


def _signals(text: str, reported: frozenset[str] = frozenset()) -> set[str]:
    return set(weak_signals([prepare(text)], set(reported)))


def test_a_model_file_without_corroboration_thresholds_never_corroborates() -> None:
    raw = {
        "features": "key2-w8-n1to4-open25-floor50",
        "rules": list(RULES),
        "bias": [0.0, 0.0, 0.0],
        "thresholds": [0.9, 0.9, 0.9],
        "weights": {},
    }
    model = Model.from_json(json.dumps(raw))
    assert model.corroborate == (OFF, OFF, OFF)
    assert model.corroborates({r: 1.0 for r in RULES}, RULES) == ()


def test_a_suspicion_alone_never_refuses() -> None:
    # The model is sure of every rule, but the post gives the rules no signal: review only.
    result = screen_post("会计，熟悉财务软件，周末双休。", model=_sure())
    assert result.ok
    assert set(result.suspected_rules) == set(RULES)
    assert result.needs_review


def test_a_signal_alone_never_refuses() -> None:
    text = "文员\n要求：\n1. 本科\n2. 结婚满三年以上"
    assert MARRIAGE_CHILDBEARING in _signals(text)
    never = _sure(corroborate=OFF)
    assert corroborated([prepare(text)], set(), False, never.scores(text), never, "zh") == []


def test_signal_and_probability_together_refuse_with_the_signal_excerpt() -> None:
    text = "文员\n要求：\n1. 本科\n2. 结婚满三年以上"
    model = _sure()
    found = corroborated([prepare(text)], set(), False, model.scores(text), model, "zh")
    assert [v.rule for v in found] == [MARRIAGE_CHILDBEARING]
    assert "结婚满三年以上" in found[0].excerpt
    assert "规则" in found[0].explanation and "统计模型" in found[0].explanation
    assert "第四十三条" in found[0].explanation


def test_the_excerpt_is_cut_from_the_original_text() -> None:
    text = "文員\n要求：\n1. 本科\n2. 結婚滿三年以上"  # traditional characters
    model = _sure()
    found = corroborated([prepare(text)], set(), False, model.scores(text), model, "zh")
    assert [v.rule for v in found] == [MARRIAGE_CHILDBEARING]
    assert "結婚滿三年以上" in found[0].excerpt


def test_an_english_post_gets_the_explanation_in_english() -> None:
    text = "Clerk. Requirements: married for three years or more."
    model = _sure()
    found = corroborated([prepare(text)], set(), False, model.scores(text), model, "en")
    assert [v.rule for v in found] == [MARRIAGE_CHILDBEARING]
    assert "statistical model" in found[0].explanation


def test_a_reported_rule_is_not_corroborated_again() -> None:
    text = "文员\n要求：\n1. 本科\n2. 结婚满三年以上"
    model = _sure()
    reported = {MARRIAGE_CHILDBEARING}
    assert corroborated([prepare(text)], reported, False, model.scores(text), model, "zh") == []


def test_gender_is_not_corroborated_where_an_exemption_was_found() -> None:
    text = "装卸工\n要求：男"
    model = _sure()
    found = corroborated([prepare(text)], set(), True, model.scores(text), model, "zh")
    assert GENDER not in {v.rule for v in found}


@pytest.mark.parametrize(
    "text",
    [
        "井下掘进工，男，月薪12000",
        "Warehouse porter - male: manual handling of 30 kg cartons.",
        "搬运工，男，每袋50公斤",
    ],
)
def test_no_gender_signal_where_the_post_names_heavy_or_underground_work(text: str) -> None:
    # A restriction to men there may be a lawful exemption the rules did not recognise.
    assert GENDER not in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "招聘：直播助理/女/2人",
        "Admin assistant. Requirements: a lady with good typing skills.",
        "前台：女生优先",
    ],
)
def test_a_gender_word_in_a_condition_is_a_gender_signal(text: str) -> None:
    assert GENDER in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "招带货主播，男主播女主播都要，底薪加提成",
        "美发学徒：男孩女孩我都带，能坚持就行",
        "Receptionist - open to male and female candidates alike.",
        "Experience with male/female hydraulic couplings is essential.",
        "我们的产品面向女性用户，负责女装店铺运营",
        "客服专员，男女不限，普通话标准",
    ],
)
def test_no_gender_signal_where_both_genders_or_clients_are_named(text: str) -> None:
    assert GENDER not in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "仓管员\n要求：\n1. 两年内无生娃计划\n2. 会叉车",
        "Cashier. Tell us: are you married?",
        "店员，孩子满三岁以上的才可以来",
    ],
)
def test_a_status_word_in_a_condition_is_a_marriage_signal(text: str) -> None:
    assert MARRIAGE_CHILDBEARING in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "福利：已婚员工享受探亲假，子女教育补贴",
        "面试不询问婚育情况，婚姻状况不作要求",
        "婚姻、生育状况不影响录用，欢迎已婚未婚人士",
        "幼教老师，要求：喜欢孩子，有带班经验",
        "Nanny: experience with children required.",
        "请勿在简历中填写婚姻、生育等个人信息",
        "为社区已婚育龄群众提供政策咨询服务",
    ],
)
def test_no_marriage_signal_for_benefits_openness_experience_or_services(text: str) -> None:
    assert MARRIAGE_CHILDBEARING not in _signals(text)


@pytest.mark.parametrize(
    "text",
    ["入职前需提交孕检报告", "Offer subject to a pregnancy test."],
)
def test_a_test_word_by_a_pregnancy_word_is_a_test_signal(text: str) -> None:
    assert PREGNANCY_TEST in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "入职体检：血常规、胸片，公司不安排孕检",
        "No pregnancy test is part of our pre-employment medical.",
        "检验科技师，负责hCG等激素检测",
        "Stock feminine hygiene products and pregnancy test kits.",
        "女职工享受孕检假",
        "养殖场饲养员，负责母猪妊娠检查",
    ],
)
def test_no_test_signal_for_promises_lab_work_products_or_benefits(text: str) -> None:
    assert PREGNANCY_TEST not in _signals(text)


def test_the_packaged_model_loads_with_one_corroboration_threshold_per_rule() -> None:
    model = load_model()
    assert model is not None
    assert len(model.corroborate) == len(model.rules)


def test_screen_post_adds_the_corroborated_violation_and_drops_the_unclear_note() -> None:
    model = replace(_sure(), thresholds=(OFF, OFF, OFF))
    text = "文员\n要求：\n1. 本科\n2. 结婚满三年以上"
    result = screen_post(text, model=model)
    assert MARRIAGE_CHILDBEARING in result.rules
    assert not result.unclear


# With the packaged model: what it corroborates, and what it only doubts.
_STATUS_BAR = "文员\n要求：\n1. 本科\n2. 结婚满三年以上"
_STATUS_LOOK_ALIKE = (
    "前台文员\n任职要求：\n1. 熟悉办公软件\n2. 家里有老人需要照顾的可申请弹性排班\n3. 普通话标准"
)


def _packaged() -> Model:
    model = load_model()
    assert model is not None
    return model


def test_the_packaged_model_corroborates_a_marriage_bar_the_rules_left_undecided() -> None:
    model = _packaged()
    prep = [prepare(_STATUS_BAR)]
    scores = model.scores(prep[0].text)
    # As if no rule had reported it (today's rules may or may not: the tier must not care).
    found = corroborated(prep, set(), False, scores, model, "zh")
    assert [v.rule for v in found] == [MARRIAGE_CHILDBEARING]
    assert MARRIAGE_CHILDBEARING in screen_post(_STATUS_BAR).rules


def test_a_lawful_look_alike_with_the_same_signal_is_not_refused() -> None:
    model = _packaged()
    prep = [prepare(_STATUS_LOOK_ALIKE)]
    assert MARRIAGE_CHILDBEARING in weak_signals(prep, set())  # the same kind of signal
    assert corroborated(prep, set(), False, model.scores(prep[0].text), model, "zh") == []
    assert screen_post(_STATUS_LOOK_ALIKE).ok


def test_a_strong_suspicion_without_a_signal_goes_to_review_not_refusal() -> None:
    # Experience with children is no signal; the model may doubt it, a person decides.
    text = "仓库文员\n任职要求：\n1. 熟练使用Excel\n2. 有带孩子出游经验的优先\n3. 能接受加班"
    assert MARRIAGE_CHILDBEARING not in _signals(text)
    result = screen_post(text)
    assert result.ok
