"""Evaluate the equal-employment screen on a labelled corpus; print aggregate figures only.

Data flow: a jsonl corpus (one post a line: "text" or "title"+"description", "rules": list of
rule codes, optional "exemption": true) -> `domain.screening.screen_post` on each post ->
per-rule recall and precision, recall with the right rules, the false-positive rate on clean
posts, exemption handling and what the classifier adds -> printed (or --json).

Usage: .venv/bin/python scripts/eval_screening.py tests/data/screening/dev.jsonl [--no-model]
       [--show-errors]   (dev only: prints the posts it gets wrong, to tune rules on)

Held-out honesty: --show-errors is refused for a file whose name contains "heldout", so the
held-out part can only ever be seen as aggregate figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from domain.screening import (
    GENDER,
    HIGHER_BAR_FOR_WOMEN,
    PROHIBITED_WORK_FOR_WOMEN,
    screen_post,
)


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--no-model", action="store_true", help="rules only")
    p.add_argument("--json", action="store_true")
    p.add_argument("--show-errors", action="store_true", help="dev corpora only")
    args = p.parse_args(argv)
    if args.show_errors and "heldout" in args.corpus.name:
        print("refused: the held-out corpus is evaluated in aggregate only", file=sys.stderr)
        return 2
    fig = evaluate(load(args.corpus), use_model=not args.no_model)
    if args.show_errors:
        for e in fig.errors:
            print(json.dumps(e, ensure_ascii=False))
    print(json.dumps(fig.as_dict(), ensure_ascii=False, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
