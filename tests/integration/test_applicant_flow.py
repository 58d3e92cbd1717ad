"""The applicant journey end to end on real Kafka and PostgreSQL: checkins and applications
topics -> agents -> projections -> API, exact under duplicates and a worker crash.

The replay test produces a random mix of 5,000 registrations, check-ins, check-outs, clicks and
applications straight to the topics (as the web would, plus redelivered copies of the same
messages and semantic repeats: rescans, retried click beacons, applying twice), SIGKILLs the
worker in the middle, and compares every counter and every application status with a ground
truth computed by a plain Python model of the rules.
"""

from __future__ import annotations

import random
import signal
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from kafka import KafkaProducer
from starlette.testclient import TestClient

from agents.application_status import FROM_INTERVIEW
from domain.applicants import applicant_id_for, application_id_for
from jobfair.settings import Settings
from streams.applications import ApplicationSubmitted
from streams.checkins import ApplicantRegistered, CheckedIn, CheckedOut
from streams.clicks import ClickRecorded
from streams.events import Event
from streams.topics import APPLICATIONS, CHECKINS, CLICKS
from tests.conftest import WorkerProcess, poll
from tests.integration.fairkit import Fair, make_fair, person, phone
from web.app import create_app

pytestmark = pytest.mark.integration


@pytest.fixture
def client(settings: Settings, worker: WorkerProcess) -> Iterator[TestClient]:
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class Truth:
    """The rules, restated as simply as possible, applied to unique events in order."""

    full: set[str]
    closed: set[str]
    registered: set[str] = field(default_factory=set)
    checked_in: set[str] = field(default_factory=set)
    on_site: set[str] = field(default_factory=set)
    clicks: Counter[str] = field(default_factory=Counter)
    applications: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> post, status
    seen: set[str] = field(default_factory=set)

    def apply(self, ev: Event) -> None:
        if isinstance(ev, ApplicantRegistered):
            self.registered.add(ev.applicant_id)
        elif isinstance(ev, CheckedIn) and ev.event_id not in self.seen:
            self.checked_in.add(ev.applicant_id)
            self.on_site.add(ev.applicant_id)
        elif isinstance(ev, CheckedOut) and ev.event_id not in self.seen:
            self.on_site.discard(ev.applicant_id)
        elif isinstance(ev, ClickRecorded) and ev.click_id not in self.seen:
            self.clicks[ev.post_id] += 1
        elif isinstance(ev, ApplicationSubmitted) and ev.application_id not in self.applications:
            status = ("post_closed" if ev.post_id in self.closed
                      else "waitlisted" if ev.post_id in self.full else "submitted")
            self.applications[ev.application_id] = (ev.post_id, status)
        self.seen.add(getattr(ev, "event_id", None) or getattr(ev, "click_id", ""))

    def post_counts(self, post: str) -> tuple[int, int, int]:
        statuses = [s for p, s in self.applications.values() if p == post]
        counted = sum(s in ("submitted", "waitlisted") for s in statuses)
        return self.clicks[post], counted, statuses.count("waitlisted")


def scenario(settings: Settings, fair: Fair, truth: Truth, n: int, seed: int) -> list[Event]:
    """A random, realistic mix of n events (before redelivered copies are added)."""
    rng = random.Random(seed)
    people = [applicant_id_for(settings.secret, fair.id, phone(i)) for i in range(n)]
    registered: list[int] = []
    events: list[Event] = []
    sent_clicks: list[ClickRecorded] = []
    while len(events) < n:
        roll = rng.random()
        if roll < 0.15 or not registered:  # a new person scans in (or registers remotely)
            i = len(registered)
            registered.append(i)
            who = person(i)
            events.append(ApplicantRegistered(
                event_id=str(uuid.uuid4()), applicant_id=people[i], fair_id=fair.id,
                name=who["name"], phone=who["phone"], consent_at=now(),
                channel="checkin" if rng.random() < 0.8 else "remote", at=now()))
            if rng.random() < 0.8:
                events.append(CheckedIn(event_id=str(uuid.uuid4()), applicant_id=people[i],
                                        fair_id=fair.id, at=now()))
        elif roll < 0.30:  # rescan or re-entry after leaving
            i = rng.choice(registered)
            events.append(CheckedIn(event_id=str(uuid.uuid4()), applicant_id=people[i],
                                    fair_id=fair.id, at=now()))
        elif roll < 0.36:
            i = rng.choice(registered)
            events.append(CheckedOut(event_id=str(uuid.uuid4()), applicant_id=people[i],
                                     fair_id=fair.id, at=now()))
        elif roll < 0.75:
            if sent_clicks and rng.random() < 0.1:  # a retried beacon: same id
                events.append(rng.choice(sent_clicks))
                continue
            click = ClickRecorded(click_id=str(uuid.uuid4()), post_id=rng.choice(fair.post_ids),
                                  fair_id=fair.id, at=now(), source=f"room-{rng.randint(1, 3)}")
            sent_clicks.append(click)
            events.append(click)
        else:  # apply, sometimes to a post already applied to
            i, post = rng.choice(registered), rng.choice(fair.post_ids)
            events.append(ApplicationSubmitted(
                application_id=application_id_for(people[i], post), applicant_id=people[i],
                post_id=post, fair_id=fair.id, at=now()))
    return events


TOPIC = {ApplicantRegistered: CHECKINS, CheckedIn: CHECKINS, CheckedOut: CHECKINS,
         ClickRecorded: CLICKS, ApplicationSubmitted: APPLICATIONS}


@pytest.mark.slow
def test_replay_5000_with_duplicates_and_a_worker_crash(
    settings: Settings, client: TestClient, worker: WorkerProcess, db: Callable[..., Any]
) -> None:
    fair = make_fair(client, settings, posts=6, headcount=3)
    full, closed = fair.post_ids[0], fair.post_ids[1]
    # Post 0 is 已招满 (offers are the interview agent's column; set here as it would).
    db("UPDATE post_counts SET offers = 3 WHERE post_id = $1", uuid.UUID(full))
    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    assert client.patch(f"/api/posts/{closed}", json={"status": "closed"},
                        headers=auth).status_code == 200
    truth = Truth(full={full}, closed={closed})
    events = scenario(settings, fair, truth, 5000, seed=11)
    rng = random.Random(12)
    stream: list[Event] = []
    for ev in events:
        stream.append(ev)
        if rng.random() < 0.08:  # at-least-once: the same message again, a little later
            stream.insert(len(stream) - rng.randint(0, min(20, len(stream) - 1)), ev)
    for ev in stream:
        truth.apply(ev)
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all", linger_ms=5)
    half = len(stream) // 2
    try:
        for ev in stream[:half]:
            producer.send(TOPIC[type(ev)].name, key=ev.key, value=ev.to_bytes())
        producer.flush()
        worker.restart(signal.SIGKILL)  # a crash mid-stream, not a polite stop
        for ev in stream[half:]:
            producer.send(TOPIC[type(ev)].name, key=ev.key, value=ev.to_bytes())
        producer.flush()
    finally:
        producer.close()

    fair_uuid = uuid.UUID(fair.id)

    def occupancy() -> tuple[int, int, int] | None:
        rows = db("SELECT registered, checked_in, on_site FROM fair_counts WHERE fair_id = $1",
                  fair_uuid)
        return (rows[0]["registered"], rows[0]["checked_in"], rows[0]["on_site"]) if rows \
            else None

    expected = (len(truth.registered), len(truth.checked_in), len(truth.on_site))
    poll(lambda: occupancy() == expected, timeout=180, what=f"occupancy {expected}")
    for post in fair.post_ids:
        want = truth.post_counts(post)

        def got(post: str = post) -> tuple[int, int, int]:
            c = client.get(f"/api/posts/{post}/counts").json()
            return c["clicks"], c["applications"], c["waitlisted"]

        poll(lambda post=post, want=want: got(post) == want, timeout=120,  # type: ignore[misc]
             what=f"counts of post {post} to be {want}")
    # Once the scheduler has booked an application, its interview decides its status
    # (agents.application_status); until then it is what the applications agent decided.
    def statuses() -> dict[str, tuple[str, str]]:
        rows = db("SELECT a.id::text AS id, a.post_id::text AS post, a.status, "
                  "i.status AS interview FROM application a "
                  "LEFT JOIN interview i ON i.application_id = a.id WHERE a.fair_id = $1",
                  fair_uuid)
        return {r["id"]: (r["post"], r["status"] if r["interview"] is None
                          else f"interview:{r['interview']}") for r in rows}

    def expected_statuses() -> dict[str, tuple[str, str]]:
        booked = {r["application_id"]: r["status"] for r in db(
            "SELECT application_id::text, status FROM interview WHERE fair_id = $1",
            fair_uuid)}
        return {i: (post, f"interview:{booked[i]}" if i in booked else status)
                for i, (post, status) in truth.applications.items()}

    poll(lambda: statuses() == expected_statuses(), timeout=60,
         what="application statuses to match the truth and their interviews")
    rows = db("SELECT a.status, i.status AS interview FROM application a JOIN interview i "
              "ON i.application_id = a.id WHERE a.fair_id = $1", fair_uuid)
    assert all(r["status"] == FROM_INTERVIEW[r["interview"]] for r in rows)
    # Waitlist places on the full post: every waitlisted application not yet given an
    # interview (the post is full only by its counters' offers, which the scheduler does not
    # know, so it books some of them and those leave the waitlist).
    places = db("SELECT seq FROM application WHERE post_id = $1 AND status = 'waitlisted' "
                "ORDER BY seq", uuid.UUID(full))
    waiting = [i for i, (post, status) in expected_statuses().items()
               if post == full and status == "waitlisted"]
    assert len(places) == len(waiting) > 0
    on_site = db("SELECT count(*) AS n FROM checkin WHERE fair_id = $1 AND left_at IS NULL",
                 fair_uuid)[0]["n"]
    assert on_site == len(truth.on_site)
    snapshot = client.get(f"/api/fairs/{fair.id}/live/counts").json()
    assert (snapshot["registered"], snapshot["checked_in"], snapshot["on_site"]) == expected
    assert db("SELECT count(*) AS n FROM dead_letter WHERE source IN ('checkins', "
              "'applications') AND payload::text LIKE $1", f"%{fair.id}%")[0]["n"] == 0
    assert worker.alive()


def test_full_post_takes_applications_onto_a_visible_waitlist(
    client: TestClient, settings: Settings, db: Callable[..., Any]
) -> None:
    fair = make_fair(client, settings, posts=1, headcount=1)
    post = fair.post_ids[0]
    db("UPDATE post_counts SET offers = 1 WHERE post_id = $1", uuid.UUID(post))
    assert client.get(f"/api/posts/{post}/counts").json()["full"] is True
    answers = []
    for i in (21, 22):
        token = client.post("/api/applicants", json={"fair_id": fair.id, **person(i)}).json()[
            "applicant_token"]
        r = client.post("/api/applications", json={"post_id": post}, headers=bearer(token))
        assert r.status_code == 202, r.text
        answers.append(r.json())
        mine = client.get("/api/applications/mine", headers=bearer(token)).json()
        assert [(a["status"], a["status_zh"]) for a in mine] == [("waitlisted", "候补中")]
    assert [(a["status"], a["waitlist_position"]) for a in answers] == [
        ("waitlisted", 1), ("waitlisted", 2)]
    counts = client.get(f"/api/posts/{post}/counts").json()
    assert (counts["applications"], counts["waitlisted"], counts["remaining"]) == (2, 2, 0)


def test_repeat_scan_checkout_and_reentry(client: TestClient, settings: Settings) -> None:
    fair = make_fair(client, settings, posts=1)
    first = client.post("/api/checkins", json={"token": fair.entrance_token, **person(31)})
    assert first.status_code == 200 and first.json()["already_checked_in"] is False, first.text
    token = first.json()["applicant_token"]
    again = client.post("/api/checkins", json={"token": fair.entrance_token,
                                               "applicant_token": token})
    assert again.json()["already_checked_in"] is True
    assert again.json()["checked_in_at"] == first.json()["checked_in_at"]

    def live() -> tuple[int, int]:
        s = client.get(f"/api/fairs/{fair.id}/live/counts").json()
        return s["checked_in"], s["on_site"]

    assert live() == (1, 1)
    assert client.post("/api/checkouts", headers=bearer(token)).status_code == 202
    poll(lambda: live() == (1, 0), timeout=30, what="on_site to drop to 0")
    r = client.post("/api/checkouts", headers=bearer(token))
    assert (r.status_code, r.json()["error"]) == (409, "not_on_site")
    # Back through the entrance: her phone presents its token (her page cookie); her phone
    # number alone is not enough any more (issue 13: proof by login code).
    phone_only = client.post("/api/checkins", json={"token": fair.entrance_token, **person(31)})
    assert (phone_only.status_code, phone_only.json()["error"]) == (
        409, "phone_needs_verification")
    back = client.post("/api/checkins", json={"token": fair.entrance_token,
                                              "applicant_token": token})
    assert back.json().get("already_checked_in") is True, back.text
    poll(lambda: live() == (1, 1), timeout=30, what="on_site back to 1")


def test_poison_messages_are_dead_lettered_without_personal_data(
    settings: Settings, client: TestClient, db: Callable[..., Any]
) -> None:
    fair = make_fair(client, settings, posts=1)
    post = fair.post_ids[0]
    stranger = str(uuid.uuid4())
    nowhere = str(uuid.uuid4())
    poison = [
        (CHECKINS.name, '{"name": "王芳", "phone": "13911112222", oops'.encode()),
        (CHECKINS.name, CheckedIn(event_id=str(uuid.uuid4()), applicant_id=stranger,
                                  fair_id=fair.id, at=now()).to_bytes()),
        (CHECKINS.name, ApplicantRegistered(
            event_id=str(uuid.uuid4()), applicant_id=stranger, fair_id=nowhere, name="王芳",
            phone="13911112222", consent_at=now(), channel="remote", at=now()).to_bytes()),
        (APPLICATIONS.name, ApplicationSubmitted(
            application_id=str(uuid.uuid4()), applicant_id=stranger, post_id=post,
            fair_id=fair.id, at=now()).to_bytes()),
        (APPLICATIONS.name, ApplicationSubmitted(
            application_id=application_id_for(stranger, post), applicant_id=stranger,
            post_id=post, fair_id=nowhere, at=now()).to_bytes()),
    ]
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap)
    for topic, value in poison:
        producer.send(topic, key=fair.id.encode(), value=value)
    producer.flush()
    producer.close()
    want = {"bad_json", "unknown_applicant", "unknown_fair", "bad_id", "wrong_fair"}

    def letters() -> list[Any]:
        return db("SELECT reason, payload, detail FROM dead_letter WHERE stored_at > now() - "
                  "interval '2 minutes' AND (payload = ANY($1) OR position($2 in payload) > 0 "
                  "OR position($3 in payload) > 0)", [v for _, v in poison],
                  stranger.encode(), b"undecodable checkins message")

    poll(lambda: {r["reason"] for r in letters()} >= want, timeout=60,
         what=f"dead letters {want}")
    for row in letters():
        assert b"13911112222" not in bytes(row["payload"]) and "13911112222" not in row["detail"]
        assert "王芳".encode() not in bytes(row["payload"])
    # The agents carry on.
    r = client.post("/api/checkins", json={"token": fair.entrance_token, **person(41)})
    assert r.status_code == 200, r.text
