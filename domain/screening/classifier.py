"""Second opinion for what the rules miss: one probability per rule, in pure Python.

Data flow: normalised post text -> `features()` (the set of character 1- to 4-grams within
WINDOW characters of a word about gender, marriage, children, pregnancy or looks, and a mark
when that word's clause opens the job to all or denies asking) ->
`Model.scores()`: for each rule (GENDER, MARRIAGE_CHILDBEARING, PREGNANCY_TEST) bias + (sum
of that rule's weights of the present n-grams) / sqrt(max(number of present n-grams in the
vocabulary, NORM_FLOOR)), through the logistic function -> a probability per rule ->
`Model.suspects()`: the rules whose probability reaches their own threshold and that the
rules did not report. `screen.py` sends a post with a suspected rule to `needs_review`
(MODEL_DOUBT) and names the rule. `Model.corroborates()`: where the rules saw a weak signal for
a rule they did not report (weak_signal.py) and the probability for that same rule reaches its
higher corroboration threshold, the post is refused for that rule.

The weights are trained at build time by scripts/train_screening.py (scikit-learn: binary
CountVectorizer with this very `features` function, the same scaling, one-vs-rest
LogisticRegression per rule; thresholds chosen leaving each author out) and shipped as
classifier.json beside this module. Runtime needs no scikit-learn and downloads nothing.
The file is read at call time, never at import: `load_model()` reads the packaged file once,
or `Model.from_json()` takes bytes the caller read. Cost is linear in the scored text.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MODEL_FILE = "classifier.json"
# Only the start of a very long text is scored: n-grams of the first part tell enough.
SCORED_CHARS = 6_000
# Stamped in the model file: a file built with other features is refused, not misread.
FEATURES = "key2-w8-n1to4-open25-floor50"

# The model looks only near words about gender, marriage, children, pregnancy and looks: the
# rest of a long ad (duties, pay, address) is the same in clean and violating posts and would
# drown the one line that matters.
_KEY = re.compile(
    r"[男女婚孕育妈娃孩姐妹伙帅哥妇夫妻爸胎产嫂娘婆叔爷嫁娶闺媳]|单身|恋爱|对象|家庭|家属|配偶|"
    r"宝宝|哺乳|经期|生理期|先生|小姐|身高|相貌|颜值|"
    r"male|female|wom[ae]n|\bm[ae]n\b|girl|boy|lad(?:y|ies)|guys?\b|\bh?is\b|\bs?he\b|\bher\b|"
    r"\bmrs?\b|\bms\b|madam|gentlem|married|marital|marry|single|pregnan|child|kids?\b|mother|"
    r"\bmums?\b|\bmoms?\b|gender|\bsex\b|spouse|husband|wife|famil|matern|bab(?:y|ies)|fianc|"
    r"wedding|engaged|partner|hcg|ultrasound"
)
WINDOW = 8
MIN_N = 1
MAX_N = 4
# A text with few n-grams is scaled as if it had NORM_FLOOR: a one-line post is not judged
# more confidently than a full ad (the median ad has about 55 n-grams in the vocabulary).
# Without it single characters (已, 婚) outweighed their context in a one-line text
# (已婚未婚均可 read as a marriage condition).
NORM_FLOOR = 50
# A key word in a clause that opens the job to all or denies asking (男女不限, 已婚未婚均可,
# 不会询问婚育, "whether a man or a woman", "no pregnancy testing") adds the feature OPEN and
# OPEN + the key word; the weights learn what it is worth. Longer than MAX_N: no n-gram
# collides with it.
OPEN = "<open>"
_OPENER = re.compile(
    r"不限|均可|皆可|不论|无论|同一|平等|一视同仁|一律|不会|不得|不因|不问|不询问|不查|不要求|"
    r"不设|不含|无需|不需|都可|都欢迎|欢迎|兼招|regardless|whether|equal|either|both|\bno\b|"
    r"\bnot\b|never|irrespective|all (?:genders|applicants)"
)
_CLAUSE_END = re.compile(r"[,，。;；!?！？\n]")
OPEN_REACH = 25
# A threshold no probability reaches (a model file without corroboration thresholds).
OFF = 1.01


def _opened(text: str, start: int, end: int) -> bool:
    """True when the clause around text[start:end] (at most OPEN_REACH each side) opens."""
    left = text[max(0, start - OPEN_REACH) : start]
    right = text[end : end + OPEN_REACH]
    cuts = [m.end() for m in _CLAUSE_END.finditer(left)]
    stop = _CLAUSE_END.search(right)
    clause = (left[cuts[-1] :] if cuts else left) + " " + (right[: stop.start()] if stop else right)
    return _OPENER.search(clause) is not None


def features(norm_text: str) -> set[str]:
    """Character MIN_N- to MAX_N-grams within WINDOW characters of a key word, spaces collapsed;
    OPEN and OPEN + key word when the key word's clause opens the job (see `_opened`)."""
    text = norm_text[:SCORED_CHARS]
    grams: set[str] = set()
    for m in _KEY.finditer(text):
        if _opened(text, m.start(), m.end()):
            grams.add(OPEN)
            grams.add(OPEN + m.group(0)[:3])
        piece = " ".join(text[max(0, m.start() - WINDOW) : m.end() + WINDOW].split())
        for n in range(MIN_N, MAX_N + 1):
            for i in range(len(piece) - n + 1):
                grams.add(piece[i : i + n])
    return grams


def _logistic(z: float) -> float:
    if z < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class Model:
    """Per-rule logistic regressions sharing one n-gram vocabulary."""

    rules: tuple[str, ...]
    bias: tuple[float, ...]
    thresholds: tuple[float, ...]
    # n-gram -> one weight per rule, in the order of `rules`.
    weights: dict[str, tuple[float, ...]]
    version: str
    # Per rule, the probability at which a weak signal of the rules (weak_signal.py) in the
    # same post becomes a refusal for that rule; above 1 (the default): never.
    corroborate: tuple[float, ...] = ()

    @classmethod
    def from_json(cls, data: bytes | str) -> Model:
        raw = json.loads(data)
        if raw.get("features") != FEATURES:
            raise ValueError(f"model built with features {raw.get('features')!r}, not {FEATURES}")
        rules = tuple(str(r) for r in raw["rules"])
        model = cls(
            rules=rules,
            bias=tuple(float(b) for b in raw["bias"]),
            thresholds=tuple(float(t) for t in raw["thresholds"]),
            weights={str(k): tuple(float(x) for x in v) for k, v in raw["weights"].items()},
            version=str(raw.get("version", "")),
            corroborate=tuple(float(t) for t in raw.get("corroborate", [OFF] * len(rules))),
        )
        sizes = {
            len(model.bias),
            len(model.thresholds),
            len(model.corroborate),
            *map(len, model.weights.values()),
        }
        if sizes != {len(rules)}:
            raise ValueError("model file: one bias, threshold and weight per rule expected")
        return model

    def scores(self, norm_text: str) -> dict[str, float]:
        """Each rule's probability that the post breaks it."""
        present = [self.weights[g] for g in features(norm_text) if g in self.weights]
        scale = 1.0 / math.sqrt(max(len(present), NORM_FLOOR))
        sums = [sum(col) for col in zip(*present, strict=True)] if present else []
        return {
            rule: _logistic(self.bias[k] + (sums[k] * scale if sums else 0.0))
            for k, rule in enumerate(self.rules)
        }

    def suspects(self, scores: dict[str, float], reported: Iterable[str]) -> tuple[str, ...]:
        """Rules whose probability reaches their threshold and that the rules did not report."""
        done = set(reported)
        return tuple(
            rule
            for rule, threshold in zip(self.rules, self.thresholds, strict=True)
            if rule not in done and scores.get(rule, 0.0) >= threshold
        )

    def corroborates(self, scores: dict[str, float], signalled: Iterable[str]) -> tuple[str, ...]:
        """Rules with a weak signal of the rules whose probability reaches the corroboration
        threshold: the two together refuse. A probability without a signal never does."""
        weak = set(signalled)
        limits = self.corroborate or (OFF,) * len(self.rules)
        return tuple(
            rule
            for rule, threshold in zip(self.rules, limits, strict=True)
            if rule in weak and scores.get(rule, 0.0) >= threshold
        )


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The packaged model, read once on first use; None when no model was built."""
    try:
        data = resources.files("domain.screening").joinpath(MODEL_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    return Model.from_json(data)
