"""Interview reads and the outcome command, shared by the API (``web.interviews``), the booth
console (``web.interviews.booth``) and the applicant's interview view.

Reads PostgreSQL ``interview`` / ``interview_waitlist`` (projected by ``agents.scheduling``);
writes by publishing ``InterviewOutcomeRequested`` to topic ``interviews`` and waiting for the
agent's result row in ``interview_command`` (same transaction as the interview row), per the
read-your-write rule in ``web.projection``. Checks what it can before publishing, so a refused
request changes nothing; the agent re-checks, since two phones at one booth can race.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from starlette.requests import Request

from streams.interviews import InterviewOutcomeRequested
from streams.topics import INTERVIEWS
from web.auth import Actor, can_edit_employer
from web.errors import ApiError, BadRequest, Conflict, Forbidden, NotFound
from web.projection import wait_for_row

WAIT_S = 5.0
FINAL = ("offer", "rejected", "no_show")

# ahead: active interviews before hers at her table ("前面还有 N 人"), as the scheduler counts.
SELECT = """
SELECT i.interview_id, i.application_id, i.applicant_id, i.employer_id, i.post_id, i.fair_id,
       i.remote, i.booth, i.table_no, i.starts_at, i.ends_at, i.status, i.video_link,
       p.title AS post_title, e.name AS employer_name,
       CASE WHEN i.status IN ('scheduled', 'arrived') THEN (
           SELECT count(*) FROM interview o
           WHERE o.employer_id = i.employer_id AND o.remote = i.remote
             AND o.table_no = i.table_no AND o.status IN ('scheduled', 'arrived')
             AND o.starts_at < i.starts_at) END AS ahead
FROM interview i JOIN post p ON p.id = i.post_id JOIN employer e ON e.id = i.employer_id
"""
ORDER = " ORDER BY i.starts_at, i.employer_id, i.remote, i.table_no LIMIT 5000"
BY_ID = SELECT + " WHERE i.interview_id = $1"
WAITING = """
SELECT w.application_id, w.employer_id, w.post_id, w.remote, w.state, w.reason,
       p.title AS post_title, e.name AS employer_name, e.booth,
       CASE WHEN w.state = 'waitlisted' THEN (
           SELECT count(*) + 1 FROM interview_waitlist o
           WHERE o.employer_id = w.employer_id AND o.remote = w.remote
             AND o.state = 'waitlisted' AND o.seq < w.seq) END AS position
FROM interview_waitlist w JOIN post p ON p.id = w.post_id JOIN employer e ON e.id = w.employer_id
WHERE w.applicant_id = $1 AND w.fair_id = $2
ORDER BY w.seq
"""
RESULT = "SELECT accepted, error, detail FROM interview_command WHERE event_id = $1"
ERRORS: dict[str, tuple[type[ApiError], str]] = {
    "unknown_interview": (NotFound, "找不到这场面试。"),
    "outcome_already_recorded": (Conflict, "这场面试的结果已经登记过了。"),
    "invalid_transition": (Conflict, "已到场的面试不能登记为未到场。"),
    "invalid_outcome": (BadRequest, "无法识别的面试结果。"),
}


def interview_json(row: Any) -> dict[str, Any]:
    return {
        "interview_id": str(row["interview_id"]), "application_id": str(row["application_id"]),
        "applicant_id": str(row["applicant_id"]), "employer_id": str(row["employer_id"]),
        "post_id": str(row["post_id"]), "fair_id": str(row["fair_id"]),
        "table": row["table_no"], "starts_at": row["starts_at"].isoformat(),
        "ends_at": row["ends_at"].isoformat(), "status": row["status"],
        "booth": row["booth"], "remote": row["remote"], "video_link": row["video_link"],
        "post_title": row["post_title"], "employer_name": row["employer_name"],
        "ahead": row["ahead"],
    }


def parse_id(value: Any, what: str) -> UUID:
    try:
        return UUID(str(value))
    except ValueError:
        raise NotFound(f"no {what} {str(value)[:40]!r}", code=f"unknown_{what}") from None


async def interviews_where(pool: Any, column: str, ident: UUID, *,
                           active_only: bool = False) -> list[Any]:
    # column comes from this module's callers only (fair_id, employer_id, applicant_id).
    where = f" WHERE i.{column} = $1"
    if active_only:
        where += " AND i.status IN ('scheduled', 'arrived')"
    return list(await pool.fetch(SELECT + where + ORDER, ident))


async def waiting_of(pool: Any, applicant_id: UUID, fair_id: UUID) -> list[Any]:
    return list(await pool.fetch(WAITING, applicant_id, fair_id))


def _refuse(code: str, detail: str) -> ApiError:
    kind, message_zh = ERRORS.get(code, (Conflict, "操作未能完成，请刷新后重试。"))
    return kind(detail, code=code, message_zh=message_zh)


async def record_outcome(request: Request, actor: Actor, interview_id: Any,
                         outcome: str) -> tuple[int, dict[str, Any]]:
    """(status, body): 200 with the interview once the scheduler applied the outcome, 202
    pending if it has not yet; ApiError for an unknown, foreign or finished interview."""
    pool = request.state.pool
    ident = parse_id(interview_id, "interview")
    row = await pool.fetchrow(BY_ID, ident)
    if row is None:
        raise _refuse("unknown_interview", f"no interview {ident}")
    if not can_edit_employer(actor, str(row["employer_id"])):
        raise Forbidden("this interview is at another employer's booth",
                        code="not_your_interview", message_zh="这不是本单位的面试。")
    if row["status"] in FINAL or row["status"] == outcome:
        raise _refuse("outcome_already_recorded", f"interview is already {row['status']}")
    if outcome == "no_show" and row["status"] == "arrived":
        raise _refuse("invalid_transition", "an applicant who arrived is not a no-show")
    cmd = InterviewOutcomeRequested(
        event_id=str(uuid.uuid4()), fair_id=str(row["fair_id"]), interview_id=str(ident),
        outcome=outcome, actor=actor.label, at=datetime.now(UTC).isoformat(),
    )
    await request.state.publisher.publish(INTERVIEWS, cmd)
    result = await wait_for_row(pool, RESULT, UUID(cmd.event_id), timeout=WAIT_S)
    if result is None:
        return 202, {"interview_id": str(ident), "outcome": outcome, "status": "pending"}
    if not result["accepted"]:
        raise _refuse(result["error"] or "conflict", result["detail"] or "refused")
    fresh = await pool.fetchrow(BY_ID, ident)
    return 200, {**interview_json(fresh), "outcome": outcome}
