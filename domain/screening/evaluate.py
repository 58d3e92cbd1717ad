"""Aggregate figures of the screen on a labelled corpus: per-rule recall and precision, FP rate.

Data flow: labelled rows (dicts: "text" or "title"+"description", "rules" or "labels": rule
codes, optional "exemption": true) -> `screen_post` on each -> `Figures` (counts) ->
`Figures.as_dict()`: recall with the right rules, false-positive rate on clean posts, per-rule
recall and precision, exemption handling and what the classifier adds. Pure: the caller reads
the corpus (scripts/eval_screening.py, tests/unit/test_screening_corpus.py).

HIGHER_BAR_FOR_WOMEN is reported beside GENDER as a kind of it, so where GENDER is labelled it
counts as right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from domain.screening.model import GENDER, HIGHER_BAR_FOR_WOMEN, PROHIBITED_WORK_FOR_WOMEN
from domain.screening.screen import screen_post


def texts_of(row: dict[str, Any]) -> list[str]:
    if "text" in row:
        return [str(row["text"])]
    return [str(row.get(k, "")) for k in ("title", "description", "location") if row.get(k)]


def labels_of(row: dict[str, Any]) -> set[str]:
    return {str(r) for r in (row.get("rules") or row.get("labels") or [])}


@dataclass
class Figures:
    posts: int = 0
    violating: int = 0
    clean: int = 0
    right_rules: int = 0
    clean_flagged: int = 0
    clean_review: int = 0  # clean posts the rules passed but that went to review
    missed_caught: int = 0  # violating posts the rules passed that the model sent to review
    missed: int = 0
    exempt: int = 0
    exempt_reviewed: int = 0
    labelled: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    reported: Counter[str] = field(default_factory=Counter)
    reported_right: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        rules = sorted(set(self.labelled) | set(self.reported))
        return {
            "posts": self.posts,
            "violating": self.violating,
            "clean": self.clean,
            "recall_right_rules": ratio(self.right_rules, self.violating),
            "false_positive_rate": ratio(self.clean_flagged, self.clean),
            "per_rule": {
                r: {
                    "labelled": self.labelled[r],
                    "recall": ratio(self.found[r], self.labelled[r]),
                    "reported": self.reported[r],
                    "precision": ratio(self.reported_right[r], self.reported[r]),
                }
                for r in rules
            },
            "exemption_posts_sent_to_review": f"{self.exempt_reviewed}/{self.exempt}",
            "model_review_of_clean_posts_rules_passed": ratio(
                self.clean_review, self.clean - self.clean_flagged
            ),
            "model_catch_of_violating_posts_rules_missed": f"{self.missed_caught}/{self.missed}",
        }


def evaluate(rows: Iterable[dict[str, Any]], use_model: bool = True) -> Figures:
    fig = Figures()
    for row in rows:
        result = (
            screen_post(*texts_of(row)) if use_model else screen_post(*texts_of(row), model=None)
        )
        labels, got = labels_of(row), set(result.rules)
        if GENDER in labels:
            # A higher bar for women is reported beside GENDER, as a kind of it.
            labels |= got & {HIGHER_BAR_FOR_WOMEN}
        fig.posts += 1
        if row.get("exemption"):
            fig.exempt += 1
            fig.exempt_reviewed += any(
                e.code == PROHIBITED_WORK_FOR_WOMEN for e in result.exemptions
            )
        for r in got:
            fig.reported[r] += 1
            fig.reported_right[r] += r in labels
        wrong = False
        if labels:
            fig.violating += 1
            fig.right_rules += labels <= got
            wrong = not labels <= got
            for r in labels:
                fig.labelled[r] += 1
                fig.found[r] += r in got
            if result.ok:
                fig.missed += 1
                fig.missed_caught += result.model_doubts
        else:
            fig.clean += 1
            fig.clean_flagged += not result.ok
            fig.clean_review += result.ok and result.model_doubts
            wrong = not result.ok
        if wrong or got - labels:
            fig.errors.append(
                {
                    "labels": sorted(labels),
                    "got": sorted(got),
                    "row": row,
                    "excerpts": [v.excerpt for v in result.violations],
                }
            )
    return fig
