"""Fair-setup writes: validate, screen, publish one event to ``fairsetup``, wait for its row.

Fairs and employers here, posts in ``web.setup.post_commands``. Used by the organiser API
(``web.setup.api``), the organiser pages (``web.setup.pages``) and ``jobfair dev --demo``, so
all three go through the same rules and events. Each function takes a ``web.context.Context``
(settings, pool, publisher, clock) and input already shaped by the JSON Schema, raises
``web.command_errors`` for bad input (``web.errors`` maps them to HTTP), publishes
(``acks=all``) and then polls the projection written by ``agents.setup``
(``web.projection.wait_for_row``). If the row does not appear in time the answer is 202
``{"id", "status": "pending"}``: the event is durable.

Optimistic concurrency: an update may name the ``version`` it edits (409 if stale); two racing
updates produce the same next version, the projection keeps the first, and the loser learns
it from ``last_event_id`` (409 ``edit_conflict``) instead of believing it won.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from uuid import UUID

from domain.tokens import new_qr_code
from streams import fairsetup as ev
from streams.events import Event
from streams.fields import bounded_time
from streams.topics import SETUP
from web.auth import ORGANISER, Actor
from web.command_errors import Conflict, Forbidden, Invalid, NotFound, Unprocessable
from web.context import Context
from web.projection import wait_for_row
from web.setup import reads as read

# Times without an offset are local to the fairs' country (China Standard Time, no DST).
FAIR_TZ = timezone(timedelta(hours=8))


@dataclass(frozen=True)
class Written:
    """The command's outcome: ``status`` 200 existing/updated, 201 created, 202 pending (the
    event is durable, the row not projected yet), the numbers the API answers with."""

    status: int
    body: dict[str, Any]


def parse_time(name: str, value: Any) -> datetime:
    """A request's time field (streams.fields.bounded_time): 400 if not ISO 8601, 422
    ``time_out_of_range`` outside 2000-2100 (a QR expiry past 2106 would overflow)."""
    try:
        datetime.fromisoformat(str(value))
    except ValueError:
        raise Invalid(f"{name}: not an ISO 8601 date-time", code="invalid_time",
                      field=name) from None
    try:
        return bounded_time(str(value))  # no offset: FAIR_TZ (+08:00), as before
    except ValueError as exc:
        raise Unprocessable(f"{name}: {exc}", code="time_out_of_range", field=name) from None


def pending(ident: UUID) -> Written:
    return Written(202, {"id": str(ident), "status": "pending"})


async def created(ctx: Context, sql: str, ident: UUID,
                  answer: Callable[[Any], dict[str, Any]]) -> Written:
    """201 with ``answer(row)`` once the projection has the row ``sql`` selects; else pending."""
    row = await wait_for_row(ctx.pool, sql, ident, timeout=ctx.wait_s)
    return pending(ident) if row is None else Written(201, answer(row))


def current(row: Any, what: str, ident: UUID, data: dict[str, Any]) -> Any:
    """The row an update edits: NotFound (``unknown_<what>``) if there is none, Conflict if
    ``data`` names a stale ``version``."""
    if row is None:
        raise NotFound(f"no {what} {ident}", code=f"unknown_{what}")
    check_version(data, row["version"])
    return row


async def publish(ctx: Context, event: Event) -> None:
    await ctx.publisher.publish(SETUP, event)


async def settle(ctx: Context, sql: str, ident: UUID, version: int, event_id: str) -> Any:
    """The row ``event_id`` produced; None while pending; 409 if another edit won the race."""
    row = await wait_for_row(ctx.pool, sql, ident, version, timeout=ctx.wait_s)
    if row is not None and str(row["last_event_id"]) != event_id:
        raise Conflict("someone else changed it at the same moment; reload and retry",
                       code="edit_conflict")
    return row


# --- fairs -----------------------------------------------------------------------------------

def _fair_times(data: dict[str, Any]) -> tuple[datetime, datetime]:
    starts = parse_time("starts_at", data["starts_at"])
    ends = parse_time("ends_at", data["ends_at"])
    if ends <= starts:
        raise Unprocessable("ends_at must be after starts_at", code="ends_before_start",
                            field="ends_at")
    return starts, ends


async def create_fair(ctx: Context, actor: Actor, data: dict[str, Any]) -> Written:
    fair_id = UUID(data["id"]) if data.get("id") else uuid.uuid4()
    existing = await read.fetch_fair(ctx.pool, fair_id)
    if existing is not None:  # a retried create with the caller's id: same answer, no event
        return Written(200, read.fair_json(ctx.settings, existing, secrets=True))
    starts, ends = _fair_times(data)
    await publish(ctx, ev.FairCreated(
        event_id=str(uuid.uuid4()), fair_id=str(fair_id), name=data["name"], kind=data["kind"],
        starts_at=starts.isoformat(), ends_at=ends.isoformat(), venue=data.get("venue"),
        qr_code=new_qr_code().hex(), at=ctx.now().isoformat(), actor=actor.label,
        venue_cap=data.get("venue_cap"),
    ))
    return await created(ctx, read.FAIRS + " WHERE id = $1", fair_id,
                         lambda row: read.fair_json(ctx.settings, row, secrets=True))


async def update_fair(ctx: Context, actor: Actor, fair_id: UUID,
                      data: dict[str, Any]) -> Written:
    cur = current(await read.fetch_fair(ctx.pool, fair_id), "fair", fair_id, data)
    merged = {"name": cur["name"], "kind": cur["kind"], "venue": cur["venue"],
              "venue_cap": cur["venue_cap"],
              "starts_at": cur["starts_at"].isoformat(), "ends_at": cur["ends_at"].isoformat()}
    merged.update({k: v for k, v in data.items() if k in merged})
    starts, ends = _fair_times(merged)
    event_id, version = str(uuid.uuid4()), cur["version"] + 1
    await publish(ctx, ev.FairUpdated(
        event_id=event_id, fair_id=str(fair_id), version=version, name=merged["name"],
        kind=merged["kind"], starts_at=starts.isoformat(), ends_at=ends.isoformat(),
        venue=merged["venue"], at=ctx.now().isoformat(), actor=actor.label,
        venue_cap=merged["venue_cap"],
    ))
    row = await settle(ctx, read.FAIRS + " WHERE id = $1 AND version >= $2", fair_id, version,
                        event_id)
    return pending(fair_id) if row is None else Written(200, read.fair_json(
        ctx.settings, row, secrets=True))


def check_version(data: dict[str, Any], current: int) -> None:
    if data.get("version") is not None and data["version"] != current:
        raise Conflict(f"you edited version {data['version']}, the current one is {current}",
                       code="version_conflict", current_version=current)


# --- employers -------------------------------------------------------------------------------

async def _booth_free(ctx: Context, fair_id: UUID, booth: str, employer_id: UUID) -> None:
    taken = await ctx.pool.fetchval(
        "SELECT id FROM employer WHERE fair_id = $1 AND booth = $2 AND id <> $3",
        fair_id, booth, employer_id)
    if taken is not None:
        raise Conflict(f"booth {booth} is already given to another employer",
                       code="booth_taken", field="booth")


async def create_employer(ctx: Context, actor: Actor, data: dict[str, Any]) -> Written:
    employer_id = UUID(data["id"]) if data.get("id") else uuid.uuid4()
    existing = await read.fetch_employer(ctx.pool, employer_id)
    if existing is not None:
        return Written(200, read.employer_json(ctx.settings, existing, secrets=True))
    fair_id = UUID(data["fair_id"])
    if await read.fetch_fair(ctx.pool, fair_id) is None:
        raise NotFound(f"no fair {fair_id}", code="unknown_fair", field="fair_id")
    await _booth_free(ctx, fair_id, data["booth"], employer_id)
    await publish(ctx, ev.EmployerCreated(
        event_id=str(uuid.uuid4()), fair_id=str(fair_id), employer_id=str(employer_id),
        name=data["name"], booth=data["booth"], interview_tables=data["interview_tables"],
        slot_minutes=data["slot_minutes"], qr_code=new_qr_code().hex(),
        at=ctx.now().isoformat(), actor=actor.label,
    ))
    return await created(ctx, read.EMPLOYERS + " WHERE e.id = $1", employer_id,
                         lambda row: read.employer_json(ctx.settings, row, secrets=True))


async def update_employer(ctx: Context, actor: Actor, employer_id: UUID,
                          data: dict[str, Any]) -> Written:
    if actor.role != ORGANISER:
        raise Forbidden("only organisers edit employers", code="forbidden")
    cur = current(await read.fetch_employer(ctx.pool, employer_id), "employer", employer_id,
                  data)
    merged = {k: data.get(k, cur[k]) for k in ("name", "booth", "interview_tables",
                                               "slot_minutes")}
    await _booth_free(ctx, cur["fair_id"], merged["booth"], employer_id)
    event_id, version = str(uuid.uuid4()), cur["version"] + 1
    await publish(ctx, ev.EmployerUpdated(
        event_id=event_id, fair_id=str(cur["fair_id"]), employer_id=str(employer_id),
        version=version, at=ctx.now().isoformat(), actor=actor.label, **merged,
    ))
    row = await settle(ctx, read.EMPLOYERS + " WHERE e.id = $1 AND e.version >= $2",
                        employer_id, version, event_id)
    return pending(employer_id) if row is None else Written(200, read.employer_json(
        ctx.settings, row, secrets=True))
