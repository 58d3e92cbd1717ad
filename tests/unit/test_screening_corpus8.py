"""Round 8: every development corpus, rules only, held to floors (all languages).

Data flow: each named development file (never a glob; the sealed folders screening23-25 and
screening30 are never named) -> `evaluate(use_model=False)` -> its aggregate figures, checked
against a recall floor, a false-positive ceiling and a per-rule precision floor, each set a
little under (or over) what the rules reach at the end of round 8 (HEAD plus the round-8 zh
rules, less 1.5 points; FP ceilings 1 point over), so a later change that loses a class
fails here. Exemption counts are left to the exemption's own tests.
The comment on each row is the round-8 rules-only figure (recall / FP) on HEAD plus the zh
rules; "blind" is the file's refused-with-the-right-rule / FP figure measured once before any
tuning on it (dev26-28 at 9cf2fd1, dev29 at e3e01e0, dev31-33 at cd1cf95, heldout7-9 and dev14-15 at
3ab33f7).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from domain.screening.evaluate import evaluate

DATA = Path(__file__).resolve().parents[1] / "data"

_FILES = [
    # (file, posts, blind recall / FP, recall floor, FP ceiling, precision floor)
    ("screening_corpus.jsonl", 202, "-", 0.985, 0.01, 0.98),  # 100.0 % / 0.0 %
    ("screening/dev.jsonl", 506, "-", 0.985, 0.01, 0.98),  # 100.0 % / 0.0 %
    ("screening/heldout.jsonl", 503, "-", 0.985, 0.01, 0.98),  # 100.0 % / 0.0 %
    ("screening2/dev2.jsonl", 544, "-", 0.985, 0.01, 0.98),  # 100.0 % / 0.0 %
    ("screening3/heldout2.jsonl", 506, "-", 0.985, 0.01, 0.96),  # 100.0 % / 0.0 %
    ("screening4/heldout3.jsonl", 420, "-", 0.985, 0.01, 0.95),  # 100.0 % / 0.0 %
    ("screening5/heldout4.jsonl", 458, "-", 0.985, 0.01, 0.96),  # 100.0 % / 0.0 %
    ("screening6/heldout5.jsonl", 583, "-", 0.985, 0.01, 0.97),  # 100.0 % / 0.0 %
    ("screening7/heldout6.jsonl", 514, "-", 0.985, 0.01, 0.97),  # 100.0 % / 0.0 %
    ("screening8/heldout7.jsonl", 517, "93.6 % / 2.2 %", 0.965, 0.02, 0.96),  # 98.4 % / 0.8 %
    ("screening9/heldout8.jsonl", 518, "92.9 % / 2.5 %", 0.975, 0.01, 0.96),  # 99.2 % / 0.0 %
    ("screening10/dev10.jsonl", 510, "-", 0.97, 0.01, 0.98),  # 98.8 % / 0.0 %
    ("screening11/dev11.jsonl", 502, "-", 0.975, 0.01, 0.96),  # 99.2 % / 0.0 %
    ("screening12/dev12.jsonl", 495, "-", 0.96, 0.01, 0.97),  # 97.5 % / 0.0 %
    ("screening13/heldout9.jsonl", 515, "94.3 % / 3.4 %", 0.96, 0.02, 0.94),  # 97.6 % / 0.8 %
    ("screening14/dev14.jsonl", 482, "90.1 % / 1.6 %", 0.955, 0.02, 0.94),  # 97.0 % / 0.8 %
    ("screening15/dev15.jsonl", 447, "89.6 % / 2.1 %", 0.96, 0.02, 0.96),  # 97.6 % / 0.9 %
    ("screening16/dev16.jsonl", 490, "-", 0.965, 0.01, 0.96),  # 98.3 % / 0.0 %
    ("screening17/dev17.jsonl", 518, "-", 0.96, 0.01, 0.96),  # 97.6 % / 0.0 %
    ("screening18/dev18.jsonl", 471, "-", 0.95, 0.01, 0.96),  # 96.9 % / 0.0 %
    ("screening19/dev19.jsonl", 472, "-", 0.98, 0.01, 0.95),  # 99.5 % / 0.0 %
    ("screening20/dev20.jsonl", 452, "-", 0.97, 0.015, 0.95),  # 98.6 % / 0.4 %
    ("screening21/dev21.jsonl", 436, "-", 0.98, 0.025, 0.94),  # 99.5 % / 1.3 %
    ("screening22/dev22.jsonl", 432, "-", 0.98, 0.01, 0.96),  # 99.5 % / 0.0 %
    ("screening26/dev26.jsonl", 499, "95.5 % / 2.7 %", 0.96, 0.02, 0.96),  # 97.9 % / 0.8 %
    ("screening27/dev27.jsonl", 498, "93.3 % / 1.9 %", 0.96, 0.02, 0.96),  # 97.9 % / 0.8 %
    ("screening28/dev28.jsonl", 497, "95.0 % / 2.3 %", 0.96, 0.015, 0.96),  # 97.9 % / 0.4 %
    ("screening29/dev29.jsonl", 478, "91.9 % / 0.4 %", 0.945, 0.01, 0.96),  # 96.1 % / 0.0 %
    ("screening31/dev31.jsonl", 493, "93.4 % / 2.0 %", 0.955, 0.01, 0.96),  # 97.1 % / 0.0 %
    ("screening32/dev32.jsonl", 483, "93.1 % / 3.4 %", 0.945, 0.02, 0.94),  # 96.3 % / 0.8 %
    ("screening33/dev33.jsonl", 500, "90.7 % / 2.4 %", 0.94, 0.015, 0.96),  # 95.5 % / 0.4 %
]


def _figures(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return evaluate(rows, use_model=False).as_dict()


@pytest.mark.parametrize(("name", "posts", "blind", "floor", "fp_ceiling", "precision"), _FILES)
def test_round8_development_files(
    name: str, posts: int, blind: str, floor: float, fp_ceiling: float, precision: float
) -> None:
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{name} not present")
    del blind  # recorded for the reader
    fig = _figures(path)
    assert fig["posts"] == posts
    assert fig["recall_right_rules"] >= floor, fig["recall_right_rules"]
    assert fig["false_positive_rate"] <= fp_ceiling, fig["false_positive_rate"]
    for rule, r in fig["per_rule"].items():
        if r["reported"] and rule != "HIGHER_BAR_FOR_WOMEN":
            assert r["precision"] >= precision, (rule, r["precision"])


def test_no_sealed_file_is_named() -> None:
    sealed = ("screening23/", "screening24/", "screening25/", "screening30/")
    assert not any(name.startswith(sealed) for name, *_ in _FILES)
