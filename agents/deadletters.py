"""Consumes ``deadletter``; writes PostgreSQL ``dead_letter`` (idempotent on source offset).

Operators list dead letters with their reason without a Kafka client; the original payload is
kept byte for byte so it can be replayed once the cause is fixed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import asyncpg
import faust

from agents.runtime import AgentDeps
from streams.deadletter import DeadLettered
from streams.events import BadEvent, decode

AGENT = "store-dead-letters"

INSERT = """
INSERT INTO dead_letter (source, partition, "offset", agent, reason, detail, payload, at)
SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[], $4::text[], $5::text[], $6::text[],
                     $7::bytea[], $8::timestamptz[])
ON CONFLICT (source, partition, "offset", agent) DO NOTHING
"""


def register(app: faust.App, deps: AgentDeps) -> Any:
    window = deps.settings.batch_window_ms / 1000

    @app.agent(deps.topics.deadletter, name=AGENT, concurrency=1)
    async def store_dead_letters(stream: Any) -> None:
        async for events in stream.take_events(deps.settings.batch_max, within=window):
            records: list[DeadLettered] = []
            for ev in events:
                try:
                    records.append(decode(ev.message.value, DeadLettered))
                except BadEvent:
                    # A malformed dead letter cannot be dead-lettered again without a loop;
                    # count it and move on.
                    deps.metrics.dead_letters.labels(AGENT, "bad_dead_letter").inc()
            if records:

                async def insert(conn: asyncpg.Connection, r: list[DeadLettered] = records) -> None:
                    await _insert(conn, r)

                await deps.with_db(AGENT, insert)
            deps.metrics.events.labels(AGENT).inc(len(events))

    return store_dead_letters


async def _insert(conn: asyncpg.Connection, records: list[DeadLettered]) -> None:
    await conn.execute(
        INSERT,
        [r.source for r in records], [r.partition for r in records],
        [r.offset for r in records], [r.agent for r in records],
        [r.reason for r in records], [r.detail for r in records],
        [r.payload for r in records], [datetime.fromisoformat(r.at) for r in records],
    )
