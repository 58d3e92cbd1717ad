"""Consumes ``fairsetup``; writes PostgreSQL ``fair``, ``employer``, ``post``, ``post_counts``
and ``post_screening`` (via ``agents.setup_store``).

Setup traffic is small (an organiser's clicks), but it is the reference every other agent joins
against, so it must be exact: events are applied in partition order (one fair's changes are in
one partition), a batch in one transaction, and every effect is idempotent on the event id or
the row version. A batch PostgreSQL refuses for a data reason is replayed one event at a time
so only the offending event (say, a post for an unknown employer) is dead-lettered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg
import faust

from agents import setup_store
from agents.runtime import AgentDeps, decode_batch, guarded_batch
from streams.events import BadEvent, Event, decode
from streams.fairsetup import POST_STATUSES, SETUP_EVENTS

AGENT = "project-setup"
_HEX8 = re.compile(r"[0-9a-f]{16}")
_ID_FIELDS = ("event_id", "fair_id", "employer_id", "post_id")
_TIME_FIELDS = ("at", "starts_at", "ends_at")


def parse_setup(raw: bytes | None) -> Event:
    """Decode and validate one setup message; BadEvent names what is wrong."""
    ev = decode(raw, *SETUP_EVENTS)
    for name in _ID_FIELDS:
        value = getattr(ev, name, None)
        if value is not None:
            try:
                UUID(value)
            except ValueError:
                raise BadEvent("bad_id", f"{name} must be a UUID") from None
    for name in _TIME_FIELDS:
        value = getattr(ev, name, None)
        if value is None:
            continue
        try:
            at = datetime.fromisoformat(value)
        except ValueError:
            raise BadEvent("bad_time", f"{name} is not ISO 8601: {value[:40]!r}") from None
        if at.tzinfo is None:
            raise BadEvent("bad_time", f"{name} has no time zone")
    code = getattr(ev, "qr_code", None)
    if code is not None and not _HEX8.fullmatch(code):
        raise BadEvent("bad_qr_code", "qr_code must be 16 lower-case hex digits")
    status = getattr(ev, "status", None)
    if status is not None and status not in POST_STATUSES:
        raise BadEvent("bad_status", f"unknown post status {status[:20]!r}")
    return ev


def register(app: faust.App, deps: AgentDeps) -> Any:
    window = deps.settings.batch_window_ms / 1000

    @app.agent(deps.topics.setup, name=AGENT, concurrency=1)
    async def project_setup(stream: Any) -> None:
        async for events in stream.take_events(deps.settings.batch_max, within=window):
            await guarded_batch(deps, AGENT, events, lambda batch: process_batch(deps, batch))

    return project_setup


async def process_batch(deps: AgentDeps, events: Sequence[Any]) -> None:
    parsed = await decode_batch(deps, AGENT, events, parse_setup)
    if parsed:
        await _apply(deps, parsed)
    deps.metrics.events.labels(AGENT).inc(len(events))


async def _apply(deps: AgentDeps, parsed: list[tuple[Any, Event]]) -> None:
    async def batch(conn: asyncpg.Connection) -> None:
        for _, ev in parsed:
            await setup_store.apply(conn, ev)

    try:
        await deps.with_db(AGENT, batch)
        return
    except asyncpg.PostgresError:
        pass  # some event's data was refused; isolate it below
    for raw_ev, ev in parsed:

        async def one(conn: asyncpg.Connection, ev: Event = ev) -> None:
            await setup_store.apply(conn, ev)

        try:
            await deps.with_db(AGENT, one)
        except asyncpg.PostgresError as exc:
            await deps.dead_letter(AGENT, raw_ev, "rejected_by_database", str(exc)[:500])
