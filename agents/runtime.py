"""What every agent is given (pool, topics, metrics, clock) and the one batch runner.

``BatchAgent`` + ``register_batch_agent`` own the per-batch policy, so agents supply only
``parse(raw) -> parsed`` (raise ``BadEvent``) and ``apply(conn, items) -> rejected`` (all
effects of some events inside the runner's transaction; return the events it refuses, with a
reason). For every batch of ``stream.take_events`` the runner:

1. dead-letters a record web answered 503 for (``late_after_503``: the broker appended it
   after the deadline it carries, ``streams.fence``), then decodes each event with ``parse``;
   a ``BadEvent`` is dead-lettered with its reason;
2. applies the rest in ONE PostgreSQL transaction (``AgentDeps.with_db``): a database outage is
   not the events' fault, so it retries with back-off until PostgreSQL answers (the partition
   waits; nothing is acked and dropped);
3. if PostgreSQL refuses the batch for a data reason (any other ``PostgresError``), replays it
   one event per transaction and dead-letters the event it still refuses
   (``rejected_by_database``, PostgreSQL's primary message only: its DETAIL may quote a row);
4. dead-letters what ``apply`` rejected (unknown post, wrong fair, ...);
5. counts events and batch sizes (``AgentMetrics``).
Anything else a batch raises (a bug) is caught one level up (``guarded_batch``): the batch is
replayed event by event and what still raises is dead-lettered (``agent_error``), so no event
can hold its partition back. Effects are idempotent on event ids, so replays are exact.

The scheduling agent keeps per-fair state in a Faust table and uses the parts (``with_db``,
``dead_letter``, ``guarded_batch``) rather than the runner: see ``agents.scheduling``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar, cast

import asyncpg
from prometheus_client import CollectorRegistry, Counter, Histogram

from jobfair.settings import Settings
from streams.app import Topics
from streams.deadletter import dead_letter
from streams.events import BadEvent
from streams.fence import LATE, late_by

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
    # A server crash mid-batch: the backends are told to terminate ("crash of another server
    # process"), and a pooled connection cut inside a transaction can surface as asyncpg's
    # InternalClientError. Both mean the connection, not the event: the fault suite saw an
    # accepted click dead-lettered as rejected_by_database when these were not retried.
    asyncpg.exceptions.CrashShutdownError,
    asyncpg.exceptions.InternalClientError,
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
            "(streams.faustfix.consumer)", ["topic"], registry=r,
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
        """Run ``work`` in a transaction, retrying while PostgreSQL is unreachable. The whole
        attempt (connection, work, commit) has a deadline (``JOBFAIR_AGENT_DB_TIMEOUT_MS``): a
        stalled server is a logged, counted retry, never a silent stall."""
        delay = self.retry_delay
        deadline = self.settings.agent_db_timeout_ms / 1000
        loop = asyncio.get_running_loop()
        while True:
            # Said at the deadline, even if cleaning up the cancelled attempt waits on a server
            # that does not answer at all (SIGSTOP, a dead host): never a silent stall.
            stalled = loop.call_later(deadline, log.warning, "%s: PostgreSQL has not answered "
                                      "for %g s; the batch is retried once it does", agent,
                                      deadline)
            try:
                async with asyncio.timeout(deadline):
                    async with self.pool.acquire(timeout=10) as conn, conn.transaction():
                        return await work(cast(asyncpg.Connection, conn))
            except RETRYABLE as exc:
                self.metrics.db_retries.labels(agent).inc()
                log.warning("%s: PostgreSQL unavailable (%s%s); retrying in %.1fs", agent,
                            type(exc).__name__,
                            f", no answer within {deadline:g} s"
                            if isinstance(exc, TimeoutError) else "", delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
            finally:
                stalled.cancel()


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
    again (``streams.faustfix.consumer``).
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


Rejected = tuple[Any, str, str]  # Faust event, dead-letter reason, detail
Items = list[tuple[Any, P]]  # (Faust event, parsed) pairs of one batch


@dataclass(frozen=True)
class BatchAgent(Generic[P]):
    """What an agent supplies to the runner: its name, ``parse`` and ``apply``."""

    name: str
    parse: Callable[[bytes | None], P]
    apply: Callable[[asyncpg.Connection, Items[P]], Awaitable[list[Rejected]]]


def register_batch_agent(app: Any, deps: AgentDeps, channel: Any, spec: BatchAgent[Any]) -> Any:
    """A Faust agent (concurrency 1, partition order) that runs ``run_batch`` per batch."""
    window = deps.settings.batch_window_ms / 1000

    async def agent(stream: Any) -> None:
        async for events in stream.take_events(deps.settings.batch_max, within=window):
            await guarded_batch(deps, spec.name, events,
                                lambda batch: run_batch(deps, spec, batch))

    agent.__name__ = agent.__qualname__ = spec.name.replace("-", "_")
    return app.agent(channel, name=spec.name, concurrency=1)(agent)


async def run_batch(deps: AgentDeps, spec: BatchAgent[P], events: Sequence[Any]) -> None:
    """Steps 1-5 of the module docstring for one batch."""
    deps.metrics.batch_size.labels(spec.name).observe(len(events))
    items: Items[P] = []
    for ev in events:
        if await fenced(deps, spec.name, ev):
            continue
        try:
            items.append((ev, spec.parse(ev.message.value)))
        except BadEvent as exc:
            await deps.dead_letter(spec.name, ev, exc.reason, exc.detail)
    if items:
        for ev, reason, detail in await _apply(deps, spec, items):
            await deps.dead_letter(spec.name, ev, reason, detail)
    deps.metrics.events.labels(spec.name).inc(len(events))


async def fenced(deps: AgentDeps, agent: str, ev: Any) -> bool:
    """The 503 fence (``streams.fence``): a record the broker appended after the deadline web
    gave it was answered 503, so it is dead-lettered ``late_after_503``, never applied."""
    late = late_by(ev.message)
    if late is None:
        return False
    await deps.dead_letter(agent, ev, LATE, f"appended {late} ms after its deadline; web "
                           "answered 503 broker_unavailable")
    return True


async def _apply(deps: AgentDeps, spec: BatchAgent[P], items: Items[P]) -> list[Rejected]:
    try:
        return await deps.with_db(spec.name, lambda conn: spec.apply(conn, items))
    except asyncpg.PostgresError:
        log.warning("%s: PostgreSQL refused a batch of %d; replaying it one event at a time",
                    spec.name, len(items))
    rejected: list[Rejected] = []
    for item in items:
        try:
            rejected += await deps.with_db(
                spec.name, lambda conn, one=[item]: spec.apply(conn, one)  # type: ignore[misc]
            )
        except asyncpg.PostgresError as exc:
            rejected.append((item[0], "rejected_by_database", db_reason(exc)))
    return rejected


def db_reason(exc: asyncpg.PostgresError) -> str:
    """PostgreSQL's primary message only: its DETAIL would quote the failing row (a phone)."""
    return str(getattr(exc, "message", "") or type(exc).__name__)[:300]
