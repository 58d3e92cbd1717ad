"""Flexible-work terms: validation, JSON round trip, and the 妈妈岗 rule table."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.flexwork import (
    REASON_FLEXIBLE_START,
    REASON_REMOTE,
    REASON_SCHOOL_HOURS,
    REASON_SCHOOL_RUN,
    FlexibleWork,
    FlexWorkInvalid,
    is_mama_post,
    mama_reasons,
)

WEEKDAYS = frozenset({1, 2, 3, 4, 5})


def fw(
    start: str | None = None,
    end: str | None = None,
    *,
    remote: float = 0.0,
    school_run: bool = False,
    flexible: bool = False,
) -> FlexibleWork:
    return FlexibleWork(
        window_start=time.fromisoformat(start) if start else None,
        window_end=time.fromisoformat(end) if end else None,
        days=WEEKDAYS,
        remote_share=remote,
        school_run_compatible=school_run,
        flexible_start=flexible,
    )


# (terms, is 妈妈岗, reasons) — one row per clause of the rule and per boundary.
MAMA_TABLE: list[tuple[FlexibleWork, bool, list[str]]] = [
    (fw("08:00", "18:00"), False, []),
    (fw(), False, []),
    (fw("08:30", "17:00"), True, [REASON_SCHOOL_HOURS]),
    (fw("09:00", "15:30"), True, [REASON_SCHOOL_HOURS]),
    (fw("08:29", "15:00"), False, []),
    (fw("09:00", "17:01"), False, []),
    (fw("08:00", "18:00", school_run=True), True, [REASON_SCHOOL_RUN]),
    (fw("08:00", "18:00", flexible=True), True, [REASON_FLEXIBLE_START]),
    (fw("08:00", "18:00", remote=0.5), True, [REASON_REMOTE]),
    (fw("08:00", "18:00", remote=0.49), False, []),
    (fw(remote=1.0), True, [REASON_REMOTE]),
    (fw("13:00", "21:00", flexible=True), True, [REASON_FLEXIBLE_START]),
    # Night work disqualifies whatever else holds.
    (fw("14:00", "21:01", flexible=True, remote=1.0, school_run=True), False, []),
    (fw("18:00", "23:30", school_run=True), False, []),
    (
        fw("09:00", "16:00", remote=0.6, school_run=True, flexible=True),
        True,
        [REASON_SCHOOL_RUN, REASON_SCHOOL_HOURS, REASON_FLEXIBLE_START, REASON_REMOTE],
    ),
]


@pytest.mark.parametrize(("terms", "mama", "reasons"), MAMA_TABLE)
def test_mama_rule(terms: FlexibleWork, mama: bool, reasons: list[str]) -> None:
    assert is_mama_post(terms) is mama
    assert mama_reasons(terms) == reasons


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"window_start": "17:00", "window_end": "09:00"}, "window_end"),
        ({"window_start": "09:00", "window_end": "09:00"}, "window_end"),
        ({"window_start": "09:00"}, "window_end"),
        ({"window_end": "09:00"}, "window_start"),
        ({"window_start": "9:00", "window_end": "17:00"}, "window_start"),
        ({"window_start": "09:00", "window_end": "24:00"}, "window_end"),
        ({"window_start": "09:00:00", "window_end": "17:00"}, "window_start"),
        ({"window_start": "٠٩:٠٠", "window_end": "17:00"}, "window_start"),
        ({"window_start": 900, "window_end": "17:00"}, "window_start"),
        ({"remote_share": 1.5}, "remote_share"),
        ({"remote_share": -0.1}, "remote_share"),
        ({"remote_share": float("nan")}, "remote_share"),
        ({"remote_share": "0.5"}, "remote_share"),
        ({"remote_share": True}, "remote_share"),
        ({"days": [0]}, "days"),
        ({"days": [8]}, "days"),
        ({"days": ["1"]}, "days"),
        ({"days": [[1]]}, "days"),
        ({"days": "12345"}, "days"),
        ({"days": [True]}, "days"),
        ({"school_run_compatible": "yes"}, "school_run_compatible"),
        ({"flexible_start": 1}, "flexible_start"),
        ({"hours_per_week": 0}, "hours_per_week"),
        ({"hours_per_week": 169}, "hours_per_week"),
        ({"hours_per_week": 20.5}, "hours_per_week"),
        ({"remote": 0.5}, "remote"),
    ],
)
def test_from_dict_rejects_with_field_name(data: dict[str, Any], field: str) -> None:
    with pytest.raises(FlexWorkInvalid) as info:
        FlexibleWork.from_dict(data)
    assert info.value.field == field
    assert info.value.message
    assert isinstance(info.value, ValueError)


def test_constructor_validates_too() -> None:
    with pytest.raises(FlexWorkInvalid):
        FlexibleWork(time(9), time(8), frozenset(), 0.0, False)
    with pytest.raises(FlexWorkInvalid):
        FlexibleWork(time(9, 0, 30), time(17), frozenset(), 0.0, False)


def test_from_dict_defaults_and_full_form() -> None:
    assert FlexibleWork.from_dict({}) == FlexibleWork(None, None, frozenset(), 0.0, False)
    data = {
        "window_start": "09:00",
        "window_end": "15:30",
        "days": [5, 1, 2],
        "remote_share": 0.25,
        "school_run_compatible": True,
        "flexible_start": True,
        "hours_per_week": 30,
    }
    terms = FlexibleWork.from_dict(data)
    assert terms.window_start == time(9) and terms.window_end == time(15, 30)
    assert terms.to_dict() == {**data, "days": [1, 2, 5]}


_minutes = st.integers(min_value=0, max_value=24 * 60 - 1)


@st.composite
def flexible_work(draw: st.DrawFn) -> FlexibleWork:
    window = draw(st.one_of(st.none(), st.tuples(_minutes, _minutes).filter(lambda t: t[0] < t[1])))
    start, end = (
        (None, None)
        if window is None
        else (time(*divmod(window[0], 60)), time(*divmod(window[1], 60)))
    )
    return FlexibleWork(
        window_start=start,
        window_end=end,
        days=draw(st.frozensets(st.integers(min_value=1, max_value=7))),
        remote_share=draw(st.floats(min_value=0.0, max_value=1.0)),
        school_run_compatible=draw(st.booleans()),
        flexible_start=draw(st.booleans()),
        hours_per_week=draw(st.one_of(st.none(), st.integers(min_value=1, max_value=168))),
    )


@given(flexible_work())
def test_json_round_trip(terms: FlexibleWork) -> None:
    assert FlexibleWork.from_dict(terms.to_dict()) == terms


@given(flexible_work())
def test_rule_matches_its_definition(terms: FlexibleWork) -> None:
    night = terms.window_end is not None and terms.window_end > time(21)
    school_hours = (
        terms.window_start is not None
        and terms.window_end is not None
        and terms.window_start >= time(8, 30)
        and terms.window_end <= time(17)
    )
    expected = not night and (
        terms.school_run_compatible
        or school_hours
        or terms.flexible_start
        or terms.remote_share >= 0.5
    )
    assert is_mama_post(terms) is expected
    assert bool(mama_reasons(terms)) is expected
