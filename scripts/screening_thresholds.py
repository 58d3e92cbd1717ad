"""Per-rule thresholds for the screening classifier, chosen leaving each author out.

Data flow: per post the labels, the author, what the rules did (reported rules, refused, sent
to review, GENDER_UNCLEAR) and the probabilities per rule from a model trained on the other
authors (out-of-author scores) -> `Frame` (numpy arrays) -> `choose()`: the thresholds, one
per rule, that stop the most violating posts with the right rule (reported, suspected, or
GENDER behind a GENDER_UNCLEAR note) while the clean posts the model alone adds to review stay
at or below the budget, averaged over authors -> `per_author()`: the figures to report.
Same definitions as domain/screening/evaluate.py ("stopped_right_rules",
"clean_stopped_rate"), vectorised for the search. Build-time only (numpy).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np

RULES = ("GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST")
HIGHER_BAR = "HIGHER_BAR_FOR_WOMEN"
OFF = 1.01  # a threshold no probability reaches: the rule is never suspected


@dataclass(frozen=True)
class Outcome:
    """What the rules did to one post: reported rules, review (exemption or unclear), unclear;
    an exemption found; and the weak signals per rule (weak_signal.py) that a corroborated
    refusal needs (GENDER: that commit's GENDER_UNCLEAR net, asked even where a rule fired)."""

    rules: frozenset[str]
    review: bool
    unclear: bool
    exempted: bool = False
    signals: frozenset[str] = frozenset()


@dataclass
class Frame:
    groups: np.ndarray[Any, Any]
    y: np.ndarray[Any, Any]  # (n, 3) labelled
    reported: np.ndarray[Any, Any]  # (n, 3) reported by the rules (a higher bar is GENDER)
    covered: np.ndarray[Any, Any]  # reported, or GENDER behind GENDER_UNCLEAR
    other_missing: np.ndarray[Any, Any]  # a labelled code outside RULES the rules missed
    violating: np.ndarray[Any, Any]
    exemption: np.ndarray[Any, Any]
    refused: np.ndarray[Any, Any]
    review: np.ndarray[Any, Any]
    exempted: np.ndarray[Any, Any]  # an exemption found by the rules
    signal: np.ndarray[Any, Any]  # (n, 3) a weak signal for the rule

    @classmethod
    def build(
        cls,
        labels: list[set[str]],
        groups: list[str],
        exemption: list[bool],
        outcomes: list[Outcome],
    ) -> Frame:
        got = [set(o.rules) | ({"GENDER"} if HIGHER_BAR in o.rules else set()) for o in outcomes]
        y = np.array([[r in lab for r in RULES] for lab in labels])
        reported = np.array([[r in g for r in RULES] for g in got])
        unclear = np.array([o.unclear for o in outcomes])
        covered = reported.copy()
        covered[:, 0] |= unclear
        # As in evaluate.py: a labelled higher bar must be reported as such.
        other = np.array(
            [
                bool({x for x in lab if x not in RULES} - o.rules)
                for lab, o in zip(labels, outcomes, strict=True)
            ]
        )
        return cls(
            np.array(groups),
            y,
            reported,
            covered,
            other,
            np.array([bool(lab) for lab in labels]),
            np.array(exemption),
            np.array([bool(o.rules) for o in outcomes]),
            np.array([o.review for o in outcomes]),
            np.array([o.exempted for o in outcomes]),
            np.array([[r in o.signals for r in RULES] for o in outcomes]),
        )

    def refusals(self, p: np.ndarray[Any, Any], c: np.ndarray[Any, Any]) -> tuple[Any, Any]:
        """(refused with the right rule, clean refused) with corroboration thresholds `c`:
        a rule not reported, with a weak signal and a probability >= c, refuses (GENDER not
        where an exemption was found)."""
        add = (p >= c) & self.signal & ~self.reported
        add[:, 0] &= ~self.exempted
        cov = self.reported | add
        right = self.violating & ~(self.y & ~cov).any(1) & ~self.other_missing
        return right, ~self.violating & (self.refused | add.any(1))

    def stopped(self, p: np.ndarray[Any, Any], t: np.ndarray[Any, Any]) -> tuple[Any, Any, Any]:
        """(stopped with the right rule, clean stopped, clean stopped by the model alone)."""
        suspected = (p >= t) & ~self.reported
        cov = self.covered | suspected
        right = self.violating & ~(self.y & ~cov).any(1) & ~self.other_missing
        doubt = suspected.any(1)
        base = ~self.violating & (self.refused | (self.review & ~self.exemption))
        clean = base | (~self.violating & ~self.exemption & doubt)
        return right, clean, clean & ~base


def choose(
    frame: Frame, p: np.ndarray[Any, Any], budget: float, worst: float = 1.0, steps: int = 25
) -> tuple[np.ndarray[Any, Any], dict[str, float]]:
    """Thresholds from a grid of the clean posts' top scores (90th to 100th percentile).

    The clean posts the model adds to review: at most `budget` on average over authors and
    at most `worst` for any one author.
    """
    clean = ~frame.violating
    grids = [
        np.unique(np.append(np.quantile(p[clean, k], np.linspace(0.9, 1.0, steps)), OFF))
        for k in range(len(RULES))
    ]
    authors = sorted(set(frame.groups))
    masks = [(frame.groups == a) & clean for a in authors]
    best: tuple[int, float, float, np.ndarray[Any, Any]] | None = None
    for combo in itertools.product(*grids):
        t = np.array(combo)
        right, _, added = frame.stopped(p, t)
        rates = [float(added[m].mean()) for m in masks]
        rate = float(np.mean(rates))
        if rate > budget or max(rates) > worst:
            continue
        if best is None or (int(right.sum()), -rate) > (best[0], -best[1]):
            best = (int(right.sum()), rate, max(rates), t)
    if best is None:
        return np.full(len(RULES), OFF), {"stopped_right": 0, "added_clean_rate": 0.0}
    return best[3], {
        "stopped_right": best[0],
        "added_clean_rate_mean": round(best[1], 4),
        "added_clean_rate_worst": round(best[2], 4),
    }


def per_author(frame: Frame, p: np.ndarray[Any, Any], t: np.ndarray[Any, Any]) -> dict[str, Any]:
    """Per author: model-alone recall per rule; rules alone and rules + model, stopped figures."""
    right, clean, added = frame.stopped(p, t)
    rules_right, rules_clean, _ = frame.stopped(p, np.full(len(RULES), OFF))
    out: dict[str, Any] = {}
    for a in sorted(set(frame.groups)):
        m = frame.groups == a
        v, c = m & frame.violating, m & ~frame.violating
        alone = {
            r: _ratio(((p[:, k] >= t[k]) & frame.y[:, k] & m).sum(), (frame.y[:, k] & m).sum())
            for k, r in enumerate(RULES)
        }
        out[a] = {
            "violating": int(v.sum()),
            "clean": int(c.sum()),
            "model_alone_recall": alone,
            "rules_stopped_right": _ratio(rules_right[v].sum(), v.sum()),
            "combined_stopped_right": _ratio(right[v].sum(), v.sum()),
            "rules_clean_stopped": _ratio(rules_clean[c].sum(), c.sum()),
            "combined_clean_stopped": _ratio(clean[c].sum(), c.sum()),
            "model_added_clean": _ratio(added[c].sum(), c.sum()),
        }
    return out


def _ratio(a: Any, b: Any) -> float | None:
    return round(float(a) / float(b), 4) if b else None


# The model must be confident: a corroboration threshold below 0.8 is never considered.
CORROBORATE_GRID = (0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99, OFF)


def choose_corroboration(
    frame: Frame, p: np.ndarray[Any, Any], mask: np.ndarray[Any, Any], budget: float, cap: float
) -> np.ndarray[Any, Any]:
    """Corroboration thresholds on the posts in `mask`: the most refused with the right rule,
    with the clean posts refused rising by at most `budget` pooled and no author's clean posts
    refused above max(`cap`, its rate without corroboration)."""
    clean = mask & ~frame.violating
    authors = sorted(set(frame.groups[mask]))
    masks = [(frame.groups == a) & clean for a in authors]
    _, base = frame.refusals(p, np.full(len(RULES), OFF))
    limits = [max(cap, float(base[m].mean())) + 1e-9 for m in masks]
    base_fp = int(base[clean].sum())
    best: tuple[tuple[int, int, float], np.ndarray[Any, Any]] | None = None
    for combo in itertools.product(CORROBORATE_GRID, repeat=len(RULES)):
        c = np.array(combo)
        right, fp = frame.refusals(p, c)
        added = int(fp[clean].sum()) - base_fp
        if added > budget * clean.sum():
            continue
        if any(float(fp[m].mean()) > lim for m, lim in zip(masks, limits, strict=True)):
            continue
        key = (int(right[mask].sum()), -added, float(sum(combo)))
        if best is None or key > best[0]:
            best = (key, c)
    return best[1] if best else np.full(len(RULES), OFF)


def corroboration_table(
    frame: Frame, p: np.ndarray[Any, Any], c: np.ndarray[Any, Any]
) -> dict[str, Any]:
    """Per author and pooled: refused with the right rule and clean refused, without and with
    corroboration at thresholds `c` (a per-post array (n, 3) for nested choices)."""
    right, fp = frame.refusals(p, c)
    r0, f0 = frame.refusals(p, np.full(len(RULES), OFF))
    out: dict[str, Any] = {}
    for a in [*sorted(set(frame.groups)), "pooled"]:
        m = frame.groups == a if a != "pooled" else np.ones(len(frame.groups), bool)
        v, cl = m & frame.violating, m & ~frame.violating
        out[a] = {
            "refused_right": [_ratio(r0[v].sum(), v.sum()), _ratio(right[v].sum(), v.sum())],
            "clean_refused": [_ratio(f0[cl].sum(), cl.sum()), _ratio(fp[cl].sum(), cl.sum())],
            "counts": [int(r0[v].sum()), int(right[v].sum()), int(f0[cl].sum()), int(fp[cl].sum())],
        }
    return out
