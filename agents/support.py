"""Consumes ``support``; writes PostgreSQL ``service_event``, ``service_record``, ``complaint``
and ``complaint_event`` (migration 0009).

Supplies ``parse`` and ``apply_batch`` to the batch runner (``agents.runtime``: decode, one
transaction, replay, dead letters, metrics). ``apply_batch`` rejects events of an unknown fair,
claims each event id once in its ledger table (``service_event`` / ``complaint_event``: a
redelivered event changes nothing), adds each new service to the applicant's per-fair record
(with ``person_key`` from her phone, linking her fairs), inserts filed complaints and moves
their status. Job referrals are not written here: they are read from ``application``
(``service_referrals`` view), so nothing is written twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast
from uuid import UUID

import asyncpg
import faust

from agents.runtime import AgentDeps, BatchAgent, Items, Rejected, register_batch_agent
from domain.support import COMPLAINT_KINDS, COMPLAINT_STATUSES, SERVICES, can_move, person_key
from streams.events import BadEvent, aware_time, decode
from streams.support import ComplaintFiled, ComplaintUpdated, ServiceRecorded

AGENT = "support"
Event = ServiceRecorded | ComplaintFiled | ComplaintUpdated


@dataclass(frozen=True, slots=True)
class Parsed:
    event: Event
    event_id: UUID
    fair_id: UUID
    at: datetime


def _uuid(value: str | None, name: str) -> UUID | None:
    if value is None:
        return None
    try:
        return UUID(value)
    except ValueError:
        raise BadEvent("bad_id", f"{name} must be a UUID") from None


def parse(raw: bytes | None) -> Parsed:
    ev = cast(Event, decode(raw, ServiceRecorded, ComplaintFiled, ComplaintUpdated))
    event_id, fair_id = _uuid(ev.event_id, "event_id"), _uuid(ev.fair_id, "fair_id")
    assert event_id is not None and fair_id is not None
    if isinstance(ev, ServiceRecorded):
        _uuid(ev.applicant_id, "applicant_id")
        if ev.service not in SERVICES:
            raise BadEvent("bad_field", f"unknown service {ev.service[:40]!r}")
    elif isinstance(ev, ComplaintFiled):
        for name in ("complaint_id", "applicant_id", "employer_id", "post_id"):
            _uuid(getattr(ev, name), name)
        if ev.kind not in COMPLAINT_KINDS or ev.channel not in ("applicant", "helpdesk"):
            raise BadEvent("bad_field", "unknown complaint kind or channel")
        if ev.note is not None and len(ev.note) > 1000:
            raise BadEvent("bad_field", "note longer than 1000 characters")
    else:
        _uuid(ev.complaint_id, "complaint_id")
        if ev.status not in COMPLAINT_STATUSES:
            raise BadEvent("bad_field", f"unknown complaint status {ev.status[:40]!r}")
        if ev.note is not None and len(ev.note) > 1000:
            raise BadEvent("bad_field", "note longer than 1000 characters")
    return Parsed(ev, event_id, fair_id, aware_time(ev.at, "at"))


async def apply_batch(
    conn: asyncpg.Connection, items: Items[Parsed], secret: bytes
) -> list[Rejected]:
    """All effects of some support events, in order, inside the runner's transaction;
    ``secret`` keys ``person_key``."""
    rejected: list[Rejected] = []
    fairs = {
        r["id"]
        for r in await conn.fetch(
            "SELECT id FROM fair WHERE id = ANY($1::uuid[])", list({p.fair_id for _, p in items})
        )
    }
    for ev, p in items:
        if p.fair_id not in fairs:
            rejected.append((ev, "unknown_fair", "no fair with this fair_id"))
            continue
        e = p.event
        if isinstance(e, ServiceRecorded):
            why = await _service(conn, p, e, secret)
        elif isinstance(e, ComplaintFiled):
            why = await _filed(conn, p, e)
        else:
            why = await _updated(conn, p, e)
        if why is not None:
            rejected.append((ev, why[0], why[1]))
    return rejected


async def _service(
    conn: Any, p: Parsed, e: ServiceRecorded, secret: bytes
) -> tuple[str, str] | None:
    applicant = UUID(e.applicant_id)
    row = await conn.fetchrow(
        "SELECT phone FROM applicant WHERE id = $1 AND fair_id = $2", applicant, p.fair_id
    )
    if row is None:
        return "unknown_applicant", "applicant not registered at this fair"
    claimed = await conn.fetchval(
        "INSERT INTO service_event (event_id, fair_id, applicant_id, service, actor, at) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id) DO NOTHING RETURNING true",
        p.event_id,
        p.fair_id,
        applicant,
        e.service,
        e.actor[:80],
        p.at,
    )
    if not claimed:
        return None  # redelivered: already counted
    key = person_key(secret, row["phone"]) if row["phone"] else None
    column = e.service  # one of SERVICES (checked in parse): safe as an identifier
    await conn.execute(
        f"INSERT INTO service_record (fair_id, applicant_id, person_key, {column}, updated_at) "
        f"VALUES ($1, $2, $3, 1, $4) ON CONFLICT (fair_id, applicant_id) DO UPDATE SET "
        f"{column} = service_record.{column} + 1, "
        f"person_key = coalesce(service_record.person_key, EXCLUDED.person_key), "
        f"updated_at = greatest(service_record.updated_at, EXCLUDED.updated_at)",
        p.fair_id,
        applicant,
        key,
        p.at,
    )
    return None


async def _filed(conn: Any, p: Parsed, e: ComplaintFiled) -> tuple[str, str] | None:
    employer, post = _uuid(e.employer_id, "employer_id"), _uuid(e.post_id, "post_id")
    if employer is not None and not await conn.fetchval(
        "SELECT true FROM employer WHERE id = $1 AND fair_id = $2", employer, p.fair_id
    ):
        return "unknown_employer", "no employer with this id at this fair"
    if post is not None and not await conn.fetchval(
        "SELECT true FROM post WHERE id = $1 AND fair_id = $2", post, p.fair_id
    ):
        return "unknown_post", "no post with this id at this fair"
    complaint = UUID(e.complaint_id)
    await conn.execute(
        "INSERT INTO complaint (id, fair_id, applicant_id, filer_ref, anonymous, "
        "employer_id, post_id, kind, note, channel, status, filed_at, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'received', $11, $11) "
        "ON CONFLICT (id) DO NOTHING",
        complaint,
        p.fair_id,
        None if e.anonymous else _uuid(e.applicant_id, "applicant_id"),
        e.filer_ref if e.anonymous else None,
        e.anonymous,
        employer,
        post,
        e.kind,
        e.note,
        e.channel,
        p.at,
    )
    await _claim(conn, p, complaint, "filed", "received", e.note, e.channel)
    return None


async def _updated(conn: Any, p: Parsed, e: ComplaintUpdated) -> tuple[str, str] | None:
    complaint = UUID(e.complaint_id)
    current = await conn.fetchrow(
        "SELECT status, fair_id FROM complaint WHERE id = $1 FOR UPDATE", complaint
    )
    if current is None or current["fair_id"] != p.fair_id:
        return "unknown_complaint", "no complaint with this id at this fair"
    if not can_move(current["status"], e.status):
        return "bad_transition", f"{current['status']} -> {e.status}"
    if await _claim(conn, p, complaint, "updated", e.status, e.note, e.actor):
        await conn.execute(
            "UPDATE complaint SET status = $2, updated_at = greatest(updated_at, $3) WHERE id = $1",
            complaint,
            e.status,
            p.at,
        )
    return None


async def _claim(
    conn: Any, p: Parsed, complaint: UUID, step: str, status: str, note: str | None, actor: str
) -> bool:
    return bool(
        await conn.fetchval(
            "INSERT INTO complaint_event (event_id, complaint_id, fair_id, step, status, note, "
            "actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
            "ON CONFLICT (event_id) DO NOTHING RETURNING true",
            p.event_id,
            complaint,
            p.fair_id,
            step,
            status,
            note,
            actor[:80],
            p.at,
        )
    )


def spec(secret: bytes) -> BatchAgent[Parsed]:
    async def apply(conn: asyncpg.Connection, items: Items[Parsed]) -> list[Rejected]:
        return await apply_batch(conn, items, secret)

    return BatchAgent(AGENT, parse, apply)


def register(app: faust.App, deps: AgentDeps) -> Any:
    return register_batch_agent(app, deps, deps.topics.support, spec(deps.settings.secret))
