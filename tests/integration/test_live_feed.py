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
from tests.conftest import WorkerProcess
from tests.integration.test_clicks_flow import make_posts
from web.context import Context
from web.live.commands import record_click
from web.live.feed import LiveHub
from web.publish import Publisher

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


def test_a_click_counted_by_the_worker_is_pushed_to_viewers(
    settings: Settings, worker: WorkerProcess, db: Callable[..., Any]
) -> None:
    """The whole chain without any poll: web publishes a click record, the worker's click agent
    commits it, the post_counts trigger notifies, the hub's one query pushes the new snapshot
    (the feed's fallback refresh is an hour, so nothing else can deliver it)."""
    (post,) = make_posts(db, 1)
    fair = str(db("SELECT fair_id FROM post WHERE id = $1", uuid.UUID(post))[0]["fair_id"])

    async def run() -> list[dict[str, Any]]:
        assert settings.database_url and settings.kafka_bootstrap
        pool = await create_pool(settings.database_url, max_size=4)
        publisher = Publisher(settings.kafka_bootstrap)
        await publisher.start()
        hub = LiveHub(pool, CollectorRegistry(), interval=3600, linger=0.1)
        seen: list[dict[str, Any]] = []
        try:
            async with hub.subscribe(uuid.UUID(fair)) as queue:
                seen.append(orjson.loads(await asyncio.wait_for(queue.get(), 30)))
                await asyncio.wait_for(hub.listening.wait(), 30)
                ctx = Context(settings=settings, pool=pool, publisher=publisher)
                for _ in range(3):
                    await record_click(ctx, post, fair, "room-1", str(uuid.uuid4()))
                while seen[-1]["posts"][0]["clicks"] < 3:  # bounded by the wait_for below
                    seen.append(orjson.loads(await asyncio.wait_for(queue.get(), 90)))
        finally:
            await hub.close()
            await publisher.stop()
            await pool.close()
        return seen

    seen = asyncio.run(run())
    assert seen[0]["posts"][0]["clicks"] == 0 and seen[-1]["posts"][0]["clicks"] == 3
