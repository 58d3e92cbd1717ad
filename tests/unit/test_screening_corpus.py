"""The figures README's screening section claims, on the issue 9 corpora (dev, dev2, held-out).

Data flow: tests/data/screening/{dev,heldout}.jsonl, tests/data/screening2/dev2.jsonl and
tests/data/screening3/heldout2.jsonl -> domain.screening.evaluate (screen_post on every post,
rules only and rules + packaged classifier) -> aggregate figures compared with README's. The
held-out parts are read here only to measure: no rule or threshold was tuned on them (README:
"How the split was kept honest"); their figures were measured once, after the round-2 rules and
classifier were final (rules 2026.11-3). If a change lowers a figure, README must say so.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from domain.screening.evaluate import evaluate

DATA = Path(__file__).resolve().parents[1] / "data" / "screening"
HELDOUT2 = DATA.parent / "screening3" / "heldout2.jsonl"


def _figures(name: str | Path, use_model: bool) -> dict[str, Any]:
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


def test_dev2_figures() -> None:
    # Written blind by another author; before round 2 the rules scored 72.4 % / 1.5 % on it.
    # Round 2 tuned on it, so these too say little about real ads.
    fig = _figures(DATA.parent / "screening2" / "dev2.jsonl", use_model=False)
    assert fig["posts"] == 544
    assert fig["recall_right_rules"] >= 0.99
    assert fig["false_positive_rate"] <= 0.01
    assert fig["exemption_posts_sent_to_review"] == "15/15"
    assert all(r["precision"] >= 0.99 for r in fig["per_rule"].values() if r["reported"])


def test_heldout_rules_figures_as_claimed_in_readme(heldout: dict[str, Any]) -> None:
    assert heldout["posts"] == 503
    # README: recall with the right rule 91.3 % (target 95 %: missed; round 1: 88.9 %),
    # false positives 0.0 %.
    assert heldout["recall_right_rules"] >= 0.912
    assert heldout["false_positive_rate"] <= 0.0
    per_rule = heldout["per_rule"]
    assert per_rule["GENDER"]["recall"] >= 0.902
    assert per_rule["MARRIAGE_CHILDBEARING"]["recall"] >= 0.916
    assert per_rule["PREGNANCY_TEST"]["recall"] >= 1.0
    assert all(r["precision"] >= 1.0 for r in per_rule.values() if r["reported"])
    assert heldout["exemption_posts_sent_to_review"] == "8/8"


def test_heldout_classifier_figures_as_claimed_in_readme(heldout: dict[str, Any]) -> None:
    # README: of 18 violating posts the rules pass, the classifier sends 5 to review; it sends
    # 3.2 % of the clean posts the rules pass to review (round 1: 14.7 %).
    caught, missed = (
        int(n) for n in heldout["model_catch_of_violating_posts_rules_missed"].split("/")
    )
    assert missed <= 18 and caught >= 5 - (18 - missed)
    assert heldout["model_review_of_clean_posts_rules_passed"] <= 0.033


@pytest.mark.skipif(not HELDOUT2.exists(), reason="third corpus not present")
def test_heldout2_figures_as_claimed_in_readme() -> None:
    # A third author's blind corpus, never opened; measured once with the final round-2 rules.
    fig = _figures(HELDOUT2, use_model=True)
    assert fig["posts"] == 506
    assert fig["recall_right_rules"] >= 0.873
    assert fig["false_positive_rate"] <= 0.004
    per_rule = fig["per_rule"]
    assert per_rule["GENDER"]["recall"] >= 0.915
    assert per_rule["MARRIAGE_CHILDBEARING"]["recall"] >= 0.848
    assert per_rule["PREGNANCY_TEST"]["recall"] >= 0.814
    assert all(r["precision"] >= 0.98 for r in per_rule.values() if r["reported"])
    assert fig["exemption_posts_sent_to_review"] == "9/10"
    caught, missed = (int(n) for n in fig["model_catch_of_violating_posts_rules_missed"].split("/"))
    assert missed <= 28 and caught >= 17 - (28 - missed)
    assert fig["model_review_of_clean_posts_rules_passed"] <= 0.036
