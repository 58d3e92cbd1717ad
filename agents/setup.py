"""Consumes ``fairsetup``; writes PostgreSQL ``fair``, ``employer``, ``post``, ``post_counts``
and ``post_screening`` (via ``agents.setup_store``).

Setup traffic is small (an organiser's clicks), but it is the reference every other agent joins
against, so it must be exact: events are applied in partition order (one fair's changes are in
one partition), a batch in one transaction, and every effect is idempotent on the event id or
the row version. The batch runner (``agents.runtime``) replays a batch PostgreSQL refuses for a
data reason one event at a time, so only the offending event (say, a post for an unknown
employer) is dead-lettered; this module supplies ``parse_setup`` and ``apply_batch``.
"""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID

import asyncpg
import faust

from agents import setup_store
from agents.runtime import AgentDeps, BatchAgent, Items, Rejected, register_batch_agent
from streams.events import BadEvent, Event, aware_time, decode
from streams.fairsetup import POST_STATUSES, SETUP_EVENTS

AGENT = "project-setup"
_HEX8 = re.compile(r"[0-9a-f]{16}")
_ID_FIELDS = ("event_id", "fair_id", "employer_id", "post_id", "room_id")
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
        if value is not None:
            aware_time(value, name)
    code = getattr(ev, "qr_code", None)
    if code is not None and not _HEX8.fullmatch(code):
        raise BadEvent("bad_qr_code", "qr_code must be 16 lower-case hex digits")
    status = getattr(ev, "status", None)
    if status is not None and status not in POST_STATUSES:
        raise BadEvent("bad_status", f"unknown post status {status[:20]!r}")
    return ev


async def apply_batch(conn: asyncpg.Connection, items: Items[Event]) -> list[Rejected]:
    """All effects of some setup events, in order, inside the runner's transaction."""
    for _, ev in items:
        await setup_store.apply(conn, ev)
    return []


SPEC = BatchAgent(AGENT, parse_setup, apply_batch)


def register(app: faust.App, deps: AgentDeps) -> Any:
    return register_batch_agent(app, deps, deps.topics.setup, SPEC)
