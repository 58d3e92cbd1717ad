"""Organiser pages of complaints (issue 12): the queue of a fair with the time since filing,
status and notes (every step through ``web.support.commands``, the API's command), the help
desk's complaint QR (the fair's entrance link + ``/complaint``), and the open complaints shown
on the organiser's employer page (counts by kind, no note, nobody named).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from domain.posters import qr_png
from domain.support import COMPLAINT_STATUSES, STATUS_ZH
from domain.tokens import QrKind
from web.applicants import commands as applicants
from web.auth import check_csrf, csrf_token, organiser_session
from web.command_errors import CommandError
from web.context import Context, context_of
from web.openapi import path_uuid
from web.setup.reads import qr_url
from web.support import commands as flow
from web.support import reads as read
from web.support.pages import go
from web.templating import error_page, render


def helpdesk_url(ctx: Context, fair: Any) -> str:
    """The help desk's complaint QR: the fair's entrance link + /complaint."""
    entrance = qr_url(ctx.settings, QrKind.FAIR, fair["qr_code"], fair["ends_at"])
    return f"{entrance}/complaint"


async def organiser_queue(request: Request) -> Response:
    actor = organiser_session(request)
    if actor is None:
        return go("/organiser/login")
    ctx = context_of(request)
    try:
        fair = await applicants.fair_by_id(ctx, request.path_params["fair_id"])
        if request.method == "POST":
            form = await request.form()
            check_csrf(request, form.get("csrf"))
            await flow.update_complaint(
                ctx,
                actor.label,
                str(form.get("complaint_id") or ""),
                str(form.get("status") or ""),
                str(form.get("note") or "") or None,
            )
            return go(f"/organiser/fairs/{fair['id']}/complaints")
    except CommandError as exc:
        return error_page(request, exc)
    return render(
        request,
        "organiser/complaints.html",
        {
            "fair": fair,
            "actor": actor,
            "csrf": csrf_token(request),
            "complaints": await read.list_complaints(ctx.pool, fair["id"], ctx.now()),
            "statuses": COMPLAINT_STATUSES,
            "status_zh": STATUS_ZH,
            "helpdesk_url": helpdesk_url(ctx, fair),
        },
    )


async def helpdesk_qr(request: Request) -> Response:
    if organiser_session(request) is None:
        return Response("", status_code=401)
    ctx = context_of(request)
    try:
        fair = await applicants.fair_by_id(ctx, request.path_params["fair_id"])
    except CommandError as exc:
        return error_page(request, exc)
    return Response(qr_png(helpdesk_url(ctx, fair), scale=6), media_type="image/png")


async def employer_complaints(request: Request) -> Response:
    """Open complaints naming an employer (partial for the organiser's employer page)."""
    if organiser_session(request) is None:
        return Response("", status_code=401)
    employer_id = path_uuid(request, "employer_id")
    if employer_id is None:
        return Response("", status_code=404)
    rows = await read.employer_open(request.state.pool, employer_id)
    return render(request, "support/_employer.html", {"open": rows})
