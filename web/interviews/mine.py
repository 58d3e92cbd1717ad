"""The applicant's interview view: "B12 号展位 2 号桌 19:40，前面还有 3 人", updated live.

Reads the ``interview`` and ``interview_waitlist`` projections (``web.interviews.reads``) for the
applicant this browser remembers for the fair (the cookie set at check-in, ``web.applicants.auth``).
``/me/{fair_id}/interviews`` is a page of its own; ``.../partial`` is the fragment it polls every
few seconds, which the applicant's own page can fetch and embed as it is.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import Response

from web.applicants.auth import cookie_applicant
from web.interviews import reads as read
from web.interviews.booth import LABELS
from web.templating import render

REASONS = {
    "fair_full": "面试已约满，有空位时会自动为您安排",
    "applicant_cap": "您同时预约的面试已达上限，完成一场后会自动安排",
    "applicant_busy": "空余时段与您的其他面试冲突，有合适时段时会自动安排",
    "post_full": "该岗位已招满",
    "hiring_closed": "该单位已停止招聘",
    "fair_closed": "今天的面试时段已结束",
}


async def _context(request: Request) -> tuple[int, dict[str, Any]]:
    fair_id = read.parse_id(request.path_params["fair_id"], "fair")
    claims = cookie_applicant(request, str(fair_id))
    if claims is None:
        return 401, {"signed_in": False, "fair_id": fair_id}
    pool = request.state.pool
    rows = [r for r in await read.interviews_where(pool, "applicant_id",
                                                     UUID(claims.applicant_id))
            if r["fair_id"] == fair_id]
    waiting = await read.waiting_of(pool, UUID(claims.applicant_id), fair_id)
    now = datetime.now(UTC)
    return 200, {
        "signed_in": True, "fair_id": fair_id, "rows": rows, "waiting": waiting,
        "labels": LABELS, "reasons": REASONS,
        "minutes": {r["interview_id"]: max(0, int((r["starts_at"] - now).total_seconds()
                                                  // 60)) for r in rows},
    }


async def page(request: Request) -> Response:
    status, ctx = await _context(request)
    return render(request, "interviews/mine.html", ctx, status)


async def partial(request: Request) -> Response:
    status, ctx = await _context(request)
    return render(request, "interviews/_mine.html", ctx, status)
