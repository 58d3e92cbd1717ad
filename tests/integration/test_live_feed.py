"""The live feed's fan-out on the real PostgreSQL: a change is pushed (the triggers of migration
0012 NOTIFY ``fair_changed``, the hub LISTENs), a thousand viewers of one fair cost one
snapshot query per change, each gets the current snapshot at once and every change after."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import orjson
import pytest
from prometheus_client import CollectorRegistry

from jobfair.db import create_pool
from jobfair.settings import Settings
from web.live.feed import LiveHub

pytestmark = pytest.mark.integration


def test_thousand_viewers_one_query_per_change(settings: Settings,
                                              db: Callable[..., Any]) -> None:
    """Counted, not timed: the feed's fallback refresh is set to an hour, so only the NOTIFY
    of the write can make the feed query again; the test waits for effects with a deadline
    (no sleep, no bound on wall time)."""
    fair = uuid.uuid4()
    db("INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
       "($1, 'feed test', 'livestream', now(), now() + interval '1 day')", fair)

    async def until(check: Callable[[], bool], what: str, within_s: float = 10.0) -> None:
        deadline = asyncio.get_running_loop().time() + within_s
        while not check():
            assert asyncio.get_running_loop().time() < deadline, f"timed out: {what}"
            await asyncio.sleep(0.01)

    async def run() -> tuple[float, list[list[dict[str, Any]]]]:
        assert settings.database_url
        pool = await create_pool(settings.database_url, max_size=4)
        hub = LiveHub(pool, CollectorRegistry(), interval=3600, linger=0.1)
        seen: list[list[dict[str, Any]]] = [[] for _ in range(1000)]
        stop = asyncio.Event()

        async def viewer(i: int) -> None:
            async with hub.subscribe(fair) as queue:
                while not stop.is_set():
                    try:
                        seen[i].append(orjson.loads(await asyncio.wait_for(queue.get(), 0.5)))
                    except TimeoutError:
                        continue

        tasks = [asyncio.create_task(viewer(i)) for i in range(1000)]
        await until(lambda: all(seen), "every viewer's first snapshot")
        await until(hub.listening.is_set, "the hub listening")
        feed = hub.feeds[fair]
        await until(lambda: feed.idle, "the catch-up query after LISTEN")
        before = hub.polls._value.get()
        await pool.execute("INSERT INTO fair_counts (fair_id, checked_in, on_site) "
                           "VALUES ($1, 7, 7)", fair)
        await until(lambda: all(s[-1]["checked_in"] == 7 for s in seen),
                    "the change reaching every viewer (pushed, nobody polls)")
        queries = hub.polls._value.get() - before
        stop.set()
        await asyncio.gather(*tasks)
        await hub.close()
        await pool.close()
        return queries, seen

    queries, seen = asyncio.run(run())
    assert queries == 1  # one snapshot query for the change, whatever the viewer count
    for snapshots in seen:
        assert snapshots[0]["checked_in"] == 0 and snapshots[-1]["checked_in"] == 7
        assert [s["seq"] for s in snapshots] == sorted({s["seq"] for s in snapshots})
