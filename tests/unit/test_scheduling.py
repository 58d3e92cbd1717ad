"""Example-based tests of domain.scheduling: booking, waitlists, outcomes, queue views."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from domain.scheduling import (
    CalendarInUse,
    CorruptState,
    EmployerCalendar,
    Event,
    FairSchedule,
    InterviewMoved,
    InterviewOutcomeRecorded,
    InterviewScheduled,
    InvalidCalendar,
    InvalidOutcome,
    InvalidTransition,
    NaiveDatetime,
    NotQueued,
    NotScheduled,
    OutcomeAlreadyRecorded,
    QueueItem,
    SchedulingError,
    UnknownEmployer,
    UnknownInterview,
    WaitlistDropped,
    Waitlisted,
)

CST = timezone(timedelta(hours=8))


def at(hhmm: str, day: int = 8) -> datetime:
    hours, minutes = hhmm.split(":")
    return datetime(2025, 3, day, int(hours), int(minutes), tzinfo=CST)


def fair(opens: str = "09:00", closes: str = "12:00", **kwargs: int) -> FairSchedule:
    return FairSchedule("fair-38", at(opens), at(closes), **kwargs)


def booth(employer: str, booth: str, tables: int, slot: int) -> EmployerCalendar:
    return EmployerCalendar(employer_id=employer, booth=booth, tables=tables, slot_minutes=slot)


def request(
    s: FairSchedule, app: str, who: str, employer: str, now: str, post: str = "p1"
) -> Event:
    events = s.request_interview(app, who, employer, post, at(now))
    assert len(events) == 1
    return events[0]


def scheduled(event: Event) -> InterviewScheduled:
    assert isinstance(event, InterviewScheduled), event
    return event


def where(event: Event) -> tuple[int, str]:
    ev = scheduled(event)
    return ev.table, datetime.fromisoformat(ev.starts_at).strftime("%H:%M")


def kinds(events: list[Event]) -> list[str]:
    return [type(e).__name__ for e in events]


def dropped(events: list[Event]) -> list[tuple[str, str]]:
    """(application, reason) of each event, which must all be WaitlistDropped."""
    assert all(isinstance(e, WaitlistDropped) for e in events), events
    return [(e.application_id, e.reason) for e in events if isinstance(e, WaitlistDropped)]


def line(item: QueueItem) -> str:
    """How the applicant's phone shows a booked interview."""
    assert item.starts_at is not None
    return f"{item.booth} 号展位 {item.table} 号桌 {item.starts_at:%H:%M}，前面还有 {item.ahead} 人"


# -- booking ---------------------------------------------------------------------------------


def test_requests_fill_tables_then_slots_in_arrival_order() -> None:
    s = fair()
    s.add_employer(booth("e1", "B12", tables=2, slot=20), at("08:00"))
    got = [where(request(s, f"a{i}", f"u{i}", "e1", "08:30")) for i in range(5)]
    assert got == [(1, "09:00"), (2, "09:00"), (1, "09:20"), (2, "09:20"), (1, "09:40")]


def test_now_is_rounded_up_to_the_slot_grid() -> None:
    s = fair()
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    assert where(request(s, "a1", "u1", "e1", "09:07")) == (1, "09:20")
    assert where(request(s, "a2", "u2", "e1", "09:40")) == (1, "09:40")


def test_a_repeated_application_changes_nothing() -> None:
    s = fair()
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    first = scheduled(request(s, "a1", "u1", "e1", "09:00"))
    before = s.to_dict()
    assert s.request_interview("a1", "u1", "e1", "p1", at("09:05")) == []
    assert s.to_dict() == before
    assert [iv.interview_id for iv in s.interviews()] == [first.interview_id]


def test_walking_time_is_kept_between_different_booths() -> None:
    s = fair()
    s.add_employer(booth("e1", "A01", tables=1, slot=20), at("08:00"))
    s.add_employer(booth("e2", "B12", tables=1, slot=15), at("08:00"))
    assert where(request(s, "a1", "u1", "e1", "08:30")) == (1, "09:00")  # ends 09:20
    # 09:15 overlaps; 09:30 leaves the 5 minutes to walk from A01 to B12.
    assert where(request(s, "a2", "u1", "e2", "08:30")) == (1, "09:30")


def test_no_walking_time_within_one_booth() -> None:
    s = fair()
    s.add_employer(booth("e1", "B12", tables=2, slot=20), at("08:00"))
    request(s, "a1", "u1", "e1", "08:30", post="p1")
    # Table 2 is free at 09:00 but she is busy then; back to back at the same booth is fine.
    assert where(request(s, "a2", "u1", "e1", "08:30", post="p2")) == (1, "09:20")


def test_the_cap_waitlists_and_a_finished_interview_lets_her_in() -> None:
    s = fair(max_active_per_applicant=2)
    for e in ("e1", "e2", "e3"):
        s.add_employer(booth(e, e.upper(), tables=1, slot=20), at("08:00"))
    first = scheduled(request(s, "a1", "u1", "e1", "08:30"))
    assert where(request(s, "a2", "u1", "e2", "08:30")) == (1, "09:40")  # 09:20 + walk
    waiting = request(s, "a3", "u1", "e3", "08:30")
    assert isinstance(waiting, Waitlisted)
    assert (waiting.reason, waiting.position) == ("applicant_cap", 1)

    s.record_outcome(first.interview_id, "arrived", at("08:58"))
    events = s.record_outcome(first.interview_id, "offer", at("09:15"))
    assert kinds(events) == ["InterviewOutcomeRecorded", "InterviewScheduled"]
    booked = scheduled(events[1])
    assert booked.application_id == "a3" and booked.from_waitlist
    # 09:20 is too close to e1 (walking), 09:40 is e2, 10:00 too close to e2.
    assert where(booked) == (1, "10:20")


def test_a_full_employer_waitlists_in_order() -> None:
    s = fair(opens="09:00", closes="09:40")
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    request(s, "a1", "u1", "e1", "08:30")
    request(s, "a2", "u2", "e1", "08:30")
    w3, w4 = request(s, "a3", "u3", "e1", "08:31"), request(s, "a4", "u4", "e1", "08:32")
    assert isinstance(w3, Waitlisted) and isinstance(w4, Waitlisted)
    assert [(w.position, w.reason) for w in (w3, w4)] == [(1, "fair_full"), (2, "fair_full")]
    assert [a.application_id for a in s.waitlist()] == ["a3", "a4"]


# -- outcomes and no-shows --------------------------------------------------------------------


def test_a_no_show_before_the_slot_goes_to_the_first_waitlisted() -> None:
    s = fair(opens="09:00", closes="09:40")
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    request(s, "a1", "u1", "e1", "08:30")
    second = scheduled(request(s, "a2", "u2", "e1", "08:30"))
    request(s, "a3", "u3", "e1", "08:31")
    request(s, "a4", "u4", "e1", "08:32")

    events = s.record_outcome(second.interview_id, "no_show", at("09:10"))  # she called off
    assert kinds(events) == ["InterviewOutcomeRecorded", "InterviewReleased", "InterviewScheduled"]
    refill = scheduled(events[2])
    assert (refill.application_id, where(refill)) == ("a3", (1, "09:20"))
    assert s.waitlist()[0].application_id == "a4"


def test_expiry_marks_no_shows_after_the_grace_period() -> None:
    s = fair(grace_minutes=10)
    s.add_employer(booth("e1", "B12", tables=2, slot=20), at("08:00"))
    came = scheduled(request(s, "a1", "u1", "e1", "08:30"))
    gone = scheduled(request(s, "a2", "u2", "e1", "08:30"))
    s.record_outcome(came.interview_id, "arrived", at("09:02"))
    assert s.expire_no_shows(at("09:09")) == []

    events = s.expire_no_shows(at("09:10"))
    assert kinds(events) == ["InterviewOutcomeRecorded", "InterviewReleased"]
    outcome = events[0]
    assert isinstance(outcome, InterviewOutcomeRecorded)
    assert (outcome.interview_id, outcome.outcome, outcome.automatic) == (
        gone.interview_id,
        "no_show",
        True,
    )
    assert s.interview(came.interview_id).status == "arrived"
    assert s.expire_no_shows(at("09:30")) == []


def test_an_arrived_applicant_moves_up_into_a_freed_slot_nobody_waits_for() -> None:
    s = fair()
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    a = scheduled(request(s, "a1", "u1", "e1", "08:30"))  # 09:00
    b = scheduled(request(s, "a2", "u2", "e1", "08:30"))  # 09:20
    c = scheduled(request(s, "a3", "u3", "e1", "08:30"))  # 09:40, not at the booth yet
    s.record_outcome(b.interview_id, "arrived", at("08:45"))

    events = s.record_outcome(a.interview_id, "no_show", at("08:50"))
    assert kinds(events) == ["InterviewOutcomeRecorded", "InterviewReleased", "InterviewMoved"]
    moved = events[2]
    assert isinstance(moved, InterviewMoved)
    assert (moved.interview_id, moved.table, moved.starts_at) == (
        b.interview_id,
        1,
        at("09:00").isoformat(),
    )
    assert moved.from_starts_at == at("09:20").isoformat()
    assert s.interview(c.interview_id).starts_at == at("09:40")


@pytest.mark.parametrize(
    ("first", "second", "error"),
    [
        ("arrived", "arrived", OutcomeAlreadyRecorded),
        ("offer", "rejected", OutcomeAlreadyRecorded),
        ("no_show", "arrived", OutcomeAlreadyRecorded),
        ("arrived", "no_show", InvalidTransition),
    ],
)
def test_wrong_outcomes_raise_and_change_nothing(
    first: str, second: str, error: type[SchedulingError]
) -> None:
    s = fair()
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    iv = scheduled(request(s, "a1", "u1", "e1", "08:30"))
    s.record_outcome(iv.interview_id, first, at("09:01"))
    before = s.to_dict()
    with pytest.raises(error):
        s.record_outcome(iv.interview_id, second, at("09:02"))
    assert s.to_dict() == before


def test_unknown_interview_and_unknown_outcome() -> None:
    s = fair()
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    iv = scheduled(request(s, "a1", "u1", "e1", "08:30"))
    with pytest.raises(UnknownInterview):
        s.record_outcome("nope", "arrived", at("09:00"))
    with pytest.raises(InvalidOutcome) as caught:
        s.record_outcome(iv.interview_id, "hired", at("09:00"))
    assert caught.value.code == "invalid_outcome" and caught.value.message_zh


# -- posts, hiring, closing time ----------------------------------------------------------


def test_a_full_post_drops_its_waitlist_and_refuses_new_requests() -> None:
    s = fair(opens="09:00", closes="09:20")
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    request(s, "a1", "u1", "e1", "08:30", post="cook")
    request(s, "a2", "u2", "e1", "08:31", post="cook")
    request(s, "a3", "u3", "e1", "08:32", post="cashier")

    events = s.mark_post_full("cook", at("08:40"))
    assert dropped(events) == [("a2", "post_full")]
    refused = request(s, "a4", "u4", "e1", "08:41", post="cook")
    assert isinstance(refused, NotScheduled) and refused.reason == "post_full"
    assert [a.application_id for a in s.waitlist()] == ["a3"]
    assert s.mark_post_full("cook", at("08:42")) == []


def test_closing_hiring_drops_every_waitlist_entry_of_the_employer() -> None:
    s = fair(opens="09:00", closes="09:20")
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    request(s, "a1", "u1", "e1", "08:30", post="cook")
    request(s, "a2", "u2", "e1", "08:31", post="cashier")
    request(s, "a3", "u3", "e1", "08:32", post="cook")
    events = s.close_employer_hiring("e1", at("08:40"))
    assert dropped(events) == [("a2", "hiring_closed"), ("a3", "hiring_closed")]
    refused = request(s, "a4", "u4", "e1", "08:41")
    assert isinstance(refused, NotScheduled) and refused.reason == "hiring_closed"


def test_only_whole_slots_are_offered_and_late_requests_are_refused() -> None:
    s = fair(opens="09:00", closes="12:00")
    s.add_employer(booth("e1", "B12", tables=1, slot=25), at("08:00"))
    assert where(request(s, "a1", "u1", "e1", "11:10")) == (1, "11:30")  # ends 11:55
    refused = request(s, "a2", "u2", "e1", "11:31")
    assert isinstance(refused, NotScheduled) and refused.reason == "fair_closed"


def test_the_tick_drops_waitlists_once_no_slot_is_left() -> None:
    s = fair(opens="09:00", closes="09:40")
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    for i in range(3):
        request(s, f"a{i}", f"u{i}", "e1", "08:30")
    s.record_outcome(s.interviews()[0].interview_id, "arrived", at("09:00"))
    s.record_outcome(s.interviews()[1].interview_id, "arrived", at("09:20"))
    assert s.expire_no_shows(at("09:20")) == []
    assert dropped(s.expire_no_shows(at("09:21"))) == [("a2", "fair_closed")]


# -- calendars ----------------------------------------------------------------------------


def test_more_tables_serve_the_waitlist_at_once() -> None:
    s = fair(opens="09:00", closes="09:40")
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    for i in range(1, 5):
        request(s, f"a{i}", f"u{i}", "e1", "08:30")
    assert s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:40")) == []
    events = s.add_employer(booth("e1", "B12", tables=2, slot=20), at("08:40"))
    assert [(scheduled(e).application_id, where(e)) for e in events] == [
        ("a3", (2, "09:00")),
        ("a4", (2, "09:20")),
    ]
    assert s.waitlist() == []


def test_a_booked_calendar_may_only_grow_its_tables() -> None:
    s = fair()
    s.add_employer(booth("e1", "B12", tables=2, slot=20), at("08:00"))
    request(s, "a1", "u1", "e1", "08:30")
    request(s, "a2", "u2", "e1", "08:30")
    with pytest.raises(CalendarInUse):
        s.add_employer(booth("e1", "B12", tables=2, slot=30), at("08:40"))
    with pytest.raises(CalendarInUse):
        s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:40"))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"tables": 0},
        {"slot_minutes": 4},
        {"remote": True},
        {"video_link": "https://meet.example/x"},
        {"employer_id": ""},
    ],
)
def test_calendar_validation(kwargs: dict[str, object]) -> None:
    fields: dict[str, object] = {"employer_id": "e1", "booth": "B1", "tables": 1}
    fields["slot_minutes"] = 15
    fields.update(kwargs)
    with pytest.raises(InvalidCalendar):
        EmployerCalendar(**fields)  # type: ignore[arg-type]


def test_fair_hours_and_times_must_be_aware_and_ordered() -> None:
    with pytest.raises(InvalidCalendar):
        FairSchedule("f", at("12:00"), at("09:00"))
    with pytest.raises(NaiveDatetime):
        FairSchedule("f", datetime(2025, 3, 8, 9), at("12:00"))
    s = fair()
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    with pytest.raises(NaiveDatetime):
        s.request_interview("a1", "u1", "e1", "p1", datetime(2025, 3, 8, 9))
    with pytest.raises(UnknownEmployer):
        s.request_interview("a1", "u1", "e9", "p1", at("09:00"))
    assert s.application("a1") is None


def test_remote_interviews_use_the_remote_calendar_and_a_room_per_table() -> None:
    s = fair()
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    link = "https://meet.example/e1-{table}"
    remote = EmployerCalendar("e1", "线上", tables=2, slot_minutes=15, remote=True, video_link=link)
    s.add_employer(remote, at("08:00"))
    on_site = scheduled(request(s, "a1", "u1", "e1", "08:30"))
    assert on_site.video_link is None and not on_site.remote
    (first,) = s.request_interview("a2", "u2", "e1", "p1", at("08:30"), remote=True)
    (second,) = s.request_interview("a3", "u3", "e1", "p1", at("08:30"), remote=True)
    assert scheduled(first).remote and scheduled(first).booth == "线上"
    assert [scheduled(e).video_link for e in (first, second)] == [
        "https://meet.example/e1-1",
        "https://meet.example/e1-2",
    ]
    with pytest.raises(UnknownEmployer):
        s.request_interview("a4", "u4", "e2", "p1", at("08:30"), remote=True)


# -- queue views ------------------------------------------------------------------------------


def night_market() -> FairSchedule:
    """招聘夜市: 18:00-21:00, booth B12 with two tables and 20-minute slots, 12 people booked."""
    s = fair(opens="18:00", closes="21:00")
    s.add_employer(booth("e1", "B12", tables=2, slot=20), at("17:00"))
    for i in range(1, 13):
        request(s, f"a{i}", f"u{i}", "e1", "17:30")
    return s


def test_the_phone_says_booth_table_time_and_people_ahead() -> None:
    s = night_market()
    by_app = {iv.application_id: iv for iv in s.interviews()}
    s.record_outcome(by_app["a2"].interview_id, "offer", at("18:15"))
    s.record_outcome(by_app["a4"].interview_id, "rejected", at("18:35"))
    s.record_outcome(by_app["a6"].interview_id, "arrived", at("18:38"))

    (item,) = s.applicant_view("u12", at("18:55"))
    assert line(item) == "B12 号展位 2 号桌 19:40，前面还有 3 人"
    assert s.queue_position(by_app["a12"].interview_id, at("18:55")) == (3, 45)
    assert s.queue_position(by_app["a12"].interview_id, at("19:45")).wait_minutes == 0
    with pytest.raises(NotQueued):
        s.queue_position(by_app["a2"].interview_id, at("18:55"))


def test_applicant_view_lists_interviews_by_time_then_waitlist_places() -> None:
    s = fair(opens="09:00", closes="09:40")
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    s.add_employer(booth("e2", "C03", tables=1, slot=20), at("08:00"))
    request(s, "x1", "other", "e1", "08:30")
    request(s, "x2", "other", "e1", "08:30")
    request(s, "a1", "u1", "e2", "08:31")  # 09:00 at C03
    request(s, "a2", "u1", "e1", "08:32")  # e1 is full: waitlisted
    view = s.applicant_view("u1", at("08:40"))
    assert [(i.booth, i.status, i.table, i.waitlist_position) for i in view] == [
        ("C03", "scheduled", 1, None),
        ("B12", "waitlisted", None, 1),
    ]
    assert view[1].reason == "fair_full"


def test_employer_queue_lists_next_applicants_then_the_waitlist() -> None:
    s = fair(opens="09:00", closes="09:40")
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    for i in range(4):
        request(s, f"a{i}", f"u{i}", "e1", "08:30")
    first = s.interviews()[0]
    s.record_outcome(first.interview_id, "rejected", at("09:15"))
    queue = s.employer_queue("e1", at("09:16"))
    assert [(q.applicant_id, q.status, q.ahead, q.waitlist_position) for q in queue] == [
        ("u1", "scheduled", 0, None),
        ("u2", "waitlisted", None, 1),
        ("u3", "waitlisted", None, 2),
    ]


# -- events and state -------------------------------------------------------------------------


def run_script(s: FairSchedule) -> list[Event]:
    s.add_employer(booth("e1", "B12", tables=1, slot=20), at("08:00"))
    events = [request(s, f"a{i}", f"u{i}", "e1", "08:30") for i in range(8)]
    events += s.record_outcome(s.interviews()[1].interview_id, "no_show", at("08:40"))
    events += s.expire_no_shows(at("09:30"))
    return events


def test_events_are_json_with_deterministic_ids() -> None:
    one, two = run_script(fair()), run_script(fair())
    assert [e.to_dict() for e in one] == [e.to_dict() for e in two]
    dicts = [e.to_dict() for e in one]
    json.dumps(dicts)
    assert len({d["event_id"] for d in dicts}) == len(dicts)
    first = dicts[0]
    assert first["type"] == "InterviewScheduled" and first["fair_id"] == "fair-38"
    assert datetime.fromisoformat(first["starts_at"]) == at("09:00")
    assert uuid.UUID(first["interview_id"]).version == 5


def test_state_round_trips_through_json() -> None:
    s = fair()
    run_script(s)
    saved = json.loads(json.dumps(s.to_dict()))
    restored = FairSchedule.from_dict(saved)
    assert restored.to_dict() == s.to_dict()
    assert restored.interviews() == s.interviews()
    assert [a.application_id for a in restored.waitlist()] == [
        a.application_id for a in s.waitlist()
    ]


@pytest.mark.parametrize("broken", [{}, {"version": 99}, {"version": 1, "fair_id": "f"}])
def test_a_broken_state_is_refused(broken: dict[str, object]) -> None:
    with pytest.raises(CorruptState):
        FairSchedule.from_dict(broken)
