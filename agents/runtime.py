"""What every agent is given (pool, topics, metrics, clock) and the shared per-event policy.

Policy, per house style: an expected per-event failure (bad payload, domain rejection) goes to
the dead-letter topic with the reason and source offset and the agent carries on. A database
outage is not the event's fault: the batch is retried with back-off until PostgreSQL answers
(the partition waits; nothing is acked and dropped). A batch that PostgreSQL rejects for a
reason other than connectivity is replayed one event at a time so only the offending event is
dead-lettered. Anything else a batch raises (a bug) gets the same treatment one level up
(``guarded_batch``, reason ``agent_error``), so no event can hold its partition back.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

import asyncpg
from prometheus_client import CollectorRegistry, Counter, Histogram

from jobfair.settings import Settings
from streams.app import Topics
from streams.deadletter import dead_letter
from streams.events import BadEvent

log = logging.getLogger(__name__)
T = TypeVar("T")
P = TypeVar("P")

# Connection-level failures: retry. Anything else from PostgreSQL is about the data.
RETRYABLE = (
    OSError,
    asyncio.TimeoutError,
    asyncpg.exceptions.ConnectionDoesNotExistError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.TooManyConnectionsError,
    asyncpg.exceptions.InterfaceError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.ConnectionFailureError,
)


@dataclass
class AgentMetrics:
    registry: CollectorRegistry
    events: Counter = field(init=False)
    dead_letters: Counter = field(init=False)
    batch_size: Histogram = field(init=False)
    db_retries: Counter = field(init=False)
    rereads: Counter = field(init=False)

    def __post_init__(self) -> None:
        r = self.registry
        self.events = Counter(
            "jobfair_agent_events", "Events processed by an agent", ["agent"], registry=r
        )
        self.dead_letters = Counter(
            "jobfair_dead_letters", "Events sent to the dead-letter topic", ["agent", "reason"],
            registry=r,
        )
        self.batch_size = Histogram(
            "jobfair_agent_batch_size", "Events per agent batch", ["agent"],
            buckets=(1, 5, 20, 100, 500, 2000, 10000), registry=r,
        )
        self.db_retries = Counter(
            "jobfair_agent_db_retries", "Batches retried because PostgreSQL was unreachable",
            ["agent"], registry=r,
        )
        self.rereads = Counter(
            "jobfair_consumer_rereads", "Records re-read because they never reached an agent "
            "(streams.consumer)", ["topic"], registry=r,
        )


@dataclass
class AgentDeps:
    settings: Settings
    pool: asyncpg.Pool
    topics: Topics
    metrics: AgentMetrics
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    retry_delay: float = 0.5

    async def dead_letter(self, agent: str, ev: Any, reason: str, detail: str) -> None:
        """Send ``ev`` to topic deadletter (``streams.deadletter.dead_letter`` redacts personal
        data from topic checkins)."""
        msg = ev.message
        record = dead_letter(
            source=msg.topic, partition=msg.partition, offset=msg.offset, reason=reason,
            detail=detail, payload=msg.value, agent=agent, at=self.now().isoformat(),
        )
        await self.topics.deadletter.send(key=record.key, value=record.to_bytes())
        self.metrics.dead_letters.labels(agent, reason).inc()
        log.warning("%s: dead-lettered %s[%s]@%s: %s", agent, msg.topic, msg.partition,
                    msg.offset, reason)

    async def with_db(self, agent: str, work: Callable[[asyncpg.Connection], Awaitable[T]]) -> T:
        """Run ``work`` in a transaction, retrying while PostgreSQL is unreachable."""
        delay = self.retry_delay
        while True:
            try:
                # Bounded: an exhausted pool is logged and retried, never a silent stall.
                async with self.pool.acquire(timeout=10) as conn, conn.transaction():
                    return await work(cast(asyncpg.Connection, conn))
            except RETRYABLE as exc:
                self.metrics.db_retries.labels(agent).inc()
                log.warning("%s: PostgreSQL unavailable (%s); retrying in %.1fs", agent,
                            type(exc).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)


async def changelog_ready(table: Any) -> None:
    """Fetch the changelog topic's partitions before a table write.

    ``use_partitioner=True`` makes the write hash the key with the producer's metadata; on a
    fresh topic the metadata may not be there yet, and the write would raise after the batch
    is already in PostgreSQL. Cheap once the metadata is cached.
    """
    if not getattr(table.app, "write_changelog", True):
        return  # agent tests' test_context: tables are local only
    producer = table.app.producer._ensure_producer()  # the aiokafka producer
    await producer.partitions_for(table.changelog_topic.get_topic_name())


async def decode_batch(
    deps: AgentDeps, agent: str, events: Sequence[Any], parse: Callable[[bytes | None], P],
) -> list[tuple[Any, P]]:
    """Decode a batch; dead-letter what ``parse`` refuses (BadEvent) and return the rest.

    """
    deps.metrics.batch_size.labels(agent).observe(len(events))
    parsed: list[tuple[Any, P]] = []
    for ev in events:
        try:
            parsed.append((ev, parse(ev.message.value)))
        except BadEvent as exc:
            await deps.dead_letter(agent, ev, exc.reason, exc.detail)
    return parsed


async def guarded_batch(
    deps: AgentDeps, agent: str, events: Sequence[Any],
    process: Callable[[Sequence[Any]], Awaitable[None]],
    *, on_failure: Callable[[], None] | None = None,
) -> None:
    """``process(events)``; if it raises unexpectedly (a bug, not bad input: those are
    dead-lettered inside ``process``, and database outages are retried by ``with_db``), replay
    the events one at a time and dead-letter each one that still raises (reason
    ``agent_error``), so one bad event cannot hold its partition back. Effects are idempotent on
    event ids, so what the failed batch already applied is skipped on replay. If a dead letter
    cannot be sent either (Kafka down), the error propagates: the batch stays unacked and is read
    again (``streams.consumer``).
    """
    try:
        await process(events)
        return
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("%s: a batch of %d events failed; replaying them one at a time", agent,
                      len(events))
    if on_failure is not None:
        on_failure()
    for ev in events:
        try:
            await process([ev])
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("%s: event %s[%s]@%s failed alone", agent, ev.message.topic,
                          ev.message.partition, ev.message.offset)
            await deps.dead_letter(agent, ev, "agent_error", f"{type(exc).__name__}: {exc}"[:300])


async def write_table(table: Any, values: Mapping[bytes, Any]) -> None:
    """One table write per key, after the batch is in PostgreSQL."""
    if not values:
        return
    await changelog_ready(table)
    for key, value in values.items():
        put_table(table, key, value)


def put_table(table: Any, key: bytes, value: Any) -> None:
    """``table[key] = value`` (local state + changelog record), or only the local state when the
    app says it has no changelog (``JobfairApp.write_changelog``, off in agent tests)."""
    if getattr(table.app, "write_changelog", True):
        table[key] = value
    else:
        table.data[key] = value

