"""Issue 15 acceptance: clicks combined at the edge stay exact.

20,000 clicks from 64 concurrent HTTP clients against a real ``jobfair web`` (so the combiner
really groups requests into records), most of them on one hot post; 60 % carry a client
click id, and besides the 20,000 the clients resend ids already accepted (retried beacons);
the worker is SIGKILLed in the middle. At the end every post's count in PostgreSQL equals
what the 202s say, exactly: every distinct accepted click id once, every accepted anonymous
click once, nothing for a resent id. Records carried many clicks, and the ``click`` table holds
client ids only (no row per anonymous click).
"""

from __future__ import annotations

import asyncio
import random
import signal
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from jobfair.settings import Settings
from tests.conftest import WorkerProcess, poll
from tests.integration.test_clicks_flow import make_posts
from tests.integration.webproc import web_process

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CLICKS = 20_000
CLIENTS = 64
CLIENT_TIMEOUT_S = 30


class Truth:
    """What the clients were told."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}  # accepted client click id -> post
        self.anonymous: Counter[str] = Counter()  # accepted clicks without id, per post
        self.ambiguous = 0  # anonymous clicks answered 503 (would make the truth unknowable)
        self.statuses: Counter[int] = Counter()
        self.resent = 0

    def expected(self, post: str) -> int:
        return sum(p == post for p in self.ids.values()) + self.anonymous[post]


async def drive(url: str, posts: list[str], truth: Truth, worker: WorkerProcess) -> None:
    rng = random.Random(15)
    plan: list[tuple[str, str | None]] = []
    for _ in range(CLICKS):
        post = posts[0] if rng.random() < 0.6 else rng.choice(posts[1:])
        plan.append((post, str(uuid.uuid4()) if rng.random() < 0.6 else None))
    queue: asyncio.Queue[tuple[str, str | None, bool]] = asyncio.Queue()
    for post, click_id in plan:
        queue.put_nowait((post, click_id, False))
    sent = 0
    restarted = asyncio.Event()

    async def client(session: aiohttp.ClientSession) -> None:
        nonlocal sent
        while not queue.empty():
            post, click_id, resend = queue.get_nowait()
            body: dict[str, Any] = {"post_id": post, "source": "room-1"}
            if click_id is not None:
                body["click_id"] = click_id
            async with session.post(f"{url}/api/clicks", json=body) as r:
                status = r.status
                await r.read()
            truth.statuses[status] += 1
            if status == 202:
                if click_id is not None:
                    truth.ids[click_id] = post
                    if rng.random() < 0.12:  # a beacon that never saw the 202 sends it again
                        queue.put_nowait((post, click_id, True))
                        truth.resent += 1
                elif not resend:
                    truth.anonymous[post] += 1
            elif status == 503 and click_id is not None:
                queue.put_nowait((post, click_id, True))  # retry with the same id
            elif status == 503:
                truth.ambiguous += 1
            else:
                raise AssertionError(f"unexpected {status} for {body}")
            sent += 1
            if sent >= CLICKS // 2 and not restarted.is_set():
                restarted.set()
                await asyncio.to_thread(worker.restart, signal.SIGKILL)

    timeout = aiohttp.ClientTimeout(total=CLIENT_TIMEOUT_S)
    connector = aiohttp.TCPConnector(limit=CLIENTS)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        await asyncio.gather(*(client(session) for _ in range(CLIENTS)))


def test_20000_combined_clicks_exact_through_worker_restart_and_resent_ids(
    settings: Settings, worker: WorkerProcess, db: Callable[..., Any], tmp_path: Path
) -> None:
    posts = make_posts(db, 5)
    truth = Truth()
    with web_process(settings, tmp_path / "web.log") as url:
        asyncio.run(drive(url, posts, truth, worker))
        metrics = asyncio.run(_text(f"{url}/metrics"))
    assert truth.ambiguous == 0, "anonymous clicks got 503 with no fault injected"
    assert truth.resent > 1000 and truth.statuses[202] == CLICKS + truth.resent

    def counted() -> dict[str, int]:
        rows = db("SELECT post_id::text AS post, clicks FROM post_counts "
                  "WHERE post_id = ANY($1::uuid[])", posts)
        return {r["post"]: r["clicks"] for r in rows}

    want = {p: truth.expected(p) for p in posts}
    assert sum(want.values()) == CLICKS
    poll(lambda: counted() == want or None, timeout=90, every=0.5,
         what=f"post_counts to equal the 202s {want}")
    ids = db("SELECT count(*) AS n FROM click WHERE post_id = ANY($1::uuid[])", posts)[0]["n"]
    assert ids == len(truth.ids)  # client ids only: no row per anonymous click
    records = _metric(metrics, "jobfair_click_records_total")
    assert 0 < records < 0.75 * truth.statuses[202], "records carried several clicks each"
    minutes = db("SELECT sum(clicks) AS n FROM click_minute WHERE post_id = ANY($1::uuid[])",
                 posts)[0]["n"]
    assert minutes == CLICKS


async def _text(url: str) -> str:
    async with aiohttp.ClientSession() as session, session.get(url) as r:
        return await r.text()


def _metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"{name} not in /metrics")
