"""Interview scheduling end to end on real Kafka and PostgreSQL.

The race: 500 applicants check in and apply (straight to the topics, as web would, with
redelivered copies) for 50 interview slots at two employers; the worker is SIGKILLed in the
middle; staff then record no-shows through the API. Checked in PostgreSQL: no table double
booked, no applicant in two places at once, every slot used while anyone waits, every no-show's
slot refilled, counters equal to the rows.

The acceptance scenario goes through the public API only: createFair / createEmployer /
createPost, checkIn / apply, listInterviews, recordInterviewOutcome and its error cases.
"""

from __future__ import annotations

import random
import signal
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import pytest
from kafka import KafkaProducer
from starlette.testclient import TestClient

from domain.applicants import applicant_id_for, application_id_for
from jobfair.settings import Settings
from streams.applications import ApplicationSubmitted
from streams.checkins import ApplicantRegistered, CheckedIn
from streams.events import Event
from streams.topics import APPLICATIONS, CHECKINS
from tests.conftest import WorkerProcess, poll
from tests.integration.fairkit import created, make_fair, organiser, person, phone
from tests.scheduling_invariants import (
    OVERLAPS_AT_TABLE,
    OVERLAPS_PER_APPLICANT,
    placed_count,
    scheduling_violations,
)
from web.app import create_app

pytestmark = [pytest.mark.integration, pytest.mark.slow]

TABLES = {"A": 6, "B": 4}  # x 5 slots left in the hour = 50 slots


@pytest.fixture
def client(settings: Settings, worker: WorkerProcess) -> Iterator[TestClient]:
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def setup_race_fair(client: TestClient, settings: Settings) -> tuple[str, dict[str, Any],
                                                                      dict[str, Any]]:
    """A fair whose hour leaves 5 whole slots per table; employers A and B with one post each."""
    auth = organiser(settings)
    start = datetime.now(UTC) - timedelta(minutes=1)
    fair = created(client.post("/api/fairs", headers=auth, json={
        "name": "面试抢位测试", "kind": "onsite", "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(minutes=60)).isoformat()}), client, "fairs", auth)
    employers, posts = {}, {}
    for name, tables in TABLES.items():
        employers[name] = created(client.post("/api/employers", headers=auth, json={
            "fair_id": fair["id"], "name": f"单位{name}", "booth": f"{name}{uuid.uuid4().hex[:3]}",
            "interview_tables": tables, "slot_minutes": 10}), client, "employers", auth)
        posts[name] = created(client.post("/api/posts", headers=auth, json={
            "employer_id": employers[name]["id"], "title": f"岗位{name}", "headcount": 400,
            "description": "男女不限。"}), client, "posts", auth)
    return fair["id"], employers, posts


def race_events(settings: Settings, fair_id: str, posts: dict[str, Any],
                n: int = 500) -> tuple[list[Event], set[str]]:
    rng = random.Random(5)
    events: list[Event] = []
    apps: set[str] = set()
    at = datetime.now(UTC).isoformat()
    for i in range(n):
        who = applicant_id_for(settings.secret, fair_id, phone(50_000 + i))
        events.append(ApplicantRegistered(
            event_id=str(uuid.uuid4()), applicant_id=who, fair_id=fair_id, name=f"应聘者{i}",
            phone=phone(50_000 + i), consent_at=at, channel="checkin", at=at))
        checkin = CheckedIn(event_id=str(uuid.uuid4()), applicant_id=who, fair_id=fair_id, at=at)
        targets = rng.choice([["A"], ["B"], ["A", "B"]])
        applications = [ApplicationSubmitted(
            application_id=application_id_for(who, posts[t]["id"]), applicant_id=who,
            post_id=posts[t]["id"], fair_id=fair_id, at=at) for t in targets]
        apps |= {a.application_id for a in applications}
        # Some apply before they check in, some after: both orders must book.
        events += [checkin, *applications] if rng.random() < 0.5 else [*applications, checkin]
    return events, apps


def send(settings: Settings, events: list[Event]) -> None:
    topic = {ApplicantRegistered: CHECKINS, CheckedIn: CHECKINS,
             ApplicationSubmitted: APPLICATIONS}
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all",
                             linger_ms=5)
    try:
        for ev in events:
            producer.send(topic[type(ev)].name, key=ev.key, value=ev.to_bytes())
        producer.flush()
    finally:
        producer.close()


def lost_registrations(settings: Settings, events: list[Event],
                       db: Callable[..., Any]) -> dict[str, Any]:
    """Registrations sent but not projected: were their event ids claimed in the ledger?
    And where the consumer group's committed offsets stand against the log ends."""
    from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

    regs = {uuid.UUID(e.applicant_id): uuid.UUID(e.event_id) for e in events
            if isinstance(e, ApplicantRegistered)}
    known = {r["id"] for r in db("SELECT id FROM applicant WHERE id = ANY($1)", list(regs))}
    missing = [regs[a] for a in regs if a not in known]
    claimed = db("SELECT count(*) AS n FROM checkin_event WHERE event_id = ANY($1)", missing)
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap)
    try:
        committed = admin.list_group_offsets(settings.app_id)[settings.app_id]
        mine = {tp: o.offset for tp, o in committed.items()
                if tp.topic in (CHECKINS.name, APPLICATIONS.name)}
        ends = consumer.end_offsets([TopicPartition(t, p) for t in (CHECKINS.name,
                                     APPLICATIONS.name) for p in range(4)])
    finally:
        admin.close()
        consumer.close()
    return {"registrations_missing": len(missing), "of_which_in_ledger": claimed[0]["n"],
            "committed_vs_end": {f"{tp.topic}[{tp.partition}]": (mine.get(tp), end)
                                 for tp, end in sorted(ends.items())}}


def test_500_applicants_race_for_50_slots_through_a_crash_and_no_shows(
    client: TestClient, settings: Settings, worker: WorkerProcess, db: Callable[..., Any]
) -> None:
    fair_id, employers, posts = setup_race_fair(client, settings)
    fair = uuid.UUID(fair_id)
    events, apps = race_events(settings, fair_id, posts)
    half = len(events) // 2
    send(settings, events[:half])
    poll(lambda: db("SELECT count(*) AS n FROM interview WHERE fair_id = $1", fair)[0]["n"] > 0,
         timeout=60, what="the first interviews")
    worker.restart(signal.SIGKILL)
    redelivered = random.Random(7).sample(events[:half], 200)
    send(settings, events[half:] + redelivered)

    def settled() -> bool:
        return placed_count(db, fair) == len(apps)

    try:
        poll(settled, timeout=90, what="every application to be booked or waitlisted")
    except AssertionError as exc:
        state = {  # what the projection holds, so a failure in CI says where it stopped
            "interviews": db("SELECT status, count(*) FROM interview WHERE fair_id = $1 "
                             "GROUP BY 1", fair),
            "waitlist": db("SELECT state, reason, count(*) FROM interview_waitlist "
                           "WHERE fair_id = $1 GROUP BY 1, 2", fair),
            "applications": db("SELECT status, count(*) FROM application WHERE fair_id = $1 "
                               "GROUP BY 1", fair),
            "checkins": db("SELECT count(*) FROM checkin WHERE fair_id = $1", fair),
            "dead_letters": db("SELECT agent, reason, count(*) FROM dead_letter GROUP BY 1, 2"),
        }
        try:
            state.update(lost_registrations(settings, events, db))
        except Exception as diag:  # the diagnosis must not hide the failure
            state["diagnosis_failed"] = repr(diag)
        worker.dump_stacks()
        raise AssertionError(f"{exc}; expected {len(apps)}; {state}") from None
    rows = db("SELECT * FROM interview WHERE fair_id = $1", fair)
    assert len(rows) == 50 and len({r["application_id"] for r in rows}) == 50
    assert scheduling_violations(db, fair, apps) == {}

    # Staff mark five applicants who did not come; the waitlist takes their slots.
    rng = random.Random(11)
    gone = rng.sample(rows, 5)
    auth = organiser(settings)
    for r in gone:
        res = client.post("/api/interviews/outcomes", headers=auth, json={
            "interview_id": str(r["interview_id"]), "outcome": "no_show"})
        assert res.status_code == 200, res.text
        assert res.json()["status"] == "no_show"
    rows = db("SELECT * FROM interview WHERE fair_id = $1", fair)
    active = {(r["employer_id"], r["table_no"], r["starts_at"]): r for r in rows
              if r["status"] != "no_show"}
    for r in gone:  # every no-show slot refilled, from the waitlist
        refill = active.get((r["employer_id"], r["table_no"], r["starts_at"]))
        assert refill is not None and refill["applicant_id"] != r["applicant_id"]
        assert refill["from_waitlist"]
    assert db(OVERLAPS_AT_TABLE, fair)[0]["count"] == 0
    assert db(OVERLAPS_PER_APPLICANT, fair)[0]["count"] == 0

    # Every slot is used while anyone waits: each employer's grid is full from its first
    # bookable slot to closing time.
    for name, tables in TABLES.items():
        employer = uuid.UUID(employers[name]["id"])
        waiting = db("SELECT count(*) FROM interview_waitlist WHERE employer_id = $1 "
                     "AND state = 'waitlisted'", employer)[0]["count"]
        used = {k for k in active if k[0] == employer}
        assert waiting > 0
        assert len(used) == tables * 5, f"{name}: {len(used)} of {tables * 5} slots used"

    # Counters equal the rows; PostgreSQL itself refuses a double booking.
    for name in TABLES:
        post = uuid.UUID(posts[name]["id"])
        counted = db("SELECT interviews_scheduled FROM post_counts WHERE post_id = $1", post)
        assert counted[0]["interviews_scheduled"] == sum(
            1 for r in active.values() if r["post_id"] == post)
    taken = next(iter(active.values()))
    with pytest.raises(asyncpg.exceptions.ExclusionViolationError):
        db("INSERT INTO interview (interview_id, fair_id, application_id, applicant_id, "
           "employer_id, post_id, booth, table_no, starts_at, ends_at, status) VALUES "
           "(gen_random_uuid(), $1, gen_random_uuid(), gen_random_uuid(), $2, $3, 'X', $4, "
           "$5, $6, 'scheduled')", fair, taken["employer_id"], taken["post_id"],
           taken["table_no"], taken["starts_at"], taken["ends_at"])
    assert not db("SELECT 1 FROM dead_letter WHERE agent = 'schedule-interviews' AND "
                  "reason = 'rejected_by_database'")


def test_acceptance_through_the_public_api(
    client: TestClient, settings: Settings, db: Callable[..., Any]
) -> None:
    fair = make_fair(client, settings, posts=2, headcount=1)
    auth = organiser(settings)
    other = created(client.post("/api/employers", headers=auth, json={
        "fair_id": fair.id, "name": "别家单位", "booth": f"Z{uuid.uuid4().hex[:3]}",
        "interview_tables": 1, "slot_minutes": 10}), client, "employers", auth)
    other_staff = client.get(f"/api/employers/{other['id']}", headers=auth).json()["staff_token"]
    post = fair.post_ids[0]
    tokens = []
    for i in range(3):
        r = client.post("/api/checkins", json={"token": fair.entrance_token, **person(900 + i)})
        assert r.status_code in (200, 202), r.text
        tokens.append(r.json()["applicant_token"])
        assert client.post("/api/applications", headers=bearer(tokens[-1]),
                           json={"post_id": post}).status_code == 202

    def listed() -> list[dict[str, Any]] | None:
        r = client.get("/api/interviews", params={"fair_id": fair.id}, headers=auth)
        assert r.status_code == 200, r.text
        got: list[dict[str, Any]] = r.json()
        return got if len(got) == 3 else None

    interviews = poll(listed, timeout=60, what="three interviews listed")
    assert all(iv["applicant_id"] and iv["status"] == "scheduled" for iv in interviews)
    assert len({(iv["table"], iv["starts_at"]) for iv in interviews}) == 3
    mine = client.get("/api/interviews", headers=bearer(tokens[0])).json()
    assert len(mine) == 1 and mine[0]["ahead"] is not None
    first = interviews[0]["interview_id"]

    def outcome(interview_id: str, result: str, headers: dict[str, str] = auth) -> Any:
        return client.post("/api/interviews/outcomes", headers=headers,
                           json={"interview_id": interview_id, "outcome": result})

    r = outcome(str(uuid.uuid4()), "offer")
    assert (r.status_code, r.json()["error"]) == (404, "unknown_interview")
    r = outcome(first, "offer", bearer(other_staff))
    assert (r.status_code, r.json()["error"]) == (403, "not_your_interview")
    assert outcome(first, "arrived").status_code == 200
    # (arrived -> no_show is now a correction inside the window: tests/integration/test_floor_api)
    assert outcome(first, "offer").json()["status"] == "offer"
    r = outcome(first, "offer")
    assert (r.status_code, r.json()["error"]) == (409, "outcome_already_recorded")
    r = outcome(first, "maybe")
    assert r.status_code == 400
    statuses = {iv["interview_id"]: iv["status"] for iv in client.get(
        "/api/interviews", params={"fair_id": fair.id}, headers=auth).json()}
    assert sorted(statuses.values()) == ["offer", "scheduled", "scheduled"]  # nothing else

    # The offer filled the post's one opening: counts say so, and nobody new is booked for it.
    counts = client.get(f"/api/posts/{post}/counts").json()
    assert (counts["offers"], counts["remaining"]) == (1, 0)
    late = client.post("/api/checkins", json={"token": fair.entrance_token, **person(990)})
    token = late.json()["applicant_token"]
    client.post("/api/applications", headers=bearer(token), json={"post_id": post})
    who = late.json()["applicant_id"]
    refused = poll(lambda: db("SELECT state, reason FROM interview_waitlist WHERE "
                              "applicant_id = $1", uuid.UUID(who)), timeout=30,
                   what="the late application to be refused")
    assert (refused[0]["state"], refused[0]["reason"]) == ("refused", "post_full")
    assert client.get("/api/interviews", headers=bearer(token)).json() == []
