"""Reads of the fair-setup projection (PostgreSQL ``fair``, ``employer``, ``post``,
``post_screening``, written by ``agents.setup``) shaped as API answers, with QR URLs.

QR URLs are derived, not stored: the token signs the row's random ``qr_code`` with an expiry of
the fair's end plus one day (``domain.tokens``), so the printed URL names no database id and
stops working after the fair. Used by the organiser API, the organiser pages and the posters.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import orjson

from domain.tokens import QrKind, issue_qr_token
from jobfair.settings import Settings
from web.auth import issue_host_token, issue_staff_token
from web.command_errors import NotFound

TOKEN_GRACE_S = 24 * 3600  # a QR code works until one day after the fair ends
QR_PATHS = {QrKind.FAIR: "f", QrKind.BOOTH: "b", QrKind.POST: "p"}

FAIRS = """
SELECT id, name, kind, starts_at, ends_at, venue, version, qr_code, last_event_id, created_at,
       host_key_version, venue_cap,
       (SELECT count(*) FROM employer e WHERE e.fair_id = fair.id) AS employers,
       (SELECT count(*) FROM post p WHERE p.fair_id = fair.id AND p.status = 'published')
           AS published_posts,
       (SELECT count(*) FROM post p WHERE p.fair_id = fair.id
            AND p.status IN ('needs_review', 'rejected')) AS flagged_posts
FROM fair
"""
EMPLOYERS = """
SELECT e.id, e.fair_id, e.name, e.booth, e.interview_tables, e.slot_minutes, e.version,
       e.qr_code, e.staff_key_version, e.last_event_id, f.ends_at AS fair_ends_at
FROM employer e JOIN fair f ON f.id = e.fair_id
"""
POSTS = """
SELECT p.id, p.fair_id, p.employer_id, p.title, p.description, p.headcount, p.flex, p.is_mama,
       p.mama_reasons, p.pay_min, p.pay_max, p.location, p.status, p.version, p.qr_code,
       p.last_event_id, p.created_at, p.updated_at, e.name AS employer_name, e.booth,
       f.ends_at AS fair_ends_at, s.screening, s.decision, s.decided_by, s.reason
FROM post p JOIN employer e ON e.id = p.employer_id JOIN fair f ON f.id = p.fair_id
LEFT JOIN LATERAL (
    SELECT screening, decision, decided_by, reason FROM post_screening a
    WHERE a.post_id = p.id AND a.version = p.version AND a.decision <> 'edit_rejected'
    ORDER BY a.at DESC LIMIT 1
) s ON true
"""
AUDIT = """
SELECT id, version, rules_version, rules, exemptions, screening, decision, decided_by,
       submitted_by, previous_status, reason, proposed, at
FROM post_screening WHERE post_id = $1 ORDER BY at, version
"""


def qr_url(settings: Settings, kind: QrKind, code: bytes, fair_ends_at: datetime) -> str:
    expires = int(fair_ends_at.timestamp()) + TOKEN_GRACE_S
    token = issue_qr_token(settings.secret, kind, bytes(code), expires)
    return f"{settings.base_url}/{QR_PATHS[kind]}/{token}"


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _json(value: Any) -> Any:
    return orjson.loads(value) if isinstance(value, str | bytes) else value


def fair_json(settings: Settings, row: Any, *, secrets: bool = False) -> dict[str, Any]:
    fair_id = str(row["id"])
    out = {
        "id": fair_id, "name": row["name"], "kind": row["kind"],
        "starts_at": _iso(row["starts_at"]), "ends_at": _iso(row["ends_at"]),
        "venue": row["venue"], "venue_cap": row["venue_cap"], "version": row["version"],
        "entrance_qr_url": qr_url(settings, QrKind.FAIR, row["qr_code"], row["ends_at"]),
        "poster_url": f"/api/posters/fair/{fair_id}.svg",
        "employers": row["employers"], "published_posts": row["published_posts"],
        "flagged_posts": row["flagged_posts"],
    }
    if secrets:
        out["host_token"] = issue_host_token(settings, fair_id, row["host_key_version"])
    return out


def employer_json(settings: Settings, row: Any, *, secrets: bool = False) -> dict[str, Any]:
    employer_id = str(row["id"])
    out = {
        "id": employer_id, "fair_id": str(row["fair_id"]), "name": row["name"],
        "booth": row["booth"], "interview_tables": row["interview_tables"],
        "slot_minutes": row["slot_minutes"], "version": row["version"],
        "booth_qr_url": qr_url(settings, QrKind.BOOTH, row["qr_code"], row["fair_ends_at"]),
        "poster_url": f"/api/posters/booth/{employer_id}.svg",
    }
    if secrets:
        out["staff_token"] = issue_staff_token(
            settings, employer_id, out["fair_id"], row["staff_key_version"]
        )
    return out


def post_json(settings: Settings, row: Any) -> dict[str, Any]:
    post_id = str(row["id"])
    screening = _json(row["screening"]) or {}
    review = None
    if row["decided_by"] not in (None, "screening"):
        review = {"decision": row["decision"], "by": row["decided_by"], "reason": row["reason"]}
    return {
        "id": post_id, "fair_id": str(row["fair_id"]), "employer_id": str(row["employer_id"]),
        "employer_name": row["employer_name"], "booth": row["booth"],
        "title": row["title"], "description": row["description"],
        "headcount": row["headcount"], "flex": _json(row["flex"]), "is_mama": row["is_mama"],
        "mama_reasons": list(row["mama_reasons"]), "pay_min": row["pay_min"],
        "pay_max": row["pay_max"], "location": row["location"], "status": row["status"],
        "version": row["version"],
        "post_qr_url": qr_url(settings, QrKind.POST, row["qr_code"], row["fair_ends_at"]),
        "poster_url": f"/api/posters/post/{post_id}.svg",
        "violations": screening.get("violations", []),
        "exemptions": screening.get("exemptions", []),
        # GENDER_UNCLEAR: sentences that seem to restrict gender though no rule names them.
        "review_notes": screening.get("review_notes", []),
        # MODEL_DOUBT: the rules the classifier suspects and the rules did not report.
        "suspected_rules": screening.get("suspected_rules", []),
        "rules_version": screening.get("rules_version"),
        "review": review,
        "created_at": _iso(row["created_at"]), "updated_at": _iso(row["updated_at"]),
    }


def audit_json(row: Any) -> dict[str, Any]:
    return {
        "id": str(row["id"]), "version": row["version"], "rules_version": row["rules_version"],
        "rules": list(row["rules"]), "exemptions": list(row["exemptions"]),
        "screening": _json(row["screening"]), "decision": row["decision"],
        "decided_by": row["decided_by"], "submitted_by": row["submitted_by"],
        "previous_status": row["previous_status"], "reason": row["reason"],
        "proposed": _json(row["proposed"]), "at": _iso(row["at"]),
    }


async def fetch_fair(pool: Any, fair_id: UUID) -> Any:
    return await pool.fetchrow(FAIRS + " WHERE id = $1", fair_id)


async def fetch_fairs(pool: Any) -> list[Any]:
    return list(await pool.fetch(FAIRS + " ORDER BY starts_at DESC, id LIMIT 500"))


async def fetch_employer(pool: Any, employer_id: UUID) -> Any:
    return await pool.fetchrow(EMPLOYERS + " WHERE e.id = $1", employer_id)


async def fetch_employers(pool: Any, fair_id: UUID) -> list[Any]:
    return list(await pool.fetch(EMPLOYERS + " WHERE e.fair_id = $1 ORDER BY e.booth, e.id",
                                 fair_id))


async def fetch_post(pool: Any, post_id: UUID) -> Any:
    return await pool.fetchrow(POSTS + " WHERE p.id = $1", post_id)


async def fetch_posts(
    pool: Any, *, fair_id: UUID | None = None, employer_id: UUID | None = None,
    statuses: list[str] | None = None, limit: int = 2000, offset: int = 0,
) -> list[Any]:
    """One page of posts (``limit`` from ``offset``, in booth and creation order)."""
    sql = POSTS + """ WHERE ($1::uuid IS NULL OR p.fair_id = $1)
        AND ($2::uuid IS NULL OR p.employer_id = $2)
        AND ($3::text[] IS NULL OR p.status = ANY($3))
        ORDER BY e.booth, p.created_at, p.id LIMIT $4 OFFSET $5"""
    return list(await pool.fetch(sql, fair_id, employer_id, statuses, limit, offset))


async def fetch_audit(pool: Any, post_id: UUID) -> list[Any]:
    return list(await pool.fetch(AUDIT, post_id))


async def fair_lists(settings: Settings, pool: Any, fair_id: UUID,
                     statuses: list[str] | None = None, *, secrets: bool = False,
                     employers: bool = True) -> dict[str, Any]:
    """A fair page's data: the fair (404 if unknown), its employers and its posts (of
    ``statuses``), as the API shows them."""
    row = await fetch_fair(pool, fair_id)
    if row is None:
        raise NotFound(f"no fair {fair_id}", code="unknown_fair")
    shown: dict[str, Any] = {"fair": fair_json(settings, row, secrets=secrets)}
    if employers:
        shown["employers"] = [employer_json(settings, e)
                              for e in await fetch_employers(pool, fair_id)]
    shown["posts"] = [post_json(settings, p) for p in await fetch_posts(
        pool, fair_id=fair_id, statuses=statuses)]
    return shown
