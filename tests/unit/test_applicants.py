"""Applicant identity and the filling rules (domain.applicants): pure, no I/O."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.applicants import (
    PhoneInvalid,
    PostFill,
    applicant_id_for,
    application_id_for,
    checkin_time_label,
    normalise_phone,
    occupancy_change,
    plan_applications,
)

SECRET = b"k" * 32
FAIR = str(uuid.uuid4())


@pytest.mark.parametrize("raw", [
    "13912345678", "139 1234 5678", "139-1234-5678", "+86 139 1234 5678", "008613912345678",
    "8613912345678", "１３９１２３４５６７８", "(139)12345678",
])
def test_phone_spellings_normalise(raw: str) -> None:
    assert normalise_phone(raw) == "13912345678"


@pytest.mark.parametrize("raw", [
    "", "12912345678", "1391234567", "139123456789", "23912345678", "1391234567x",
    "+1 139 1234 5678", "010-12345678",
])
def test_bad_phones_are_refused_without_echo(raw: str) -> None:
    with pytest.raises(PhoneInvalid) as exc:
        normalise_phone(raw)
    assert raw == "" or raw not in str(exc.value)
    assert "11位" in exc.value.message_zh


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_identity_is_stable_per_fair_and_differs_between_fairs(phone: str) -> None:
    one = applicant_id_for(SECRET, FAIR, phone)
    assert one == applicant_id_for(SECRET, FAIR, phone)
    assert uuid.UUID(one).version == 4
    assert one != applicant_id_for(SECRET, str(uuid.uuid4()), phone)
    assert one != applicant_id_for(b"j" * 32, FAIR, phone)
    assert phone not in one


def test_application_id_is_one_per_applicant_and_post() -> None:
    a, p = str(uuid.uuid4()), str(uuid.uuid4())
    assert application_id_for(a, p) == application_id_for(a, p)
    assert application_id_for(a, p) != application_id_for(p, a)


def test_checkin_label_is_venue_time() -> None:
    assert checkin_time_label(datetime(2026, 11, 22, 11, 2, tzinfo=UTC)) == "19:02"


def test_plan_waitlists_full_posts_in_arrival_order_and_dedupes() -> None:
    posts = [PostFill("open", headcount=2, offers=1, last_seq=4),
             PostFill("full", headcount=2, offers=2, last_seq=0),
             PostFill("shut", headcount=2, offers=0, last_seq=0, open=False)]
    plans = plan_applications(posts, [("a", "open"), ("b", "full"), ("a", "open"),
                                      ("c", "full"), ("d", "shut")])
    assert [(p.application_id, p.status, p.seq) for p in plans] == [
        ("a", "submitted", 5), ("b", "waitlisted", 1), ("c", "waitlisted", 2),
        ("d", "post_closed", 1)]


@given(st.lists(st.sampled_from(["in", "out"]), max_size=30))
def test_occupancy_never_negative_and_checked_in_at_most_once(kinds: list[str]) -> None:
    had, on_site, total_in, total_on = False, False, 0, 0
    for kind in kinds:
        d_in, d_on = occupancy_change(kind, had, on_site)
        total_in, total_on = total_in + d_in, total_on + d_on
        had = had or kind == "in"
        on_site = kind == "in"
        assert total_in == (1 if had else 0)
        assert total_on == (1 if on_site else 0)
