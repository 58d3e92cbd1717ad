"""withdrawApplication and declineInterview: the applicant takes back an application, or says
she cannot come to its interview ("我来不了").

Both publish ``streams.applications.ApplicationWithdrawn`` to topic ``applications`` (keyed by
fair, after the application on the same partition): ``agents.applications`` marks the
application withdrawn and takes it out of the counts once; ``agents.scheduling`` frees the
interview slot or waitlist place, and its waitlist gives the slot to the next person waiting
(once: the schedule changes once per application). Checks here refuse what the applicant
cannot take back (an interview under way or decided); a repeat answers as the first did.
Used by the API (``web.applicants.api``) and the applicant's pages.
"""

from __future__ import annotations

import uuid
from typing import Any
from uuid import UUID

from streams.applications import DECLINED, WITHDRAWN, ApplicationWithdrawn
from streams.topics import APPLICATIONS
from web.command_errors import Conflict, NotFound
from web.context import Context
from web.projection import wait_for_row

APPLICATION = """
SELECT id, applicant_id, post_id, fair_id, status FROM application WHERE id = $1
"""
INTERVIEW = """
SELECT interview_id, application_id, applicant_id, post_id, fair_id, status
FROM interview WHERE interview_id = $1
"""
WITHDRAWN_ROW = "SELECT 1 FROM application WHERE id = $1 AND withdrawn_at IS NOT NULL"
CANCELLED_ROW = "SELECT 1 FROM interview WHERE interview_id = $1 AND status = 'cancelled'"
WITHDRAWABLE = ("submitted", "waitlisted", "interview_scheduled")
NO_APPLICATION = ("application", "unknown_application", "找不到这条报名记录。")
NO_INTERVIEW = ("interview", "unknown_interview", "找不到这场面试。")


def _uuid(value: Any) -> UUID | None:
    try:
        return UUID(str(value))
    except ValueError:
        return None


async def _own(
    ctx: Context, sql: str, raw: Any, applicant_id: str, unknown: tuple[str, str, str]
) -> tuple[UUID, Any]:
    """(id, row) that ``sql`` finds for id ``raw`` if it is the applicant's; NotFound
    otherwise, naming ``unknown`` = (what, code, message_zh)."""
    what, code, message_zh = unknown
    ident = _uuid(raw)
    row = None if ident is None else await ctx.pool.fetchrow(sql, ident)
    if ident is None or row is None or str(row["applicant_id"]) != applicant_id:
        raise NotFound(f"no {what} {str(raw)[:40]!r} of yours", code=code, message_zh=message_zh)
    return ident, row


async def _take_back(
    ctx: Context,
    row: Any,
    application_id: UUID,
    reason: str,
    done_sql: str,
    ident: UUID,
    body: dict[str, Any],
) -> tuple[int, dict[str, Any]]:
    """Publish the withdrawal; 200 once ``done_sql`` finds ``ident`` projected, else 202."""
    await ctx.publisher.publish(
        APPLICATIONS,
        ApplicationWithdrawn(
            event_id=str(uuid.uuid4()),
            application_id=str(application_id),
            applicant_id=str(row["applicant_id"]),
            post_id=str(row["post_id"]),
            fair_id=str(row["fair_id"]),
            reason=reason,
            at=ctx.now().isoformat(),
        ),
    )
    done = await wait_for_row(ctx.pool, done_sql, ident, timeout=ctx.wait_s)
    return (200, body) if done else (202, {**body, "status": "pending"})


async def withdraw(
    ctx: Context, applicant_id: str, application_id: Any
) -> tuple[int, dict[str, Any]]:
    """(200 done | 202 pending, body); NotFound for another applicant's or unknown id."""
    ident, row = await _own(ctx, APPLICATION, application_id, applicant_id, NO_APPLICATION)
    body = {"application_id": str(ident), "status": "withdrawn"}
    if row["status"] == "withdrawn":
        return 200, body
    if row["status"] not in WITHDRAWABLE:
        raise Conflict(
            f"application is {row['status']}",
            code="cannot_withdraw",
            message_zh="面试已经进行或已有结果，不能撤回这条报名。",
        )
    return await _take_back(ctx, row, ident, WITHDRAWN, WITHDRAWN_ROW, ident, body)


async def decline(ctx: Context, applicant_id: str, interview_id: Any) -> tuple[int, dict[str, Any]]:
    """(200 done | 202 pending, body); the slot goes to the next person waiting."""
    ident, row = await _own(ctx, INTERVIEW, interview_id, applicant_id, NO_INTERVIEW)
    body = {
        "interview_id": str(ident),
        "application_id": str(row["application_id"]),
        "status": "cancelled",
    }
    if row["status"] == "cancelled":
        return 200, body
    if row["status"] != "scheduled":
        raise Conflict(
            f"interview is {row['status']}",
            code="cannot_decline",
            message_zh="面试已经开始或已有结果，无法取消。",
        )
    return await _take_back(ctx, row, row["application_id"], DECLINED, CANCELLED_ROW, ident, body)
