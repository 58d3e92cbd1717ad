"""Clicks end to end on real Kafka and PostgreSQL: web -> topic -> agent -> PostgreSQL counts.

Exactness under duplicates (retried beacons) and a worker restart in the middle; poison
messages go to the dead-letter topic and the agent carries on; bad requests get 4xx JSON.
"""

from __future__ import annotations

import random
import signal
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from kafka import KafkaAdminClient, KafkaProducer
from starlette.testclient import TestClient

from jobfair.settings import Settings
from streams.topics import retired_changelog_topics
from tests.conftest import WorkerProcess, poll
from web.app import create_app

pytestmark = pytest.mark.integration


def make_posts(db: Callable[..., Any], n: int, headcount: int = 5) -> list[str]:
    fair, employer = uuid.uuid4(), uuid.uuid4()
    db("INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
       "($1, 'test fair', 'onsite', now(), now() + interval '1 day')", fair)
    db("INSERT INTO employer (id, fair_id, name, booth, interview_tables, slot_minutes) "
       "VALUES ($1, $2, 'e', 'A1', 1, 10)", employer, fair)
    posts = []
    for _ in range(n):
        post = uuid.uuid4()
        db("INSERT INTO post (id, fair_id, employer_id, title, headcount) "
           "VALUES ($1, $2, $3, 'p', $4)", post, fair, employer, headcount)
        db("INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2)", post, fair)
        posts.append(str(post))
    return posts


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def counts(client: TestClient, post: str) -> dict[str, Any]:
    r = client.get(f"/api/posts/{post}/counts")
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def topics(settings: Settings) -> set[str]:
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    try:
        return set(admin.list_topics())
    finally:
        admin.close()


def test_counts_exact_with_duplicates_and_worker_restart(
    settings: Settings, client: TestClient, worker: WorkerProcess, db: Callable[..., Any]
) -> None:
    posts = make_posts(db, 3)
    rng = random.Random(7)
    truth: Counter[str] = Counter()
    sent: list[tuple[str, str]] = []
    for i in range(600):
        if sent and rng.random() < 0.15:
            click_id, post = rng.choice(sent)  # a retried beacon: same id, not a new click
        else:
            click_id, post = str(uuid.uuid4()), rng.choice(posts)
            truth[post] += 1
            sent.append((click_id, post))
        r = client.post("/api/clicks", json={"post_id": post, "click_id": click_id,
                                             "source": "room-1"})
        assert r.status_code == 202, r.text
        if i == 300:
            worker.restart(signal.SIGKILL)  # a crash, not a polite stop
    for post in posts:
        poll(lambda p=post: counts(client, p)["clicks"] == truth[p], timeout=90,
             what=f"clicks of {post} to reach {truth[post]}")
    # The ledger holds each id once and nothing beyond the truth was counted.
    rows = db("SELECT post_id::text AS post, count(*) AS n FROM click "
              "WHERE post_id = ANY($1::uuid[]) GROUP BY post_id", posts)
    assert {r["post"]: r["n"] for r in rows} == dict(truth)
    body = counts(client, posts[0])
    assert body["remaining"] == body["headcount"] == 5
    # Counts live in PostgreSQL only: the worker keeps no Faust table for clicks (issue 8).
    assert not set(retired_changelog_topics(settings.app_id)) & topics(settings)
    assert set(body) >= {"post_id", "headcount", "clicks", "applications",
                         "interviews_scheduled", "offers", "remaining"}  # the contract keys


def test_poison_messages_are_dead_lettered_and_agent_goes_on(
    settings: Settings, client: TestClient, worker: WorkerProcess, db: Callable[..., Any]
) -> None:
    (post,) = make_posts(db, 1)
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap)
    poison = [
        b"not json at all",
        b'{"type": "ClickRecorded", "post_id": "x"}',
        b'{"type": "Nope"}',
        (b'{"type": "ClickRecorded", "click_id": "%s", "post_id": "%s", "fair_id": "%s", '
         b'"at": "2026-11-22T10:00:00+00:00"}' % (str(uuid.uuid4()).encode(),
                                                   str(uuid.uuid4()).encode(),
                                                   str(uuid.uuid4()).encode())),
    ]
    for value in poison:
        producer.send("clicks", key=post.encode(), value=value)
    producer.flush()
    producer.close()
    r = client.post("/api/clicks", json={"post_id": post})
    assert r.status_code == 202
    poll(lambda: counts(client, post)["clicks"] == 1, timeout=60, what="the good click")
    reasons = poll(
        lambda: {r["reason"] for r in db(
            "SELECT reason FROM dead_letter WHERE source = 'clicks' AND payload = ANY($1)", poison
        )} if len(db("SELECT 1 FROM dead_letter WHERE payload = ANY($1)", poison)) == 4 else None,
        timeout=60, what="four dead letters",
    )
    assert reasons == {"bad_json", "missing_field", "unexpected_type", "unknown_post"}
    assert worker.alive()


def test_bad_requests_get_specific_json_errors(client: TestClient) -> None:
    r = client.post("/api/clicks", content=b"{not json",
                    headers={"content-type": "application/json"})
    assert (r.status_code, r.json()["error"]) == (400, "malformed_json")
    r = client.post("/api/clicks", json={"post_id": "not-a-uuid"})
    assert (r.status_code, r.json()["error"]) == (400, "invalid_request")
    assert r.json()["field"] == "post_id"
    r = client.post("/api/clicks", json={"post_id": str(uuid.uuid4())})
    assert (r.status_code, r.json()["error"]) == (404, "unknown_post")
    r = client.get(f"/api/posts/{uuid.uuid4()}/counts")
    assert (r.status_code, r.json()["error"]) == (404, "unknown_post")
    r = client.get("/no/such/page")
    assert (r.status_code, r.json()["error"]) == (404, "not_found")


def test_health_metrics_and_openapi(client: TestClient, worker: WorkerProcess) -> None:
    health = poll(lambda: (lambda r: r.json() if r.status_code == 200 else None)(
        client.get("/healthz")), timeout=60, what="healthy /healthz")
    assert health == {"status": "ok", "broker": "ok", "database": "ok", "worker": "ok"}
    spec = client.get("/openapi.json").json()
    ops = {op["operationId"] for path in spec["paths"].values() for op in path.values()}
    assert {"recordClick", "getPostCounts", "getHealth"} <= ops
    client.get("/healthz")
    text = client.get("/metrics").text
    assert 'jobfair_http_requests_total{method="GET",route="healthz",status="200"}' in text
