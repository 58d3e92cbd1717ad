"""Consumes ``clicks``; writes PostgreSQL ``click`` (id ledger) and ``post_counts.clicks``.

Peak case: a click storm on a few hot posts. The runner (``agents.runtime``) takes events in
batches (up to ``JOBFAIR_BATCH_MAX`` or ``JOBFAIR_BATCH_WINDOW_MS``) and applies a whole batch in
one PostgreSQL transaction: this module supplies ``parse_click`` and ``apply_batch`` (id ledger
+ increments, so exact under redelivery; a click on an unknown post is rejected). Live counts
are read from ``post_counts`` (no Faust table).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg
import faust

from agents import clicks_store
from agents.runtime import AgentDeps, BatchAgent, Items, Rejected, register_batch_agent
from streams.clicks import ClickRecorded
from streams.events import BadEvent, aware_time, decode

AGENT = "count-clicks"
Parsed = tuple[ClickRecorded, UUID, UUID, datetime]


def parse_click(raw: bytes | None) -> Parsed:
    """Decode and validate one click message; BadEvent names what is wrong."""
    click = decode(raw, ClickRecorded)
    try:
        click_id, post_id = UUID(click.click_id), UUID(click.post_id)
    except ValueError:
        raise BadEvent("bad_id", "click_id and post_id must be UUIDs") from None
    return click, click_id, post_id, aware_time(click.at)


async def apply_batch(conn: asyncpg.Connection, items: Items[Parsed]) -> list[Rejected]:
    """All effects of some clicks, inside the runner's transaction."""
    known = await clicks_store.known_posts(conn, list({p[2] for _, p in items}))
    good = [p for _, p in items if p[2] in known]
    if good:
        await clicks_store.apply_clicks(conn, good)
    return [(ev, "unknown_post", "no post with this post_id")
            for ev, p in items if p[2] not in known]


SPEC = BatchAgent(AGENT, parse_click, apply_batch)


def register(app: faust.App, deps: AgentDeps) -> Any:
    return register_batch_agent(app, deps, deps.topics.clicks, SPEC)
