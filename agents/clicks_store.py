"""PostgreSQL effects of clicks: the click-id ledger and ``post_counts.clicks``.

Writes tables ``click`` and ``post_counts``. One statement per batch inserts the new click ids
(``ON CONFLICT DO NOTHING``: the id is the idempotency key) and adds exactly the number of
rows inserted to each post's count, in the same transaction. A redelivered batch therefore
inserts nothing and adds nothing, whatever happened to the worker in between.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

import asyncpg

from streams.clicks import ClickRecorded

APPLY_CLICKS = """
WITH input AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])
        AS u(click_id, post_id, source, clicked_at)
), inserted AS (
    INSERT INTO click (click_id, post_id, source, clicked_at)
    SELECT click_id, post_id, source, clicked_at FROM input
    ON CONFLICT (click_id) DO NOTHING
    RETURNING post_id
), increments AS (
    SELECT post_id, count(*) AS n FROM inserted GROUP BY post_id
)
UPDATE post_counts c SET clicks = c.clicks + increments.n, updated_at = now()
FROM increments WHERE c.post_id = increments.post_id
RETURNING c.post_id, c.clicks
"""


async def known_posts(conn: asyncpg.Connection, post_ids: Sequence[UUID]) -> set[UUID]:
    rows = await conn.fetch("SELECT id FROM post WHERE id = ANY($1::uuid[])", list(post_ids))
    return {row["id"] for row in rows}


async def apply_clicks(
    conn: asyncpg.Connection, clicks: Sequence[tuple[ClickRecorded, UUID, UUID, datetime]]
) -> dict[UUID, int]:
    """Insert new click ids and add them to the counts; returns post -> total clicks."""
    rows = await conn.fetch(
        APPLY_CLICKS,
        [c[1] for c in clicks],
        [c[2] for c in clicks],
        [c[0].source for c in clicks],
        [c[3] for c in clicks],
    )
    return {row["post_id"]: row["clicks"] for row in rows}
