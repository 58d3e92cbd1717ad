"""1131 services and complaints: commands that publish ``streams.support`` events.

Called by ``web.support.api`` (recordService, fileComplaint, updateComplaint) and the desk,
applicant and organiser pages (``web.support.pages``) alike; each takes a ``Context`` and
raises ``web.command_errors``. ``agents.support`` projects the events (migration 0009); a
command that must answer with the result waits for its row (``web.projection``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from domain.support import (
    COMPLAINT_KINDS,
    SERVICES,
    PassInvalid,
    can_move,
    complaint_key,
    filer_ref,
    verify_service_pass,
)
from streams.support import ComplaintFiled, ComplaintUpdated, ServiceRecorded
from streams.topics import SUPPORT
from web.command_errors import Conflict, Forbidden, Invalid, NotFound
from web.context import Context
from web.projection import wait_for_row

APPLICANT_AT_FAIR = "SELECT fair_id FROM applicant WHERE id = $1"
SERVICE_EVENT = "SELECT at FROM service_event WHERE event_id = $1"
COMPLAINT_EVENT = "SELECT at FROM complaint_event WHERE event_id = $1"
COMPLAINT = "SELECT id, fair_id, status FROM complaint WHERE id = $1"


def _uuid(value: Any, field: str, code: str) -> UUID:
    try:
        return UUID(str(value))
    except ValueError:
        raise Invalid(f"{field} must be a UUID", code=code, field=field) from None


async def _publish(ctx: Context, event: Callable[..., Any], **fields: Any) -> str:
    """Publish one ``event`` on topic ``support`` with a fresh event id, made now; its id."""
    event_id = str(uuid.uuid4())
    await ctx.publisher.publish(
        SUPPORT, event(event_id=event_id, at=ctx.now().isoformat(), **fields)
    )
    return event_id


async def applicant_of(
    ctx: Context, applicant_id: str | None, code: str | None
) -> tuple[UUID, UUID]:
    """(applicant id, fair id) from her id or the code of her personal QR; 404 if unknown."""
    if code:
        try:
            applicant_id, _ = verify_service_pass(ctx.settings.secret, code)
        except PassInvalid:
            raise Invalid(
                "not a service QR code of this platform",
                code="invalid_service_code",
                message_zh="无法识别这个服务二维码，请让求职者打开“我的服务”页面重新出示。",
            ) from None
    if not applicant_id:
        raise Invalid("send applicant_id or code", code="invalid_request", field="applicant_id")
    ident = _uuid(applicant_id, "applicant_id", "invalid_request")
    fair_id = await ctx.pool.fetchval(APPLICANT_AT_FAIR, ident)
    if fair_id is None:
        raise NotFound(
            "no applicant with this id",
            code="unknown_applicant",
            message_zh="找不到这位求职者（可能还没有签到登记）。",
        )
    return ident, fair_id


async def record_service(
    ctx: Context,
    actor: str,
    allowed_fair: str | None,
    applicant_id: str | None,
    code: str | None,
    service: str,
) -> str:
    """Publish one ServiceRecorded; ``allowed_fair`` limits staff to their own fair."""
    if service not in SERVICES:
        raise Invalid(
            f"service must be one of {', '.join(SERVICES)}", code="invalid_request", field="service"
        )
    applicant, fair_id = await applicant_of(ctx, applicant_id, code)
    if allowed_fair is not None and str(fair_id) != allowed_fair:
        raise Forbidden(
            "this applicant is registered at another fair",
            code="forbidden",
            message_zh="这位求职者不是本场招聘会的登记人员。",
        )
    return await _publish(
        ctx,
        ServiceRecorded,
        fair_id=str(fair_id),
        applicant_id=str(applicant),
        service=service,
        actor=actor,
    )


async def service_recorded(ctx: Context, event_id: str) -> bool:
    """Whether the agent has projected this service (read-your-write for the desk page)."""
    row = await wait_for_row(ctx.pool, SERVICE_EVENT, UUID(event_id), timeout=ctx.wait_s)
    return row is not None


@dataclass(frozen=True)
class Filing:
    fair_id: str
    kind: str
    channel: str  # "applicant" or "helpdesk"
    applicant_id: str | None = None
    anonymous: bool = False
    employer_id: str | None = None
    post_id: str | None = None
    note: str | None = None


async def file_complaint(ctx: Context, f: Filing) -> dict[str, Any]:
    """Publish ComplaintFiled; 201-shaped answer with the id and her status link."""
    if f.kind not in COMPLAINT_KINDS:
        raise Invalid(
            f"kind must be one of {', '.join(COMPLAINT_KINDS)}",
            code="invalid_request",
            field="kind",
        )
    fair_id = _uuid(f.fair_id, "fair_id", "invalid_request")
    for name, value, table in (
        ("employer_id", f.employer_id, "employer"),
        ("post_id", f.post_id, "post"),
    ):
        if value is None:
            continue
        ident = _uuid(value, name, "invalid_request")
        found = await ctx.pool.fetchval(f"SELECT fair_id FROM {table} WHERE id = $1", ident)
        if found != fair_id:
            raise NotFound(
                f"no {table} {value} at this fair",
                code=f"unknown_{table}",
                message_zh="找不到这个单位或岗位。",
            )
    note = (f.note or "").strip()[:1000] or None
    anonymous = f.anonymous or f.applicant_id is None
    complaint_id = str(uuid.uuid4())
    secret = ctx.settings.secret
    event_id = await _publish(
        ctx,
        ComplaintFiled,
        complaint_id=complaint_id,
        fair_id=str(fair_id),
        kind=f.kind,
        channel=f.channel,
        anonymous=anonymous,
        applicant_id=None if anonymous else f.applicant_id,
        filer_ref=filer_ref(secret, f.applicant_id) if anonymous and f.applicant_id else None,
        employer_id=f.employer_id,
        post_id=f.post_id,
        note=note,
    )
    row = await wait_for_row(ctx.pool, COMPLAINT_EVENT, UUID(event_id), timeout=ctx.wait_s)
    key = complaint_key(secret, complaint_id)
    return {
        "complaint_id": complaint_id,
        "status": "received" if row else "pending",
        "status_url": f"{ctx.settings.base_url}/complaints/{complaint_id}?k={key}",
    }


async def update_complaint(
    ctx: Context, actor: str, complaint_id: str, status: str, note: str | None
) -> dict[str, Any]:
    """Publish ComplaintUpdated (a status step or a note, with who and when)."""
    ident = _uuid(complaint_id, "complaint_id", "invalid_request")
    row = await ctx.pool.fetchrow(COMPLAINT, ident)
    if row is None:
        raise NotFound(
            "no complaint with this id", code="unknown_complaint", message_zh="找不到这条投诉。"
        )
    if not can_move(row["status"], status):
        raise Conflict(
            f"a {row['status']} complaint cannot become {status}",
            code="bad_transition",
            message_zh="已办结的投诉只能重新设为处理中。",
        )
    event_id = await _publish(
        ctx,
        ComplaintUpdated,
        complaint_id=str(ident),
        fair_id=str(row["fair_id"]),
        status=status,
        actor=actor,
        note=(note or "").strip()[:1000] or None,
    )
    done = await wait_for_row(ctx.pool, COMPLAINT_EVENT, UUID(event_id), timeout=ctx.wait_s)
    return {"complaint_id": str(ident), "status": status if done else "pending"}
