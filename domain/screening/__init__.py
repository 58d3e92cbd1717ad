"""Equal-employment screening of job-post text (Chinese and English).

Data flow: a post's texts (title, description, ...) -> `screen_post()` -> a `Screening` with
`Violation`s (rule code, excerpt from the post, plain-language explanation citing the law)
and `Exemption`s (a gender named for work forbidden to women; `needs_review` is then set so a
person confirms it). `Screening.to_dict()` is the `jobfair check-post` contract and the audit
record, stamped with RULES_VERSION. Pure code: no I/O, no clock.

Rules enforced (seed 002, 八(二); 妇女权益保障法 第四十三条):
- GENDER: restricting to, excluding or preferring a gender (限男性, 女士优先, "male only");
- MARRIAGE_CHILDBEARING: asking about, or conditioning on, marriage or children (婚育情况);
- PREGNANCY_TEST: a pregnancy test in the pre-employment medical (孕检, 妊娠测试);
- HIGHER_BAR_FOR_WOMEN: stricter requirements for women than for men (also reported as GENDER);
- exemption PROHIBITED_WORK_FOR_WOMEN: 女职工禁忌劳动范围 (矿山井下, IV级体力劳动 ...).

Only the first MAX_CHARS (20,000) characters of each text are screened (`truncated` says when
a text was longer); patterns use bounded gaps only, so time is linear in the text length.
A post in which the packaged classifier suspects a rule the rules did not report goes to
`needs_review` (MODEL_DOUBT, the rule named in `suspected_rules`); one in which a sentence
still seems to restrict gender goes there too (GENDER_UNCLEAR).

Layout: model.py (records), normalise.py (NFKC, format characters, HTML, OpenCC t2s, pinyin,
offset map), segment.py (jieba word starts), text.py (spans, safe excerpts), rules_zh.py,
rules_struct.py and rules_en.py (rule families, context filter), rules_general.py and
rules_en_general.py (word class x context class: gender noun x restriction, status x condition),
rules_items.py (gender as a requirement item or listing value, pregnancy tests),
exemption.py (女职工禁忌劳动 basis in the job's own section), classifier.py (+ classifier.json,
trained by scripts/train_screening.py), explain.py (explanations, Chinese names),
screen.py (decisions), evaluate.py (corpus figures).
"""

from __future__ import annotations

from domain.screening.model import (
    GENDER,
    GENDER_UNCLEAR,
    HIGHER_BAR_FOR_WOMEN,
    MARRIAGE_CHILDBEARING,
    MAX_CHARS,
    MODEL_DOUBT,
    PREGNANCY_TEST,
    PROHIBITED_WORK_FOR_WOMEN,
    RULES_VERSION,
    Exemption,
    Screening,
    Violation,
)
from domain.screening.screen import screen_post

__all__ = [
    "GENDER",
    "GENDER_UNCLEAR",
    "HIGHER_BAR_FOR_WOMEN",
    "MARRIAGE_CHILDBEARING",
    "MAX_CHARS",
    "MODEL_DOUBT",
    "PREGNANCY_TEST",
    "PROHIBITED_WORK_FOR_WOMEN",
    "RULES_VERSION",
    "Exemption",
    "Screening",
    "Violation",
    "screen_post",
]
