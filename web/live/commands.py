"""Click commands: count one click on a post, durable in Kafka before it is acknowledged.

Used by recordClick (``web.live.clicks``) and by the post page opened from a poster or a
livestream link (``web.applicants.pages``), so both count clicks the same way. In a web
process the click joins the post's open group in ``ctx.clicks`` (``web.live.combiner``: one
``ClicksRecorded`` record per post every few ms, ``acks=all``); without a combiner (scripts,
tests with their own publisher) it is published alone as a one-click ``ClicksRecorded``.
Either way the call returns once Kafka has the record; ``agents.clicks`` counts it into
``post_counts``.
"""

from __future__ import annotations

import uuid
from typing import Any

from streams.clicks import ClicksRecorded
from streams.topics import CLICKS
from web.context import Context


async def record_click(ctx: Context, post_id: str, fair_id: str, source: str | None,
                       click_id: str | None = None, *, room_id: str | None = None,
                       accepted: Any = None) -> str:
    """Count one click (``click_id``: the idempotency key a retrying beacon supplies) and, once
    Kafka has it, in ``accepted`` (the web process's ``jobfair_clicks_accepted``); its click id
    (made here when the client gave none)."""
    if ctx.clicks is not None:
        await ctx.clicks.add(post_id, fair_id, source, room_id, click_id)
    else:
        await ctx.publisher.publish(CLICKS, ClicksRecorded(
            record_id=str(uuid.uuid4()), post_id=post_id, fair_id=fair_id,
            at=ctx.now().isoformat(),
            groups=[{"source": source, "room_id": room_id, "n": 0 if click_id else 1,
                     "click_ids": [click_id] if click_id else []}],
        ))
    if accepted is not None:
        accepted.inc()
    return click_id or str(uuid.uuid4())
