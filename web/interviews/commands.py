"""The interview outcome command, shared by recordInterviewOutcome (``web.interviews.api``)
and the booth console (``web.interviews.booth``); takes a ``web.context.Context`` and plain
values and raises ``web.command_errors``.

Reads the interview (``web.interviews.reads``); writes by publishing
``InterviewOutcomeRequested`` to topic ``interviews`` and waiting for the agent's result row in
``interview_command`` (same transaction as the interview row), per the read-your-write rule in
``web.projection``. Checks what it can before publishing, so a refused
request changes nothing; the agent re-checks, since two phones at one booth can race.

Corrections: any outcome other than the way forward (scheduled -> arrived/offer/rejected/
no_show, arrived -> offer/rejected) replaces the current one, if it was recorded less than
``JOBFAIR_CORRECTION_WINDOW_MIN`` minutes ago (``interview.outcome_at``); the scheduler's new
outcome event supersedes the old (both stay in ``interview_event``: the audit), and the
counts are set from the new state. After the window: 409 ``correction_window_closed``.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any
from uuid import UUID

from streams.interviews import InterviewOutcomeRequested
from streams.topics import INTERVIEWS
from web.auth import Actor, can_edit_employer
from web.command_errors import CommandError, Conflict, Forbidden, Invalid, NotFound
from web.context import Context
from web.interviews import reads as read
from web.projection import wait_for_row

FORWARD = {"scheduled": ("arrived", "offer", "rejected", "no_show"),
           "arrived": ("offer", "rejected")}  # the way forward; anything else corrects

RESULT = "SELECT accepted, error, detail FROM interview_command WHERE event_id = $1"
ERRORS: dict[str, tuple[type[CommandError], str]] = {
    "unknown_interview": (NotFound, "找不到这场面试。"),
    "outcome_already_recorded": (Conflict, "这场面试的结果已经登记过了。"),
    "invalid_transition": (Conflict, "这场面试当前的状态不能登记这个结果。"),
    "correction_window_closed": (Conflict,
                                 "已超过更正时限，结果不能再更改；如需更改请联系主办方。"),
    "slot_taken": (Conflict, "该时段已安排给其他人，无法更正为到场；请让她重新报名。"),
    "interview_cancelled": (Conflict, "求职者已取消这场面试。"),
    "invalid_outcome": (Invalid, "无法识别的面试结果。"),
}


def _refuse(code: str, detail: str) -> CommandError:
    kind, message_zh = ERRORS.get(code, (Conflict, "操作未能完成，请刷新后重试。"))
    return kind(detail, code=code, message_zh=message_zh)


def correctable(ctx: Context, row: Any) -> bool:
    """Whether the interview's current outcome may still be replaced (the agent decides
    again on its own clock; this refuses early so a late correction changes nothing)."""
    at = row["outcome_at"]
    window = timedelta(minutes=ctx.settings.correction_window_min)
    return at is not None and ctx.now() - at <= window


async def record_outcome(ctx: Context, actor: Actor, interview_id: Any,
                         outcome: str) -> tuple[int, dict[str, Any]]:
    """(status, body): 200 with the interview once the scheduler applied the outcome, 202
    pending if it has not yet; CommandError for an unknown, foreign or finished interview."""
    pool = ctx.pool
    ident = read.parse_id(interview_id, "interview")
    row = await pool.fetchrow(read.BY_ID, ident)
    if row is None:
        raise _refuse("unknown_interview", f"no interview {ident}")
    if not can_edit_employer(actor, str(row["employer_id"])):
        raise Forbidden("this interview is at another employer's booth",
                        code="not_your_interview", message_zh="这不是本单位的面试。")
    status = row["status"]
    if status == "cancelled":
        raise _refuse("interview_cancelled", "the applicant withdrew or declined")
    if status == outcome:
        raise _refuse("outcome_already_recorded", f"interview is already {status}")
    if outcome not in FORWARD.get(status, ()) and not correctable(ctx, row):
        raise _refuse("correction_window_closed",
                      f"{status} was recorded more than {ctx.settings.correction_window_min} "
                      "minutes ago")
    cmd = InterviewOutcomeRequested(
        event_id=str(uuid.uuid4()), fair_id=str(row["fair_id"]), interview_id=str(ident),
        outcome=outcome, actor=actor.label, at=ctx.now().isoformat(),
    )
    await ctx.publisher.publish(INTERVIEWS, cmd)
    result = await wait_for_row(pool, RESULT, UUID(cmd.event_id), timeout=ctx.wait_s)
    if result is None:
        return 202, {"interview_id": str(ident), "outcome": outcome, "status": "pending"}
    if not result["accepted"]:
        raise _refuse(result["error"] or "conflict", result["detail"] or "refused")
    fresh = await pool.fetchrow(read.BY_ID, ident)
    return 200, {**read.interview_json(fresh), "outcome": outcome}
