"""Property tests of domain.screening: any text is screened without error, excerpts are real
and safe to display, and screening time stays linear (a real, generous per-example deadline).
"""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.screening import screen_post
from domain.screening.text import display_safe

# Rule vocabulary mixed into random text, so the generated posts do produce matches.
FRAGMENTS = [
    "限男性",
    "男性优先",
    "仅限女性",
    "女士优先",
    "性别：女",
    "（男）",
    "要求已婚已育",
    "婚育情况",
    "两年内不得生育",
    "入职体检含孕检",
    "妊娠测试",
    "男女不限",
    "女装",
    "孕婴",
    "井下作业",
    "Ⅳ级",
    "女性需本科，男性大专即可",
    "male only",
    "Men preferred",
    "marital status",
    "pregnancy test",
    "must not plan a pregnancy",
    "women's",
    "not a men-only job",
    "，",
    "。",
    "\n",
    " ",
    "\t",
    "；",
    "|",
    "(",
    ")",
    "!",
    "?",
    ".",
    ",",
    "\x00",
    "\u3000",
    "😀",
    "é",
    "ｍａｌｅ",
    # Issue 9: structure, markup, invisible and compatibility characters, pinyin.
    "性别:男",
    "婚育：",
    "会计 女士1名",
    "男女各2名",
    "仅限宝妈",
    "孕妇勿扰",
    "<b>",
    "</p>",
    "&amp;",
    "\u200b",
    "\u202e",
    "\u2f25",
    "限nan",
    "已hun",
    "僅限女性應徵",
    "Gender: Female",
    "(male)",
    "招聘：",
    "单袋水泥重50公斤",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join),
)


@pytest.fixture(scope="module", autouse=True)
def _dictionaries_loaded() -> None:
    # jieba and OpenCC load once, lazily; the deadlines below measure screening, not that.
    screen_post("招聘護士")


@settings(max_examples=300, deadline=timedelta(seconds=5))
@given(st.lists(texts, max_size=4))
def test_screen_post_never_raises_and_excerpts_come_from_input(parts: list[str]) -> None:
    result = screen_post(*parts)
    data = result.to_dict()
    assert data["ok"] is result.ok
    shown = [display_safe(p) for p in parts]
    cited = [(v.excerpt, v.explanation) for v in result.violations]
    cited += [(e.excerpt, e.explanation) for e in result.exemptions]
    for excerpt, explanation in cited:
        assert len(excerpt) <= 60
        # Cut from the original text (not the normalised copy), cleaned for display only.
        assert any(excerpt in s for s in shown), (excerpt, parts)
        assert not any(unicodedata.category(c) in ("Cc", "Cf") for c in excerpt)
        assert explanation


# A 30,000-character post of one repeated unit is where backtracking or per-hit rescans blow
# up. Each takes well under a second here; the deadline is generous (shared, slow CI
# machines) but real: a quadratic path takes minutes and fails it.
@settings(max_examples=40, deadline=timedelta(seconds=20))
@given(
    st.sampled_from(
        [
            "限",
            "男",
            "女性",
            "a ",
            "only ",
            "不",
            "婚",
            "，",
            "pregnan",
            "男女",
            "宝妈",
            "婚育:",
            "性别:男,",
            "限男性。",
            "招小伙",
            "(male) ",
            "1. 女,",
            "男女各1",
            "形象好的女孩",
            "孩子",
            "【女",
            "female, 1 ",
            "<b>",
            "\u200b",
            "nan ",
            "pregnant ",
            "advise ",
            "married ",
            "women ",
            "女 ",
            "限-",
        ]
    )
)
def test_long_repetitive_input_is_screened(unit: str) -> None:
    screen_post(unit * 30_000)
