"""One fair's figures as organisers read them live: ``getFairReport`` and the fair page.

``fair_figures(conn, fair_id)`` = the report's figures for the fair (:func:`fair_report`, the
same computation as ``jobfair report``) flattened in the contract's shape, plus what only a
live page needs: people on site now, each counted post's figures (view
``report_post_figures``), each livestream room's counts (``room_counts``, where the rooms
table exists), complaints by status and the 1131 funnel (migration 0009 views). Every query
reads the views the report and the Grafana boards read, so the three agree.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import asyncpg

from jobfair.reporting.query import _tables_exist, fair_report

POSTS = """
SELECT f.post_id, f.title, f.employer_id, e.name AS employer, e.booth, f.headcount,
       f.is_mama, f.applications, f.waitlisted, f.interviews, f.scheduled AS interviews_waiting,
       f.no_shows, f.offers
FROM report_post_figures f JOIN employer e ON e.id = f.employer_id
WHERE f.fair_id = $1 ORDER BY e.booth, e.name, f.title, f.post_id
"""
ROOMS = """
SELECT r.id AS room_id, r.name, r.platform, coalesce(c.clicks, 0) AS clicks,
       coalesce(c.registrations, 0) AS registrations,
       coalesce(c.applications, 0) AS applications
FROM room r LEFT JOIN room_counts c ON c.room_id = r.id
WHERE r.fair_id = $1 ORDER BY r.created_at, r.name
"""
ON_SITE = "SELECT on_site FROM fair_counts WHERE fair_id = $1"
FUNNEL = "SELECT * FROM report_fair_1131 WHERE fair_id = $1"
COMPLAINTS = "SELECT * FROM report_fair_complaints WHERE fair_id = $1"
OLDEST_WAITING = """
SELECT min(filed_at) FROM complaint WHERE fair_id = $1 AND status = 'received'
"""
FUNNEL_KEYS = (
    "service_started",
    "step_policy",
    "step_guidance",
    "step_referrals",
    "completed_1131",
)
COMPLAINT_KEYS = (
    "complaints_received",
    "complaints_in_progress",
    "complaints_referred",
    "complaints_closed",
)


def _plain(row: Any) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, UUID) else v) for k, v in dict(row).items()}


async def fair_figures(conn: asyncpg.Connection, fair_id: UUID) -> dict[str, Any]:
    """The contract's getFairReport answer for one fair (raises ``UnknownFair``)."""
    report = await fair_report(conn, fair_id=fair_id)
    fair = report.fairs[0]
    out: dict[str, Any] = {
        "fair_id": str(fair.fair_id),
        "name": fair.name,
        "kind": fair.kind,
        "starts_at": fair.starts_at.isoformat(),
        **fair.figures,
        "on_site": int(await conn.fetchval(ON_SITE, fair_id) or 0),
        "employers_detail": [
            {"employer_id": str(e.employer_id), "name": e.name, "booth": e.booth, **e.figures}
            for e in fair.employers
        ],
        "posts_detail": [_plain(r) for r in await conn.fetch(POSTS, fair_id)],
        "rooms": [],
    }
    if await _tables_exist(conn, ("room", "room_counts")):
        out["rooms"] = [_plain(r) for r in await conn.fetch(ROOMS, fair_id)]
    if await _tables_exist(conn, ("report_fair_1131", "report_fair_complaints")):
        funnel = await conn.fetchrow(FUNNEL, fair_id)
        out["service_1131"] = {k: int(funnel[k]) if funnel else 0 for k in FUNNEL_KEYS}
        counts = await conn.fetchrow(COMPLAINTS, fair_id)
        out.update({k: int(counts[k]) if counts else 0 for k in COMPLAINT_KEYS})
        oldest = await conn.fetchval(OLDEST_WAITING, fair_id)
        out["oldest_waiting_complaint_at"] = oldest.isoformat() if oldest else None
    return out
