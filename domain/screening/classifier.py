"""Second opinion for what the rules miss: a character n-gram logistic regression, in pure Python.

Data flow: normalised post text -> `features()` (the set of character 1- to 3-grams near
words about gender, marriage, children or pregnancy) -> `Model.score()`: bias + (sum of the
weights of present n-grams) / sqrt(number of present n-grams in the vocabulary), through the
logistic function -> a probability that the post discriminates. `screen.py` sends a post the
rules passed to `needs_review` when that probability reaches the model's threshold.

The weights are trained at build time by scripts/train_screening.py (scikit-learn:
binary CountVectorizer with this very `features` function, L2 Normalizer, LogisticRegression)
from the development corpus only, and shipped as classifier.json beside this module. Runtime
needs no scikit-learn and downloads nothing. The file is read at call time, never at import:
`load_model()` reads the packaged file once, or `Model.from_json()` takes bytes the caller read.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MODEL_FILE = "classifier.json"
# Only the start of a very long text is scored: n-grams of the first part tell enough.
SCORED_CHARS = 6_000


# The model looks only near words about gender, marriage, children and pregnancy: the rest of
# a long ad (duties, pay, address) is the same in clean and violating posts and would drown
# the one line that matters.
_KEY = re.compile(
    r"[男女婚孕育妈娃孩姐妹伙帅哥妇夫妻爸]|male|female|wom[ae]n|\bm[ae]n\b|girl|boy|lad(?:y|ies)|"
    r"gentlem|married|marital|single|pregnan|child|kids?\b|mother|\bmums?\b|\bmoms?\b|gender|"
    r"\bsex\b|spouse|husband|wife|famil"
)
WINDOW = 10


def features(norm_text: str) -> set[str]:
    """Character 1- to 3-grams within WINDOW characters of a key word, spaces collapsed."""
    text = " ".join(norm_text[:SCORED_CHARS].split())
    grams: set[str] = set()
    for m in _KEY.finditer(text):
        piece = text[max(0, m.start() - WINDOW) : m.end() + WINDOW]
        for n in (1, 2, 3):
            for i in range(len(piece) - n + 1):
                grams.add(piece[i : i + n])
    return grams


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]
    threshold: float
    version: str

    @classmethod
    def from_json(cls, data: bytes | str) -> Model:
        raw = json.loads(data)
        return cls(
            bias=float(raw["bias"]),
            weights={str(k): float(v) for k, v in raw["weights"].items()},
            threshold=float(raw["threshold"]),
            version=str(raw.get("version", "")),
        )

    def score(self, norm_text: str) -> float:
        present = [self.weights[g] for g in features(norm_text) if g in self.weights]
        z = self.bias + (sum(present) / math.sqrt(len(present)) if present else 0.0)
        if z < -60:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def doubts(self, score: float) -> bool:
        return score >= self.threshold


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The packaged model, read once on first use; None when no model was built."""
    try:
        data = resources.files("domain.screening").joinpath(MODEL_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    return Model.from_json(data)
