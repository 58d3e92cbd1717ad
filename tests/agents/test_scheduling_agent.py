"""The scheduling agent: its per-fair state rules (pure, no event loop) and one run through
``agent.test_context()`` against the real PostgreSQL with redeliveries and an outcome."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import asyncpg
import pytest

from agents import scheduling
from agents.scheduling_state import FairState
from domain.applicants import application_id_for
from domain.scheduling import InterviewScheduled, NotScheduled, Waitlisted
from streams.applications import ApplicationSubmitted
from streams.checkins import CheckedIn
from streams.events import BadEvent
from streams.fairsetup import EmployerCreated, FairCreated, PostCreated
from streams.interviews import InterviewOutcomeRequested
from tests.agents.conftest import T0, RunAgent

FAIR, EMPLOYER, POST = (str(uuid.uuid4()) for _ in range(3))


def at(minutes: float) -> str:
    return (T0 + timedelta(minutes=minutes)).isoformat()


def fair_created(kind: str = "onsite", fair: str = FAIR) -> FairCreated:
    return FairCreated(event_id=str(uuid.uuid4()), fair_id=fair, name="f", kind=kind,
                       starts_at=T0.isoformat(), ends_at=at(60), venue=None,
                       qr_code="00" * 8, at=at(0), actor="organiser")


def employer_created(tables: int = 1, fair: str = FAIR, employer: str = EMPLOYER) -> \
        EmployerCreated:
    return EmployerCreated(event_id=str(uuid.uuid4()), fair_id=fair, employer_id=employer,
                           name="e", booth="B12", interview_tables=tables, slot_minutes=10,
                           qr_code="11" * 8, at=at(0), actor="organiser")


def post_created(headcount: int = 1, fair: str = FAIR, employer: str = EMPLOYER,
                 post: str = POST) -> PostCreated:
    return PostCreated(event_id=str(uuid.uuid4()), fair_id=fair, post_id=post,
                       employer_id=employer, title="客服", description="", headcount=headcount,
                       flex=None, is_mama=False, mama_reasons=[], pay_min=None, pay_max=None,
                       location=None, status="published", qr_code="22" * 8, screening={},
                       at=at(0), actor="organiser")


def applied(who: str, minute: float = 1, fair: str = FAIR, post: str = POST) -> \
        ApplicationSubmitted:
    return ApplicationSubmitted(application_id=application_id_for(who, post), applicant_id=who,
                                post_id=post, fair_id=fair, at=at(minute))


def checked_in(who: str, minute: float = 1, fair: str = FAIR) -> CheckedIn:
    return CheckedIn(event_id=str(uuid.uuid4()), applicant_id=who, fair_id=fair, at=at(minute))


def outcome(interview_id: str, result: str, minute: float = 2,
            event_id: str | None = None) -> InterviewOutcomeRequested:
    return InterviewOutcomeRequested(event_id=event_id or str(uuid.uuid4()), fair_id=FAIR,
                                     interview_id=interview_id, outcome=result,
                                     actor="organiser", at=at(minute))


def state(kind: str = "onsite", headcount: int = 1) -> FairState:
    s = FairState.new(FAIR, kind, T0, T0 + timedelta(minutes=60))
    for ev in (employer_created(), post_created(headcount)):
        s.handle(ev)
    return s


def test_on_site_books_when_applied_and_checked_in_whichever_comes_second() -> None:
    s = state()
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    assert s.handle(applied(a))[0] == []  # not on site yet: waits for her check-in
    made = s.handle(checked_in(a))[0]
    assert [type(d) for d in made] == [InterviewScheduled]
    assert s.handle(checked_in(b))[0] == []  # on site, no application: nothing to book
    assert [type(d) for d in s.handle(applied(b))[0]] == [InterviewScheduled]
    assert s.handle(applied(a))[0] == [] and s.handle(checked_in(a))[0] == []  # repeats


def test_repeated_outcome_is_accepted_once_and_a_late_correction_refused() -> None:
    s = state(headcount=5)
    a = str(uuid.uuid4())
    s.handle(checked_in(a))
    iv = s.handle(applied(a))[0][0]
    assert isinstance(iv, InterviewScheduled)
    cmd = outcome(iv.interview_id, "arrived")
    made, result, _ = s.handle(cmd)
    assert result is not None and result.accepted and made
    made, result, _ = s.handle(cmd)  # redelivered: already in effect, no new decision
    assert result is not None and result.accepted and made == []
    # A different outcome is a correction, refused once the correction window has passed.
    late = T0 + s.correction_window + timedelta(minutes=3)
    _, result, _ = s.handle(outcome(iv.interview_id, "no_show",
                                    minute=(late - T0).total_seconds() / 60))
    assert result is not None and not result.accepted
    assert result.error == "correction_window_closed"
    _, result, _ = s.handle(outcome(str(uuid.uuid4()), "offer"))
    assert result is not None and result.error == "unknown_interview"


def test_an_offer_filling_the_post_stops_new_interviews_and_survives_a_round_trip() -> None:
    s = state(headcount=1)
    people = [str(uuid.uuid4()) for _ in range(3)]
    ivs = []
    for p in people[:2]:
        s.handle(checked_in(p))
        booked = s.handle(applied(p))[0][0]
        assert isinstance(booked, InterviewScheduled)
        ivs.append(booked)
    s.handle(outcome(ivs[0].interview_id, "arrived"))
    s.handle(outcome(ivs[0].interview_id, "offer", 3))
    assert s.offers(POST) == 1
    s = FairState.from_value(s.to_value())
    s.handle(checked_in(people[2], 4))
    refused = s.handle(applied(people[2], 4))[0]
    assert isinstance(refused[0], NotScheduled) and len(refused) == 1
    assert refused[0].reason == "post_full"


def test_remote_fairs_book_video_interviews_without_a_check_in() -> None:
    s = state(kind="online")
    made = s.handle(applied(str(uuid.uuid4())))[0]
    assert isinstance(made[0], InterviewScheduled)
    assert made[0].remote and made[0].video_link and "{table}" not in made[0].video_link


def test_full_tables_waitlist_and_a_no_show_refills_from_the_waitlist() -> None:
    s = FairState.new(FAIR, "onsite", T0, T0 + timedelta(minutes=20))  # 2 slots, 1 table
    s.handle(employer_created())
    s.handle(post_created(headcount=10))
    people = [str(uuid.uuid4()) for _ in range(3)]
    kinds = []
    for p in people:
        s.handle(checked_in(p, 0))
        kinds.append(type(s.handle(applied(p, 0))[0][0]))
    assert kinds == [InterviewScheduled, InterviewScheduled, Waitlisted]
    second = s.schedule.applications_of(people[1])[0].interview_id
    assert second is not None
    made = s.handle(outcome(second, "no_show", 5))[0]
    refill = [d for d in made if isinstance(d, InterviewScheduled)]
    assert refill and refill[0].applicant_id == people[2] and refill[0].from_waitlist


def test_parse_skips_what_it_does_not_need_and_refuses_bad_ids() -> None:
    assert scheduling.parse(checked_in(str(uuid.uuid4())).to_bytes()) is not None
    with pytest.raises(BadEvent):
        scheduling.parse(outcome("not-a-uuid", "offer").to_bytes())
    with pytest.raises(BadEvent):
        scheduling.parse(b"{")


def setup_rows(db: Callable[..., Any], *, tables: int, headcount: int) -> tuple[str, str, str]:
    """An on-site fair with one employer and one post, as the setup projection holds them."""
    fair, employer, post = (str(uuid.uuid4()) for _ in range(3))
    db("INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES ($1, 'agent', 'onsite', "
       "$2, $3)", uuid.UUID(fair), T0, T0 + timedelta(minutes=60))
    db("INSERT INTO employer (id, fair_id, name, booth, interview_tables, slot_minutes) "
       "VALUES ($1, $2, 'e', 'B12', $3, 10)", uuid.UUID(employer), uuid.UUID(fair), tables)
    db("INSERT INTO post (id, fair_id, employer_id, title, headcount) VALUES ($1, $2, $3, "
       "'p', $4)", uuid.UUID(post), uuid.UUID(fair), uuid.UUID(employer), headcount)
    return fair, employer, post


@pytest.mark.integration
def test_agent_projects_interviews_exactly_once_under_redelivery(
    db: Callable[..., Any], run_agent: RunAgent
) -> None:
    fair, employer, post = setup_rows(db, tables=1, headcount=1)
    people = [str(uuid.uuid4()) for _ in range(8)]
    events: list[Any] = [fair_created(fair=fair), employer_created(fair=fair, employer=employer),
                         post_created(fair=fair, employer=employer, post=post)]
    for i, p in enumerate(people):
        events += [checked_in(p, i / 10, fair=fair), applied(p, i / 10, fair=fair, post=post)]
    got = run_agent(
        scheduling, events + events[3:],  # every application and check-in twice
        "SELECT count(*) AS n FROM interview WHERE fair_id = $1 HAVING count(*) = 6",
        uuid.UUID(fair))
    assert got["n"] == 6  # 6 slots at one table; the others wait
    rows = db("SELECT applicant_id, starts_at FROM interview WHERE fair_id = $1 "
              "ORDER BY starts_at", uuid.UUID(fair))
    assert [r["applicant_id"] for r in rows] == [uuid.UUID(p) for p in people[:6]]
    waiting = db("SELECT applicant_id FROM interview_waitlist WHERE fair_id = $1 AND "
                 "state = 'waitlisted' ORDER BY seq", uuid.UUID(fair))
    assert [r["applicant_id"] for r in waiting] == [uuid.UUID(p) for p in people[6:]]
    # PostgreSQL itself refuses a second interview at the same table and time.
    with pytest.raises(asyncpg.exceptions.ExclusionViolationError):
        db("INSERT INTO interview (interview_id, fair_id, application_id, applicant_id, "
           "employer_id, post_id, booth, table_no, starts_at, ends_at, status) VALUES "
           "(gen_random_uuid(), $1, gen_random_uuid(), gen_random_uuid(), $2, $3, 'B12', 1, "
           "$4, $5, 'scheduled')", uuid.UUID(fair), uuid.UUID(employer), uuid.UUID(post),
           rows[0]["starts_at"], rows[0]["starts_at"] + timedelta(minutes=10))


@pytest.mark.integration
def test_application_status_follows_its_interview_whichever_agent_writes_first(
    db: Callable[..., Any], run_agent: RunAgent
) -> None:
    from agents import applications
    from domain.scheduling.events import interview_id_for

    fair, employer, post = setup_rows(db, tables=2, headcount=3)
    db("INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2)", uuid.UUID(post),
       uuid.UUID(fair))
    a, b, c = (str(uuid.uuid4()) for _ in range(3))
    apps = {who: applied(who, 1, fair=fair, post=post) for who in (a, b, c)}

    def status(who: str) -> str:
        rows = db("SELECT status FROM application WHERE id = $1",
                  uuid.UUID(apps[who].application_id))
        return str(rows[0]["status"]) if rows else "missing"

    # a and b: the application row first, then the interview and its outcome.
    run_agent(applications, [apps[a], apps[b]],
              "SELECT count(*) FROM application WHERE post_id = $1 HAVING count(*) = 2",
              uuid.UUID(post))
    assert (status(a), status(b)) == ("submitted", "submitted")
    iv = {who: interview_id_for(fair, apps[who].application_id) for who in (a, b, c)}
    setup = [fair_created(fair=fair), employer_created(2, fair=fair, employer=employer),
             post_created(3, fair=fair, employer=employer, post=post)]
    offer = InterviewOutcomeRequested(event_id=str(uuid.uuid4()), fair_id=fair,
                                      interview_id=iv[a], outcome="offer", actor="organiser",
                                      at=at(2))
    run_agent(scheduling, [*setup, *(e for who in (a, b, c) for e in (
        checked_in(who, 1, fair=fair), apps[who])), offer],
        "SELECT 1 FROM application WHERE id = $1 AND status = 'offer'",
        uuid.UUID(apps[a].application_id))
    assert (status(a), status(b), status(c)) == ("offer", "interview_scheduled", "missing")
    # c: the interview first (the applications agent was behind), then the row.
    run_agent(applications, [apps[c]],
              "SELECT 1 FROM application WHERE id = $1", uuid.UUID(apps[c].application_id))
    assert status(c) == "interview_scheduled"
