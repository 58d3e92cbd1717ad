"""Real occupancy for organisers: 在场 (checked in and not checked out) against the optional
venue cap, with a warning near the cap, and the exit poster whose QR code checks people out.

Reads ``fair_counts`` (``agents.checkins``: check-ins and check-outs) and ``fair.venue_cap``
(migration 0007, set with createFair / updateFair). The exit code is the fair's own QR token
on the ``/x/`` path (``web.applicants.journey.exit_page``), so no new secret is needed.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from domain.posters import poster_svg
from web.auth import organiser_session
from web.openapi import path_uuid
from web.setup.reads import fair_json, fetch_fair

NEAR_CAP = 0.9  # warn from 90 % of the venue cap
COUNTS = """
SELECT f.name, f.venue_cap, COALESCE(c.checked_in, 0) AS checked_in,
       COALESCE(c.on_site, 0) AS on_site, f.qr_code, f.ends_at
FROM fair f LEFT JOIN fair_counts c ON c.fair_id = f.id WHERE f.id = $1
"""


def level(on_site: int, cap: int | None) -> str:
    """'' (no cap or room left), 'near' (>= 90 %), 'full' (at or over the cap)."""
    if not cap:
        return ""
    if on_site >= cap:
        return "full"
    return "near" if on_site >= NEAR_CAP * cap else ""


async def occupancy(pool: Any, fair_id: UUID) -> dict[str, Any] | None:
    row = await pool.fetchrow(COUNTS, fair_id)
    if row is None:
        return None
    cap = row["venue_cap"]
    return {
        "checked_in": row["checked_in"],
        "on_site": row["on_site"],
        "cap": cap,
        "level": level(row["on_site"], cap),
        "share": None if not cap else round(100 * row["on_site"] / cap),
    }


def exit_url(entrance_qr_url: str) -> str:
    """The exit code's URL: the entrance URL's token on ``/x/``."""
    base, _, token = entrance_qr_url.rpartition("/f/")
    return f"{base}/x/{token}"


async def exit_poster(request: Request) -> Response:
    """GET /organiser/fairs/{fair_id}/exit-poster.svg (organiser session)."""
    if organiser_session(request) is None:
        return RedirectResponse("/organiser/login", status_code=303)
    fair_id = path_uuid(request, "fair_id")
    row = None if fair_id is None else await fetch_fair(request.state.pool, fair_id)
    if row is None:
        return Response("找不到这场招聘会", status_code=404)
    fair = fair_json(request.state.settings, row)
    svg = poster_svg(
        title=fair["name"][:80],
        subtitle="离场请扫码签退 · Scan when you leave",
        qr_url=exit_url(fair["entrance_qr_url"]),
        lines=["签退后，场内人数会实时更新，方便主办方安排入场。"],
        footer="请张贴在出口处",
    )
    return Response(svg, media_type="image/svg+xml")
