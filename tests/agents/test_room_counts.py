"""Room counts (issue 11) through the real agents (``agent.test_context()``) and PostgreSQL:
the setup agent makes the room, the click, check-in and application agents count clicks,
registrations and applications through it exactly under redelivery; a room of another fair
and a malformed room id are not credited and cost nothing; the presented post keeps the newest
choice."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from agents import applications, checkins, clicks, rooms_store, setup
from domain.applicants import application_id_for
from streams.applications import ApplicationSubmitted
from streams.checkins import ApplicantRegistered
from streams.clicks import ClicksRecorded
from streams.fairsetup import PostPresented, RoomCreated
from tests.agents.conftest import T0, RunAgent

pytestmark = pytest.mark.integration
COUNTS = "SELECT clicks, registrations, applications FROM room_counts WHERE room_id = $1"


def test_room_uuid_never_refuses() -> None:
    room = uuid.uuid4()
    assert rooms_store.room_uuid(str(room)) == room
    assert rooms_store.room_uuid("not-a-room") is None
    assert rooms_store.room_uuid("") is None and rooms_store.room_uuid(None) is None


def _fair(db: Callable[..., Any]) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    fair, employer, post = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    db(
        "INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
        "($1, 'room test', 'livestream', now(), now() + interval '1 day')",
        fair,
    )
    db(
        "INSERT INTO employer (id, fair_id, name, booth, interview_tables, slot_minutes) "
        "VALUES ($1, $2, 'e', $3, 1, 10)",
        employer,
        fair,
        f"R{uuid.uuid4().hex[:5]}",
    )
    db(
        "INSERT INTO post (id, fair_id, employer_id, title, headcount) VALUES ($1, $2, $3, 'p', 5)",
        post,
        fair,
        employer,
    )
    db("INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2)", post, fair)
    return fair, employer, post


def _room(fair: uuid.UUID, name: str) -> tuple[uuid.UUID, RoomCreated]:
    room = uuid.uuid4()
    return room, RoomCreated(
        event_id=str(uuid.uuid4()),
        fair_id=str(fair),
        room_id=str(room),
        name=name,
        platform="抖音",
        at=T0.isoformat(),
        actor="organiser",
    )


def test_counts_through_two_rooms_are_exact_under_redelivery(
    db: Callable[..., Any], run_agent: RunAgent
) -> None:
    fair, _, post = _fair(db)
    other_fair, _, _ = _fair(db)
    room_a, made_a = _room(fair, "直播间A")
    room_b, made_b = _room(fair, "直播间B")
    foreign, made_foreign = _room(other_fair, "别的招聘会")
    got = run_agent(
        setup,
        [made_a, made_b, made_foreign, made_a],
        "SELECT count(*) AS n FROM room WHERE id = ANY($1) HAVING count(*) = 3",
        [room_a, room_b, foreign],
    )
    assert got["n"] == 3

    # Clicks: two combined records (one of them redelivered), parts per room, a repeated
    # client click id, a room of another fair and a malformed room id.
    repeated = str(uuid.uuid4())
    rec1 = ClicksRecorded(
        record_id=str(uuid.uuid4()),
        post_id=str(post),
        fair_id=str(fair),
        at=T0.isoformat(),
        groups=[
            {"source": "douyin", "room_id": str(room_a), "n": 5, "click_ids": [repeated]},
            {"source": None, "room_id": str(room_b), "n": 2, "click_ids": []},
            {"source": None, "room_id": str(foreign), "n": 4, "click_ids": []},
            {"source": None, "room_id": "not-a-room", "n": 1, "click_ids": []},
            {"source": None, "room_id": None, "n": 3, "click_ids": []},
        ],
    )
    rec2 = ClicksRecorded(
        record_id=str(uuid.uuid4()),
        post_id=str(post),
        fair_id=str(fair),
        at=(T0 + timedelta(seconds=1)).isoformat(),
        groups=[{"source": None, "room_id": str(room_a), "n": 1, "click_ids": [repeated]}],
    )
    got = run_agent(
        clicks,
        [rec1, rec2, rec1, rec2],
        "SELECT clicks FROM post_counts WHERE post_id = $1 AND clicks >= 17",
        post,
    )
    assert got["clicks"] == 17  # 6 + 2 + 4 + 1 + 3 + 1: every click counts for the post
    assert tuple(db(COUNTS, room_a)[0]) == (7, 0, 0)  # 5 + 1 id + 1 (the repeat once)
    assert tuple(db(COUNTS, room_b)[0]) == (2, 0, 0)
    assert tuple(db(COUNTS, foreign)[0]) == (0, 0, 0)  # not this post's fair

    # Registrations: each event twice; one applicant registers twice (two events, two
    # rooms): only her first registration counts.
    def registered(applicant: str, room: uuid.UUID | None, phone: str) -> ApplicantRegistered:
        return ApplicantRegistered(
            event_id=str(uuid.uuid4()),
            applicant_id=applicant,
            fair_id=str(fair),
            name="观众",
            phone=phone,
            consent_at=T0.isoformat(),
            channel="remote",
            at=T0.isoformat(),
            room_id=str(room) if room else None,
        )

    people = [str(uuid.uuid4()) for _ in range(4)]
    regs = [
        registered(people[0], room_a, "13900000001"),
        registered(people[1], room_a, "13900000002"),
        registered(people[2], room_b, "13900000003"),
        registered(people[3], None, "13900000004"),
        registered(people[0], room_b, "13900000001"),
    ]
    got = run_agent(
        checkins,
        [e for e in regs for _ in (0, 1)],
        "SELECT registered FROM fair_counts WHERE fair_id = $1 AND registered >= 4",
        fair,
    )
    assert got["registered"] == 4
    assert tuple(db(COUNTS, room_a)[0]) == (7, 2, 0)
    assert tuple(db(COUNTS, room_b)[0]) == (2, 1, 0)

    # Applications: redelivered and repeated; a room of another fair is not credited.
    def applied(applicant: str, room: Any) -> ApplicationSubmitted:
        return ApplicationSubmitted(
            application_id=application_id_for(applicant, str(post)),
            applicant_id=applicant,
            post_id=str(post),
            fair_id=str(fair),
            at=T0.isoformat(),
            room_id=str(room) if room else None,
        )

    apps = [
        applied(people[0], room_a),
        applied(people[1], room_b),
        applied(people[2], foreign),
        applied(people[3], None),
        applied(people[0], room_b),
    ]
    got = run_agent(
        applications,
        apps + apps[::-1],
        "SELECT applications FROM post_counts WHERE post_id = $1 AND applications >= 4",
        post,
    )
    assert got["applications"] == 4
    assert tuple(db(COUNTS, room_a)[0]) == (7, 2, 1)
    assert tuple(db(COUNTS, room_b)[0]) == (2, 1, 1)
    assert tuple(db(COUNTS, foreign)[0]) == (0, 0, 0)


def test_presented_post_keeps_the_newest_choice(
    db: Callable[..., Any], run_agent: RunAgent
) -> None:
    fair, _, post = _fair(db)
    room, made = _room(fair, "直播间")

    def presented(post_id: Any, minute: int, room_id: Any = room) -> PostPresented:
        return PostPresented(
            event_id=str(uuid.uuid4()),
            fair_id=str(fair),
            room_id=str(room_id) if room_id else None,
            post_id=str(post_id) if post_id else None,
            at=(T0 + timedelta(minutes=minute)).isoformat(),
            actor="host",
        )

    newest = presented(post, 2)
    # An older choice (nothing presented) arrives after the newer one: the newer stays.
    events = [made, presented(None, 1), newest, presented(None, 0), presented(post, 5, None)]
    got = run_agent(
        setup,
        events,  # the fair-wide choice is the last event: all are in
        "SELECT post_id FROM presenting WHERE scope_id = $1 AND event_id = $2 "
        "AND EXISTS (SELECT 1 FROM presenting WHERE scope_id = $3)",
        room,
        uuid.UUID(newest.event_id),
        fair,
    )
    assert got["post_id"] == post
    fair_wide = db("SELECT post_id, room_id FROM presenting WHERE scope_id = $1", fair)
    assert [tuple(r) for r in fair_wide] == [(post, None)]
