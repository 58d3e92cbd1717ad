"""Screens the texts of one job post and decides violations and exemptions.

Data flow: `screen_post(title, description, ...)` -> for each text: `prepare()` (truncate to
MAX_CHARS, normalise) -> sentence and clause spans -> Chinese and English rule families
(`rules_zh`, `rules_en`) yield hits -> a gender hit that favours men is turned into a
PROHIBITED_WORK_FOR_WOMEN exemption when the post names work forbidden to women, otherwise it
stays a violation -> excerpts are cut from the original text, explained in the post's language
and deduplicated across texts -> `Screening`.
"""

from __future__ import annotations

import re

from domain.screening import rules_en, rules_zh
from domain.screening.explain import explanation
from domain.screening.model import (
    GENDER,
    PROHIBITED_WORK_FOR_WOMEN,
    Exemption,
    Hit,
    Screening,
    Violation,
)
from domain.screening.text import clauses, excerpt, language, prepare, sentences

_FOUR = r"(?:四|iv|ⅳ|4)"
# Basis for naming a gender: the Appendix of 女职工劳动保护特别规定 (underground mining, level IV
# physical labour or work at height, loads above 20/25 kg) or an explicit citation of it.
_PROHIBITED_WORK = re.compile(
    rf"矿山井下|井下|矿井下|{_FOUR}级(?:体力劳动|高处作业)|体力劳动强度[^,;。]{{0,6}}{_FOUR}级|"
    rf"高处作业[^,;。]{{0,8}}{_FOUR}级|{_FOUR}级[^,;。]{{0,4}}高处作业|女职工禁忌|禁忌(?:从事的)?劳动|"
    r"女职工劳动保护特别规定|(?:负重|搬运|扛)[^,;。]{0,8}(?:2[1-9]|[3-9]\d|\d{3,})\s*(?:公斤|千克|kg)|"
    r"underground (?:mining|mines?|work|coal|shafts?)|(?:mine|mining|coal)[^.;]{0,20}underground|"
    r"work(?:ing)? underground|below ground|(?:level|class|grade) iv\b|"
    r"labou?r protection of female (?:employees|workers)|(?:prohibit|forbid)\w* (?:for |to )?women|"
    r"(?:lift|carry|load)\w*[^.;]{0,20}\b(?:2[1-9]|[3-9]\d)\s?kg"
)


def _hits(norm: str, sents: list[tuple[int, int]], parts: list[list[tuple[int, int]]]) -> list[Hit]:
    found = list(rules_zh.find(norm, sents, parts))
    found.extend(rules_en.find(norm, sents))
    return sorted(found, key=lambda h: (h.start, h.rule))


def screen_post(*texts: str) -> Screening:
    """Screen a post's texts (title, description, ...) together; never raises on any string.

    Only the first MAX_CHARS characters of each text are screened.
    """
    prepared = [prepare(t if isinstance(t, str) else str(t)) for t in texts]
    whole = "\n".join(norm for _, norm in prepared)
    lang = language(whole)
    basis = _PROHIBITED_WORK.search(whole) is not None
    violations: dict[tuple[str, str], Violation] = {}
    exemptions: dict[str, Exemption] = {}
    for original, norm in prepared:
        sents = sentences(norm)
        parts = [clauses(norm, lo, hi) for lo, hi in sents]
        for hit in _hits(norm, sents, parts):
            cut = excerpt(original, sents, parts, hit.start, hit.end)
            if hit.rule == GENDER and hit.favours_men and basis:
                code = PROHIBITED_WORK_FOR_WOMEN
                exemptions.setdefault(cut, Exemption(code, cut, explanation(code, lang)))
                continue
            violations.setdefault(
                (hit.rule, cut), Violation(hit.rule, cut, explanation(hit.rule, lang))
            )
    return Screening(tuple(violations.values()), tuple(exemptions.values()))
