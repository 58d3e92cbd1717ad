"""The one batch policy of ``agents.runtime``.

``run_batch`` against the real PostgreSQL: bad input is dead-lettered, a batch PostgreSQL
refuses is replayed event by event so only the refused event is dead-lettered, and what
``apply`` rejects is dead-lettered with its reason. ``guarded_batch`` (no database): a batch
that raises unexpectedly is replayed one event at a time, and only the events that still raise
are dead-lettered (reason ``agent_error``)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import orjson
import pytest
from prometheus_client import CollectorRegistry

from agents.runtime import (
    AgentDeps,
    AgentMetrics,
    BatchAgent,
    Items,
    Rejected,
    guarded_batch,
    run_batch,
)
from jobfair.db import create_pool
from jobfair.settings import Settings
from streams.events import BadEvent
from tests.agents.conftest import run_on_fresh_loop


@dataclass
class Msg:
    topic: str
    partition: int
    offset: int
    value: bytes


@dataclass
class Ev:
    message: Msg


@dataclass
class RecordingDeps(AgentDeps):
    """The real pool and metrics; dead letters recorded instead of produced."""

    letters: list[tuple[int, str]] = field(default_factory=list)

    async def dead_letter(self, agent: str, ev: Any, reason: str, detail: str) -> None:
        self.letters.append((ev.message.offset, reason))


def parse(raw: bytes | None) -> int:
    if not raw or not raw.isdigit():
        raise BadEvent("bad_json", "not a number")
    return int(raw)


async def apply(conn: asyncpg.Connection, items: Items[int]) -> list[Rejected]:
    """Records each number; 0 makes PostgreSQL refuse (division by zero); 7 is rejected."""
    for _, n in items:
        if n != 7:
            await conn.execute("INSERT INTO runner_probe (n, inverse) VALUES ($1, 1 / $1)", n)
    return [(ev, "unlucky", "seven") for ev, n in items if n == 7]


def run(settings: Settings, values: Sequence[bytes]) -> tuple[list[tuple[int, str]], list[int]]:
    async def go() -> tuple[list[tuple[int, str]], list[int]]:
        assert settings.database_url
        pool = await create_pool(settings.database_url, max_size=2)
        try:
            async with pool.acquire() as conn:
                await conn.execute("DROP TABLE IF EXISTS runner_probe; "
                                   "CREATE TABLE runner_probe (n int, inverse int)")
            registry = CollectorRegistry()
            deps = RecordingDeps(settings=settings, pool=pool, topics=None,  # type: ignore[arg-type]
                                 metrics=AgentMetrics(registry))
            events = [Ev(Msg("probe", 0, i, v)) for i, v in enumerate(values)]
            await run_batch(deps, BatchAgent("probe", parse, apply), events)
            async with pool.acquire() as conn:
                stored = [r["n"] for r in await conn.fetch("SELECT n FROM runner_probe ORDER BY n")]
                await conn.execute("DROP TABLE runner_probe")
            assert registry.get_sample_value("jobfair_agent_events_total",
                                             {"agent": "probe"}) == len(values)
            return deps.letters, stored
        finally:
            await pool.close()

    result: tuple[list[tuple[int, str]], list[int]] = run_on_fresh_loop(go())
    return result


@pytest.mark.integration
def test_a_good_batch_is_one_transaction(settings: Settings) -> None:
    assert run(settings, [b"1", b"2", b"3"]) == ([], [1, 2, 3])


@pytest.mark.integration
def test_bad_input_refusal_and_rejection_each_dead_letter_only_their_event(
    settings: Settings,
) -> None:
    letters, stored = run(settings, [b"1", b"x", b"0", b"7", b"4"])
    assert sorted(letters) == [(1, "bad_json"), (2, "rejected_by_database"), (3, "unlucky")]
    assert stored == [1, 4]  # 0's refusal rolled back the batch; the replay kept the rest


class Letters:
    """Stands in for AgentDeps: records what would go to topic deadletter."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, str, str]] = []

    async def dead_letter(self, agent: str, ev: Any, reason: str, detail: str) -> None:
        self.sent.append((ev.message.offset, reason, detail))


def events(topic: str = "clicks", n: int = 5) -> list[Ev]:
    return [Ev(Msg(topic, 0, i, orjson.dumps({"i": i, "name": "王芳", "phone": "13900001111"})))
            for i in range(n)]


def test_a_good_batch_is_processed_once() -> None:
    seen: list[list[int]] = []

    async def process(batch: Sequence[Any]) -> None:
        seen.append([e.message.offset for e in batch])

    letters = Letters()
    asyncio.run(guarded_batch(letters, "t", events(), process))  # type: ignore[arg-type]
    assert seen == [[0, 1, 2, 3, 4]] and letters.sent == []


def test_one_bad_event_is_dead_lettered_and_the_rest_applied() -> None:
    applied: list[int] = []
    failures: list[str] = []

    async def process(batch: Sequence[Any]) -> None:
        if any(e.message.offset == 3 for e in batch):
            raise KeyError("boom")
        applied.extend(e.message.offset for e in batch)

    letters = Letters()
    asyncio.run(guarded_batch(letters, "t", events(), process,  # type: ignore[arg-type]
                      on_failure=lambda: failures.append("reset")))
    assert applied == [0, 1, 2, 4]
    assert [(o, r) for o, r, _ in letters.sent] == [(3, "agent_error")]
    assert "KeyError" in letters.sent[0][2] and failures == ["reset"]


def test_cancellation_is_not_swallowed() -> None:
    async def process(batch: Sequence[Any]) -> None:
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(guarded_batch(Letters(), "t", events(), process))  # type: ignore[arg-type]
