"""Evaluate the equal-employment screen on a labelled corpus; print aggregate figures only.

Data flow: a jsonl corpus (one post a line: "text" or "title"+"description", "rules" or "labels":
rule codes, optional "exemption": true) -> `domain.screening.evaluate` (screen_post on each) ->
per-rule recall and precision, recall with the right rules, the false-positive rate on clean
posts, exemption handling and what the classifier adds -> printed (or --json).

Usage: .venv/bin/python scripts/eval_screening.py tests/data/screening/dev.jsonl [--no-model]
       [--compare]   (rules only and rules + classifier, in one run)
       [--show-errors]   (development files only: prints the posts it gets wrong, to tune on)
       [--model PATH]   (a model file built by train_screening.py --out, not the packaged one)
       [--rules-from scripts/screening_blind_rules.json]   (the rules as recorded at the commit
       each author was measured blind with, combined with the model's suspicions: the honest
       estimate of what the model adds on an author the rules never saw)

Figures: today's ("recall_right_rules", "false_positive_rate": clean posts refused) and the
product's ("stopped_right_rules": refused or reviewed with every right rule reported or
suspected; "clean_stopped_rate": clean posts refused or sent to review), see evaluate.py.

Held-out honesty: --show-errors is refused for the blind files still held out,
tests/data/screening23/heldout10.jsonl, screening24/heldout11.jsonl and
screening25/heldout12.jsonl and screening30/heldout13.jsonl (round 8, sealed until the round's
end), so they can only ever be seen as aggregate figures. Round 8's development files dev26-29
were refused the same way until each had been measured once.
heldout.jsonl and heldout2.jsonl were each measured once blind (rounds 1 and 2) and are
development data since round 3; screening4/heldout3.jsonl was measured once blind in round 3
and is development data since round 4; screening5/heldout4.jsonl was measured once blind in
round 4 and is development data since round 5; screening6/heldout5.jsonl was measured once blind
in round 5 and is development data since round 6; screening7/heldout6.jsonl was measured once
blind in round 6 and is development data since round 7; heldout7-9 (screening8, 9, 13) and
dev14-15 were measured once blind at the end of round 7 and are development data since round 8.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from domain.screening.classifier import Model, load_model
from domain.screening.evaluate import Figures, Outcome, evaluate, tally, texts_of
from domain.screening.text import prepare


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


BLIND = (
    Path("tests/data/screening23/heldout10.jsonl"),
    Path("tests/data/screening24/heldout11.jsonl"),
    Path("tests/data/screening25/heldout12.jsonl"),
    Path("tests/data/screening30/heldout13.jsonl"),
    # Round-8 development authors: blind until each is measured once, before any tuning.
)


def _is_blind(path: Path) -> bool:
    """True for a still-blind held-out file (or a copy of one under another directory)."""
    return any(path.name == b.name or path.resolve() == b.resolve() for b in BLIND)


def recorded(
    rows: list[dict[str, Any]], corpus: Path, rules_from: Path, model: Model | None
) -> Figures:
    """Rules outcomes recorded at an older commit (screening_rules_at.py) + `model`'s doubts."""
    key = corpus.resolve().relative_to(Path(__file__).resolve().parents[1]).as_posix()
    entry = json.loads(rules_from.read_text("utf-8")).get(key)
    if entry is None or entry["sha256"] != hashlib.sha256(corpus.read_bytes()).hexdigest():
        raise SystemExit(f"{rules_from} has no outcomes recorded for this version of {corpus}")
    fig = Figures()
    for row, (rules, review, unclear, exempted, *_) in zip(rows, entry["outcomes"], strict=True):
        suspected: tuple[str, ...] = ()
        if model is not None:
            scores = model.scores("\n".join(prepare(t).text for t in texts_of(row)))
            reported = set(rules) | ({"GENDER"} if "HIGHER_BAR_FOR_WOMEN" in rules else set())
            suspected = model.suspects(scores, reported)
        out = Outcome(
            frozenset(rules),
            frozenset(suspected),
            bool(unclear),
            bool(exempted),
            bool(review) or bool(suspected),
        )
        tally(fig, row, out)
    return fig


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--no-model", action="store_true", help="rules only")
    p.add_argument("--json", action="store_true")
    p.add_argument("--compare", action="store_true", help="rules only and rules + model, one run")
    p.add_argument("--show-errors", action="store_true", help="dev corpora only")
    p.add_argument("--model", type=Path, help="a model file instead of the packaged one")
    p.add_argument("--rules-from", type=Path, help="rules outcomes recorded at an older commit")
    args = p.parse_args(argv)
    if args.show_errors and _is_blind(args.corpus):
        print("refused: the held-out corpus is evaluated in aggregate only", file=sys.stderr)
        return 2
    rows = load(args.corpus)
    model = Model.from_json(args.model.read_bytes()) if args.model else None

    def run(use_model: bool) -> Figures:
        if args.rules_from:
            chosen = (model or load_model()) if use_model else None
            return recorded(rows, args.corpus, args.rules_from, chosen)
        return evaluate(rows, use_model=use_model, model=model)

    if args.compare:
        both = {"rules_only": run(False).as_dict(), "rules_and_model": run(True).as_dict()}
        print(json.dumps(both, ensure_ascii=False, indent=None if args.json else 2))
        return 0
    fig = run(not args.no_model)
    if args.show_errors:
        for e in fig.errors:
            print(json.dumps(e, ensure_ascii=False))
    print(json.dumps(fig.as_dict(), ensure_ascii=False, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
