"""PostgreSQL effects of topic checkins: ``applicant``, ``checkin``, ``checkin_event``,
``fair_counts``.

Every function takes a connection inside the agent's batch transaction. The event-id ledger
(``checkin_event``) makes each event apply once; the occupancy arithmetic is decided in Python
(``domain.applicants.occupancy_change``) on rows read ``FOR UPDATE``, then written back in bulk,
so a batch costs a handful of statements whatever its size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from uuid import UUID

import asyncpg

CheckinRow = tuple[datetime, datetime | None]  # checked_in_at, left_at

INSERT_LEDGER = """
INSERT INTO checkin_event (event_id, fair_id, kind, at)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])
ON CONFLICT (event_id) DO NOTHING
RETURNING event_id
"""

INSERT_APPLICANTS = """
INSERT INTO applicant (id, fair_id, name, phone, gender, consent_at, channel, registered_at)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[],
                     $6::timestamptz[], $7::text[], $8::timestamptz[])
ON CONFLICT (id) DO NOTHING
RETURNING id, fair_id
"""

LOAD_CHECKINS = """
SELECT c.fair_id, c.applicant_id, c.checked_in_at, c.left_at
FROM checkin c JOIN unnest($1::uuid[], $2::uuid[]) AS u(fair_id, applicant_id)
  ON c.fair_id = u.fair_id AND c.applicant_id = u.applicant_id
FOR UPDATE OF c
"""

UPSERT_CHECKINS = """
INSERT INTO checkin (fair_id, applicant_id, checked_in_at, left_at)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[])
ON CONFLICT (fair_id, applicant_id) DO UPDATE SET left_at = EXCLUDED.left_at
"""

# Rows first, then arithmetic: an INSERT ... ON CONFLICT would check the CHECK constraints on
# the proposed row (a -1 on_site delta) before it found the conflict.
ENSURE_FAIR_COUNTS = """
INSERT INTO fair_counts (fair_id) SELECT unnest($1::uuid[]) ON CONFLICT (fair_id) DO NOTHING
"""
ADD_FAIR_COUNTS = """
UPDATE fair_counts f SET
    registered = f.registered + u.registered,
    checked_in = f.checked_in + u.checked_in,
    on_site = f.on_site + u.on_site,
    updated_at = now()
FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::bigint[])
    AS u(fair_id, registered, checked_in, on_site)
WHERE f.fair_id = u.fair_id
RETURNING f.fair_id, f.registered, f.checked_in, f.on_site
"""


async def known_fairs(conn: asyncpg.Connection, fair_ids: Iterable[UUID]) -> set[UUID]:
    rows = await conn.fetch("SELECT id FROM fair WHERE id = ANY($1::uuid[])", list(fair_ids))
    return {r["id"] for r in rows}


async def applicant_fairs(
    conn: asyncpg.Connection, applicant_ids: Iterable[UUID]
) -> dict[UUID, UUID]:
    """applicant id -> its fair, for the ids that are registered."""
    rows = await conn.fetch(
        "SELECT id, fair_id FROM applicant WHERE id = ANY($1::uuid[])", list(applicant_ids)
    )
    return {r["id"]: r["fair_id"] for r in rows}


async def claim_events(
    conn: asyncpg.Connection, events: Sequence[tuple[UUID, UUID, str, datetime]]
) -> set[UUID]:
    """Record ``(event_id, fair_id, kind, at)`` in the ledger; returns the ids new to it."""
    if not events:
        return set()
    rows = await conn.fetch(INSERT_LEDGER, *(list(col) for col in zip(*events, strict=True)))
    return {r["event_id"] for r in rows}


async def insert_applicants(
    conn: asyncpg.Connection,
    rows: Sequence[tuple[UUID, UUID, str, str, str | None, datetime, str, datetime]],
) -> dict[UUID, UUID]:
    """Insert new applicants; returns applicant id -> fair of each row actually inserted."""
    if not rows:
        return {}
    out = await conn.fetch(INSERT_APPLICANTS, *(list(col) for col in zip(*rows, strict=True)))
    return {r["id"]: r["fair_id"] for r in out}


async def load_checkins(
    conn: asyncpg.Connection, keys: Sequence[tuple[UUID, UUID]]
) -> dict[tuple[UUID, UUID], CheckinRow]:
    if not keys:
        return {}
    rows = await conn.fetch(LOAD_CHECKINS, [k[0] for k in keys], [k[1] for k in keys])
    return {(r["fair_id"], r["applicant_id"]): (r["checked_in_at"], r["left_at"]) for r in rows}


async def save_checkins(
    conn: asyncpg.Connection, rows: dict[tuple[UUID, UUID], CheckinRow]
) -> None:
    if not rows:
        return
    keys = list(rows)
    await conn.execute(
        UPSERT_CHECKINS, [k[0] for k in keys], [k[1] for k in keys],
        [rows[k][0] for k in keys], [rows[k][1] for k in keys],
    )


async def add_fair_counts(
    conn: asyncpg.Connection, deltas: dict[UUID, tuple[int, int, int]]
) -> dict[UUID, dict[str, int]]:
    """Add ``(registered, checked_in, on_site)`` deltas; returns each fair's new totals."""
    if not deltas:
        return {}
    fairs = sorted(deltas)
    await conn.execute(ENSURE_FAIR_COUNTS, fairs)
    rows = await conn.fetch(
        ADD_FAIR_COUNTS, fairs, [deltas[f][0] for f in fairs], [deltas[f][1] for f in fairs],
        [deltas[f][2] for f in fairs],
    )
    return {
        r["fair_id"]: {"registered": r["registered"], "checked_in": r["checked_in"],
                       "on_site": r["on_site"]}
        for r in rows
    }
