"""Record what the rules did to each development corpus when its author was still blind.

Data flow: BLIND_AT (corpus -> the commit whose rules had never been tuned on it: the rules of
that author's one blind measurement) -> for each commit a temporary `git worktree` -> that
commit's `screen_post` (rules only) on every post of the corpus, run by this venv's Python
with the worktree first on sys.path -> per post: rules reported, refused, sent to review,
GENDER_UNCLEAR raised, exemption found, and whether that commit's GENDER_UNCLEAR net
(`gender_signal.unnamed_restriction`, from round 4 on; false before) sees a gender restriction
in the post even where a rule fired (the weak signal a corroborated refusal needs) ->
scripts/screening_blind_rules.json (rule codes and flags only, no text) with each corpus's
SHA-256.

scripts/train_screening.py uses these outcomes to choose the classifier's per-rule thresholds
(what the model adds is what a new author's posts get past rules that never saw that author;
today's rules were tuned on these corpora and pass almost nothing of them), and
scripts/eval_screening.py --rules-from combines them with a model's suspicions (the honest
figure: rules at 564fd9b + a model trained without heldout6, on heldout6).
The still-blind held-out files are refused by name.

Usage: .venv/bin/python scripts/screening_rules_at.py   (needs git; a few minutes)
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "scripts" / "screening_blind_rules.json"
BLIND = (
    "heldout10.jsonl",
    "heldout11.jsonl",
    "heldout12.jsonl",
    "heldout13.jsonl",
)
# The commit each author was measured blind with (verified: the recall each gives equals the
# blind figure recorded in README / docs/screening-blind-runs).
BLIND_AT = {
    "tests/data/screening2/dev2.jsonl": "3c6558a",  # before round 2: 72.4 %
    "tests/data/screening3/heldout2.jsonl": "efaeeb8",  # round 2: 87.4 %
    "tests/data/screening4/heldout3.jsonl": "fa5344f",  # round 3: 89.5 %
    "tests/data/screening5/heldout4.jsonl": "54b5c3d",  # round 4: 91.3 %
    "tests/data/screening6/heldout5.jsonl": "01f6c88",  # round 5: 84.1 %
    "tests/data/screening7/heldout6.jsonl": "564fd9b",  # round 6: 85.5 %
    # Landed at 12:23-12:25 on 2026-11-27; the committed rules then were round 6's.
    "tests/data/screening10/dev10.jsonl": "1fdcae4",
    "tests/data/screening11/dev11.jsonl": "1fdcae4",
    "tests/data/screening12/dev12.jsonl": "1fdcae4",
    # Measured once blind by the lead at 8bf672b (docs/screening-blind-runs/dev16..19-*).
    "tests/data/screening16/dev16.jsonl": "8bf672b",
    "tests/data/screening17/dev17.jsonl": "8bf672b",
    "tests/data/screening18/dev18.jsonl": "8bf672b",
    "tests/data/screening19/dev19.jsonl": "8bf672b",
    # Measured once blind by the lead at 1e8e93e (rules 2026.11-9), tuned on after.
    "tests/data/screening20/dev20.jsonl": "1e8e93e",
    "tests/data/screening21/dev21.jsonl": "1e8e93e",
    "tests/data/screening22/dev22.jsonl": "1e8e93e",
    # Round 7's final blind measurement at 3ab33f7 (rules 2026.11-9), tuned on in round 8.
    "tests/data/screening8/heldout7.jsonl": "3ab33f7",
    "tests/data/screening9/heldout8.jsonl": "3ab33f7",
    "tests/data/screening13/heldout9.jsonl": "3ab33f7",
    "tests/data/screening14/dev14.jsonl": "3ab33f7",
    "tests/data/screening15/dev15.jsonl": "3ab33f7",
    # Round 8 development authors, measured once blind (docs/screening-blind-runs/dev*-round8-*).
    "tests/data/screening26/dev26.jsonl": "9cf2fd1",
    "tests/data/screening27/dev27.jsonl": "9cf2fd1",
    "tests/data/screening28/dev28.jsonl": "9cf2fd1",
    "tests/data/screening29/dev29.jsonl": "e3e01e0",
    # Measured once blind by the lead at cd1cf95 (rules 2026.11-9), released 15:36.
    "tests/data/screening31/dev31.jsonl": "cd1cf95",
    "tests/data/screening32/dev32.jsonl": "cd1cf95",
    "tests/data/screening33/dev33.jsonl": "cd1cf95",
}

# Run inside the old worktree: argv = corpus path; prints one JSON list per post.
_RUN = """
import inspect, json, sys
from domain.screening.screen import screen_post
from domain.screening.text import prepare
kw = {"model": None} if "model" in inspect.signature(screen_post).parameters else {}
try:  # the GENDER_UNCLEAR net of that commit, asked even when a rule fired (round 4 on)
    from domain.screening.gender_signal import unnamed_restriction as net
except ImportError:
    net = None
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    row = json.loads(line)
    if "text" in row:
        texts = [str(row["text"])]
    else:
        texts = [str(row.get(k, "")) for k in ("title", "description", "location") if row.get(k)]
    s = screen_post(*texts, **kw)
    exempt = [e.code for e in getattr(s, "exemptions", ())]
    unclear = bool(getattr(s, "unclear", ()))
    rules = sorted({v.rule for v in s.violations})
    review = bool(exempt) or unclear
    signal = bool(net and net([prepare(t) for t in texts]) is not None)
    print(json.dumps([rules, review, unclear, "PROHIBITED_WORK_FOR_WOMEN" in exempt, signal]))
"""


def outcomes_at(commit: str, corpus: Path) -> list[list[object]]:
    with tempfile.TemporaryDirectory() as tmp:
        wt = Path(tmp) / "wt"
        git = ["git", "-C", str(ROOT)]
        subprocess.run(
            [*git, "worktree", "add", "--detach", str(wt), commit], check=True, capture_output=True
        )
        try:
            done = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    f"import sys; sys.path.insert(0, {str(wt)!r})\n" + _RUN,
                    str(corpus),
                ],
                cwd=wt,
                check=True,
                capture_output=True,
                text=True,
            )
        finally:
            subprocess.run(
                [*git, "worktree", "remove", "--force", str(wt)], check=True, capture_output=True
            )
    return [json.loads(line) for line in done.stdout.splitlines()]


def main() -> int:
    out: dict[str, object] = {}
    for rel, commit in BLIND_AT.items():
        path = ROOT / rel
        if path.name in BLIND:
            raise SystemExit("refused: the blind held-out corpus is never read here")
        posts = outcomes_at(commit, path)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        out[rel] = {"commit": commit, "sha256": sha, "outcomes": posts}
        print(f"{rel}: {len(posts)} posts at {commit}", file=sys.stderr)
    OUT.write_text(json.dumps(out, separators=(",", ":")) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
