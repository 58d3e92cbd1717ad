"""Reads for the applicant journey: fairs by QR code, visible posts, one's own applications.

Reads PostgreSQL ``fair``, ``employer``, ``post``, ``post_counts`` (fair setup, clicks,
applications and interview agents) and ``application``, ``checkin`` (``agents.applications``,
``agents.checkins``). Used by the applicant API (``web.applicants.api``) and pages
(``web.applicants.pages``). Only ``published`` posts are ever shown to applicants.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any
from uuid import UUID

import orjson

from domain.flexwork import FlexibleWork, FlexWorkInvalid
from domain.matching import ApplicantNeeds, PostSummary, recommend
from web.command_errors import Invalid

FAIR_COLUMNS = "id, name, kind, starts_at, ends_at, venue, qr_code"
FAIR_BY_ID = f"SELECT {FAIR_COLUMNS} FROM fair WHERE id = $1"
FAIR_BY_CODE = f"SELECT {FAIR_COLUMNS} FROM fair WHERE qr_code = $1"
EMPLOYER_BY_CODE = "SELECT id, fair_id, name, booth FROM employer WHERE qr_code = $1"
POST_ID_BY_CODE = "SELECT id FROM post WHERE qr_code = $1"
CHECKIN = "SELECT checked_in_at, left_at FROM checkin WHERE fair_id = $1 AND applicant_id = $2"
APPLICANT_EXISTS = "SELECT 1 FROM applicant WHERE id = $1"
APPLICATION = "SELECT id, status FROM application WHERE id = $1"

POSTS = """
SELECT p.id, p.fair_id, p.employer_id, p.title, p.description, p.headcount, p.flex, p.is_mama,
       p.mama_reasons, p.pay_min, p.pay_max, p.location, p.status, p.qr_code,
       e.name AS employer_name, e.booth,
       COALESCE(c.applications, 0) AS applications, COALESCE(c.waitlisted, 0) AS waitlisted,
       COALESCE(c.offers, 0) AS offers, COALESCE(c.clicks, 0) AS clicks
FROM post p JOIN employer e ON e.id = p.employer_id LEFT JOIN post_counts c ON c.post_id = p.id
"""
FAIR_POSTS = POSTS + " WHERE p.fair_id = $1 AND p.status = 'published' ORDER BY e.booth, p.title"
EMPLOYER_POSTS = (
    POSTS + " WHERE p.employer_id = $1 AND p.status = 'published' ORDER BY p.title"
)
ONE_POST = POSTS + " WHERE p.id = $1"

MY_APPLICATIONS = """
SELECT a.id, a.post_id, a.status, a.submitted_at, p.title, e.name AS employer_name, e.booth,
       CASE WHEN a.status = 'waitlisted' THEN 1 + (
           SELECT count(*) FROM application w
           WHERE w.post_id = a.post_id AND w.status = 'waitlisted' AND w.seq < a.seq
       ) END AS waitlist_position,
       i.interview_id, i.table_no, i.starts_at, i.status AS interview_status, i.remote,
       i.booth AS interview_booth,
       CASE WHEN w.state = 'waitlisted' THEN 1 + (
           SELECT count(*) FROM interview_waitlist o
           WHERE o.employer_id = w.employer_id AND o.remote = w.remote
             AND o.state = 'waitlisted' AND o.seq < w.seq) END AS interview_queue
FROM application a JOIN post p ON p.id = a.post_id JOIN employer e ON e.id = p.employer_id
LEFT JOIN interview i ON i.application_id = a.id AND i.status <> 'cancelled'
LEFT JOIN interview_waitlist w ON w.application_id = a.id
WHERE a.applicant_id = $1 AND a.fair_id = $2
ORDER BY a.submitted_at, a.id
"""
# Stored application.status -> listMyApplications' status (the contract's words).
API_STATUS = {"submitted": "applied", "post_closed": "rejected"}

STATUS_ZH = {
    "pending": "提交中",
    "submitted": "已投递",
    "applied": "已投递",
    "waitlisted": "候补中",
    "post_closed": "岗位已关闭",
    "interview_scheduled": "已安排面试",
    "interviewed": "已面试",
    "offer": "已录用",
    "rejected": "未通过",
    "no_show": "未到场",
    "withdrawn": "已撤回",
}


@dataclass(frozen=True)
class PostView:
    """One post as an applicant sees it."""

    id: str
    fair_id: str
    employer_id: str
    title: str
    description: str
    employer_name: str
    booth: str
    headcount: int
    remaining: int
    applications: int
    waitlisted: int
    is_mama: bool
    mama_reasons: tuple[str, ...]
    flex: FlexibleWork | None
    pay_min: int | None
    pay_max: int | None
    location: str | None
    status: str

    @property
    def full(self) -> bool:
        return self.remaining <= 0

    @property
    def flexible(self) -> bool:
        f = self.flex
        return f is not None and (
            f.flexible_start or f.remote_share > 0 or f.school_run_compatible
        )

    def summary(self) -> PostSummary:
        return PostSummary(self.id, self.title, self.employer_name, self.flex, self.remaining,
                           self.headcount)

    def to_json(self) -> dict[str, Any]:
        return {
            "post_id": self.id, "title": self.title, "employer": self.employer_name,
            "booth": self.booth, "headcount": self.headcount, "remaining": self.remaining,
            "applications": self.applications, "waitlisted": self.waitlisted,
            "full": self.full, "is_mama": self.is_mama, "mama_reasons": list(self.mama_reasons),
            "flexible": self.flexible, "flex": self.flex.to_dict() if self.flex else None,
            "pay_min": self.pay_min, "pay_max": self.pay_max, "location": self.location,
        }


def post_view(row: Any) -> PostView:
    flex = None
    raw = row["flex"]
    if raw is not None:
        try:
            flex = FlexibleWork.from_dict(orjson.loads(raw) if isinstance(raw, str) else raw)
        except FlexWorkInvalid:
            flex = None  # stored by an older version: show the post without flexible terms
    return PostView(
        id=str(row["id"]), fair_id=str(row["fair_id"]), employer_id=str(row["employer_id"]),
        title=row["title"], description=row["description"], employer_name=row["employer_name"],
        booth=row["booth"], headcount=row["headcount"],
        remaining=max(row["headcount"] - row["offers"], 0), applications=row["applications"],
        waitlisted=row["waitlisted"], is_mama=row["is_mama"],
        mama_reasons=tuple(row["mama_reasons"] or ()), flex=flex, pay_min=row["pay_min"],
        pay_max=row["pay_max"], location=row["location"], status=row["status"],
    )


async def fair_posts(pool: Any, fair_id: UUID) -> list[PostView]:
    return [post_view(r) for r in await pool.fetch(FAIR_POSTS, fair_id)]


async def employer_posts(pool: Any, employer_id: UUID) -> list[PostView]:
    return [post_view(r) for r in await pool.fetch(EMPLOYER_POSTS, employer_id)]


async def one_post(pool: Any, post_id: UUID) -> PostView | None:
    row = await pool.fetchrow(ONE_POST, post_id)
    return None if row is None else post_view(row)


def filter_posts(posts: list[PostView], *, mama: bool, flexible: bool) -> list[PostView]:
    return [p for p in posts if (not mama or p.is_mama) and (not flexible or p.flexible)]


async def my_applications(pool: Any, applicant_id: UUID, fair_id: UUID) -> list[dict[str, Any]]:
    """listMyApplications: one status per application, following its interview and outcome
    (``applied`` ... ``withdrawn``), with the interview's table and time when it has one."""
    rows = await pool.fetch(MY_APPLICATIONS, applicant_id, fair_id)
    return [_mine(r) for r in rows]


def _mine(r: Any) -> dict[str, Any]:
    stored = r["status"]
    position = r["waitlist_position"]
    if stored == "submitted" and r["interview_queue"] is not None:
        # taken, but every interview slot is booked: she waits for one (候补面试)
        stored, position = "waitlisted", r["interview_queue"]
    out: dict[str, Any] = {
        "application_id": str(r["id"]), "post_id": str(r["post_id"]), "title": r["title"],
        "employer": r["employer_name"], "booth": r["booth"],
        "status": API_STATUS.get(stored, stored),
        "status_zh": STATUS_ZH.get(stored, stored),
        "waitlist_position": position,
        "submitted_at": r["submitted_at"].isoformat(),
    }
    if r["interview_id"] is not None:
        out["interview"] = {
            "interview_id": str(r["interview_id"]), "table": r["table_no"],
            "starts_at": r["starts_at"].isoformat(), "status": r["interview_status"],
            "booth": r["interview_booth"], "remote": r["remote"],
        }
    return out


def needs_from(params: Any, applied: frozenset[str]) -> ApplicantNeeds:
    def hhmm(name: str) -> time | None:
        value = params.get(name)
        if not value:
            return None
        try:
            return time.fromisoformat(value)
        except ValueError:
            raise Invalid(f"{name} must be HH:MM", code="invalid_request", field=name) \
                from None

    try:
        return ApplicantNeeds(
            wants_mama_post=params.get("mama") in ("1", "true"),
            needs_school_run=params.get("school_run") in ("1", "true"),
            remote_preferred=params.get("remote") in ("1", "true"),
            available_from=hhmm("from"), available_to=hhmm("to"), applied_post_ids=applied,
            days=frozenset(int(d) for d in str(params.get("days") or "") if d in "1234567"),
        )
    except ValueError as exc:
        raise Invalid(str(exc), code="invalid_request", field="to") from None


async def recommendations_for(pool: Any, applicant_id: str, fair_id: str,
                              params: Any) -> list[dict[str, Any]]:
    """The "1131" service's three posts: open, not yet applied to, best fit first."""
    posts = await fair_posts(pool, UUID(fair_id))
    mine = await my_applications(pool, UUID(applicant_id), UUID(fair_id))
    needs = needs_from(params, frozenset(a["post_id"] for a in mine))
    by_id = {p.id: p for p in posts}
    return [
        {**by_id[r.post_id].to_json(), "score": r.score, "reasons": list(r.reasons)}
        for r in recommend(needs, [p.summary() for p in posts])
    ]
