"""Reads of the 1131 record and complaints (PostgreSQL, migration 0009, kept by
``agents.support``) for ``web.support`` API and pages. Organisers see a complaint's note and
history; an employer's view shows counts by kind only; nobody sees who filed an anonymous one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from domain.support import KIND_ZH, STATUS_ZH, ServiceRecord, filer_ref

RECORD = """
SELECT policy_briefing, career_guidance, job_referrals, training_or_internship
FROM service_1131 WHERE applicant_id = $1 AND fair_id = $2
"""
# Her other fairs: records with her person key (set by the agent from her phone).
ACROSS = """
WITH mine AS (SELECT person_key FROM service_record
              WHERE applicant_id = $1 AND fair_id = $2 AND person_key IS NOT NULL)
SELECT coalesce(sum(s.policy_briefing), 0) AS policy_briefing,
       coalesce(sum(s.career_guidance), 0) AS career_guidance,
       coalesce(sum(s.job_referrals), 0) AS job_referrals,
       coalesce(sum(s.training_or_internship), 0) AS training_or_internship,
       count(*) AS fairs
FROM service_1131 s
WHERE (s.applicant_id, s.fair_id) IN (
    SELECT r.applicant_id, r.fair_id FROM service_record r JOIN mine USING (person_key))
"""
LIST = """
SELECT c.id, c.kind, c.status, c.filed_at, c.updated_at, c.employer_id, c.post_id,
       c.anonymous, c.channel, c.note, e.name AS employer, e.booth, p.title AS post
FROM complaint c LEFT JOIN employer e ON e.id = c.employer_id LEFT JOIN post p ON p.id = c.post_id
WHERE c.fair_id = $1
ORDER BY (c.status = 'closed'), c.filed_at
"""
HISTORY = """
SELECT complaint_id, step, status, note, actor, at FROM complaint_event
WHERE complaint_id = ANY($1::uuid[]) ORDER BY at, event_id
"""
MINE = """
SELECT id, kind, status, filed_at, updated_at, anonymous FROM complaint
WHERE fair_id = $2 AND (applicant_id = $1 OR filer_ref = $3) ORDER BY filed_at DESC
"""
ONE = "SELECT id, fair_id, kind, status, filed_at, updated_at FROM complaint WHERE id = $1"
EMPLOYER_OPEN = """
SELECT kind, count(*) AS n, min(filed_at) AS since FROM complaint
WHERE employer_id = $1 AND status <> 'closed' GROUP BY kind ORDER BY kind
"""


async def service_record(pool: Any, applicant_id: UUID, fair_id: UUID) -> ServiceRecord:
    row = await pool.fetchrow(RECORD, applicant_id, fair_id)
    return ServiceRecord(**dict(row)) if row else ServiceRecord()


async def service_record_json(pool: Any, applicant_id: UUID, fair_id: UUID) -> dict[str, Any]:
    """getServiceRecord: her counts at this fair, and across her fairs."""
    here = await service_record(pool, applicant_id, fair_id)
    row = await pool.fetchrow(ACROSS, applicant_id, fair_id)
    across = (
        here
        if not row or not row["fairs"]
        else ServiceRecord(
            **{
                k: int(row[k])
                for k in (
                    "policy_briefing",
                    "career_guidance",
                    "job_referrals",
                    "training_or_internship",
                )
            }
        )
    )
    return {
        **here.to_dict(),
        "missing": here.missing(),
        "across_fairs": {**across.to_dict(), "fairs": int(row["fairs"]) if row else 0},
    }


def _since(filed_at: datetime, now: datetime) -> str:
    minutes = max(int((now - filed_at).total_seconds() // 60), 0)
    if minutes < 60:
        return f"{minutes} 分钟"
    if minutes < 24 * 60:
        return f"{minutes // 60} 小时 {minutes % 60} 分钟"
    return f"{minutes // (24 * 60)} 天"


def complaint_json(record: Any, now: datetime) -> dict[str, Any]:
    row = dict(record)
    out = {
        "complaint_id": str(row["id"]),
        "kind": row["kind"],
        "kind_zh": KIND_ZH[row["kind"]],
        "status": row["status"],
        "status_zh": STATUS_ZH[row["status"]],
        "filed_at": row["filed_at"].isoformat(),
        "updated_at": row["updated_at"].isoformat(),
        "waiting_minutes": max(int((now - row["filed_at"]).total_seconds() // 60), 0),
        "since_zh": _since(row["filed_at"], now),
    }
    for key in ("employer_id", "post_id"):
        if row.get(key) is not None:
            out[key] = str(row[key])
    for key in ("employer", "booth", "post", "note", "anonymous", "channel"):
        if key in row:
            out[key] = row[key]
    return out


async def list_complaints(pool: Any, fair_id: UUID, now: datetime) -> list[dict[str, Any]]:
    """The organisers' queue: open first, oldest first, each with its steps."""
    rows = await pool.fetch(LIST, fair_id)
    steps: dict[str, list[dict[str, Any]]] = {}
    for s in await pool.fetch(HISTORY, [r["id"] for r in rows]):
        steps.setdefault(str(s["complaint_id"]), []).append(
            {
                "step": s["step"],
                "status": s["status"],
                "status_zh": STATUS_ZH.get(s["status"]),
                "note": s["note"],
                "actor": s["actor"],
                "at": s["at"].isoformat(),
            }
        )
    return [{**complaint_json(r, now), "history": steps.get(str(r["id"]), [])} for r in rows]


async def my_complaints(
    pool: Any, secret: bytes, applicant_id: str, fair_id: str, now: datetime
) -> list[dict[str, Any]]:
    rows = await pool.fetch(
        MINE, UUID(applicant_id), UUID(fair_id), filer_ref(secret, applicant_id)
    )
    return [complaint_json(r, now) for r in rows]


async def one_complaint(pool: Any, complaint_id: UUID, now: datetime) -> dict[str, Any] | None:
    row = await pool.fetchrow(ONE, complaint_id)
    return None if row is None else complaint_json(row, now)


async def employer_open(pool: Any, employer_id: UUID) -> list[dict[str, Any]]:
    """Open complaints naming an employer, by kind (no notes, nobody named)."""
    return [
        {
            "kind": r["kind"],
            "kind_zh": KIND_ZH[r["kind"]],
            "count": int(r["n"]),
            "since": r["since"].isoformat(),
        }
        for r in await pool.fetch(EMPLOYER_OPEN, employer_id)
    ]
