"""The live feed's fan-out on the real PostgreSQL: a thousand viewers of one fair cost one
snapshot query per interval, each gets the current snapshot at once and every change after."""

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


def test_thousand_viewers_one_query_per_interval(settings: Settings,
                                                 db: Callable[..., Any]) -> None:
    fair = uuid.uuid4()
    db("INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
       "($1, 'feed test', 'livestream', now(), now() + interval '1 day')", fair)

    async def run() -> tuple[float, list[list[dict[str, Any]]]]:
        assert settings.database_url
        pool = await create_pool(settings.database_url, max_size=4)
        hub = LiveHub(pool, CollectorRegistry(), interval=0.05, linger=0.1)
        seen: list[list[dict[str, Any]]] = [[] for _ in range(1000)]
        ready = asyncio.Event()
        stop = asyncio.Event()

        async def viewer(i: int) -> None:
            async with hub.subscribe(fair) as queue:
                while not stop.is_set():
                    try:
                        seen[i].append(orjson.loads(await asyncio.wait_for(queue.get(), 0.5)))
                    except TimeoutError:
                        continue
                    if all(seen):
                        ready.set()

        tasks = [asyncio.create_task(viewer(i)) for i in range(1000)]
        await asyncio.wait_for(ready.wait(), 10)
        before = hub.polls._value.get()
        await asyncio.sleep(0.5)
        queries = hub.polls._value.get() - before
        await pool.execute("INSERT INTO fair_counts (fair_id, checked_in, on_site) "
                           "VALUES ($1, 7, 7)", fair)
        await asyncio.sleep(0.5)
        stop.set()
        await asyncio.gather(*tasks)
        await hub.close()
        await pool.close()
        return queries, seen

    queries, seen = asyncio.run(run())
    assert 3 <= queries <= 15  # ~10 intervals of 50 ms in 0.5 s, whatever the viewer count
    for snapshots in seen:
        assert snapshots[0]["checked_in"] == 0 and snapshots[-1]["checked_in"] == 7
        assert [s["seq"] for s in snapshots] == sorted({s["seq"] for s in snapshots})
