"""The organiser pages' live figures cost one computation per change per web process, however
many organisers look (web.reports.cache), against the session PostgreSQL seeded by
report_seed: 200 simultaneous viewers share one computation; nothing changes, nothing is
recomputed; a write the agents would make (a complaint step: NOTIFY fair_changed from
migration 0009's trigger) makes exactly one more, with the new figure."""

from __future__ import annotations

import asyncio

import pytest
from prometheus_client import CollectorRegistry

from jobfair.db import create_pool
from jobfair.settings import Settings
from tests.integration import report_seed as seed
from web.reports.cache import FiguresCache

pytestmark = pytest.mark.integration


async def _until(check: object) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 10.0
    while not check():  # type: ignore[operator]
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.02)


def test_one_computation_per_change_per_process(settings: Settings) -> None:
    dsn = seed.seed_database(settings)

    async def run() -> None:
        pool = await create_pool(dsn, max_size=4)
        cache = FiguresCache(pool, CollectorRegistry(), max_age_s=3600)
        try:
            views = await asyncio.gather(*(cache.get(seed.FAIR_A) for _ in range(200)))
            assert all(v == views[0] for v in views)
            assert views[0]["complaints"] == seed.FAIR_A_FIGURES["complaints"]
            assert cache.computations._value.get() == 1
            for _ in range(50):
                await cache.get(seed.FAIR_A)
            assert cache.computations._value.get() == 1  # nothing changed: no query
            assert cache._listening.is_set()
            async with pool.acquire() as conn:
                await conn.execute(
                    "UPDATE complaint SET status = 'closed' WHERE id = $1", seed.uid("complaint-0")
                )
                await conn.execute(
                    "INSERT INTO complaint_event (event_id, complaint_id, fair_id, step, status,"
                    " actor, at) VALUES (gen_random_uuid(), $1, $2, 'updated', 'closed',"
                    " 'organiser', now())",
                    seed.uid("complaint-0"),
                    seed.FAIR_A,
                )
            await _until(lambda: cache.entries[seed.FAIR_A].dirty)
            after = await asyncio.gather(*(cache.get(seed.FAIR_A) for _ in range(100)))
            assert cache.computations._value.get() == 2
            assert after[0]["complaints_open"] == seed.FAIR_A_FIGURES["complaints_open"] - 1
        finally:
            await cache.close()
            async with pool.acquire() as conn:  # leave the seed as it was for other modules
                await conn.execute(
                    "UPDATE complaint SET status = 'received' WHERE id = $1",
                    seed.uid("complaint-0"),
                )
                await conn.execute(
                    "DELETE FROM complaint_event WHERE complaint_id = $1 AND step = 'updated'",
                    seed.uid("complaint-0"),
                )
            await pool.close()

    asyncio.run(run())
