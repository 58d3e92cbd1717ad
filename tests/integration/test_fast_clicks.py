"""recordClick's flat path (``web.live.fastclicks``) answers exactly as the Starlette route does.

Data flow: two apps from ``web.app.create_app`` on the session's real Kafka and PostgreSQL, one
as served (``POST /api/clicks`` dispatched to the flat path), one with ``fast_clicks = None``
(the same request through Starlette's middlewares, router and ``record_click``); the same
requests go to both, and status, body and headers must be the same (the CSP nonce and the Date
differ by design, and an anonymous click's id is random). Then both apps' request counters must
hold the same counts per route, method and status.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from jobfair.settings import Settings
from tests.conftest import fresh_rate_window
from tests.integration.test_trust_limits import post_rows
from web.app import JobfairApp, create_app
from web.database import DatabaseUnavailable
from web.publish import BrokerUnavailable

pytestmark = pytest.mark.integration
LIMITS = "on,clicks_client=3/3600"


def clients(settings: Settings) -> tuple[TestClient, TestClient]:
    fresh_rate_window(3600)  # the limit counts in fixed windows: start well inside one
    fast, slow = (create_app(settings.replace(rate_limits=LIMITS)) for _ in range(2))
    assert isinstance(fast, JobfairApp) and fast.fast_clicks is not None
    slow.fast_clicks = None  # served by Starlette like any other route
    return (
        TestClient(fast, raise_server_exceptions=False, client=("10.9.8.7", 4000)),
        TestClient(slow, raise_server_exceptions=False, client=("10.9.8.6", 4000)),
    )


@pytest.fixture
def pair(settings: Settings) -> Iterator[tuple[TestClient, TestClient]]:
    fast, slow = clients(settings)
    with fast, slow:
        yield fast, slow


def comparable(r: Any, *, anonymous: bool = False) -> tuple[int, Any, list[Any]]:
    headers = []
    for name, value in r.headers.multi_items():
        if name == "date":
            continue
        if name == "content-security-policy":  # a fresh nonce per response
            value = " ".join(p for p in value.split() if not p.startswith("'nonce-"))
        headers.append((name, value))
    body: Any = r.content
    if r.headers.get("content-type") == "application/json":
        body = r.json()
        if anonymous and r.status_code == 202:
            assert uuid.UUID(body["click_id"])
            body = {"click_id": "<random uuid>"}
    return r.status_code, body, headers


def request_counts(client: TestClient) -> list[str]:
    text = client.get("/metrics").text
    return sorted(
        line
        for line in text.splitlines()
        if line.startswith("jobfair_http_requests_total{")
        and ('route="record_click"' in line or 'route="unmatched"' in line)
    )


def chunked(n: int) -> Iterator[bytes]:
    yield b'{"post_id": "'
    for _ in range(n):
        yield b"y" * 4096
    yield b'"}'


def test_every_answer_of_record_click_is_the_starlette_routes(
    pair: tuple[TestClient, TestClient], db: Callable[..., Any]
) -> None:
    fast, slow = pair
    served: list[str] = []  # requests the flat path served (a spy around it, not a stand-in)
    flat = fast.app.fast_clicks  # type: ignore[attr-defined]

    async def spied(scope: Any, receive: Any, send: Any) -> None:
        served.append(scope["method"])
        await flat(scope, receive, send)

    fast.app.fast_clicks = spied  # type: ignore[attr-defined]
    _, _, (post, rejected) = post_rows(db, 2)
    db("UPDATE post SET status = 'rejected' WHERE id = $1", uuid.UUID(rejected))
    _, _, (ended,) = post_rows(db, 1, ends_in=timedelta(minutes=-5))
    json_type = {"content-type": "application/json"}
    cases: list[tuple[str, dict[str, Any]]] = [
        ("with a click id", {"json": {"post_id": post, "click_id": str(uuid.uuid4())}}),
        ("anonymous, from a room", {"json": {"post_id": post, "source": "直播间 8"}}),
        ("malformed JSON", {"content": b"{broken", "headers": json_type}),
        ("not an object", {"json": [post]}),
        ("empty body", {"content": b"", "headers": json_type}),
        ("unknown field", {"json": {"post_id": post, "extra": 1}}),
        ("post id with a newline", {"json": {"post_id": post + "\n"}}),
        ("NUL in the source", {"json": {"post_id": post, "source": "live\x00"}}),
        ("source too long", {"json": {"post_id": post, "source": "x" * 65}}),
        ("post id not a string", {"json": {"post_id": 7}}),
        ("unknown post", {"json": {"post_id": str(uuid.uuid4())}}),
        ("rejected post", {"json": {"post_id": rejected}}),
        ("ended fair", {"json": {"post_id": ended}}),
        (
            "text/plain",
            {"content": f'{{"post_id": "{post}"}}', "headers": {"content-type": "text/plain"}},
        ),
        ("declared too large", {"content": b"x" * 70_000, "headers": json_type}),
        ("a third counted click", {"json": {"post_id": post, "click_id": str(uuid.uuid4())}}),
        (
            "past the client's limit: 202, not counted",
            {"json": {"post_id": post, "click_id": str(uuid.uuid4())}},
        ),
        ("anonymous, over the limit", {"json": {"post_id": post}}),
    ]
    for what, kw in cases:
        anonymous = "click_id" not in str(kw)
        got = comparable(fast.post("/api/clicks", **kw), anonymous=anonymous)
        want = comparable(slow.post("/api/clicks", **kw), anonymous=anonymous)
        assert got == want, what
        assert got[0] != 500, what
    # Chunked bodies (no Content-Length) are counted as they arrive: 413 past the limit.
    for n in (1, 100):
        got = comparable(fast.post("/api/clicks", content=chunked(n), headers=json_type))
        want = comparable(slow.post("/api/clicks", content=chunked(n), headers=json_type))
        assert got == want and got[0] == (400 if n == 1 else 413)
    # Other methods and paths are Starlette's, on both.
    assert comparable(fast.get("/api/clicks")) == comparable(slow.get("/api/clicks"))
    assert (
        comparable(fast.post("/api/clicks/", json={"post_id": post}))[0]
        == (comparable(slow.post("/api/clicks/", json={"post_id": post}))[0])
    )
    # not the GET; /api/clicks/ is redirected (307) by Starlette to /api/clicks, then flat
    assert served == ["POST"] * (len(cases) + 3)
    assert request_counts(fast) == request_counts(slow)
    assert any('status="413"' in line and "unmatched" in line for line in request_counts(fast))


class Down:
    """A dependency that is away: raises ``exc`` on every call."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    async def ids_of(self, raw_post_id: str) -> None:
        raise self.exc

    async def add(self, *args: Any, **kw: Any) -> None:
        raise self.exc


def test_database_and_broker_away_are_503_with_retry_after_on_both(
    pair: tuple[TestClient, TestClient], db: Callable[..., Any]
) -> None:
    _, _, (post,) = post_rows(db, 1)
    for exc in (ConnectionRefusedError(111, "refused"), TimeoutError(), DatabaseUnavailable("x")):
        answers = []
        for client in pair:
            saved = client.app_state["posts"]
            client.app_state["posts"] = Down(exc)
            try:
                answers.append(comparable(client.post("/api/clicks", json={"post_id": post})))
            finally:
                client.app_state["posts"] = saved
        assert answers[0] == answers[1]
        status, body, headers = answers[0]
        assert (status, body["error"]) == (503, "database_unavailable")
        assert dict(headers)["retry-after"] == "2"
    answers = []
    for client in pair:
        ctx = client.app_state["ctx"]
        client.app_state["ctx"] = replace(ctx, clicks=Down(BrokerUnavailable("no answer")))
        try:
            answers.append(comparable(client.post("/api/clicks", json={"post_id": post})))
        finally:
            client.app_state["ctx"] = ctx
    assert answers[0] == answers[1]
    assert (answers[0][0], answers[0][1]["error"]) == (503, "broker_unavailable")
    assert "retry-after" in dict(answers[0][2])
