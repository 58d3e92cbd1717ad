"""Consumes ``clicks``; counts combined click records into ``post_counts.clicks`` exactly.

Peak case: a click storm on a few hot posts. Web sends the clicks on one post from a few ms as
ONE ``ClicksRecorded`` record (``web.live.combiner``), so a batch of the runner
(``agents.runtime``: up to ``JOBFAIR_BATCH_MAX`` records, one PostgreSQL transaction) carries
many thousands of clicks. This module supplies ``parse_click`` (either record format; a bad
shape is a ``BadEvent``) and ``apply_batch`` (``agents.clicks_store``: record-id ledger, client
click ids kept for a bounded window, increments; exact under redelivery and retried beacons;
records on an unknown post are rejected). A timer prunes what exactness no longer needs
(``clicks_store.prune``). Live counts are read from ``post_counts`` (no Faust table).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any, cast
from uuid import UUID

import faust

from agents import clicks_store
from agents.clicks_store import Part, RecordClicks
from agents.runtime import AgentDeps, BatchAgent, Items, Rejected, register_batch_agent
from streams.clicks import ClickRecorded, ClicksRecorded
from streams.events import BadEvent, aware_time, decode

log = logging.getLogger(__name__)
AGENT = "count-clicks"
PRUNE_EVERY_S = 600.0
MAX_SOURCE = 64


def _uuid(text: Any, what: str) -> UUID:
    try:
        return UUID(text)
    except (ValueError, TypeError, AttributeError):
        raise BadEvent("bad_id", f"{what} must be a UUID") from None


def _part(group: Any) -> Part:
    if not isinstance(group, dict):
        raise BadEvent("bad_field", "ClicksRecorded.groups holds objects")
    source, room, n, ids = (group.get("source"), group.get("room_id"), group.get("n"),
                            group.get("click_ids"))
    if not (source is None or (isinstance(source, str) and len(source) <= MAX_SOURCE)):
        raise BadEvent("bad_field", "group source must be a string of at most 64 characters")
    if not (room is None or isinstance(room, str)):
        raise BadEvent("bad_field", "group room_id must be a string")
    if not isinstance(n, int) or isinstance(n, bool) or n < 0 or not isinstance(ids, list):
        raise BadEvent("bad_field", "group n must be a count and click_ids a list")
    return Part(source or "", room or "", n, [_uuid(i, "click_ids") for i in ids])


def parse_click(raw: bytes | None) -> RecordClicks:
    """Decode and validate one record (combined or the earlier one-click format)."""
    ev = cast(ClicksRecorded | ClickRecorded, decode(raw, ClicksRecorded, ClickRecorded))
    if isinstance(ev, ClickRecorded):  # one click; its id is the idempotency key
        return RecordClicks(None, _uuid(ev.post_id, "post_id"), aware_time(ev.at),
                            [Part(ev.source or "", ev.room_id or "", 0,
                                  [_uuid(ev.click_id, "click_id")])])
    return RecordClicks(_uuid(ev.record_id, "record_id"), _uuid(ev.post_id, "post_id"),
                        aware_time(ev.at), [_part(g) for g in ev.groups])


async def apply_batch(conn: Any, items: Items[RecordClicks]) -> list[Rejected]:
    """All effects of some records, inside the runner's transaction."""
    known = await clicks_store.known_posts(conn, list({p.post_id for _, p in items}))
    good = [p for _, p in items if p.post_id in known]
    if good:
        await clicks_store.apply_records(conn, good)
    return [(ev, "unknown_post", "no post with this post_id")
            for ev, p in items if p.post_id not in known]


SPEC = BatchAgent(AGENT, parse_click, apply_batch)


def register(app: faust.App, deps: AgentDeps) -> Any:
    window = timedelta(hours=deps.settings.click_id_window_hours)

    # Idempotent, so every worker may run it (no leader election needed).
    @app.timer(PRUNE_EVERY_S, name="prune-click-ids")  # type: ignore[untyped-decorator]
    async def prune_click_ids() -> None:
        """What exactness no longer needs: client ids past the window (all of a fair closed
        longer than the window), record ids past the topic's retention."""
        removed = await deps.with_db(
            AGENT, lambda conn: clicks_store.prune(conn, deps.now(), window))
        if any(removed):
            log.info("%s: pruned %d click ids and %d record ids", AGENT, *removed)

    return register_batch_agent(app, deps, deps.topics.clicks, SPEC)
