"""Fair-setup writes: validate, screen, publish one event to ``fairsetup``, wait for its row.

Used by the organiser API (``web.setup.api``), the organiser pages (``web.setup.pages``) and
``jobfair dev --demo``, so all three go through the same rules and events. Each function takes
a :class:`SetupContext` (settings, pool, publisher, clock) and input already shaped by the JSON
Schema, raises ``web.errors`` for bad input, publishes (``acks=all``) and then polls the
projection written by ``agents.setup`` (``web.projection.wait_for_row``). If the row does not
appear in time the answer is 202 ``{"id", "status": "pending"}``: the event is durable.

Optimistic concurrency: an update may name the ``version`` it edits (409 if stale); two racing
updates produce the same next version, the projection keeps the first, and the loser learns
it from ``last_event_id`` (409 ``edit_conflict``) instead of believing it won.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from uuid import UUID

from domain.flexwork import FlexibleWork, FlexWorkInvalid, mama_reasons
from domain.screening import Screening, screen_post
from domain.tokens import new_qr_code
from jobfair.settings import Settings
from streams import fairsetup as ev
from streams.events import Event
from streams.topics import SETUP
from web.auth import ORGANISER, Actor, can_edit_employer
from web.errors import BadRequest, Conflict, Forbidden, NotFound, Unprocessable
from web.projection import wait_for_row
from web.setup import reads as read

# Times without an offset are local to the fairs' country (China Standard Time, no DST).
FAIR_TZ = timezone(timedelta(hours=8))
FLEX_KEYS = ("window_start", "window_end", "days", "remote_share", "school_run_compatible",
             "flexible_start", "hours_per_week")
POST_FIELDS = ("title", "description", "headcount", "flex", "pay_min", "pay_max", "location")


@dataclass(frozen=True)
class SetupContext:
    settings: Settings
    pool: Any
    publisher: Any  # web.publish.Publisher or anything with `async publish(spec, event)`
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    wait_s: float = 5.0


@dataclass(frozen=True)
class Written:
    status: int  # 200 existing/updated, 201 created, 202 pending
    body: dict[str, Any]


def parse_time(name: str, value: Any) -> datetime:
    try:
        at = datetime.fromisoformat(str(value))
    except ValueError:
        raise BadRequest(f"{name}: not an ISO 8601 date-time", code="invalid_time",
                         field=name) from None
    return at if at.tzinfo else at.replace(tzinfo=FAIR_TZ)


def _pending(ident: UUID) -> Written:
    return Written(202, {"id": str(ident), "status": "pending"})


async def _publish(ctx: SetupContext, event: Event) -> None:
    await ctx.publisher.publish(SETUP, event)


async def _settle(ctx: SetupContext, sql: str, ident: UUID, version: int, event_id: str) -> Any:
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


async def create_fair(ctx: SetupContext, actor: Actor, data: dict[str, Any]) -> Written:
    fair_id = UUID(data["id"]) if data.get("id") else uuid.uuid4()
    existing = await read.fetch_fair(ctx.pool, fair_id)
    if existing is not None:  # a retried create with the caller's id: same answer, no event
        return Written(200, read.fair_json(ctx.settings, existing, secrets=True))
    starts, ends = _fair_times(data)
    await _publish(ctx, ev.FairCreated(
        event_id=str(uuid.uuid4()), fair_id=str(fair_id), name=data["name"], kind=data["kind"],
        starts_at=starts.isoformat(), ends_at=ends.isoformat(), venue=data.get("venue"),
        qr_code=new_qr_code().hex(), at=ctx.now().isoformat(), actor=actor.label,
    ))
    row = await wait_for_row(ctx.pool, read.FAIRS + " WHERE id = $1", fair_id,
                             timeout=ctx.wait_s)
    if row is None:
        return _pending(fair_id)
    return Written(201, read.fair_json(ctx.settings, row, secrets=True))


async def update_fair(ctx: SetupContext, actor: Actor, fair_id: UUID,
                      data: dict[str, Any]) -> Written:
    cur = await read.fetch_fair(ctx.pool, fair_id)
    if cur is None:
        raise NotFound(f"no fair {fair_id}", code="unknown_fair")
    _check_version(data, cur["version"])
    merged = {"name": cur["name"], "kind": cur["kind"], "venue": cur["venue"],
              "starts_at": cur["starts_at"].isoformat(), "ends_at": cur["ends_at"].isoformat()}
    merged.update({k: v for k, v in data.items() if k in merged})
    starts, ends = _fair_times(merged)
    event_id, version = str(uuid.uuid4()), cur["version"] + 1
    await _publish(ctx, ev.FairUpdated(
        event_id=event_id, fair_id=str(fair_id), version=version, name=merged["name"],
        kind=merged["kind"], starts_at=starts.isoformat(), ends_at=ends.isoformat(),
        venue=merged["venue"], at=ctx.now().isoformat(), actor=actor.label,
    ))
    row = await _settle(ctx, read.FAIRS + " WHERE id = $1 AND version >= $2", fair_id, version,
                        event_id)
    return _pending(fair_id) if row is None else Written(200, read.fair_json(
        ctx.settings, row, secrets=True))


def _check_version(data: dict[str, Any], current: int) -> None:
    if data.get("version") is not None and data["version"] != current:
        raise Conflict(f"you edited version {data['version']}, the current one is {current}",
                       code="version_conflict", current_version=current)


# --- employers -------------------------------------------------------------------------------

async def _booth_free(ctx: SetupContext, fair_id: UUID, booth: str, employer_id: UUID) -> None:
    taken = await ctx.pool.fetchval(
        "SELECT id FROM employer WHERE fair_id = $1 AND booth = $2 AND id <> $3",
        fair_id, booth, employer_id)
    if taken is not None:
        raise Conflict(f"booth {booth} is already given to another employer",
                       code="booth_taken", field="booth")


async def create_employer(ctx: SetupContext, actor: Actor, data: dict[str, Any]) -> Written:
    employer_id = UUID(data["id"]) if data.get("id") else uuid.uuid4()
    existing = await read.fetch_employer(ctx.pool, employer_id)
    if existing is not None:
        return Written(200, read.employer_json(ctx.settings, existing, secrets=True))
    fair_id = UUID(data["fair_id"])
    if await read.fetch_fair(ctx.pool, fair_id) is None:
        raise NotFound(f"no fair {fair_id}", code="unknown_fair", field="fair_id")
    await _booth_free(ctx, fair_id, data["booth"], employer_id)
    await _publish(ctx, ev.EmployerCreated(
        event_id=str(uuid.uuid4()), fair_id=str(fair_id), employer_id=str(employer_id),
        name=data["name"], booth=data["booth"], interview_tables=data["interview_tables"],
        slot_minutes=data["slot_minutes"], qr_code=new_qr_code().hex(),
        at=ctx.now().isoformat(), actor=actor.label,
    ))
    row = await wait_for_row(ctx.pool, read.EMPLOYERS + " WHERE e.id = $1", employer_id,
                             timeout=ctx.wait_s)
    if row is None:
        return _pending(employer_id)
    return Written(201, read.employer_json(ctx.settings, row, secrets=True))


async def update_employer(ctx: SetupContext, actor: Actor, employer_id: UUID,
                          data: dict[str, Any]) -> Written:
    cur = await read.fetch_employer(ctx.pool, employer_id)
    if cur is None:
        raise NotFound(f"no employer {employer_id}", code="unknown_employer")
    _check_version(data, cur["version"])
    merged = {k: data.get(k, cur[k]) for k in ("name", "booth", "interview_tables",
                                               "slot_minutes")}
    await _booth_free(ctx, cur["fair_id"], merged["booth"], employer_id)
    event_id, version = str(uuid.uuid4()), cur["version"] + 1
    await _publish(ctx, ev.EmployerUpdated(
        event_id=event_id, fair_id=str(cur["fair_id"]), employer_id=str(employer_id),
        version=version, at=ctx.now().isoformat(), actor=actor.label, **merged,
    ))
    row = await _settle(ctx, read.EMPLOYERS + " WHERE e.id = $1 AND e.version >= $2",
                        employer_id, version, event_id)
    return _pending(employer_id) if row is None else Written(200, read.employer_json(
        ctx.settings, row, secrets=True))


# --- posts -----------------------------------------------------------------------------------

def post_terms(data: dict[str, Any]) -> dict[str, Any]:
    """Validated post fields; flexible-work terms may come as ``flex`` or as top-level keys."""
    flex_in = data.get("flex")
    loose = {k: data[k] for k in FLEX_KEYS if k in data}
    if loose:
        flex_in = {**(flex_in or {}), **loose}
    flex = None
    if flex_in is not None:
        try:
            flex = FlexibleWork.from_dict(flex_in)
        except FlexWorkInvalid as exc:
            raise BadRequest(f"flex.{exc.field}: {exc.message}", code="invalid_flex",
                             field=f"flex.{exc.field}") from None
    pay_min, pay_max = data.get("pay_min"), data.get("pay_max")
    if pay_min is not None and pay_max is not None and pay_max < pay_min:
        raise Unprocessable("pay_max must not be below pay_min", code="pay_range_invalid",
                            field="pay_max")
    reasons = mama_reasons(flex) if flex else []
    return {
        "title": data["title"], "description": data.get("description") or "",
        "headcount": data["headcount"], "flex": flex.to_dict() if flex else None,
        "is_mama": bool(reasons), "mama_reasons": reasons, "pay_min": pay_min,
        "pay_max": pay_max, "location": data.get("location"),
    }


def screen(terms: dict[str, Any]) -> Screening:
    return screen_post(terms["title"], terms["description"], terms["location"] or "")


def screened_status(s: Screening) -> str:
    if not s.ok:
        return ev.REJECTED
    return ev.NEEDS_REVIEW if s.needs_review else ev.PUBLISHED


def not_compliant(post_id: UUID, s: Screening, detail: str) -> Unprocessable:
    d = s.to_dict()
    return Unprocessable(detail, code="post_not_compliant", violations=d["violations"],
                         exemptions=d["exemptions"], rules_version=d["rules_version"],
                         post_id=str(post_id), status=ev.REJECTED)


def _post_answer(ctx: SetupContext, row: Any, status: int) -> Written:
    body = read.post_json(ctx.settings, row)
    body["needs_review"] = row["status"] == ev.NEEDS_REVIEW
    return Written(status, body)


async def create_post(ctx: SetupContext, actor: Actor, data: dict[str, Any]) -> Written:
    post_id = UUID(data["id"]) if data.get("id") else uuid.uuid4()
    existing = await read.fetch_post(ctx.pool, post_id)
    if existing is not None:
        return _post_answer(ctx, existing, 200)
    employer = await read.fetch_employer(ctx.pool, UUID(data["employer_id"]))
    if employer is None:
        raise NotFound(f"no employer {data['employer_id']}", code="unknown_employer",
                       field="employer_id")
    if not can_edit_employer(actor, str(employer["id"])):
        raise Forbidden("staff may only post for their own employer", code="forbidden")
    terms = post_terms(data)
    s = screen(terms)
    status = screened_status(s)
    await _publish(ctx, ev.PostCreated(
        event_id=str(uuid.uuid4()), fair_id=str(employer["fair_id"]), post_id=str(post_id),
        employer_id=str(employer["id"]), status=status, qr_code=new_qr_code().hex(),
        screening=s.to_dict(), at=ctx.now().isoformat(), actor=actor.label, **terms,
    ))
    row = await wait_for_row(ctx.pool, read.POSTS + " WHERE p.id = $1", post_id,
                             timeout=ctx.wait_s)
    if not s.ok:
        raise not_compliant(post_id, s, "the post breaks equal-employment rules and was not "
                            "published; fix the text or ask an organiser to review it")
    return _pending(post_id) if row is None else _post_answer(ctx, row, 201)


async def update_post(ctx: SetupContext, actor: Actor, post_id: UUID,
                      data: dict[str, Any]) -> Written:
    cur = await read.fetch_post(ctx.pool, post_id)
    if cur is None or not can_edit_employer(actor, str(cur["employer_id"])):
        raise NotFound(f"no post {post_id}", code="unknown_post")
    _check_version(data, cur["version"])
    merged = {k: cur[k] for k in POST_FIELDS}
    merged["flex"] = read.post_json(ctx.settings, cur)["flex"]
    merged.update({k: v for k, v in data.items() if k in POST_FIELDS or k in FLEX_KEYS})
    terms = post_terms(merged)
    s = screen(terms)
    event_id, version = str(uuid.uuid4()), cur["version"] + 1
    now, fair_id = ctx.now().isoformat(), str(cur["fair_id"])
    if not s.ok:
        # The published version stays; the refused text is kept in the audit trail only.
        await _publish(ctx, ev.PostEditRejected(
            event_id=event_id, fair_id=fair_id, post_id=str(post_id), version=version,
            proposed=terms, screening=s.to_dict(), at=now, actor=actor.label))
        await wait_for_row(ctx.pool, "SELECT 1 FROM post_screening WHERE id = $1",
                           UUID(event_id), timeout=ctx.wait_s)
        raise not_compliant(post_id, s, "the edit breaks equal-employment rules; the post "
                            "keeps its previous version")
    await _publish(ctx, ev.PostUpdated(
        event_id=event_id, fair_id=fair_id, post_id=str(post_id),
        employer_id=str(cur["employer_id"]), version=version,
        status=_next_status(cur, data.get("status"), s), screening=s.to_dict(), at=now,
        actor=actor.label, **terms,
    ))
    row = await _settle(ctx, read.POSTS + " WHERE p.id = $1 AND p.version >= $2", post_id,
                        version, event_id)
    return _pending(post_id) if row is None else _post_answer(ctx, row, 200)


def _next_status(cur: Any, asked: str | None, s: Screening) -> str:
    if asked == ev.CLOSED:
        return ev.CLOSED
    if cur["status"] == ev.CLOSED and asked != ev.PUBLISHED:
        return ev.CLOSED  # editing a closed post does not reopen it by surprise
    status = screened_status(s)
    if status == ev.PUBLISHED and cur["status"] == ev.REJECTED and cur["decided_by"] not in (
        None, "screening"
    ):
        return ev.NEEDS_REVIEW  # an organiser rejected it: a person looks again
    return status


async def review_post(ctx: SetupContext, actor: Actor, post_id: UUID,
                      data: dict[str, Any]) -> Written:
    if actor.role != ORGANISER:
        raise Forbidden("only an organiser may review posts", code="forbidden")
    cur = await read.fetch_post(ctx.pool, post_id)
    if cur is None:
        raise NotFound(f"no post {post_id}", code="unknown_post")
    _check_version(data, cur["version"])
    decision = data["decision"]
    status = ev.PUBLISHED if decision == "approved" else ev.REJECTED
    # Confirming what the rules decided (rejecting a post screening rejected) is a real
    # review; repeating a person's decision, or approving a published post, is not.
    by_person = cur["decided_by"] not in (None, "screening")
    if cur["status"] == ev.CLOSED or (cur["status"] == status and (
            status == ev.PUBLISHED or by_person)):
        raise Conflict(f"the post is already {cur['status']}", code="nothing_to_review",
                       status=cur["status"])
    event_id, version = str(uuid.uuid4()), cur["version"] + 1
    await _publish(ctx, ev.PostReviewed(
        event_id=event_id, fair_id=str(cur["fair_id"]), post_id=str(post_id), version=version,
        reviewed_version=cur["version"], decision=decision, previous_status=cur["status"],
        status=status, reason=data["reason"].strip(), at=ctx.now().isoformat(),
        actor=actor.label,
    ))
    row = await _settle(ctx, read.POSTS + " WHERE p.id = $1 AND p.version >= $2", post_id,
                        version, event_id)
    return _pending(post_id) if row is None else _post_answer(ctx, row, 200)
