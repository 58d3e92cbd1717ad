"""PostgreSQL effects of topic applications: ``application`` and ``post_counts``.

Every function takes a connection inside the agent's batch transaction. The posts of a batch
are locked (``post_counts`` rows ``FOR UPDATE``) before anything is read, so even a zombie
worker racing after a rebalance cannot hand out one sequence number twice; the application id
is the idempotency key (``ON CONFLICT DO NOTHING``) and counters grow by exactly the rows
inserted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

import asyncpg

from agents import rooms_store
from domain.applicants import PlannedApplication, PostFill

ENSURE_COUNTS = """
INSERT INTO post_counts (post_id, fair_id)
SELECT id, fair_id FROM post WHERE id = ANY($1::uuid[])
ON CONFLICT (post_id) DO NOTHING
"""

LOCK_POSTS = """
SELECT p.id, p.fair_id, p.headcount, p.status, c.offers,
       COALESCE((SELECT max(a.seq) FROM application a WHERE a.post_id = p.id), 0) AS last_seq
FROM post_counts c JOIN post p ON p.id = c.post_id
WHERE c.post_id = ANY($1::uuid[])
ORDER BY c.post_id
FOR UPDATE OF c
"""

INSERT_APPLICATIONS = """
INSERT INTO application (id, applicant_id, post_id, fair_id, status, seq, source, submitted_at)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::bigint[],
                     $7::text[], $8::timestamptz[])
ON CONFLICT DO NOTHING
RETURNING id, post_id, status
"""

ADD_POST_COUNTS = """
UPDATE post_counts c
SET applications = c.applications + u.applications, waitlisted = c.waitlisted + u.waitlisted,
    updated_at = now()
FROM unnest($1::uuid[], $2::bigint[], $3::bigint[]) AS u(post_id, applications, waitlisted)
WHERE c.post_id = u.post_id
RETURNING c.post_id, c.fair_id, c.applications, c.waitlisted
"""


class LockedPost:
    __slots__ = ("fair_id", "fill", "status")

    def __init__(self, fair_id: UUID, status: str, fill: PostFill) -> None:
        self.fair_id, self.status, self.fill = fair_id, status, fill


async def lock_posts(conn: asyncpg.Connection, post_ids: Sequence[UUID]) -> dict[UUID, LockedPost]:
    """The posts that exist, locked for this transaction, with their fill state."""
    await conn.execute(ENSURE_COUNTS, list(post_ids))
    rows = await conn.fetch(LOCK_POSTS, list(post_ids))
    return {
        r["id"]: LockedPost(r["fair_id"], r["status"], PostFill(
            post_id=str(r["id"]), headcount=r["headcount"], offers=r["offers"],
            last_seq=r["last_seq"], open=r["status"] == "published",
        ))
        for r in rows
    }


async def existing(conn: asyncpg.Connection, application_ids: Sequence[UUID]) -> set[UUID]:
    rows = await conn.fetch(
        "SELECT id FROM application WHERE id = ANY($1::uuid[])", list(application_ids)
    )
    return {r["id"] for r in rows}


async def insert_applications(
    conn: asyncpg.Connection,
    plans: Sequence[PlannedApplication],
    facts: dict[str, tuple[UUID, UUID, str | None, datetime, UUID | None]],
) -> dict[UUID, tuple[int, int]]:
    """Insert the planned applications (``facts``: id -> applicant, fair, source, at, room);
    returns ``(counted, waitlisted)`` added per post. A counted application made through a
    livestream room's link is added to that room's ``applications`` (``agents.rooms_store``)."""
    if not plans:
        return {}
    rows = await conn.fetch(
        INSERT_APPLICATIONS,
        [UUID(p.application_id) for p in plans],
        [facts[p.application_id][0] for p in plans],
        [UUID(p.post_id) for p in plans],
        [facts[p.application_id][1] for p in plans],
        [p.status for p in plans],
        [p.seq for p in plans],
        [facts[p.application_id][2] for p in plans],
        [facts[p.application_id][3] for p in plans],
    )
    added: dict[UUID, tuple[int, int]] = {}
    per_room: dict[tuple[UUID, UUID], int] = {}
    for r in rows:
        counted, waiting = added.get(r["post_id"], (0, 0))
        if r["status"] in ("submitted", "waitlisted"):
            counted += 1
            _, fair, _, _, room = facts[str(r["id"])]
            if room is not None:
                per_room[(room, fair)] = per_room.get((room, fair), 0) + 1
        if r["status"] == "waitlisted":
            waiting += 1
        added[r["post_id"]] = (counted, waiting)
    await rooms_store.add_room_counts(conn, "applications", per_room)
    return added


async def add_post_counts(
    conn: asyncpg.Connection, added: dict[UUID, tuple[int, int]]
) -> dict[UUID, tuple[UUID, int, int]]:
    """Add to ``applications`` and ``waitlisted``; returns post -> (fair, totals...)."""
    posts = [p for p, n in added.items() if n != (0, 0)]
    if not posts:
        return {}
    rows = await conn.fetch(
        ADD_POST_COUNTS, posts, [added[p][0] for p in posts], [added[p][1] for p in posts]
    )
    return {r["post_id"]: (r["fair_id"], r["applications"], r["waitlisted"]) for r in rows}


# One withdrawal: the row's status before it (FOR UPDATE) decides what leaves the counts.
WITHDRAW = """
UPDATE application a SET status = 'withdrawn', withdrawn_at = $2, updated_at = now()
FROM (SELECT id, status AS old FROM application WHERE id = $1 FOR UPDATE) o
WHERE a.id = o.id AND a.withdrawn_at IS NULL
  AND a.status IN ('submitted', 'waitlisted', 'interview_scheduled', 'withdrawn')
RETURNING a.post_id, o.old
"""
SUBTRACT = """
UPDATE post_counts SET applications = GREATEST(applications - 1, 0),
       waitlisted = GREATEST(waitlisted - $2, 0), updated_at = now()
WHERE post_id = $1
"""


async def withdraw(conn: asyncpg.Connection, application_id: UUID, at: datetime) -> bool:
    """Mark withdrawn and subtract it from its post's counters, once per application; an
    application already decided (interviewed, offer, ...) or unknown is left as it is."""
    row = await conn.fetchrow(WITHDRAW, application_id, at)
    if row is None:
        return False
    await conn.execute(SUBTRACT, row["post_id"], 1 if row["old"] == "waitlisted" else 0)
    return True
