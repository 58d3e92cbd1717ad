"""The "1131" recommendations: fit ranking, exclusions, determinism."""

from __future__ import annotations

import random
from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.flexwork import REASON_REMOTE, REASON_SCHOOL_RUN, FlexibleWork
from domain.matching import (
    REASON_MAMA,
    ApplicantNeeds,
    PostSummary,
    Recommendation,
    recommend,
    score_post,
)

WEEKDAYS = frozenset({1, 2, 3, 4, 5})
MOTHER = ApplicantNeeds(
    wants_mama_post=True,
    needs_school_run=True,
    available_from=time(8, 30),
    available_to=time(16, 0),
)


def post(
    post_id: str,
    flex: FlexibleWork | None = None,
    *,
    remaining: int = 5,
    headcount: int = 10,
) -> PostSummary:
    return PostSummary(post_id, f"岗位{post_id}", "某公司", flex, remaining, headcount)


def terms(
    start: time | None,
    end: time | None,
    *,
    remote: float = 0.0,
    school_run: bool = False,
    flexible: bool = False,
) -> FlexibleWork:
    return FlexibleWork(start, end, WEEKDAYS, remote, school_run, flexible)


SCHOOL_RUN_POST = post("a", terms(time(9), time(15, 30), school_run=True))
OFFICE_POST = post("b", terms(time(8), time(18)))
NIGHT_POST = post("c", terms(time(14), time(22)))
REMOTE_POST = post("d", terms(None, None, remote=1.0))
NO_TERMS_POST = post("e")


def test_mother_gets_school_run_post_first() -> None:
    recs = recommend(MOTHER, [OFFICE_POST, NIGHT_POST, SCHOOL_RUN_POST, NO_TERMS_POST])
    assert [r.post_id for r in recs][:1] == ["a"]
    assert REASON_MAMA in recs[0].reasons and REASON_SCHOOL_RUN in recs[0].reasons
    assert len(recs) == 3
    # A post that clashes with stated needs ranks below one that says nothing.
    ids = [r.post_id for r in recommend(MOTHER, [OFFICE_POST, NIGHT_POST, NO_TERMS_POST])]
    assert ids[0] == "e"
    assert ids[-1] == "c"


def test_remote_preference() -> None:
    needs = ApplicantNeeds(remote_preferred=True)
    recs = recommend(needs, [OFFICE_POST, REMOTE_POST], k=1)
    assert recs[0].post_id == "d"
    assert REASON_REMOTE in recs[0].reasons


def test_full_and_applied_posts_are_never_recommended() -> None:
    full = post("f", terms(time(9), time(15), school_run=True), remaining=0)
    needs = ApplicantNeeds(wants_mama_post=True, applied_post_ids=frozenset({"a"}))
    recs = recommend(needs, [full, SCHOOL_RUN_POST, OFFICE_POST], k=3)
    assert [r.post_id for r in recs] == ["b"]


def test_open_headcount_breaks_equal_fit() -> None:
    nearly_full = post("x", remaining=1, headcount=10)
    wide_open = post("y", remaining=10, headcount=10)
    assert [r.post_id for r in recommend(ApplicantNeeds(), [nearly_full, wide_open])] == [
        "y",
        "x",
    ]


def test_ties_break_on_post_id() -> None:
    posts = [post("p3"), post("p1"), post("p2")]
    assert [r.post_id for r in recommend(ApplicantNeeds(), posts)] == ["p1", "p2", "p3"]


def test_reasons_are_chinese_and_name_open_places() -> None:
    rec = score_post(MOTHER, SCHOOL_RUN_POST)
    assert any("5个名额" in r for r in rec.reasons)
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in r) for r in rec.reasons)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        recommend(MOTHER, [post("a"), post("a")])
    with pytest.raises(ValueError):
        recommend(MOTHER, [], k=-1)
    with pytest.raises(ValueError):
        ApplicantNeeds(available_from=time(12), available_to=time(9))
    assert recommend(MOTHER, [post("a")], k=0) == []


_times = st.integers(min_value=0, max_value=23).map(lambda h: time(h))


@st.composite
def flex_terms(draw: st.DrawFn) -> FlexibleWork | None:
    if draw(st.booleans()):
        return None
    window = draw(st.one_of(st.none(), st.tuples(_times, _times).filter(lambda t: t[0] < t[1])))
    start, end = window if window is not None else (None, None)
    return FlexibleWork(
        start,
        end,
        WEEKDAYS,
        draw(st.sampled_from([0.0, 0.2, 0.5, 1.0])),
        draw(st.booleans()),
        draw(st.booleans()),
    )


@st.composite
def post_lists(draw: st.DrawFn) -> list[PostSummary]:
    ids = draw(st.lists(st.text("abcdef", min_size=1, max_size=3), unique=True, max_size=12))
    return [
        PostSummary(
            pid,
            "岗位",
            "公司",
            draw(flex_terms()),
            draw(st.integers(min_value=-2, max_value=20)),
            draw(st.integers(min_value=0, max_value=20)),
        )
        for pid in ids
    ]


@st.composite
def needs(draw: st.DrawFn) -> ApplicantNeeds:
    window = draw(st.one_of(st.none(), st.tuples(_times, _times).filter(lambda t: t[0] < t[1])))
    start, end = window if window is not None else (None, None)
    return ApplicantNeeds(
        wants_mama_post=draw(st.booleans()),
        needs_school_run=draw(st.booleans()),
        remote_preferred=draw(st.booleans()),
        available_from=start,
        available_to=end,
        applied_post_ids=draw(st.frozensets(st.text("abcdef", min_size=1, max_size=3))),
    )


@given(needs(), post_lists(), st.integers(min_value=0, max_value=6), st.randoms())
def test_recommend_properties(
    applicant: ApplicantNeeds, posts: list[PostSummary], k: int, rnd: random.Random
) -> None:
    recs = recommend(applicant, posts, k)
    by_id = {p.post_id: p for p in posts}
    eligible = [p for p in posts if p.remaining > 0 and p.post_id not in applicant.applied_post_ids]
    assert len(recs) == min(k, len(eligible))
    for r in recs:
        assert by_id[r.post_id].remaining > 0
        assert r.post_id not in applicant.applied_post_ids
        assert r == score_post(applicant, by_id[r.post_id])
    assert len({r.post_id for r in recs}) == len(recs)
    keys = [(-r.score, r.post_id) for r in recs]
    assert keys == sorted(keys)
    # Nothing left out beats what was chosen.
    chosen = {r.post_id for r in recs}
    if recs:
        worst = keys[-1]
        for p in eligible:
            if p.post_id not in chosen:
                assert (-score_post(applicant, p).score, p.post_id) > worst
    # Input order never matters.
    shuffled = list(posts)
    rnd.shuffle(shuffled)
    assert recommend(applicant, shuffled, k) == recs


def test_recommendation_is_a_value() -> None:
    assert Recommendation("a", 1, ("x",)) == Recommendation("a", 1, ("x",))
