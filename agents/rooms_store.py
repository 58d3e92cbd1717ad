"""PostgreSQL effects for livestream rooms (issue 11): ``room``, ``room_counts``, ``presenting``.

Written from two sides, always inside the calling agent's batch transaction:
- ``agents.setup`` (topic ``fairsetup``): :func:`create_room` for ``RoomCreated`` (room row and
  its zeroed counters, ``ON CONFLICT DO NOTHING``), :func:`present` for ``PostPresented`` (the
  newest choice per fair or room wins, so a redelivered older choice changes nothing);
- the counting agents: :func:`add_room_counts` adds to ``clicks`` (``agents.clicks_store``),
  ``registrations`` (``agents.checkins``) or ``applications`` (``agents.applications``) exactly
  what those agents counted for their posts and fairs in the same transaction (they pass only
  what their record, event or application ids let through). A room id that names no room of
  that fair adds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

from streams.fairsetup import PostPresented, RoomCreated

COLUMNS = ("clicks", "registrations", "applications")

INSERT_ROOM = """
INSERT INTO room (id, fair_id, name, platform, last_event_id, created_at)
VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING
"""
INSERT_COUNTS = """
INSERT INTO room_counts (room_id, fair_id) VALUES ($1, $2) ON CONFLICT (room_id) DO NOTHING
"""
# A room of another fair, or a post of another fair, is not presented (nothing happens).
PRESENT = """
INSERT INTO presenting (scope_id, fair_id, room_id, post_id, presented_at, event_id)
SELECT $1, f.id, r.id, p.id, $5, $6
FROM fair f
LEFT JOIN room r ON r.id = $3 AND r.fair_id = f.id
LEFT JOIN post p ON p.id = $4 AND p.fair_id = f.id
WHERE f.id = $2 AND ($3::uuid IS NULL OR r.id IS NOT NULL)
  AND ($4::uuid IS NULL OR p.id IS NOT NULL)
ON CONFLICT (scope_id) DO UPDATE
SET post_id = excluded.post_id, presented_at = excluded.presented_at,
    event_id = excluded.event_id
WHERE presenting.presented_at <= excluded.presented_at
"""


def room_uuid(text: Any) -> UUID | None:
    """An event's optional room id as a UUID; None for none or a malformed one (a bad room
    must never cost a registration, application or click: it is just not credited)."""
    if not isinstance(text, str) or not text:
        return None
    try:
        return UUID(text)
    except ValueError:
        return None


async def create_room(conn: Any, ev: RoomCreated) -> None:
    room_id, fair_id = UUID(ev.room_id), UUID(ev.fair_id)
    await conn.execute(
        INSERT_ROOM,
        room_id,
        fair_id,
        ev.name,
        ev.platform,
        UUID(ev.event_id),
        datetime.fromisoformat(ev.at),
    )
    await conn.execute(INSERT_COUNTS, room_id, fair_id)


async def present(conn: Any, ev: PostPresented) -> None:
    room = UUID(ev.room_id) if ev.room_id else None
    post = UUID(ev.post_id) if ev.post_id else None
    fair = UUID(ev.fair_id)
    await conn.execute(
        PRESENT, room or fair, fair, room, post, datetime.fromisoformat(ev.at), UUID(ev.event_id)
    )


async def add_room_counts(conn: Any, column: str, deltas: Mapping[tuple[UUID, UUID], int]) -> None:
    """Add ``deltas[(room id, fair id)]`` to ``column`` of the rooms of those fairs."""
    if column not in COLUMNS:  # pragma: no cover - a programming error, not data
        raise ValueError(column)
    keys = [k for k, n in deltas.items() if n]
    if not keys:
        return
    await conn.execute(
        f"UPDATE room_counts c SET {column} = c.{column} + u.n, updated_at = now() "
        "FROM unnest($1::uuid[], $2::uuid[], $3::bigint[]) AS u(room_id, fair_id, n) "
        "WHERE c.room_id = u.room_id AND c.fair_id = u.fair_id",
        [k[0] for k in keys],
        [k[1] for k in keys],
        [deltas[k] for k in keys],
    )


async def add_room_clicks(conn: Any, deltas: Mapping[tuple[UUID, UUID], int]) -> None:
    """Add ``deltas[(room id, post id)]`` clicks to the rooms of those posts' fairs (summed per
    room first: an UPDATE applies one joined row per target row)."""
    keys = [k for k, n in deltas.items() if n]
    if not keys:
        return
    await conn.execute(
        ADD_ROOM_CLICKS, [k[0] for k in keys], [k[1] for k in keys], [deltas[k] for k in keys]
    )


ADD_ROOM_CLICKS = """
UPDATE room_counts c SET clicks = c.clicks + s.n, updated_at = now()
FROM (SELECT u.room_id, p.fair_id, sum(u.n) AS n
      FROM unnest($1::uuid[], $2::uuid[], $3::bigint[]) AS u(room_id, post_id, n)
      JOIN post p ON p.id = u.post_id GROUP BY 1, 2) s
WHERE c.room_id = s.room_id AND c.fair_id = s.fair_id
"""
