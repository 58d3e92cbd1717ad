"""Interview reads, shared by the API (``web.interviews.api``), the booth console
(``web.interviews.booth``) and the applicant's interview view (``web.interviews.mine``).

Reads PostgreSQL ``interview`` / ``interview_waitlist`` (projected by ``agents.scheduling``),
with the post title and employer name.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from web.command_errors import NotFound

# ahead: active interviews before hers at her table ("前面还有 N 人"), as the scheduler counts.
SELECT = """
SELECT i.interview_id, i.application_id, i.applicant_id, i.employer_id, i.post_id, i.fair_id,
       i.remote, i.booth, i.table_no, i.starts_at, i.ends_at, i.status, i.video_link,
       i.outcome_at, i.queue_no, p.title AS post_title, e.name AS employer_name,
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
    where = f" WHERE i.{column} = $1 AND i.status <> 'cancelled'"  # withdrawn: not shown
    if active_only:
        where += " AND i.status IN ('scheduled', 'arrived')"
    return list(await pool.fetch(SELECT + where + ORDER, ident))


async def waiting_of(pool: Any, applicant_id: UUID, fair_id: UUID) -> list[Any]:
    return list(await pool.fetch(WAITING, applicant_id, fair_id))
