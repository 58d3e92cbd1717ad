"""Issue 14 item 1: every request bounded, on a broker and a PostgreSQL of this module's own
(frozen and stopped here, so the session's servers stay untouched).

* Broker frozen (SIGSTOP of its process group): recordClick and an organiser write answer 503
  ``broker_unavailable`` with ``Retry-After`` before the client's timeout, /healthz says the
  broker is unreachable; after SIGCONT the same click id is accepted.
* Broker frozen under a counting worker: the consumer's re-read watchdog does not blame the
  agent (no "never reached an agent"), and every accepted click is counted afterwards.
* PostgreSQL frozen under a counting worker: the agent's DB deadline warns, counts a retry and
  the click is counted once PostgreSQL answers.
* PostgreSQL frozen, then stopped: reads (getPostCounts, getLiveCounts) and writes (recordClick
  on a post this web process has not cached, createFair) answer 503 ``database_unavailable``
  with ``Retry-After`` before the client's timeout, never 500; /healthz says so; after a restart
  the same requests succeed again.

Bounds are 2 s here (``JOBFAIR_BROKER_TIMEOUT_MS``, ``JOBFAIR_DB_TIMEOUT_MS``); the only time
asserted is "answered before the client gave up" (``CLIENT_TIMEOUT_S``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import shutil
import signal
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import psutil
import pytest

from domain.tokens import issue_applicant_token
from jobfair.local import LocalKafka, LocalPostgres, default_cache_dir, free_port
from jobfair.settings import Settings
from tests.conftest import WorkerProcess, poll
from tests.integration.webproc import web_process

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CLIENT_TIMEOUT_S = 20.0
BOUNDS = {"JOBFAIR_BROKER_TIMEOUT_MS": "2000", "JOBFAIR_DB_TIMEOUT_MS": "2000"}


class Own:
    """This module's broker and database."""

    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="jobfair-bounds-"))
        self.pg_dir = Path(tempfile.mkdtemp(prefix="jobfair-bounds-pg-"))
        cache = Path(os.environ.get("JOBFAIR_CACHE_DIR") or default_cache_dir()).expanduser()
        self.kafka = LocalKafka(self.base / "kafka", cache_dir=cache, progress=lambda s: None)
        self.postgres = LocalPostgres(self.pg_dir, progress=lambda s: None)


@pytest.fixture(scope="module")
def own() -> Iterator[tuple[Own, Settings]]:
    from jobfair.provision import provision_database, provision_topics

    servers = Own()
    try:
        bootstrap, dsn = servers.kafka.start(), servers.postgres.start()
        settings = Settings(kafka_bootstrap=bootstrap, database_url=dsn,
                            organiser_token=secrets.token_urlsafe(16),
                            secret_key=secrets.token_urlsafe(32), app_id="jobfair-bounds")
        provision_topics(settings, bootstrap, progress=lambda line: None)
        asyncio.run(provision_database(dsn, progress=lambda line: None))
        yield servers, settings
    finally:
        servers.kafka.resume()
        if servers.postgres.pid is not None:
            freeze_postgres(servers.postgres, signal.SIGCONT)
        servers.kafka.stop()
        servers.postgres.stop()
        shutil.rmtree(servers.base, ignore_errors=True)
        shutil.rmtree(servers.pg_dir, ignore_errors=True)


def freeze_postgres(server: LocalPostgres, sig: signal.Signals) -> None:
    """SIGSTOP/SIGCONT the postmaster AND its backends: backends call setsid(), so signalling
    the postmaster's process group (``LocalServer.pause``) would stall new connections only."""
    assert server.pid is not None
    main = psutil.Process(server.pid)
    for proc in [main, *main.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):
            proc.send_signal(sig)


def sql(settings: Settings, query: str, *args: Any) -> list[Any]:
    async def run() -> list[Any]:
        conn = await asyncpg.connect(settings.database_url)
        try:
            return list(await conn.fetch(query, *args))
        finally:
            await conn.close()

    return asyncio.run(run())


def new_post(settings: Settings) -> tuple[str, str]:
    fair, employer, post = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    sql(settings, "INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
        "($1, 'bounds', 'onsite', now(), now() + interval '1 day')", fair)
    sql(settings, "INSERT INTO employer (id, fair_id, name, booth, interview_tables, "
        "slot_minutes) VALUES ($1, $2, 'e', 'A1', 1, 10)", employer, fair)
    sql(settings, "INSERT INTO post (id, fair_id, employer_id, title, headcount) "
        "VALUES ($1, $2, $3, 'p', 1)", post, fair, employer)
    sql(settings, "INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2)", post, fair)
    return str(fair), str(post)


def call(url: str, method: str = "GET", body: Any = None,
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, Any], dict[str, str]]:
    """(status, JSON body, headers); raises if the server did not answer within the client's
    timeout (the one time bound these tests assert)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={
        "content-type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=CLIENT_TIMEOUT_S) as r:
            return r.status, json.loads(r.read() or b"{}"), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}"), dict(e.headers)


def fair_body() -> dict[str, Any]:
    start = datetime.now(UTC)
    return {"name": "限时测试", "kind": "night_market", "starts_at": start.isoformat(),
            "ends_at": (start + timedelta(hours=4)).isoformat(), "venue": "广场"}


def unavailable(answer: tuple[int, dict[str, Any], dict[str, str]], *codes: str) -> None:
    """503 with one of ``codes`` and ``Retry-After`` (``"recorded": "unknown"`` when a broker
    took the record but did not confirm it, ``streams.fence``)."""
    status, body, headers = answer
    assert status == 503 and body.get("error") in codes, (status, body)
    assert int(headers["retry-after"] if "retry-after" in headers
               else headers["Retry-After"]) >= 1


class Clicks:
    """Anonymous clicks on one post through a web process, and whether the worker has counted
    every one that was accepted (``post_counts.clicks``)."""

    def __init__(self, settings: Settings, url: str, post: str) -> None:
        self.settings, self.url, self.post, self.accepted = settings, url, post, 0

    def one(self) -> bool:
        ok = call(f"{self.url}/api/clicks", "POST", {"post_id": self.post})[0] == 202
        self.accepted += ok
        return ok

    def counted(self) -> bool:
        rows = sql(self.settings, "SELECT clicks FROM post_counts WHERE post_id = $1",
                   uuid.UUID(self.post))
        return bool(rows) and rows[0]["clicks"] == self.accepted


def test_frozen_broker_answers_503_within_the_bound(own: tuple[Own, Settings],
                                                    tmp_path: Path) -> None:
    servers, settings = own
    _, post = new_post(settings)
    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    with web_process(settings, tmp_path / "web.log", **BOUNDS) as url:
        click = {"post_id": post, "click_id": str(uuid.uuid4())}
        poll(lambda: call(f"{url}/api/clicks", "POST", {"post_id": post})[0] == 202,
             timeout=60, what="a first click accepted")
        servers.kafka.pause()
        try:
            # The first record after the freeze is in flight to the frozen broker: 503 with
            # "recorded": "unknown" (may be recorded) or plain 503; what waits behind it never
            # reached a broker: 503.
            unavailable(call(f"{url}/api/clicks", "POST", click), "broker_unavailable")
            unavailable(call(f"{url}/api/fairs", "POST", fair_body(), auth),
                        "broker_unavailable")
            status, health, _ = call(f"{url}/healthz")
            assert status == 503 and health["broker"].startswith("unreachable"), health
        finally:
            servers.kafka.resume()
        poll(lambda: call(f"{url}/api/clicks", "POST", click)[0] == 202, timeout=60,
             what="the retried click accepted once the broker is back")


def test_database_frozen_or_down_answers_503_database_unavailable(
    own: tuple[Own, Settings], tmp_path: Path
) -> None:
    servers, settings = own
    fair, post = new_post(settings)
    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    # A well-signed applicant token: the identity gate (a middleware, outside the routes' error
    # table) looks its generation up in PostgreSQL before the handler runs.
    applicant = {"authorization": "Bearer " + issue_applicant_token(
        settings.secret, str(uuid.uuid4()), fair, expires_at=int(time.time()) + 3600)}
    with web_process(settings, tmp_path / "web.log", **BOUNDS) as url:
        assert call(f"{url}/api/posts/{post}/counts")[0] == 200

        def every_operation() -> None:
            _, other = new_post_later.pop()
            unavailable(call(f"{url}/api/posts/{post}/counts"), "database_unavailable")
            unavailable(call(f"{url}/api/fairs/{fair}/live/counts"), "database_unavailable")
            unavailable(call(f"{url}/api/clicks", "POST", {"post_id": other}),
                        "database_unavailable")
            unavailable(call(f"{url}/api/applications", "POST", {"post_id": post}, applicant),
                        "database_unavailable")
            status, body, _ = call(f"{url}/api/fairs", "POST", fair_body(), auth)
            assert status in (202, 503) and status != 500, body
            if status == 503:
                assert body["error"] == "database_unavailable", body
            status, health, _ = call(f"{url}/healthz")
            assert status == 503 and health["database"].startswith("unreachable"), health

        new_post_later = [new_post(settings), new_post(settings)]
        freeze_postgres(servers.postgres, signal.SIGSTOP)  # stalled: nothing answers
        try:
            every_operation()
        finally:
            freeze_postgres(servers.postgres, signal.SIGCONT)
        poll(lambda: call(f"{url}/api/posts/{post}/counts")[0] == 200, timeout=60,
             what="reads answering again after the stall")
        servers.postgres.stop()  # down: connections refused
        try:
            every_operation()
        finally:
            servers.postgres.start()
        poll(lambda: call(f"{url}/api/posts/{post}/counts")[0] == 200, timeout=60,
             what="reads answering again after the restart")


def test_watchdog_stays_quiet_while_the_broker_is_frozen(own: tuple[Own, Settings],
                                                         tmp_path: Path) -> None:
    """A worker counting clicks while the broker is frozen for 20 s: no "never reached an
    agent" re-read is logged for it, and every click accepted before and after is counted."""
    servers, settings = own
    _, post = new_post(settings)
    worker = WorkerProcess(settings.replace(batch_window_ms=50), tmp_path / "worker.log")
    worker.start()
    try:
        with web_process(settings, tmp_path / "web.log", **BOUNDS) as url:
            clicks = Clicks(settings, url, post)

            poll(clicks.one, timeout=60, what="a click accepted")

            poll(clicks.counted, timeout=90, what="the worker counting")
            before = len(worker.log.read_bytes())  # what the worker says from the freeze on
            servers.kafka.pause()
            try:
                time.sleep(20)  # the fault lasts this long; nothing is asserted about time
            finally:
                servers.kafka.resume()
            poll(clicks.one, timeout=60, what="a click accepted after the freeze")
            poll(clicks.counted, timeout=90, what="every accepted click counted after the freeze")
    finally:
        worker.stop()
    log = worker.log.read_bytes()[before:].decode(errors="replace")
    assert "never reached an agent" not in log, log[-3000:]


def test_agent_db_deadline_warns_counts_and_retries(own: tuple[Own, Settings],
                                                    tmp_path: Path) -> None:
    """PostgreSQL frozen under a counting worker (deadline 3 s here): the worker says so in its
    log at the deadline instead of blocking silently, counts the retry
    (``jobfair_agent_db_retries_total``), and counts the click once PostgreSQL answers again."""
    servers, settings = own
    _, post = new_post(settings)
    metrics_port = free_port()
    worker = WorkerProcess(settings.replace(agent_db_timeout_ms=3000, batch_window_ms=50,
                                            worker_metrics_port=metrics_port),
                           tmp_path / "worker.log")
    worker.start()
    try:
        with web_process(settings, tmp_path / "web.log", **BOUNDS) as url:
            clicks = Clicks(settings, url, post)

            poll(clicks.one, timeout=60, what="a click accepted")
            poll(clicks.counted, timeout=90, what="the worker counting")
            freeze_postgres(servers.postgres, signal.SIGSTOP)
            try:
                assert clicks.one()  # the post is cached and Kafka is up: accepted
                poll(lambda: "PostgreSQL has not answered" in worker.log.read_text(
                    errors="replace"), timeout=60, what="the worker's deadline warning")
            finally:
                freeze_postgres(servers.postgres, signal.SIGCONT)
            poll(clicks.counted, timeout=90, what="the click counted once PostgreSQL answers")
            retries = poll(lambda: _retries(metrics_port), timeout=30,
                           what="jobfair_agent_db_retries_total counted")
            assert retries >= 1
    finally:
        worker.stop()


def _retries(port: int) -> float | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as r:
            text = r.read().decode()
    except OSError:
        return None
    total = sum(float(line.split()[-1]) for line in text.splitlines()
                if line.startswith("jobfair_agent_db_retries_total{"))
    return total or None
