"""The per-rule classifier: packaged file, pure-Python scores, suspected rules, product figures.

Data flow: domain/screening/classifier.json (built by scripts/train_screening.py) -> `Model`
-> `screen_post` (suspected rules -> needs_review with MODEL_DOUBT, `to_dict`) and
`evaluate` (`Outcome`s -> `tally` -> "stopped_right_rules" / "clean_stopped_rate").
Hand-made models make the screen's behaviour exact; the packaged one is checked against the
scikit-learn scores stored in it at training time.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from domain.screening import (
    GENDER,
    MARRIAGE_CHILDBEARING,
    MODEL_DOUBT,
    PREGNANCY_TEST,
    screen_post,
)
from domain.screening.classifier import FEATURES, MODEL_FILE, OPEN, Model, features, load_model
from domain.screening.evaluate import Figures, Outcome, evaluate, tally

RULES = (GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST)


def _model(weights: dict[str, tuple[float, float, float]]) -> Model:
    return Model(RULES, (-4.0, -4.0, -4.0), (0.5, 0.5, 0.5), weights, "test")


# 孩子王 ("great with children") suspected as MARRIAGE_CHILDBEARING; 男 as GENDER.
KIDS = _model({"孩子王": (0.0, 40.0, 0.0), "男": (40.0, 0.0, 0.0)})


def _packaged() -> dict[str, object]:
    raw = resources.files("domain.screening").joinpath(MODEL_FILE).read_bytes()
    assert len(raw) < 3_000_000  # small enough to ship in the package
    data: dict[str, object] = json.loads(raw)
    return data


def test_packaged_model_loads_with_a_threshold_per_rule() -> None:
    model = load_model()
    assert model is not None
    assert model.rules == RULES
    assert all(0.5 <= t <= 1.01 for t in model.thresholds)
    assert len(model.weights) > 1000
    assert _packaged()["features"] == FEATURES


def test_pure_python_scores_match_the_scikit_learn_scores_stored_at_training() -> None:
    model = load_model()
    assert model is not None
    checks = _packaged()["check"]
    assert isinstance(checks, list) and len(checks) >= 3
    for check in checks:
        got = model.scores(check["text"])
        for rule, expected in zip(RULES, check["scores"], strict=True):
            assert got[rule] == pytest.approx(expected, abs=1e-4), (check["text"], rule)


def test_packaged_model_ranks_a_plain_restriction_above_a_plain_clean_post() -> None:
    model = load_model()
    assert model is not None
    clean = model.scores("会计，熟悉财务软件，周末双休，五险一金。")
    for text, rule in (
        ("只招男性，限男生，男士优先", GENDER),
        ("要求已婚已育，未婚勿扰", MARRIAGE_CHILDBEARING),
        ("入职体检含孕检，需提供未孕证明", PREGNANCY_TEST),
    ):
        assert model.scores(text)[rule] > clean[rule], text


def test_features_mark_a_clause_that_opens_the_job() -> None:
    assert {OPEN, OPEN + "男"} <= features("乘务员：男女不限，身高统一")
    assert OPEN not in features("乘务员：限男性。工作地点：不限")


def test_a_suspected_rule_sends_a_passed_post_to_review_and_is_named() -> None:
    result = screen_post("招聘：店员\n要求：孩子王，阳光开朗", model=KIDS)
    assert result.ok and result.needs_review
    assert result.suspected_rules == (MARRIAGE_CHILDBEARING,)
    data = result.to_dict()
    assert data["ok"] is True and data["violations"] == []
    assert data["review_reasons"] == [MODEL_DOUBT]
    assert data["suspected_rules"] == [MARRIAGE_CHILDBEARING]
    assert set(data["model_scores"]) == set(RULES)
    assert data["model_score"] == data["model_scores"][MARRIAGE_CHILDBEARING] >= 0.5


def test_a_refused_post_gets_only_the_rules_it_was_not_refused_for() -> None:
    # 限男性 is refused as GENDER; the model's GENDER doubt is no news, its other doubt is.
    result = screen_post("招聘司机，限男性，孩子王优先", model=KIDS)
    assert not result.ok and result.rules == {GENDER}
    assert result.suspected_rules == (MARRIAGE_CHILDBEARING,)
    assert result.needs_review and MODEL_DOUBT in result.review_reasons
    calm = screen_post("招聘司机，限男性", model=KIDS)
    assert calm.suspected_rules == () and not calm.model_doubts
    assert calm.to_dict()["suspected_rules"] == []


def test_no_model_means_no_scores_and_no_doubt() -> None:
    data = screen_post("招聘：店员，孩子王", model=None).to_dict()
    assert data["model_score"] is None and data["model_scores"] is None
    assert data["suspected_rules"] == [] and not data["needs_review"]
    # The check-post contract keeps its fields.
    assert {"ok", "violations", "exemptions", "needs_review", "review_reasons"} <= set(data)


def test_figures_on_hand_made_outcomes() -> None:
    fig = Figures()
    rows = [
        # refused with its rule
        ({"text": "a", "labels": [GENDER]}, Outcome(frozenset({GENDER}))),
        # passed; the model suspects the right rule: stopped, not refused
        ({"text": "b", "labels": [MARRIAGE_CHILDBEARING]}, _doubt(MARRIAGE_CHILDBEARING)),
        # passed; a GENDER_UNCLEAR note names GENDER: stopped
        ({"text": "c", "labels": [GENDER]}, Outcome(frozenset(), unclear=True, review=True)),
        # refused for GENDER, the model suspects the other rule: stopped with both
        (
            {"text": "d", "labels": [GENDER, PREGNANCY_TEST]},
            Outcome(frozenset({GENDER}), frozenset({PREGNANCY_TEST}), review=True),
        ),
        # passed; the model suspects the wrong rule: not stopped with the right rule
        ({"text": "e", "labels": [PREGNANCY_TEST]}, _doubt(GENDER)),
        # clean: one sent to review by the model, one refused, one passed
        ({"text": "f", "labels": []}, _doubt(GENDER)),
        ({"text": "g", "labels": []}, Outcome(frozenset({GENDER}))),
        ({"text": "h", "labels": []}, Outcome(frozenset())),
        # lawful exemptions: reviewed is right, refused counts as stopped
        ({"text": "i", "exemption": True}, Outcome(frozenset(), exempted=True, review=True)),
        ({"text": "j", "exemption": True}, Outcome(frozenset({GENDER}))),
    ]
    for row, out in rows:
        tally(fig, row, out)
    d = fig.as_dict()
    assert (d["violating"], d["clean"]) == (5, 5)
    assert d["recall_right_rules"] == 0.2  # a only
    assert d["stopped_right_rules"] == 0.8  # a, b, c, d
    assert d["false_positive_rate"] == 0.4  # g, j
    assert d["clean_stopped_rate"] == 0.6  # f, g, j (i's review is the intended outcome)
    assert d["exemption_posts_sent_to_review"] == "1/2"
    assert d["model_suspected"] == {
        GENDER: "0/2 labelled",
        MARRIAGE_CHILDBEARING: "1/1 labelled",
        PREGNANCY_TEST: "1/1 labelled",
    }


def _doubt(rule: str) -> Outcome:
    return Outcome(frozenset(), frozenset({rule}), review=True)


def test_evaluate_counts_the_models_suspicions_end_to_end() -> None:
    rows = [
        {"text": "招聘司机，限男性", "labels": [GENDER]},
        {"text": "招聘店员，要求：孩子王，阳光开朗", "labels": [MARRIAGE_CHILDBEARING]},
        {"text": "招聘会计，周末双休", "labels": []},
        {"text": "招聘幼教，孩子王", "labels": []},
    ]
    with_model = evaluate(rows, model=KIDS).as_dict()
    assert with_model["recall_right_rules"] == 0.5
    assert with_model["stopped_right_rules"] == 1.0
    assert with_model["false_positive_rate"] == 0.0
    assert with_model["clean_stopped_rate"] == 0.5
    rules_only = evaluate(rows, use_model=False).as_dict()
    assert rules_only["stopped_right_rules"] == 0.5 and rules_only["clean_stopped_rate"] == 0.0
