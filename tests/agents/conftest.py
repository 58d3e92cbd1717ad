"""Shared by the agent tests: a fixed clock and ``run_agent``, which feeds events to one agent
through Faust's ``agent.test_context()`` (memory channel, no consumer) against the real
PostgreSQL and waits, with a deadline, until a query returns a row."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from agents.runtime import AgentDeps, AgentMetrics
from jobfair.db import create_pool
from jobfair.settings import Settings
from streams.app import create_app, declare_topics
from streams.faustfix import close_unstarted_consumer
from web.projection import wait_for_row

T0 = datetime(2026, 11, 22, 11, 0, tzinfo=UTC)
RunAgent = Callable[..., Any]


def run_on_fresh_loop(coro: Any) -> Any:
    """Run on a loop that is also the thread's current loop: Faust and mode look the loop up
    with ``get_event_loop()`` and would otherwise make (and leak) a second one."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)


async def _feed(settings: Settings, module: Any, events: list[Any], sql: str,
                *args: Any) -> Any:
    assert settings.database_url
    pool = await create_pool(settings.database_url, max_size=2)
    try:
        app = create_app(settings.replace(app_id=f"agent-test-{uuid.uuid4().hex[:8]}"))
        deps = AgentDeps(settings=settings, pool=pool, topics=declare_topics(app),
                         metrics=AgentMetrics(CollectorRegistry()))
        agent = module.register(app, deps)
        app.write_changelog = False  # no worker, so no changelog topics: tables stay local
        # Agents send (dead letters, scheduling decisions) to the real broker; the producer is
        # started here, not lazily by the agent, so the stop below always finds it.
        await app.producer.start()
        try:
            async with agent.test_context() as ctx:
                for ev in events:
                    await ctx.put(key=ev.key, value=ev.to_bytes())
                row = await wait_for_row(pool, sql, *args, timeout=10)
        finally:
            await app.producer.stop()
        close_unstarted_consumer(app)
        return row
    finally:
        await pool.close()


@pytest.fixture
def run_agent(settings: Settings) -> RunAgent:
    """``run_agent(agents.x, events, sql, *args)``: feed ``events`` (each sent with its own
    key and bytes) to the agent of module ``agents.x`` and return the first row ``sql`` gives."""

    def run(module: Any, events: list[Any], sql: str, *args: Any) -> Any:
        return run_on_fresh_loop(_feed(settings, module, events, sql, *args))

    return run
