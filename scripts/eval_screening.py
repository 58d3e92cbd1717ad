"""Evaluate the equal-employment screen on a labelled corpus; print aggregate figures only.

Data flow: a jsonl corpus (one post a line: "text" or "title"+"description", "rules" or "labels":
rule codes, optional "exemption": true) -> `domain.screening.evaluate` (screen_post on each) ->
per-rule recall and precision, recall with the right rules, the false-positive rate on clean
posts, exemption handling and what the classifier adds -> printed (or --json).

Usage: .venv/bin/python scripts/eval_screening.py tests/data/screening/dev.jsonl [--no-model]
       [--compare]   (rules only and rules + classifier, in one run)
       [--show-errors]   (development files only: prints the posts it gets wrong, to tune on)

Held-out honesty: --show-errors is refused for the blind files still held out,
tests/data/screening8/heldout7.jsonl, screening9/heldout8.jsonl and screening13/heldout9.jsonl
(round 7), so they
can only ever be seen as aggregate figures.
heldout.jsonl and heldout2.jsonl were each measured once blind (rounds 1 and 2) and are
development data since round 3; screening4/heldout3.jsonl was measured once blind in round 3
and is development data since round 4; screening5/heldout4.jsonl was measured once blind in
round 4 and is development data since round 5; screening6/heldout5.jsonl was measured once blind
in round 5 and is development data since round 6; screening7/heldout6.jsonl was measured once
blind in round 6 and is development data since round 7.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from domain.screening.evaluate import evaluate


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


BLIND = (
    Path("tests/data/screening8/heldout7.jsonl"),
    Path("tests/data/screening9/heldout8.jsonl"),
    Path("tests/data/screening13/heldout9.jsonl"),
)


def _is_blind(path: Path) -> bool:
    """True for a still-blind held-out file (or a copy of one under another directory)."""
    return any(path.name == b.name or path.resolve() == b.resolve() for b in BLIND)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--no-model", action="store_true", help="rules only")
    p.add_argument("--json", action="store_true")
    p.add_argument("--compare", action="store_true", help="rules only and rules + model, one run")
    p.add_argument("--show-errors", action="store_true", help="dev corpora only")
    args = p.parse_args(argv)
    if args.show_errors and _is_blind(args.corpus):
        print("refused: the held-out corpus is evaluated in aggregate only", file=sys.stderr)
        return 2
    rows = load(args.corpus)
    if args.compare:
        both = {
            "rules_only": evaluate(rows, use_model=False).as_dict(),
            "rules_and_model": evaluate(rows, use_model=True).as_dict(),
        }
        print(json.dumps(both, ensure_ascii=False, indent=None if args.json else 2))
        return 0
    fig = evaluate(rows, use_model=not args.no_model)
    if args.show_errors:
        for e in fig.errors:
            print(json.dumps(e, ensure_ascii=False))
    print(json.dumps(fig.as_dict(), ensure_ascii=False, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
