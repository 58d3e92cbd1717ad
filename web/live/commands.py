"""Click commands: publish one ``ClickRecorded`` to topic ``clicks`` (key post_id).

Used by recordClick (``web.live.clicks``) and by the post page opened from a poster or a
livestream link (``web.applicants.pages``), so both count clicks the same way. Returns once
Kafka has the record (``acks=all``); ``agents.clicks`` projects it into ``post_counts``.
"""

from __future__ import annotations

import uuid
from typing import Any

from streams.clicks import ClickRecorded
from streams.topics import CLICKS
from web.context import Context


async def record_click(ctx: Context, post_id: str, fair_id: str, source: str | None,
                       click_id: str | None = None, *, accepted: Any = None) -> str:
    """Publish the click (``click_id`` is the idempotency key of a retried beacon) and count
    it in ``accepted`` (the web process's ``jobfair_clicks_accepted``); its click id."""
    click_id = click_id or str(uuid.uuid4())
    await ctx.publisher.publish(CLICKS, ClickRecorded(
        click_id=click_id, post_id=post_id, fair_id=fair_id, at=ctx.now().isoformat(),
        source=source,
    ))
    if accepted is not None:
        accepted.inc()
    return click_id
