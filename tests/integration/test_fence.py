"""The 503 fence (``streams.fence``) on a real broker frozen under a real web and worker.

While the broker is frozen (SIGSTOP), clicks and a createFair answer 503 (with "recorded":
"unknown" for the one
produce request already in flight to the frozen broker: it may have been appended). The web
process's producer still holds the records and writes them once the broker is back (SIGCONT).
The broker stamps them with their append time, after the deadline they carry, so the agents
dead-letter them (``late_after_503``) instead of counting them: a click whose every answer was
503 is never counted, a fair whose creation answered 503 never exists, and every click
answered 202 (retries with the same id, new clicks) is counted exactly once. A second case
freezes the broker past a record's deadline but not past web's bound: the ack comes back in
time, stamped too late, and web answers 503 for it; either way the record is not counted.

Broker and PostgreSQL are this module's own (``test_request_bounds.own``), so the session's
servers are never frozen. Settling is by partition order, not by time: once a click sent
after the freeze is counted, every earlier record on that post's partition has been read.
"""

from __future__ import annotations

import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from jobfair.settings import Settings
from streams.fence import LATE
from tests.conftest import WorkerProcess, poll
from tests.integration import test_request_bounds as bounds
from tests.integration.webproc import web_process

pytestmark = [pytest.mark.integration, pytest.mark.slow]

own = bounds.own  # this module's own broker and PostgreSQL (frozen here)
BOUND = {"JOBFAIR_BROKER_TIMEOUT_MS": "2000", "JOBFAIR_BROKER_ACK_GRACE_MS": "1000"}


UNKNOWN = 599  # stands for 503 broker_unavailable with "recorded": "unknown" (may be counted)


def click(url: str, post: str, click_id: str) -> int:
    """The status; a 503 whose body says ``"recorded": "unknown"`` is told apart as UNKNOWN."""
    status, body, _ = bounds.call(
        f"{url}/api/clicks", "POST", {"post_id": post, "click_id": click_id}
    )
    return UNKNOWN if status == 503 and body.get("recorded") == "unknown" else status


def counted_ids(settings: Settings, ids: set[str]) -> set[str]:
    rows = bounds.sql(
        settings,
        "SELECT click_id::text AS id FROM click WHERE click_id = ANY($1)",
        [uuid.UUID(i) for i in ids],
    )
    return {r["id"] for r in rows}


def warm_up(settings: Settings, url: str, post: str, worker: WorkerProcess) -> str:
    """One click accepted, then the worker started (once the broker takes writes: a KRaft
    broker starts fenced) and seen counting it; the click's id."""
    warm = str(uuid.uuid4())
    poll(lambda: click(url, post, warm) == 202, timeout=60, what="a first click")
    worker.start()
    poll(lambda: counted_ids(settings, {warm}) == {warm}, timeout=120, what="the worker counting")
    return warm


def late_letters(settings: Settings, source: str) -> list[dict[str, Any]]:
    rows = bounds.sql(
        settings, "SELECT payload FROM dead_letter WHERE source = $1 AND reason = $2", source, LATE
    )
    return [json.loads(bytes(r["payload"])) for r in rows]


def late_click_ids(settings: Settings) -> set[str]:
    return {
        i
        for record in late_letters(settings, "clicks")
        for g in record.get("groups", [])
        for i in g["click_ids"]
    }


def post_clicks(settings: Settings, post: str) -> int:
    rows = bounds.sql(
        settings, "SELECT clicks FROM post_counts WHERE post_id = $1", uuid.UUID(post)
    )
    return int(rows[0]["clicks"])


def fair_body(name: str) -> dict[str, Any]:
    start = datetime.now(UTC)
    return {
        "name": name,
        "kind": "night_market",
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=4)).isoformat(),
        "venue": "广场",
    }


def test_clicks_answered_503_while_the_broker_is_frozen_are_never_counted(
    own: tuple[bounds.Own, Settings], tmp_path: Path
) -> None:
    servers, settings = own
    _, post = bounds.new_post(settings)
    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    fair_name = f"fence-{uuid.uuid4()}"
    worker = WorkerProcess(settings.replace(batch_window_ms=50), tmp_path / "worker.log")
    try:
        with (
            web_process(settings, tmp_path / "web.log", **BOUND) as url,
            ThreadPoolExecutor(16) as pool,
        ):
            warm = warm_up(settings, url, post, worker)
            answers: dict[str, list[int]] = {}
            servers.kafka.pause()
            try:
                for _ in range(2):  # 2 bounds of freeze (< the producer's 10 s request timeout)
                    ids = [str(uuid.uuid4()) for _ in range(12)]
                    statuses = pool.map(lambda i: click(url, post, i), ids)
                    for i, status in zip(ids, statuses, strict=True):
                        answers[i] = [status]
                fair = bounds.call(f"{url}/api/fairs", "POST", fair_body(fair_name), auth)
            finally:
                servers.kafka.resume()
            # The one produce request in flight when the broker froze may have been appended:
            # its clicks hear 503 with "recorded": "unknown" (may be counted). Everything
            # behind it never reached the broker: plain 503, a promise that it is not counted.
            assert {s for (s,) in answers.values()} <= {503, UNKNOWN}, answers
            refused = {i for i, (s,) in answers.items() if s == 503}
            assert refused, answers
            assert (fair[0], fair[1].get("error")) == (503, "broker_unavailable"), fair
            # The unknowns and half the plain 503s retry with the same id until accepted;
            # the rest give up.
            given_up = set(sorted(refused)[: len(refused) // 2])
            retried = set(answers) - given_up
            after = {str(uuid.uuid4()) for _ in range(10)}  # new clicks once the broker is back

            def until_accepted(i: str) -> None:
                answers.setdefault(i, [])
                while answers[i][-1:] != [202]:
                    answers[i].append(click(url, post, i))

            list(pool.map(until_accepted, sorted(retried | after)))
            accepted = {warm} | retried | after
            poll(
                lambda: counted_ids(settings, accepted) == accepted,
                timeout=120,
                what="every click answered 202 counted",
            )
            # Partition order: the later records are counted, so the late ones were read.
            assert counted_ids(settings, given_up) == set(), "a click answered only 503 counted"
            assert post_clicks(settings, post) == len(accepted)  # each 202 exactly once
            late = poll(
                lambda: given_up <= late_click_ids(settings) or None,
                timeout=120,
                what="the records answered 503 dead-lettered late_after_503",
            )
            assert late
            poll(
                lambda: any(
                    r.get("name") == fair_name for r in late_letters(settings, "fairsetup")
                ),
                timeout=120,
                what="the createFair answered 503 dead-lettered",
            )
            assert bounds.sql(settings, "SELECT id FROM fair WHERE name = $1", fair_name) == []
            retries = [len(answers[i]) for i in retried]
            print(
                f"fence: {len(answers) - len(after)} clicks during the freeze: "
                f"{len(refused)} answered 503, the rest 503 recorded unknown; "
                f"{len(given_up)} gave up after 503 (none counted, all dead-lettered {LATE}), "
                f"{len(retried)} retried ({min(retries)}-{max(retries)} answers each, "
                f"counted once), {len(after)} new clicks counted once"
            )
    finally:
        if worker.proc is not None:
            worker.stop()


def test_an_ack_stamped_after_the_deadline_answers_503_and_is_not_counted(
    own: tuple[bounds.Own, Settings], tmp_path: Path
) -> None:
    """Deadline 4 s after the send, bound 10 s: a broker frozen for ~7 s appends the record
    after its deadline; the ack usually reaches web within the bound (503 "too late"), else
    web stops waiting at the bound (503 with "recorded": "unknown": it cannot know). Either way
    the record is not counted."""
    servers, settings = own
    _, post = bounds.new_post(settings)
    worker = WorkerProcess(settings.replace(batch_window_ms=50), tmp_path / "worker.log")
    try:
        with (
            web_process(
                settings,
                tmp_path / "web.log",
                JOBFAIR_BROKER_TIMEOUT_MS="10000",
                JOBFAIR_BROKER_ACK_GRACE_MS="6000",
            ) as url,
            ThreadPoolExecutor(1) as pool,
        ):
            slow, last = (str(uuid.uuid4()) for _ in range(2))
            warm = warm_up(settings, url, post, worker)
            servers.kafka.pause()
            try:
                sent = pool.submit(
                    bounds.call, f"{url}/api/clicks", "POST", {"post_id": post, "click_id": slow}
                )
                time.sleep(7)  # the fault: past the deadline (4 s), within the bound (10 s)
            finally:
                servers.kafka.resume()
            status, body, _ = sent.result()
            # 503 either way: the ack came back stamped after the deadline, or no ack came within
            # the bound ("recorded": "unknown"; appended late anyway).
            assert (status, body.get("error")) == (503, "broker_unavailable"), body
            poll(lambda: click(url, post, last) == 202, timeout=60, what="a click after")
            poll(
                lambda: counted_ids(settings, {warm, last}) == {warm, last},
                timeout=120,
                what="the clicks answered 202 counted",
            )
            assert counted_ids(settings, {slow}) == set(), "the click answered 503 counted"
            poll(
                lambda: slow in late_click_ids(settings),
                timeout=120,
                what="the late record dead-lettered",
            )
            print(f"fence: late ack answered 503 ({body.get('detail')})")
    finally:
        if worker.proc is not None:
            worker.stop()
