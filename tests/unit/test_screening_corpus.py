"""The figures README's screening section claims, on the issue 9 corpus (dev and held-out).

Data flow: tests/data/screening/{dev,heldout}.jsonl -> domain.screening.evaluate (screen_post
on every post, rules only and rules + packaged classifier) -> aggregate figures compared with
README's. The held-out part is read here only to measure: no rule or threshold was tuned on it
(README: "How the split was kept honest"). If a change lowers a figure, README must say so.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from domain.screening.evaluate import evaluate

DATA = Path(__file__).resolve().parents[1] / "data" / "screening"


def _figures(name: str, use_model: bool) -> dict[str, Any]:
    with (DATA / name).open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return evaluate(rows, use_model=use_model).as_dict()


@pytest.fixture(scope="module")
def heldout() -> dict[str, Any]:
    return _figures("heldout.jsonl", use_model=True)


def test_dev_figures() -> None:
    # The rules were tuned on this part, so these say little about real ads.
    fig = _figures("dev.jsonl", use_model=False)
    assert fig["posts"] == 506
    assert fig["recall_right_rules"] >= 0.99
    assert fig["false_positive_rate"] <= 0.01
    assert fig["exemption_posts_sent_to_review"] == "8/8"


def test_heldout_rules_figures_as_claimed_in_readme(heldout: dict[str, Any]) -> None:
    assert heldout["posts"] == 503
    # README: recall with the right rule 88.9 % (target 95 %: missed), false positives 0.0 %.
    assert heldout["recall_right_rules"] >= 0.888
    assert heldout["false_positive_rate"] <= 0.0
    per_rule = heldout["per_rule"]
    assert per_rule["GENDER"]["recall"] >= 0.864
    assert per_rule["MARRIAGE_CHILDBEARING"]["recall"] >= 0.916
    assert per_rule["PREGNANCY_TEST"]["recall"] >= 1.0
    assert all(r["precision"] >= 1.0 for r in per_rule.values() if r["reported"])
    assert heldout["exemption_posts_sent_to_review"] == "8/8"


def test_heldout_classifier_figures_as_claimed_in_readme(heldout: dict[str, Any]) -> None:
    # README: of 26 violating posts the rules pass, the classifier sends 19 to review; it also
    # sends 14.7 % of the clean posts to review.
    caught, missed = (
        int(n) for n in heldout["model_catch_of_violating_posts_rules_missed"].split("/")
    )
    assert missed <= 26 and caught >= 19 - (26 - missed)
    assert heldout["model_review_of_clean_posts_rules_passed"] <= 0.15
