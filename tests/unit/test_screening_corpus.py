"""The figures README's screening section claims, on the issue 9 corpora.

Data flow: tests/data/screening/{dev,heldout}.jsonl, tests/data/screening2/dev2.jsonl,
tests/data/screening3/heldout2.jsonl, tests/data/screening4/heldout3.jsonl,
tests/data/screening5/heldout4.jsonl, tests/data/screening6/heldout5.jsonl and the old corpus ->
domain.screening.evaluate (screen_post on every post, rules only and rules + packaged
classifier) -> aggregate figures compared with README's.

Tuned on (rules 2026.11-7, round 6): dev, dev2, the old corpus, heldout, heldout2, heldout3,
heldout4 and heldout5. Round 7 (rules 2026.11-8) added heldout6 (blind in round 6: 85.5 % /
2.9 %) and seven development corpora by new authors, each measured once in aggregate before any
rule was tuned on it (docs/screening-blind-runs/dev*-round7-before.json): dev10, dev11, dev12,
dev16, dev17, dev18, dev19 -- asserted below, rules only, with the bounds they reach after
tuning. heldout was measured once blind in round 1 (88.9 %) and again in round 2
(91.3 % / 0 %); heldout2 once blind in round 2 (87.4 % / 0.4 %); heldout3 once blind in
round 3 (89.5 % / 1.4 %, exemption 2/24); heldout4 once blind in round 4 (91.3 % / 1.2 %,
exemption 41/45); heldout5 once blind in round 5 (84.1 % / 3.8 %, exemption 46/52). All are
development data now, so their figures below say little about real ads.
The round-7 final files (heldout7-9, dev14-15) are development data since round 8 and have
their floors in test_screening_corpus8.py; round 8's blind files (heldout10-13) are never read
here.
If a change lowers a figure, README must say so.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from domain.screening.evaluate import evaluate

DATA = Path(__file__).resolve().parents[1] / "data" / "screening"
HELDOUT2 = DATA.parent / "screening3" / "heldout2.jsonl"
HELDOUT3 = DATA.parent / "screening4" / "heldout3.jsonl"
HELDOUT4 = DATA.parent / "screening5" / "heldout4.jsonl"
HELDOUT5 = DATA.parent / "screening6" / "heldout5.jsonl"


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
    # Rounds 2 and 3 tuned on it, so these too say little about real ads.
    fig = _figures(DATA.parent / "screening2" / "dev2.jsonl", use_model=False)
    assert fig["posts"] == 544
    assert fig["recall_right_rules"] >= 0.99
    assert fig["false_positive_rate"] <= 0.01
    assert fig["exemption_posts_sent_to_review"] == "15/15"
    assert all(r["precision"] >= 0.99 for r in fig["per_rule"].values() if r["reported"])


def test_heldout_rules_figures_as_claimed_in_readme(heldout: dict[str, Any]) -> None:
    # Tuned on since round 3 (before round 3: 91.3 % / 0 %).
    assert heldout["posts"] == 503
    assert heldout["recall_right_rules"] >= 0.99
    assert heldout["false_positive_rate"] <= 0.0
    per_rule = heldout["per_rule"]
    assert all(r["recall"] >= 0.99 for r in per_rule.values())
    assert all(r["precision"] >= 0.99 for r in per_rule.values() if r["reported"])
    assert heldout["exemption_posts_sent_to_review"] == "8/8"


def test_heldout_classifier_sends_few_clean_posts_to_review(heldout: dict[str, Any]) -> None:
    # The classifier was trained on this file since round 3, so only its clean-review rate is
    # checked (README: the cross-author figures are the honest ones).
    assert heldout["model_review_of_clean_posts_rules_passed"] <= 0.05


@pytest.mark.skipif(not HELDOUT2.exists(), reason="third corpus not present")
def test_heldout2_figures_as_claimed_in_readme() -> None:
    # Tuned on since round 3 (before round 3: 87.4 % / 0.4 %, exemptions 9/10).
    fig = _figures(HELDOUT2, use_model=True)
    assert fig["posts"] == 506
    assert fig["recall_right_rules"] >= 0.99
    assert fig["false_positive_rate"] <= 0.0
    per_rule = fig["per_rule"]
    assert all(r["recall"] >= 0.98 for r in per_rule.values())
    # 2026.11-5 reports a positive test as grounds to refuse as MARRIAGE_CHILDBEARING too
    # (README policy); heldout2's author labels it PREGNANCY_TEST alone: one extra report, and
    # since round 8 a second one where the corroborated refusal reads 未怀孕方可入职 the same way.
    assert all(r["precision"] >= 0.97 for r in per_rule.values() if r["reported"])
    assert fig["exemption_posts_sent_to_review"] == "10/10"
    assert fig["model_review_of_clean_posts_rules_passed"] <= 0.05


def test_old_corpus_figures() -> None:
    fig = _figures(DATA.parent / "screening_corpus.jsonl", use_model=False)
    assert fig["posts"] == 202
    assert fig["recall_right_rules"] >= 0.99
    assert fig["false_positive_rate"] <= 0.0
    assert fig["exemption_posts_sent_to_review"] == "7/7"


@pytest.mark.skipif(not HELDOUT3.exists(), reason="fourth corpus not present")
def test_heldout3_figures_as_claimed_in_readme() -> None:
    # Tuned on since round 4 (before round 4: 89.5 % / 1.4 %, exemptions 2/24). Its author
    # labels a pregnancy test asked of women only as PREGNANCY_TEST alone; the rules add
    # GENDER there, hence GENDER's precision below 1.
    fig = _figures(HELDOUT3, use_model=True)
    assert fig["posts"] == 420
    assert fig["recall_right_rules"] >= 0.99
    assert fig["false_positive_rate"] <= 0.0
    per_rule = fig["per_rule"]
    assert all(r["recall"] >= 0.99 for r in per_rule.values())
    assert all(r["precision"] >= 0.97 for r in per_rule.values() if r["reported"])
    assert fig["exemption_posts_sent_to_review"] == "24/24"
    assert fig["model_review_of_clean_posts_rules_passed"] <= 0.05


@pytest.mark.skipif(not HELDOUT4.exists(), reason="fifth corpus not present")
def test_heldout4_figures_as_claimed_in_readme() -> None:
    # Tuned on since round 5 (blind in round 4: 91.3 % / 1.2 %, exemptions 41/45). Its author
    # labels "阳性不予录用" after a pregnancy test PREGNANCY_TEST alone; by README's policy the
    # rules add MARRIAGE_CHILDBEARING (a positive result as grounds to refuse): one extra report.
    # Its height (高处作业 III/IV) and logging posts are labelled exemptions: reviewed, not refused.
    fig = _figures(HELDOUT4, use_model=True)
    assert fig["posts"] == 458
    assert fig["recall_right_rules"] >= 0.99
    assert fig["false_positive_rate"] <= 0.0
    per_rule = fig["per_rule"]
    assert all(r["recall"] >= 0.99 for r in per_rule.values())
    assert all(r["precision"] >= 0.98 for r in per_rule.values() if r["reported"])
    assert fig["exemption_posts_sent_to_review"] == "45/45"
    assert fig["model_review_of_clean_posts_rules_passed"] <= 0.05


@pytest.mark.skipif(not HELDOUT5.exists(), reason="sixth corpus not present")
def test_heldout5_figures_as_claimed_in_readme() -> None:
    # Tuned on since round 6 (blind in round 5: 84.1 % / 3.8 %, exemptions 46/52). Honest
    # bounds: round 6 fixed its classes, not every post; the posts still missed are listed in
    # README (slang such as "strong lads", pronoun hints, pinyin sentences, couples-only). Its
    # author labels a women-only check-up package that includes an HCG test PREGNANCY_TEST
    # alone; the rules add GENDER there.
    fig = _figures(HELDOUT5, use_model=True)
    assert fig["posts"] == 583
    assert fig["recall_right_rules"] >= 0.94
    assert fig["false_positive_rate"] <= 0.0
    per_rule = fig["per_rule"]
    assert per_rule["GENDER"]["recall"] >= 0.93
    assert per_rule["MARRIAGE_CHILDBEARING"]["recall"] >= 0.95
    assert all(r["precision"] >= 0.99 for r in per_rule.values() if r["reported"])
    assert fig["exemption_posts_sent_to_review"] == "52/52"


# Round 7 (rules 2026.11-8): heldout6 and the new development corpora, rules only. Blind figures
# first (before any rule saw them), then what tuning reached; the bounds are floors a little
# under what 2026.11-8 reaches, so a later change that loses a class fails here.
_ROUND7 = [
    # (file, posts, blind recall / FP, recall floor, exemptions)
    ("screening7/heldout6.jsonl", 514, "85.5 % / 2.9 %", 0.99, "37/37"),
    ("screening10/dev10.jsonl", 510, "86.7 % / 4.1 %", 0.96, "33/33"),
    ("screening11/dev11.jsonl", 502, "89.6 % / 4.6 %", 0.93, "30/30"),
    ("screening12/dev12.jsonl", 495, "90.0 % / 4.3 %", 0.94, "31/31"),
    ("screening16/dev16.jsonl", 490, "88.8 % / 2.7 %", 0.95, "32/32"),
    ("screening17/dev17.jsonl", 518, "83.7 % / 3.0 %", 0.94, "30/30"),
    ("screening18/dev18.jsonl", 471, "83.5 % / 1.6 %", 0.93, "30/30"),
    ("screening19/dev19.jsonl", 472, "87.6 % / 2.4 %", 0.92, "31/31"),
]


@pytest.mark.parametrize(("name", "posts", "blind", "floor", "exempt"), _ROUND7)
def test_round7_tuned_files(name: str, posts: int, blind: str, floor: float, exempt: str) -> None:
    path = DATA.parent / name
    if not path.exists():
        pytest.skip(f"{name} not present")
    del blind  # recorded for the reader; the blind run is in docs/screening-blind-runs
    fig = _figures(path, use_model=False)
    assert fig["posts"] == posts
    assert fig["recall_right_rules"] >= floor
    assert fig["false_positive_rate"] <= 0.0
    assert fig["exemption_posts_sent_to_review"] == exempt
    assert all(r["precision"] >= 0.97 for r in fig["per_rule"].values() if r["reported"])
