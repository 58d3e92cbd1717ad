"""The check-in and application agents through Faust's ``agent.test_context()`` (memory
channel, no broker) against the real PostgreSQL, plus their pure decision parts."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from agents import checkins
from agents.runtime import AgentDeps, AgentMetrics
from jobfair.db import create_pool
from jobfair.settings import Settings
from streams.app import create_app, declare_topics
from streams.checkins import ApplicantRegistered, CheckedIn, CheckedOut
from web.projection import wait_for_row

T0 = datetime(2026, 11, 22, 11, 0, tzinfo=UTC)


def parsed(kind: str, applicant: uuid.UUID, fair: uuid.UUID, minute: int) -> checkins.Parsed:
    return checkins.Parsed(kind, uuid.uuid4(), fair, applicant, T0 + timedelta(minutes=minute))


def test_fold_occupancy_in_out_and_back() -> None:
    fair, a, b = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    moves = [parsed("in", a, fair, 0), parsed("in", a, fair, 1), parsed("out", a, fair, 2),
             parsed("out", a, fair, 3), parsed("in", a, fair, 4), parsed("out", b, fair, 5),
             parsed("in", b, fair, 6)]
    changed, deltas = checkins.fold_occupancy({}, moves)
    assert deltas == {fair: (2, 2)}
    assert changed[(fair, a)] == (T0, None)  # back on site, first check-in time kept
    assert changed[(fair, b)] == (T0 + timedelta(minutes=6), None)


def test_fold_occupancy_starts_from_stored_rows() -> None:
    fair, a = uuid.uuid4(), uuid.uuid4()
    stored = {(fair, a): (T0, None)}
    changed, deltas = checkins.fold_occupancy(stored, [parsed("out", a, fair, 9)])
    assert deltas == {fair: (0, -1)} and changed[(fair, a)] == (T0, T0 + timedelta(minutes=9))
    assert checkins.fold_occupancy(stored, [parsed("in", a, fair, 9)]) == ({}, {})


@pytest.mark.integration
def test_checkins_agent_in_test_context(settings: Settings, db: Callable[..., Any]) -> None:
    fair, employer = uuid.uuid4(), uuid.uuid4()
    db("INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
       "($1, 'agent test', 'community', now(), now() + interval '1 day')", fair)
    applicant = str(uuid.uuid4())
    events = [
        ApplicantRegistered(event_id=str(uuid.uuid4()), applicant_id=applicant,
                            fair_id=str(fair), name="王芳", phone="13900001111",
                            consent_at=T0.isoformat(), channel="checkin", at=T0.isoformat()),
        CheckedIn(event_id=str(uuid.uuid4()), applicant_id=applicant, fair_id=str(fair),
                  at=T0.isoformat()),
        CheckedOut(event_id=str(uuid.uuid4()), applicant_id=applicant, fair_id=str(fair),
                   at=T0.isoformat()),
    ]
    # Each event twice: the second copy is a redelivery and must change nothing.
    got = run(_run_agent(
        settings, checkins, [e for e in events for _ in (0, 1)],
        "SELECT registered, checked_in, on_site FROM fair_counts WHERE fair_id = $1 "
        "AND on_site = 0", fair))
    assert tuple(got) == (1, 1, 0)
    del employer


def run(coro: Any) -> Any:
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


async def _run_agent(settings: Settings, module: Any, events: list[Any], sql: str,
                     *args: Any) -> Any:
    """Feed ``events`` to the agent and wait until ``sql`` returns a row (then return it)."""
    assert settings.database_url
    pool = await create_pool(settings.database_url, max_size=2)
    try:
        app = create_app(settings.replace(app_id=f"agent-test-{uuid.uuid4().hex[:8]}"))
        deps = AgentDeps(settings=settings, pool=pool, topics=declare_topics(app),
                         metrics=AgentMetrics(CollectorRegistry()))
        agent = module.register(app, deps)
        app.write_changelog = False  # no worker, so no changelog topics: tables stay local
        # Agents that publish (scheduling decisions) send to the real broker; started here,
        # not lazily by the agent, so the stop below always finds it.
        await app.producer.start()
        try:
            async with agent.test_context() as ctx:
                for ev in events:
                    await ctx.put(key=ev.key, value=ev.to_bytes())
                row = await wait_for_row(pool, sql, *args, timeout=10)
        finally:
            await app.producer.stop()
        # The consumer is never started in a test context, so its thread's loop (made by
        # mode when the consumer was built) is never closed by Faust either.
        thread_loop = getattr(getattr(app.consumer, "_thread", None), "thread_loop", None)
        if thread_loop is not None and not thread_loop.is_closed():
            thread_loop.close()
        return row
    finally:
        await pool.close()
