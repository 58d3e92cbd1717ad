"""Consumes ``checkins``; writes PostgreSQL ``applicant``, ``checkin``, ``checkin_event`` and
``fair_counts``.

Supplies ``parse_checkin`` and ``apply_batch`` to the batch runner (``agents.runtime``, which
decodes, runs the transaction, replays and dead-letters; dead letters of this topic are
redacted by ``streams.deadletter``). ``apply_batch``: reject what names an unknown fair or
applicant, claim the event ids in the ledger (a redelivered event is skipped), insert new
registrations (a registration through a livestream room's link also counts for the room,
``agents.rooms_store``), fold check-ins and check-outs over the rows read ``FOR UPDATE``
(``fold_occupancy`` / ``domain.applicants.occupancy_change``), write rows and per-fair deltas
back in bulk.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast
from uuid import UUID

import asyncpg
import faust

from agents import checkins_store as store
from agents import rooms_store
from agents.runtime import AgentDeps, BatchAgent, Items, Rejected, register_batch_agent
from domain.applicants import occupancy_change
from streams.checkins import ApplicantRegistered, CheckedIn, CheckedOut
from streams.events import BadEvent, aware_time, decode

AGENT = "count-checkins"
REGISTERED, IN, OUT = "registered", "in", "out"
Key = tuple[UUID, UUID]  # fair id, applicant id


@dataclass(frozen=True, slots=True)
class Parsed:
    kind: str  # REGISTERED, IN or OUT
    event_id: UUID
    fair_id: UUID
    applicant_id: UUID
    at: datetime
    registration: ApplicantRegistered | None = None

    @property
    def key(self) -> Key:
        return self.fair_id, self.applicant_id


def parse_checkin(raw: bytes | None) -> Parsed:
    """Decode and validate one message of topic checkins; BadEvent names what is wrong."""
    ev = cast(ApplicantRegistered | CheckedIn | CheckedOut,
              decode(raw, ApplicantRegistered, CheckedIn, CheckedOut))
    try:
        ids = UUID(ev.event_id), UUID(ev.fair_id), UUID(ev.applicant_id)
    except ValueError:
        raise BadEvent("bad_id", "event_id, fair_id and applicant_id must be UUIDs") from None
    at = aware_time(ev.at, "at")
    if isinstance(ev, ApplicantRegistered):
        aware_time(ev.consent_at, "consent_at")
        return Parsed(REGISTERED, *ids, at, registration=ev)
    return Parsed(IN if isinstance(ev, CheckedIn) else OUT, *ids, at)


def fold_occupancy(
    rows: dict[Key, store.CheckinRow], moves: Iterable[Parsed]
) -> tuple[dict[Key, store.CheckinRow], dict[UUID, tuple[int, int]]]:
    """Apply check-ins and check-outs in order to the rows; returns the rows that changed and
    the ``(checked_in, on_site)`` delta per fair. Pure: the agent's decision, testable alone."""
    state = dict(rows)
    changed: dict[Key, store.CheckinRow] = {}
    deltas: dict[UUID, tuple[int, int]] = {}
    for p in moves:
        row = state.get(p.key)
        on_site = row is not None and row[1] is None
        d_in, d_on = occupancy_change(p.kind, row is not None, on_site)
        if (d_in, d_on) == (0, 0):
            continue
        if row is None:
            new: store.CheckinRow = (p.at, None)
        else:
            new = (row[0], None) if p.kind == IN else (row[0], p.at)
        state[p.key] = changed[p.key] = new
        old = deltas.get(p.fair_id, (0, 0))
        deltas[p.fair_id] = (old[0] + d_in, old[1] + d_on)
    return changed, deltas


async def apply_batch(conn: asyncpg.Connection, parsed: Items[Parsed]) -> list[Rejected]:
    """All effects of some check-in events, inside the runner's transaction."""
    rejected: list[Rejected] = []
    fairs = await store.known_fairs(conn, {p.fair_id for _, p in parsed})
    items = []
    for ev, p in parsed:
        if p.fair_id in fairs:
            items.append((ev, p))
        else:
            rejected.append((ev, "unknown_fair", "no fair with this fair_id"))
    registered: dict[UUID, int] = {}
    regs = _unique([p for _, p in items if p.kind == REGISTERED])
    new = await store.claim_events(conn, [(p.event_id, p.fair_id, p.kind, p.at) for p in regs])
    rows, seen = [], set()
    rooms: dict[UUID, UUID | None] = {}
    for p in regs:
        r = p.registration
        if p.event_id in new and r is not None and p.applicant_id not in seen:
            seen.add(p.applicant_id)
            rows.append((p.applicant_id, p.fair_id, r.name, r.phone, r.gender,
                         datetime.fromisoformat(r.consent_at), r.channel, p.at))
            rooms[p.applicant_id] = rooms_store.room_uuid(r.room_id)
    per_room: dict[tuple[UUID, UUID], int] = {}  # (room, fair): room_counts (issue 11)
    for applicant_id, fair_id in (await store.insert_applicants(conn, rows)).items():
        registered[fair_id] = registered.get(fair_id, 0) + 1
        room = rooms.get(applicant_id)
        if room is not None:
            per_room[(room, fair_id)] = per_room.get((room, fair_id), 0) + 1
    await rooms_store.add_room_counts(conn, "registrations", per_room)
    moves_in = [(ev, p) for ev, p in items if p.kind != REGISTERED]
    owners = await store.applicant_fairs(conn, {p.applicant_id for _, p in moves_in})
    moves = []
    for ev, p in moves_in:
        if owners.get(p.applicant_id) == p.fair_id:
            moves.append(p)
        else:
            rejected.append((ev, "unknown_applicant", "applicant not registered at this fair"))
    moves = _unique(moves)
    new = await store.claim_events(conn, [(p.event_id, p.fair_id, p.kind, p.at) for p in moves])
    fresh = [p for p in moves if p.event_id in new]
    current = await store.load_checkins(conn, sorted({p.key for p in fresh}))
    changed, occupancy = fold_occupancy(current, fresh)
    await store.save_checkins(conn, changed)
    deltas: dict[UUID, tuple[int, int, int]] = {}
    for fair_id in registered.keys() | occupancy.keys():
        d_in, d_on = occupancy.get(fair_id, (0, 0))
        deltas[fair_id] = (registered.get(fair_id, 0), d_in, d_on)
    await store.add_fair_counts(conn, deltas)
    return rejected


def _unique(items: Iterable[Parsed]) -> list[Parsed]:
    """First occurrence of each event id, in order (a batch may hold a redelivered copy)."""
    seen: set[UUID] = set()
    out = []
    for p in items:
        if p.event_id not in seen:
            seen.add(p.event_id)
            out.append(p)
    return out


SPEC = BatchAgent(AGENT, parse_checkin, apply_batch)


def register(app: faust.App, deps: AgentDeps) -> Any:
    return register_batch_agent(app, deps, deps.topics.checkins, SPEC)
