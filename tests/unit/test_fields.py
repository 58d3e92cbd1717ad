"""One field definition at both edges (issue 13 item 3): whatever a request schema built from
``streams.fields`` accepts, the event decoders accept in an event, so nothing answered 202 is
dead-lettered later for its values; and the issue's bad values are refused at the edge."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.datastructures import FormData

from jobfair import ratelimits
from jobfair.errors import ConfigError
from streams.clicks import ClickRecorded
from streams.events import BadEvent, decode
from streams.fairsetup import EmployerCreated
from streams.fields import TIME, UUID_SCHEMA, ascii_int, bad_value, bounded_time, line, para
from web.openapi import StrictValidator
from web.setup.forms import post_form

U = str(uuid.UUID(int=7))
AT = "2026-11-22T10:00:00+00:00"


def edge_accepts(schema: dict[str, Any], value: Any) -> bool:
    """The API's rule for one field: its JSON Schema (strict integers) and the body rule."""
    body = {"v": value}
    checker = StrictValidator({"type": "object", "properties": {"v": schema}})
    return bad_value(body) is None and not list(checker.iter_errors(body))


def agents_accept(**fields: Any) -> bool:
    click = {"type": "ClickRecorded", "click_id": U, "post_id": U, "fair_id": U, "at": AT, **fields}
    try:
        decode(orjson.dumps(click), ClickRecorded)
    except BadEvent:
        return False
    return True


ids = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda u: str(u) + "\n"),
    st.uuids().map(lambda u: str(u).upper()),
    st.text(max_size=40),
)


@settings(max_examples=300, deadline=None)
@given(ids)
def test_ids_the_edge_accepts_the_agents_accept(value: str) -> None:
    if edge_accepts(UUID_SCHEMA, value):
        assert agents_accept(post_id=value)
    assert edge_accepts(UUID_SCHEMA, value + "\n") is False


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_text_the_edge_accepts_the_agents_accept(value: str) -> None:
    for schema in (line(0, 64, blank=True), para(0, 80)):
        if edge_accepts(schema, value):
            assert agents_accept(source=value)
    if "\x00" in value:
        assert not edge_accepts(para(0, 80), value)


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(
        min_value=datetime(1, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.sampled_from([UTC, timezone(timedelta(hours=8))]),
    )
)
def test_times_the_edge_accepts_the_agents_accept(at: datetime) -> None:
    text = at.isoformat()
    try:
        bounded_time(text)
    except ValueError:
        assert not 2000 <= at.astimezone(UTC).year < 2100
        assert not agents_accept(at=text)
        return
    assert edge_accepts(TIME, text) and agents_accept(at=text)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=False), st.booleans()))
def test_integers_the_edge_accepts_the_agents_accept(value: Any) -> None:
    schema = {"type": "integer", "minimum": 1, "maximum": 200}
    event = EmployerCreated(
        event_id=U,
        fair_id=U,
        employer_id=U,
        name="n",
        booth="A",
        interview_tables=1,
        slot_minutes=10,
        qr_code="q",
        at=AT,
        actor="organiser",
    ).to_dict()
    event["interview_tables"] = value
    raw = orjson.dumps(event)
    if edge_accepts(schema, value):
        assert decode(raw, EmployerCreated).interview_tables == value
    assert not edge_accepts(schema, 3.0)


@pytest.mark.parametrize("text", ["2107-01-01T00:00:00+08:00", "1999-12-31T23:59:59+00:00"])
def test_times_outside_2000_2100_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        bounded_time(text)


def test_superscript_digits_are_no_days() -> None:
    assert ascii_int("²") is None and ascii_int("١٢") is None and ascii_int(" 12 ") == 12
    form = FormData(
        [("title", "客服"), ("description", "d"), ("headcount", "²"), ("days", "²"), ("days", "3")]
    )
    data = post_form(form)
    assert data["headcount"] == "²"  # the schema names it (400), no 500
    assert data["flex"]["days"] == [3]


def test_rate_limit_settings_parse() -> None:
    parsed = ratelimits.parse("on,clicks_client=5/1")
    assert parsed.enabled and parsed["clicks_client"] == ratelimits.Rule(5, 1)
    assert not ratelimits.parse("off").enabled
    for bad in ("maybe", "on,clicks=1/1", "on,clicks_client=0/1", "on,clicks_client=²/1"):
        with pytest.raises(ConfigError):
            ratelimits.parse(bad)
