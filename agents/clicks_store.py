"""PostgreSQL effects of click records: ``click_record``, ``click``, ``post_counts.clicks``,
``click_minute`` (migration 0012 explains the design; README argues it).

One batch of records, in the runner's transaction:
1. ``click_record``: insert the batch's record ids; only records inserted now are counted (a
   redelivered record inserts nothing and adds nothing);
2. ``click``: insert the client-supplied click ids of those records; only ids inserted now
   are counted (a beacon's retry, in another record, adds nothing while its id is kept);
3. ``post_counts``, ``click_minute`` and ``room_counts.clicks`` (clicks through a livestream
   room's link, ``agents.rooms_store``): add exactly what 1-2 let through.
:func:`prune` deletes what exactness no longer needs (bounded storage).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, NamedTuple
from uuid import UUID

from agents import rooms_store

# Kafka keeps topic clicks 7 days (streams.topics.CLICKS): a record older than that can no
# longer be redelivered, so its id can go. One day of margin for clocks and lag.
RECORD_KEEP = timedelta(days=8)


class Part(NamedTuple):
    """Clicks of one record from one (source, room): ``n`` without client id + ``click_ids``."""

    source: str
    room_id: str
    n: int
    click_ids: list[UUID]


class RecordClicks(NamedTuple):
    """One parsed record; ``record_id`` None for the earlier one-click format."""

    record_id: UUID | None
    post_id: UUID
    at: datetime
    parts: list[Part]


NEW_RECORDS = """
INSERT INTO click_record (record_id, fair_id)
SELECT r.id, p.fair_id FROM unnest($1::uuid[], $2::uuid[]) AS r(id, post_id)
JOIN post p ON p.id = r.post_id
ON CONFLICT (record_id) DO NOTHING
RETURNING record_id
"""
NEW_CLICK_IDS = """
INSERT INTO click (click_id, post_id, source, clicked_at)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])
ON CONFLICT (click_id) DO NOTHING
RETURNING click_id
"""
ADD_COUNTS = """
UPDATE post_counts c SET clicks = c.clicks + u.n, updated_at = now()
FROM unnest($1::uuid[], $2::bigint[]) AS u(post_id, n) WHERE c.post_id = u.post_id
"""
ADD_MINUTES = """
INSERT INTO click_minute (post_id, fair_id, minute, source, room_id, clicks)
SELECT u.post_id, p.fair_id, u.minute, u.source, u.room_id, u.n
FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::bigint[])
    AS u(post_id, minute, source, room_id, n)
JOIN post p ON p.id = u.post_id
ON CONFLICT (post_id, minute, source, room_id)
DO UPDATE SET clicks = click_minute.clicks + excluded.clicks
"""
PRUNE_IDS = """
DELETE FROM click k USING post p, fair f
WHERE p.id = k.post_id AND f.id = p.fair_id
  AND (k.clicked_at < $1 OR f.ends_at < $1)
"""
PRUNE_RECORDS = "DELETE FROM click_record WHERE recorded_at < $1"


async def known_posts(conn: Any, post_ids: Sequence[UUID]) -> set[UUID]:
    rows = await conn.fetch("SELECT id FROM post WHERE id = ANY($1::uuid[])", list(post_ids))
    return {row["id"] for row in rows}


async def apply_records(conn: Any, records: Sequence[RecordClicks]) -> Counter[UUID]:
    """Count what is new in ``records`` (all on known posts); post -> clicks added."""
    ids = {r.record_id: r.post_id for r in records if r.record_id is not None}
    fresh = {row["record_id"] for row in await conn.fetch(
        NEW_RECORDS, list(ids), list(ids.values()))} if ids else set()
    todo: list[RecordClicks] = []
    for r in records:
        if r.record_id is None or r.record_id in fresh:
            todo.append(r)
            fresh.discard(r.record_id)  # the same record twice in one batch counts once
    owner: dict[UUID, tuple[UUID, str, datetime]] = {}  # client id -> post, source, time
    for r in todo:
        for part in r.parts:
            for click_id in part.click_ids:
                owner.setdefault(click_id, (r.post_id, part.source, r.at))
    new_ids: set[UUID] = set()
    if owner:
        rows = await conn.fetch(
            NEW_CLICK_IDS, list(owner), [o[0] for o in owner.values()],
            [o[1] or None for o in owner.values()], [o[2] for o in owner.values()])
        new_ids = {row["click_id"] for row in rows}
    per_post: Counter[UUID] = Counter()
    per_minute: Counter[tuple[UUID, datetime, str, str]] = Counter()
    per_room: Counter[tuple[UUID, UUID]] = Counter()  # (room, post): room_counts (issue 11)
    for r in todo:
        minute = r.at.replace(second=0, microsecond=0)
        for part in r.parts:
            counted = part.n
            for click_id in part.click_ids:
                if click_id in new_ids:
                    new_ids.discard(click_id)  # the same id twice in this batch: once
                    counted += 1
            if counted:
                per_post[r.post_id] += counted
                per_minute[(r.post_id, minute, part.source, part.room_id)] += counted
                room = rooms_store.room_uuid(part.room_id)
                if room is not None:
                    per_room[(room, r.post_id)] += counted
    if per_post:
        await conn.execute(ADD_COUNTS, list(per_post), list(per_post.values()))
        keys = list(per_minute)
        await conn.execute(ADD_MINUTES, [k[0] for k in keys], [k[1] for k in keys],
                           [k[2] for k in keys], [k[3] for k in keys],
                           list(per_minute.values()))
        await rooms_store.add_room_clicks(conn, per_room)
    return per_post


async def prune(conn: Any, now: datetime, window: timedelta) -> tuple[int, int]:
    """Delete client ids older than ``window`` (or of fairs ended more than ``window`` ago) and
    record ids Kafka can no longer redeliver; (ids, records) deleted."""
    ids = await conn.execute(PRUNE_IDS, now - window)
    records = await conn.execute(PRUNE_RECORDS, now - RECORD_KEEP)
    return int(ids.split()[-1]), int(records.split()[-1])
