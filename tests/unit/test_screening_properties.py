"""Property tests of domain.screening: any text is screened without error, excerpts are real."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.screening import screen_post

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
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join),
)


def _squash(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, max_size=4))
def test_screen_post_never_raises_and_excerpts_come_from_input(parts: list[str]) -> None:
    result = screen_post(*parts)
    data = result.to_dict()
    assert data["ok"] is result.ok
    squashed = [_squash(p) for p in parts]
    cited = [(v.excerpt, v.explanation) for v in result.violations]
    cited += [(e.excerpt, e.explanation) for e in result.exemptions]
    for excerpt, explanation in cited:
        assert len(excerpt) <= 60
        assert any(_squash(excerpt) in s for s in squashed), (excerpt, parts)
        assert explanation


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["限", "男", "女性", "a ", "only ", "不", "婚", "，", "pregnan", "男女"]))
def test_long_repetitive_input_is_screened(unit: str) -> None:
    # Repetition is where backtracking regexes blow up; bounded gaps keep this linear.
    screen_post(unit * 30_000)
