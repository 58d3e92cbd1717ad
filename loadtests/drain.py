"""Agent-side measurements of the click benchmark: a backlog on topic ``clicks`` and three
consumers of the same messages.

1. ``produce_backlog``: N clicks straight to ``clicks`` (acks=all, idempotent) while the worker
   is stopped, as web publishes them: ``ClicksRecorded`` records of ``per_record`` clicks on one
   post each (web combines the clicks on a post that arrive within a few ms; 60 % carry a client
   click id, as beacons do), or with ``per_record=1`` one ``ClickRecorded`` per click (the
   format before issue 15, still read by the agent).
2. ``raw_consume``: a bare aiokafka consumer (no group) reads and decodes exactly those N
   messages: the ceiling any consumer of this topic could reach here.
3. ``naive_writer``: the design issue 4 asks us to avoid: per click one transaction with one
   ledger INSERT and one ``UPDATE post_counts``-style increment (into scratch tables
   ``bench_naive_*`` so the real counts stay exact).
4. ``watch_drain``: after the worker starts, polls PostgreSQL ``post_counts`` until all N are
   counted: time from the first to the last counted click.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from streams.clicks import ClickRecorded, ClicksRecorded
from streams.events import decode
from streams.topics import CLICKS

Offsets = dict[int, int]  # partition -> offset


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: float

    @property
    def per_s(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0


def end_offsets(bootstrap: str) -> Offsets:
    # kafka-python, not aiokafka: a group-less AIOKafkaConsumer stopped right after a metadata
    # call raises CancelledError from its own background task (aiokafka 0.14).
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap.split(","), group_id=None)
    try:
        parts = consumer.partitions_for_topic(CLICKS.name) or set()
        ends = consumer.end_offsets([TopicPartition(CLICKS.name, p) for p in parts])
        return {tp.partition: int(off) for tp, off in ends.items()}
    finally:
        consumer.close()


def backlog_events(fair_id: str, posts: list[str], n: int,
                   per_record: int) -> list[ClickRecorded | ClicksRecorded]:
    """The records of ``n`` clicks, ``per_record`` clicks per record (see module docstring)."""
    at = datetime.now(UTC).isoformat()
    if per_record <= 1:
        return [ClickRecorded(click_id=str(uuid.uuid4()), post_id=posts[i % len(posts)],
                              fair_id=fair_id, at=at, source="bench-backlog") for i in range(n)]
    events: list[ClickRecorded | ClicksRecorded] = []
    for i, first in enumerate(range(0, n, per_record)):
        size = min(per_record, n - first)
        ids = [str(uuid.uuid4()) for _ in range(size * 6 // 10)]
        events.append(ClicksRecorded(
            record_id=str(uuid.uuid4()), post_id=posts[i % len(posts)], fair_id=fair_id, at=at,
            groups=[{"source": "bench-backlog", "room_id": None, "n": size - len(ids),
                     "click_ids": ids}]))
    return events


def clicks_of(event: ClickRecorded | ClicksRecorded) -> list[tuple[str, str]]:
    """(click id, post id) of each click of a record; anonymous clicks get a made-up id (the
    naive writer's ledger needs one)."""
    if isinstance(event, ClickRecorded):
        return [(event.click_id, event.post_id)]
    out: list[tuple[str, str]] = []
    for group in event.groups:
        out += [(click_id, event.post_id) for click_id in group["click_ids"]]
        out += [(str(uuid.uuid4()), event.post_id) for _ in range(group["n"])]
    return out


async def produce_backlog(bootstrap: str, fair_id: str, posts: list[str], n: int,
                          per_record: int = 1) -> Rate:
    """Rate in clicks per second."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap.split(","), acks="all",
                                enable_idempotence=True, linger_ms=5)
    await producer.start()
    try:
        start = time.perf_counter()
        pending = []
        for event in backlog_events(fair_id, posts, n, per_record):
            pending.append(await producer.send(CLICKS.name, event.to_bytes(), key=event.key))
        await asyncio.gather(*pending)
        return Rate(n, time.perf_counter() - start)
    finally:
        await producer.stop()


async def _consume(bootstrap: str, start: Offsets, n: int,
                   deadline_s: float) -> tuple[list[tuple[str, str]], Rate]:
    """The first ``n`` clicks (click id, post id) after ``start``; the rate in clicks/s."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap.split(","), group_id=None,
                                enable_auto_commit=False, max_poll_records=2000)
    await consumer.start()
    clicks: list[tuple[str, str]] = []
    try:
        tps = [TopicPartition(CLICKS.name, p) for p in start]
        consumer.assign(tps)
        for tp in tps:
            consumer.seek(tp, start[tp.partition])
        began = time.perf_counter()
        while len(clicks) < n and time.perf_counter() - began < deadline_s:
            batches = await consumer.getmany(timeout_ms=500, max_records=2000)
            for records in batches.values():
                for r in records:
                    event: Any = decode(r.value, ClickRecorded, ClicksRecorded)
                    clicks += clicks_of(event)
        return clicks[:n], Rate(min(len(clicks), n), time.perf_counter() - began)
    finally:
        await consumer.stop()


async def raw_consume(bootstrap: str, start: Offsets, n: int, deadline_s: float = 120) -> Rate:
    return (await _consume(bootstrap, start, n, deadline_s))[1]


NAIVE_SCHEMA = """
CREATE TABLE IF NOT EXISTS bench_naive_click (click_id uuid PRIMARY KEY, post_id uuid NOT NULL);
CREATE TABLE IF NOT EXISTS bench_naive_counts (post_id uuid PRIMARY KEY, clicks bigint NOT NULL);
"""


async def naive_writer(bootstrap: str, dsn: str, start: Offsets, n: int,
                       deadline_s: float = 60) -> Rate:
    """Consume, then per click: one transaction, one INSERT, one UPDATE (bounded in time)."""
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(NAIVE_SCHEMA)
        began = time.perf_counter()
        clicks, _ = await _consume(bootstrap, start, n, deadline_s)
        for post in {post for _, post in clicks}:
            await conn.execute("INSERT INTO bench_naive_counts VALUES ($1, 0) "
                               "ON CONFLICT DO NOTHING", uuid.UUID(post))
        done = 0
        for click_id, post_id in clicks:
            if time.perf_counter() - began > deadline_s:
                break
            async with conn.transaction():
                inserted = await conn.fetchval(
                    "INSERT INTO bench_naive_click VALUES ($1, $2) ON CONFLICT DO NOTHING "
                    "RETURNING 1", uuid.UUID(click_id), uuid.UUID(post_id))
                if inserted:
                    await conn.execute("UPDATE bench_naive_counts SET clicks = clicks + 1 "
                                       "WHERE post_id = $1", uuid.UUID(post_id))
            done += 1
        rate = Rate(done, time.perf_counter() - began)
        await conn.execute("DROP TABLE bench_naive_click, bench_naive_counts")
        return rate
    finally:
        await conn.close()


async def counted(dsn: str, posts: list[str]) -> int:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        total = await conn.fetchval("SELECT coalesce(sum(clicks), 0) FROM post_counts "
                                    "WHERE post_id = ANY($1::uuid[])", posts)
        return int(total)
    finally:
        await conn.close()


@dataclass(frozen=True)
class Drain:
    """First counted click at ``first_s``, the last at ``last_s`` (seconds after ``since``)."""

    count: int
    first_s: float
    last_s: float
    complete: bool

    @property
    def per_s(self) -> float:
        span = self.last_s - self.first_s
        return self.count / span if span > 0 else 0.0


async def watch_drain(dsn: str, posts: list[str], base: int, n: int, since: float,
                      deadline_s: float = 180, every_s: float = 0.02) -> Drain:
    """Poll ``post_counts`` until ``base + n`` clicks are counted (or the deadline)."""
    import asyncpg

    conn = await asyncpg.connect(dsn)
    first: float | None = None
    first_value = base
    try:
        while True:
            now = time.perf_counter()
            total = int(await conn.fetchval(
                "SELECT coalesce(sum(clicks), 0) FROM post_counts WHERE post_id = ANY($1::uuid[])",
                posts))
            if first is None and total > base:
                # The first batch lands at once; count the rate over the clicks after it.
                first, first_value = now, total
            if total >= base + n or now - since > deadline_s:
                start = first if first is not None else now
                return Drain(total - first_value, start - since, now - since, total >= base + n)
            await asyncio.sleep(every_s)
    finally:
        await conn.close()
