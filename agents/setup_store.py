"""PostgreSQL effects of fair-setup events: rows of ``fair``, ``employer``, ``post``,
``post_counts`` and the append-only audit ``post_screening`` (rooms and the presented post:
``agents.rooms_store``).

Idempotent by construction: creations are ``ON CONFLICT (id) DO NOTHING``; updates apply only
when the event's version is newer than the row's; audit rows are keyed by the event id. A
redelivered or replayed event therefore changes nothing. Functions take a connection; the
agent owns the transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg
import orjson

from agents import rooms_store
from streams.events import Event
from streams.fairsetup import (
    EmployerCreated,
    EmployerUpdated,
    FairCreated,
    FairUpdated,
    PostCreated,
    PostEditRejected,
    PostPresented,
    PostReviewed,
    PostUpdated,
    RoomCreated,
)

INSERT_FAIR = """
INSERT INTO fair (id, name, kind, starts_at, ends_at, venue, qr_code, version, last_event_id,
                  created_at, updated_at, venue_cap)
VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, $9, $10)
ON CONFLICT (id) DO NOTHING
"""
UPDATE_FAIR = """
UPDATE fair SET name = $3, kind = $4, starts_at = $5, ends_at = $6, venue = $7,
                version = $2, last_event_id = $8, updated_at = $9, venue_cap = $10
WHERE id = $1 AND version < $2
"""
INSERT_EMPLOYER = """
INSERT INTO employer (id, fair_id, name, booth, interview_tables, slot_minutes, qr_code,
                      version, last_event_id, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, $9)
ON CONFLICT (id) DO NOTHING
"""
UPDATE_EMPLOYER = """
UPDATE employer SET name = $3, booth = $4, interview_tables = $5, slot_minutes = $6,
                    version = $2, last_event_id = $7, updated_at = $8
WHERE id = $1 AND version < $2
"""
INSERT_POST = """
INSERT INTO post (id, fair_id, employer_id, title, description, headcount, flex, is_mama,
                  mama_reasons, pay_min, pay_max, location, status, qr_code, version,
                  last_event_id, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1, $15, $16, $16)
ON CONFLICT (id) DO NOTHING
RETURNING id
"""
INSERT_COUNTS = """
INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2) ON CONFLICT (post_id) DO NOTHING
"""
UPDATE_POST = """
UPDATE post SET title = $3, description = $4, headcount = $5, flex = $6, is_mama = $7,
                mama_reasons = $8, pay_min = $9, pay_max = $10, location = $11, status = $12,
                version = $2, last_event_id = $13, updated_at = $14
WHERE id = $1 AND version < $2
RETURNING id
"""
REVIEW_POST = """
UPDATE post SET status = $3, version = $2, last_event_id = $4, updated_at = $5
WHERE id = $1 AND version < $2
RETURNING id
"""
LATEST_SCREENING = """
SELECT rules_version, rules, exemptions, screening FROM post_screening
WHERE post_id = $1 AND version = $2 AND decided_by = 'screening'
ORDER BY at DESC LIMIT 1
"""
INSERT_AUDIT = """
INSERT INTO post_screening (id, post_id, fair_id, version, rules_version, rules, exemptions,
                            screening, decision, decided_by, submitted_by, previous_status,
                            reason, proposed, at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
ON CONFLICT (id) DO NOTHING
"""


def _t(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _json(value: Any) -> str | None:
    return None if value is None else orjson.dumps(value).decode()


async def apply(conn: asyncpg.Connection, ev: Event) -> None:
    """Apply one setup event; the caller has validated ids and times (agents.setup.parse)."""
    if isinstance(ev, FairCreated):
        await conn.execute(
            INSERT_FAIR, UUID(ev.fair_id), ev.name, ev.kind, _t(ev.starts_at), _t(ev.ends_at),
            ev.venue, bytes.fromhex(ev.qr_code), UUID(ev.event_id), _t(ev.at), ev.venue_cap,
        )
    elif isinstance(ev, FairUpdated):
        await conn.execute(
            UPDATE_FAIR, UUID(ev.fair_id), ev.version, ev.name, ev.kind, _t(ev.starts_at),
            _t(ev.ends_at), ev.venue, UUID(ev.event_id), _t(ev.at), ev.venue_cap,
        )
    elif isinstance(ev, EmployerCreated):
        await conn.execute(
            INSERT_EMPLOYER, UUID(ev.employer_id), UUID(ev.fair_id), ev.name, ev.booth,
            ev.interview_tables, ev.slot_minutes, bytes.fromhex(ev.qr_code),
            UUID(ev.event_id), _t(ev.at),
        )
    elif isinstance(ev, EmployerUpdated):
        await conn.execute(
            UPDATE_EMPLOYER, UUID(ev.employer_id), ev.version, ev.name, ev.booth,
            ev.interview_tables, ev.slot_minutes, UUID(ev.event_id), _t(ev.at),
        )
    elif isinstance(ev, PostCreated):
        await _post_created(conn, ev)
    elif isinstance(ev, PostUpdated):
        await _post_updated(conn, ev)
    elif isinstance(ev, PostEditRejected):
        await _audit(conn, ev.event_id, ev.post_id, ev.fair_id, ev.version, ev.screening,
                     "edit_rejected", ev.actor, ev.at, proposed=ev.proposed)
    elif isinstance(ev, PostReviewed):
        await _post_reviewed(conn, ev)
    elif isinstance(ev, RoomCreated):
        await rooms_store.create_room(conn, ev)
    elif isinstance(ev, PostPresented):
        await rooms_store.present(conn, ev)
    else:  # pragma: no cover - parse() only lets setup events through
        raise TypeError(type(ev).__name__)


async def _post_created(conn: asyncpg.Connection, ev: PostCreated) -> None:
    post_id, fair_id = UUID(ev.post_id), UUID(ev.fair_id)
    await conn.execute(
        INSERT_POST, post_id, fair_id, UUID(ev.employer_id), ev.title, ev.description,
        ev.headcount, _json(ev.flex), ev.is_mama, ev.mama_reasons, ev.pay_min, ev.pay_max,
        ev.location, ev.status, bytes.fromhex(ev.qr_code), UUID(ev.event_id), _t(ev.at),
    )
    # Every post has its counts row from birth, whatever its status: the counting agents
    # only ever UPDATE it.
    await conn.execute(INSERT_COUNTS, post_id, fair_id)
    await _audit(conn, ev.event_id, ev.post_id, ev.fair_id, 1, ev.screening, ev.status,
                 ev.actor, ev.at)


async def _post_updated(conn: asyncpg.Connection, ev: PostUpdated) -> None:
    await conn.execute(
        UPDATE_POST, UUID(ev.post_id), ev.version, ev.title, ev.description, ev.headcount,
        _json(ev.flex), ev.is_mama, ev.mama_reasons, ev.pay_min, ev.pay_max, ev.location,
        ev.status, UUID(ev.event_id), _t(ev.at),
    )
    await _audit(conn, ev.event_id, ev.post_id, ev.fair_id, ev.version, ev.screening,
                 ev.status, ev.actor, ev.at)


async def _post_reviewed(conn: asyncpg.Connection, ev: PostReviewed) -> None:
    await conn.execute(
        REVIEW_POST, UUID(ev.post_id), ev.version, ev.status, UUID(ev.event_id), _t(ev.at),
    )
    # The override row repeats what the rules said about the version the organiser judged,
    # so one row answers "what was overridden, by whom, why".
    judged = await conn.fetchrow(LATEST_SCREENING, UUID(ev.post_id), ev.reviewed_version)
    screening = orjson.loads(judged["screening"]) if judged else {}
    await _audit(
        conn, ev.event_id, ev.post_id, ev.fair_id, ev.version, screening,
        "approved" if ev.decision == "approved" else "review_rejected", ev.actor, ev.at,
        decided_by=ev.actor, previous_status=ev.previous_status, reason=ev.reason,
    )


async def _audit(
    conn: asyncpg.Connection, event_id: str, post_id: str, fair_id: str, version: int,
    screening: dict[str, Any], decision: str, submitted_by: str, at: str, *,
    decided_by: str = "screening", previous_status: str | None = None,
    reason: str | None = None, proposed: dict[str, Any] | None = None,
) -> None:
    await conn.execute(
        INSERT_AUDIT, UUID(event_id), UUID(post_id), UUID(fair_id), version,
        str(screening.get("rules_version", "")),
        sorted({str(v.get("rule")) for v in screening.get("violations", [])}),
        sorted({str(e.get("code")) for e in screening.get("exemptions", [])}),
        _json(screening), decision, decided_by, submitted_by, previous_status, reason,
        _json(proposed), _t(at),
    )
