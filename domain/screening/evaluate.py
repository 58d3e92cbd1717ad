"""Aggregate figures of the screen on a labelled corpus: per-rule recall and precision, FP rate.

Data flow: labelled rows (dicts: "text" or "title"+"description", "rules" or "labels": rule
codes, optional "exemption": true) -> `screen_post` on each -> `Outcome` (rules reported, rules
the classifier suspects, review) -> `tally()` into `Figures` (counts) -> `Figures.as_dict()`.
Pure: the caller reads the corpus (scripts/eval_screening.py, tests/unit/test_screening_corpus.py);
a caller may also build `Outcome`s itself (rules of an older commit plus a model's suspicions,
scripts/eval_screening.py --rules-from) and tally them the same way.

Two pairs of figures:
- the rules' own: "recall_right_rules" (a violating post refused with all of its right rules)
  and "false_positive_rate" (a clean post refused);
- what the product does: "stopped_right_rules" (the post's rules are all among the rules
  reported, the rules the classifier suspects, and GENDER when a GENDER_UNCLEAR note was
  raised: refused or put in front of a person with the right rule named) and
  "clean_stopped_rate" (a clean post refused or sent to review for any reason; a lawful
  exemption post counts only when refused, since its review is the intended outcome).

HIGHER_BAR_FOR_WOMEN is reported beside GENDER as a kind of it, so where GENDER is labelled it
counts as right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from domain.screening.classifier import Model
from domain.screening.model import (
    GENDER,
    HIGHER_BAR_FOR_WOMEN,
    PROHIBITED_WORK_FOR_WOMEN,
    Screening,
)
from domain.screening.screen import screen_post


def texts_of(row: dict[str, Any]) -> list[str]:
    if "text" in row:
        return [str(row["text"])]
    return [str(row.get(k, "")) for k in ("title", "description", "location") if row.get(k)]


def labels_of(row: dict[str, Any]) -> set[str]:
    return {str(r) for r in (row.get("rules") or row.get("labels") or [])}


@dataclass(frozen=True)
class Outcome:
    """What the screen did with one post, as the figures need it."""

    rules: frozenset[str]  # rules reported (violations)
    suspected: frozenset[str] = frozenset()  # rules the classifier suspects, not reported
    unclear: bool = False  # a GENDER_UNCLEAR note was raised
    exempted: bool = False  # a PROHIBITED_WORK_FOR_WOMEN exemption was found
    review: bool = False  # needs_review, for any reason
    excerpts: tuple[str, ...] = ()

    @classmethod
    def of(cls, result: Screening) -> Outcome:
        return cls(
            rules=result.rules,
            suspected=frozenset(result.suspected_rules),
            unclear=bool(result.unclear),
            exempted=any(e.code == PROHIBITED_WORK_FOR_WOMEN for e in result.exemptions),
            review=result.needs_review,
            excerpts=tuple(v.excerpt for v in result.violations),
        )

    @property
    def ok(self) -> bool:
        return not self.rules

    @property
    def covered(self) -> frozenset[str]:
        """Rules a person is shown: reported, suspected, GENDER behind a GENDER_UNCLEAR note."""
        return self.rules | self.suspected | (frozenset({GENDER}) if self.unclear else frozenset())


@dataclass
class Figures:
    posts: int = 0
    violating: int = 0
    clean: int = 0
    right_rules: int = 0
    clean_flagged: int = 0
    stopped_right: int = 0  # violating posts whose rules are all reported or suspected
    clean_stopped: int = 0  # clean posts refused or sent to review (exemptions: refused)
    clean_review: int = 0  # clean posts the rules passed but that went to review
    missed_caught: int = 0  # violating posts the rules passed that the model sent to review
    missed: int = 0
    exempt: int = 0
    exempt_reviewed: int = 0
    labelled: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    reported: Counter[str] = field(default_factory=Counter)
    reported_right: Counter[str] = field(default_factory=Counter)
    suspected: Counter[str] = field(default_factory=Counter)
    suspected_right: Counter[str] = field(default_factory=Counter)
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
            "stopped_right_rules": ratio(self.stopped_right, self.violating),
            "clean_stopped_rate": ratio(self.clean_stopped, self.clean),
            "per_rule": {
                r: {
                    "labelled": self.labelled[r],
                    "recall": ratio(self.found[r], self.labelled[r]),
                    "reported": self.reported[r],
                    "precision": ratio(self.reported_right[r], self.reported[r]),
                }
                for r in rules
            },
            "model_suspected": {
                r: f"{self.suspected_right[r]}/{self.suspected[r]} labelled"
                for r in sorted(self.suspected)
            },
            "exemption_posts_sent_to_review": f"{self.exempt_reviewed}/{self.exempt}",
            "model_review_of_clean_posts_rules_passed": ratio(
                self.clean_review, self.clean - self.clean_flagged
            ),
            "model_catch_of_violating_posts_rules_missed": f"{self.missed_caught}/{self.missed}",
        }


def tally(fig: Figures, row: dict[str, Any], out: Outcome) -> None:
    """Count one labelled row's outcome into `fig`."""
    labels, got = labels_of(row), set(out.rules)
    if GENDER in labels:
        # A higher bar for women is reported beside GENDER, as a kind of it.
        labels |= got & {HIGHER_BAR_FOR_WOMEN}
    fig.posts += 1
    exemption = bool(row.get("exemption"))
    if exemption:
        fig.exempt += 1
        fig.exempt_reviewed += out.exempted
    for r in got:
        fig.reported[r] += 1
        fig.reported_right[r] += r in labels
    for r in out.suspected:
        fig.suspected[r] += 1
        fig.suspected_right[r] += r in labels
    doubts = bool(out.suspected)
    wrong = False
    if labels:
        fig.violating += 1
        fig.right_rules += labels <= got
        fig.stopped_right += labels <= got | out.covered
        wrong = not labels <= got
        for r in labels:
            fig.labelled[r] += 1
            fig.found[r] += r in got
        if out.ok:
            fig.missed += 1
            fig.missed_caught += doubts
    else:
        fig.clean += 1
        fig.clean_flagged += not out.ok
        fig.clean_stopped += not out.ok or (out.review and not exemption)
        fig.clean_review += out.ok and doubts
        wrong = not out.ok
    if wrong or got - labels:
        fig.errors.append(
            {"labels": sorted(labels), "got": sorted(got), "row": row, "excerpts": out.excerpts}
        )


def evaluate(
    rows: Iterable[dict[str, Any]], use_model: bool = True, model: Model | None = None
) -> Figures:
    """Screen every row (with the packaged model, `model` if given, or rules only)."""
    fig = Figures()
    for row in rows:
        if not use_model:
            result = screen_post(*texts_of(row), model=None)
        elif model is not None:
            result = screen_post(*texts_of(row), model=model)
        else:
            result = screen_post(*texts_of(row))
        tally(fig, row, Outcome.of(result))
    return fig
