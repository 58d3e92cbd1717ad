"""Result records of post screening and the rule-set version stamped on them.

Data flow: the rule modules produce `Hit`s (rule code, span, direction); `screen.py` turns
them into `Violation`s and `Exemption`s and wraps them in a `Screening`, whose `to_dict()` is
the `jobfair check-post` contract and what audit records store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Bump whenever a pattern or explanation changes: audit records keep the version that judged
# a post, so a later dispute can be replayed against the same rules.
RULES_VERSION = "2026.11-10"


def version_key(version: str) -> tuple[int, ...]:
    """'2026.11-10' -> (2026, 11, 10): versions compare by number, not as strings."""
    return tuple(int(part) for part in re.split(r"[.-]", version))


# Screening stops here; posts are a few hundred characters, so this only bounds the work an
# adversarial paste can cause. The limit is stated in the module docstring of the package.
MAX_CHARS = 20_000

GENDER = "GENDER"
MARRIAGE_CHILDBEARING = "MARRIAGE_CHILDBEARING"
PREGNANCY_TEST = "PREGNANCY_TEST"
HIGHER_BAR_FOR_WOMEN = "HIGHER_BAR_FOR_WOMEN"
PROHIBITED_WORK_FOR_WOMEN = "PROHIBITED_WORK_FOR_WOMEN"
# Not a rule: the reason a post the rules passed still goes to a person (see classifier.py).
MODEL_DOUBT = "MODEL_DOUBT"
# Not a rule: the post seems to restrict gender in a way no rule names (see gender_signal.py).
GENDER_UNCLEAR = "GENDER_UNCLEAR"


@dataclass(frozen=True)
class Hit:
    """One rule match inside the normalised text, before it is explained.

    `favours_men` is set for gender hits only: an exemption for work forbidden to women can
    excuse a restriction to men, never one to women.
    """

    rule: str
    start: int
    end: int
    favours_men: bool = False
    # Where the gender or status word itself starts; it must start a word (see segment.py).
    anchor: int = -1
    # End of a one-character gender word, which must end a word too (女 in 女装 does not).
    anchor_end: int = -1


def anchor_of(m: re.Match[str]) -> int:
    """Start of the gender or status word a rule match turns on (its named group)."""
    groups = m.groupdict()
    names = ("m", "f", "bm", "bf", "m2", "f2", "w")
    starts = [m.start(g) for g in names if groups.get(g) is not None]
    return min(starts) if starts else m.start()


@dataclass(frozen=True)
class Violation:
    rule: str
    excerpt: str
    explanation: str

    def to_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "excerpt": self.excerpt, "explanation": self.explanation}


@dataclass(frozen=True)
class Exemption:
    code: str
    excerpt: str
    explanation: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "excerpt": self.excerpt, "explanation": self.explanation}


@dataclass(frozen=True)
class Screening:
    violations: tuple[Violation, ...]
    exemptions: tuple[Exemption, ...]
    # Some text was longer than MAX_CHARS and only its first MAX_CHARS characters were read.
    truncated: bool = False
    # The classifier's highest probability over the rules (None: model not consulted).
    model_score: float | None = None
    # The classifier suspects a rule the rules did not report: a person should look.
    model_doubts: bool = False
    # The rules passed the post, but a sentence seems to restrict gender (GENDER_UNCLEAR).
    unclear: tuple[Exemption, ...] = ()
    # The rules the classifier suspects and the rules did not report (MODEL_DOUBT names them).
    suspected_rules: tuple[str, ...] = ()
    # The classifier's probability per rule, (rule, probability) pairs (empty: not consulted).
    model_scores: tuple[tuple[str, float], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.violations

    @property
    def needs_review(self) -> bool:
        # An exemption is a claim by the employer that only a person can confirm; a post the
        # model doubts is one the rules may have missed.
        return bool(self.exemptions) or self.model_doubts or bool(self.unclear)

    @property
    def review_reasons(self) -> list[str]:
        reasons = sorted({e.code for e in (*self.exemptions, *self.unclear)})
        return [*reasons, MODEL_DOUBT] if self.model_doubts else reasons

    @property
    def rules(self) -> frozenset[str]:
        return frozenset(v.rule for v in self.violations)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "violations": [v.to_dict() for v in self.violations],
            "exemptions": [e.to_dict() for e in self.exemptions],
            "review_notes": [e.to_dict() for e in self.unclear],
            "needs_review": self.needs_review,
            "review_reasons": self.review_reasons,
            "model_score": None if self.model_score is None else round(self.model_score, 3),
            "suspected_rules": list(self.suspected_rules),
            "model_scores": {r: round(p, 3) for r, p in self.model_scores} or None,
            "truncated": self.truncated,
            "rules_version": RULES_VERSION,
        }
