"""Consumes ``clicks``; writes PostgreSQL ``click`` + ``post_counts.clicks``; keeps table
``post-clicks`` (post id -> total clicks) as the agent's live state.

Peak case: a click storm on a few hot posts. The agent takes events in batches
(``stream.take_events``, up to ``JOBFAIR_BATCH_MAX`` or ``JOBFAIR_BATCH_WINDOW_MS``), applies a
whole batch in one PostgreSQL transaction (id ledger + increments, so exact under redelivery),
and writes the Faust table once per post per batch with the total PostgreSQL returned, so the
changelog carries one record per hot post per window instead of one per click.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg
import faust

from agents import clicks_store
from agents.runtime import AgentDeps, decode_batch, guarded_batch, write_table
from streams.clicks import ClickRecorded
from streams.events import BadEvent, decode

AGENT = "count-clicks"
Parsed = tuple[ClickRecorded, UUID, UUID, datetime]


def parse_click(raw: bytes | None) -> Parsed:
    """Decode and validate one click message; BadEvent names what is wrong."""
    click = decode(raw, ClickRecorded)
    try:
        click_id, post_id = UUID(click.click_id), UUID(click.post_id)
    except ValueError:
        raise BadEvent("bad_id", "click_id and post_id must be UUIDs") from None
    try:
        at = datetime.fromisoformat(click.at)
    except ValueError:
        raise BadEvent("bad_time", f"'at' is not ISO 8601: {click.at[:40]!r}") from None
    if at.tzinfo is None:
        raise BadEvent("bad_time", "'at' has no time zone")
    return click, click_id, post_id, at


def register(app: faust.App, deps: AgentDeps) -> Any:
    table = app.Table(
        # App default key serializer is "raw": with bytes keys the changelog key is the
        # message key byte for byte.
        "post-clicks", default=int, key_type=bytes, value_type=int,
        # Key bytes equal the message key, so the changelog partition equals the source
        # partition and recovery lands on the worker that owns the post.
        use_partitioner=True,
    )
    window = deps.settings.batch_window_ms / 1000

    @app.agent(deps.topics.clicks, name=AGENT, concurrency=1)
    async def count_clicks(stream: Any) -> None:
        async for events in stream.take_events(deps.settings.batch_max, within=window):
            await guarded_batch(deps, AGENT, events,
                                lambda batch: process_batch(deps, table, batch))

    return count_clicks


async def process_batch(deps: AgentDeps, table: Any, events: Sequence[Any]) -> None:
    parsed = await decode_batch(deps, AGENT, events, parse_click)
    if parsed:
        totals = await _apply(deps, parsed)
        await write_table(table, {str(post).encode(): n for post, n in totals.items()})
    deps.metrics.events.labels(AGENT).inc(len(events))


async def _apply(deps: AgentDeps, parsed: list[tuple[Any, Parsed]]) -> dict[UUID, int]:
    async def batch(conn: asyncpg.Connection) -> tuple[dict[UUID, int], list[Any]]:
        known = await clicks_store.known_posts(conn, list({p[2] for _, p in parsed}))
        good = [p for _, p in parsed if p[2] in known]
        unknown = [ev for ev, p in parsed if p[2] not in known]
        return (await clicks_store.apply_clicks(conn, good) if good else {}), unknown

    try:
        totals, unknown = await deps.with_db(AGENT, batch)
    except asyncpg.PostgresError:
        # Not connectivity: some event's data was refused. Replay one by one to isolate it.
        totals, unknown = {}, []
        for ev, p in parsed:
            async def single(
                conn: asyncpg.Connection, ev: Any = ev, p: Parsed = p
            ) -> tuple[dict[UUID, int], list[Any]]:
                return await _one(conn, ev, p)

            try:
                one, missing = await deps.with_db(AGENT, single)
            except asyncpg.PostgresError as exc:
                await deps.dead_letter(AGENT, ev, "rejected_by_database", str(exc))
                continue
            totals.update(one)
            unknown.extend(missing)
    for ev in unknown:
        await deps.dead_letter(AGENT, ev, "unknown_post", "no post with this post_id")
    return totals


async def _one(conn: asyncpg.Connection, ev: Any, p: Parsed) -> tuple[dict[UUID, int], list[Any]]:
    if not await clicks_store.known_posts(conn, [p[2]]):
        return {}, [ev]
    return await clicks_store.apply_clicks(conn, [p]), []
