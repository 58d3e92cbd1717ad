"""Fair-setup events, their validation by the agent, and the pure parts of the write path
(post terms, statuses, times, form parsing, poster text): no I/O."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.datastructures import FormData

from agents.setup import parse_setup
from domain.flexwork import REASON_REMOTE, REASON_SCHOOL_RUN
from domain.screening import screen_post
from streams import fairsetup as ev
from streams.events import BadEvent
from web.command_errors import Invalid, Unprocessable
from web.setup.commands import FAIR_TZ, parse_time
from web.setup.forms import employer_form, local_input, post_form
from web.setup.post_commands import post_terms, screened_status
from web.setup.posters import _pay, _svg, _when


def fair_created(**over: Any) -> ev.FairCreated:
    base: dict[str, Any] = dict(
        event_id=str(uuid.uuid4()), fair_id=str(uuid.uuid4()), name="夜市", kind="night_market",
        starts_at="2031-05-01T18:00:00+08:00", ends_at="2031-05-01T21:00:00+08:00",
        venue=None, qr_code="00" * 8, at="2031-04-01T10:00:00+00:00", actor="organiser")
    return ev.FairCreated(**{**base, **over})


def test_every_setup_event_round_trips_and_is_keyed_by_fair() -> None:
    fair = fair_created()
    assert parse_setup(fair.to_bytes()) == fair
    assert fair.key == fair.fair_id.encode()
    post = ev.PostCreated(
        event_id=str(uuid.uuid4()), fair_id=fair.fair_id, post_id=str(uuid.uuid4()),
        employer_id=str(uuid.uuid4()), title="t", description="d", headcount=1,
        flex={"remote_share": 0.5}, is_mama=True, mama_reasons=[REASON_REMOTE], pay_min=None,
        pay_max=None, location=None, status="published", qr_code="ab" * 8,
        screening=screen_post("t").to_dict(), at=fair.at, actor="organiser")
    assert parse_setup(post.to_bytes()) == post
    assert post.key == fair.key
    assert {cls.KEY for cls in ev.SETUP_EVENTS} == {"fair_id"}


@pytest.mark.parametrize(("change", "reason"), [
    ({"fair_id": "not-a-uuid"}, "bad_id"),
    ({"at": "yesterday"}, "bad_time"),
    ({"starts_at": "2031-05-01T18:00:00"}, "bad_time"),
    ({"qr_code": "zz" * 8}, "bad_qr_code"),
    ({"qr_code": "00"}, "bad_qr_code"),
])
def test_agent_refuses_malformed_setup_events(change: dict[str, Any], reason: str) -> None:
    with pytest.raises(BadEvent) as err:
        parse_setup(fair_created(**change).to_bytes())
    assert err.value.reason == reason


def test_agent_refuses_unknown_status_and_foreign_types() -> None:
    raw = orjson.loads(fair_created().to_bytes())
    with pytest.raises(BadEvent) as err:
        parse_setup(orjson.dumps({**raw, "type": "ClickRecorded"}))
    assert err.value.reason == "unexpected_type"
    review = ev.PostReviewed(
        event_id=str(uuid.uuid4()), fair_id=str(uuid.uuid4()), post_id=str(uuid.uuid4()),
        version=2, reviewed_version=1, decision="approved", previous_status="rejected",
        status="visible", reason="r", at="2031-04-01T10:00:00+00:00", actor="organiser")
    with pytest.raises(BadEvent) as err:
        parse_setup(review.to_bytes())
    assert err.value.reason == "bad_status"


def test_post_terms_recognise_mama_posts_from_flex_or_flat_fields() -> None:
    base = {"title": "客服", "description": "", "headcount": 2}
    terms = post_terms({**base, "flex": {"school_run_compatible": True}})
    assert (terms["is_mama"], terms["mama_reasons"]) == (True, [REASON_SCHOOL_RUN])
    flat = post_terms({**base, "remote_share": 0.6, "window_start": "09:00",
                       "window_end": "22:00"})
    assert (flat["is_mama"], flat["flex"]["window_end"]) == (False, "22:00")  # night work
    assert post_terms(base)["flex"] is None and post_terms(base)["is_mama"] is False
    with pytest.raises(Invalid) as bad:
        post_terms({**base, "flex": {"window_start": "09:00"}})
    assert bad.value.extra["field"] == "flex.window_end"
    with pytest.raises(Unprocessable):
        post_terms({**base, "pay_min": 6000, "pay_max": 5000})


def test_screened_status() -> None:
    assert screened_status(screen_post("收银员", "男女不限")) == "published"
    assert screened_status(screen_post("收银员", "限男性")) == "rejected"
    assert screened_status(screen_post("井下采煤工", "矿山井下作业，限男性")) == "needs_review"


def test_times_without_offset_are_china_standard_time() -> None:
    assert parse_time("starts_at", "2031-05-01T18:00").utcoffset() == timedelta(hours=8)
    assert parse_time("starts_at", "2031-05-01T10:00:00Z").utcoffset() == timedelta(0)
    with pytest.raises(Invalid):
        parse_time("starts_at", "May Day")
    assert local_input(datetime(2031, 5, 1, 10, 0, tzinfo=UTC)) == "2031-05-01T18:00"


def test_post_form_builds_flex_only_when_filled() -> None:
    empty = post_form(FormData([("title", "t"), ("headcount", "2"), ("remote_percent", "0")]))
    assert empty["flex"] is None and empty["headcount"] == 2
    form = FormData([("title", "t"), ("headcount", "x"), ("days", "1"), ("days", "5"),
                     ("remote_percent", "50"), ("school_run_compatible", "on")])
    data = post_form(form)
    assert data["flex"]["days"] == [1, 5] and data["flex"]["remote_share"] == 0.5
    assert data["flex"]["school_run_compatible"] is True
    assert data["headcount"] == "x"  # left for the schema to name the field
    assert employer_form(FormData([("slot_minutes", "15")]))["slot_minutes"] == 15


def test_poster_text_helpers() -> None:
    start = datetime(2031, 5, 1, 18, 0, tzinfo=FAIR_TZ)
    assert _when(start, start + timedelta(hours=3)) == "2031年05月01日 18:00 – 21:00"
    assert _pay({"pay_min": 3000, "pay_max": 4000}) == "月薪 3000–4000 元"
    assert _pay({"pay_min": None, "pay_max": None}) is None
    # Far too many lines for A4: the poster drops lines instead of failing.
    svg = _svg("标题", "副标题", "http://x/f/" + "A" * 32, ["很长的一行说明文字" * 10] * 80)
    assert svg.startswith("<svg") and "标题" in svg


# No deadline: the first example loads jieba's dictionary (about 1 s, once per process), which
# hypothesis's default 200 ms deadline would call a flaky failure depending on test order.
@settings(deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "description", "location"]),
                       st.text(max_size=300)))
def test_post_terms_and_screening_never_crash(texts: dict[str, str]) -> None:
    terms = post_terms({"title": "t", "description": "", "headcount": 1, **texts})
    assert screened_status(screen_post(terms["title"], terms["description"],
                                       terms["location"] or "")) in ev.POST_STATUSES
