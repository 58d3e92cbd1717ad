"""Pages of 1131 services and complaints (issue 12), all in Chinese.

- Applicant (``/me/{fair}/services``, her cookie): her personal QR (an opaque signed code,
  ``domain.support.issue_service_pass``), her 1131 record and what is missing, her complaints'
  status, and the complaint form (named or anonymous).
- Help desk (``/f/{entrance token}/complaint``): anyone holding the fair's entrance token files
  a complaint without an account and gets a status link (``/complaints/{id}?k=…``).
- Desk staff (``/desk/{code}``, organiser or the fair's staff session, tablet size): the URL her
  QR opens on the staff device; one tap records the service chosen at that desk.
Organisers' complaint pages are in ``web.support.queue``.
Every write goes through ``web.support.commands`` (the API's commands).
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from domain.posters import qr_png
from domain.support import (
    COMPLAINT_KINDS,
    KIND_ZH,
    SERVICE_ZH,
    SERVICES,
    complaint_key_ok,
    issue_service_pass,
)
from web.applicants import commands as applicants
from web.applicants.auth import path_cookie_applicant
from web.applicants.signin import signed_in
from web.auth import ORGANISER, STAFF, check_csrf, csrf_token, session_actor
from web.command_errors import CommandError, Forbidden, NotFound
from web.context import context_of
from web.support import commands as flow
from web.support import reads as read
from web.templating import error_page, render

FORM = {"kinds": COMPLAINT_KINDS, "kind_zh": KIND_ZH}


def go(url: str) -> Response:
    return RedirectResponse(url, status_code=303)


async def _employers_posts(request: Request, fair_id: UUID) -> dict[str, Any]:
    pool = request.state.pool
    return {
        "employers": await pool.fetch(
            "SELECT id, name, booth FROM employer WHERE fair_id = $1 ORDER BY booth, name", fair_id
        ),
        "posts": await pool.fetch(
            "SELECT p.id, p.title, e.booth FROM post p JOIN employer e ON e.id = p.employer_id "
            "WHERE p.fair_id = $1 AND p.status IN ('published', 'closed') "
            "ORDER BY e.booth, p.title",
            fair_id,
        ),
    }


def _filing(form: Any, fair_id: str, channel: str, applicant_id: str | None) -> flow.Filing:
    def opt(name: str) -> str | None:
        return str(form.get(name) or "").strip() or None

    return flow.Filing(
        fair_id=fair_id,
        kind=str(form.get("kind") or ""),
        channel=channel,
        applicant_id=applicant_id,
        anonymous=form.get("anonymous") == "on",
        employer_id=opt("employer_id"),
        post_id=opt("post_id"),
        note=opt("note"),
    )


# --- applicant --------------------------------------------------------------------------------


async def my_services(request: Request) -> Response:
    me = await signed_in(request)
    if isinstance(me, Response):
        return me
    ctx, fair, fair_id, claims = context_of(request), me.fair, me.fair_id, me.claims
    if request.method == "POST":  # post/redirect/get: a reload never files it twice
        form = await request.form()
        try:
            filed = await flow.file_complaint(
                ctx, _filing(form, fair_id, "applicant", claims.applicant_id)
            )
        except CommandError as exc:
            return error_page(request, exc)
        return go(f"/me/{fair_id}/services?filed={filed['complaint_id'][:8]}#complain")
    record = await read.service_record_json(ctx.pool, UUID(claims.applicant_id), UUID(fair_id))
    return render(
        request,
        "support/mine.html",
        {
            "fair": fair,
            "fair_id": fair_id,
            "record": record,
            "service_zh": SERVICE_ZH,
            "complaints": await read.my_complaints(
                ctx.pool, ctx.settings.secret, claims.applicant_id, fair_id, ctx.now()
            ),
            "filed": request.query_params.get("filed", "")[:8],
            **FORM,
            **await _employers_posts(request, UUID(fair_id)),
        },
    )


async def my_pass_qr(request: Request) -> Response:
    claims = path_cookie_applicant(request)
    if claims is None:
        return Response("", status_code=401)
    settings = request.state.settings
    code = issue_service_pass(settings.secret, claims.applicant_id, claims.fair_id)
    return Response(
        qr_png(f"{settings.base_url}/desk/{code}", scale=6),
        media_type="image/png",
        headers={"Cache-Control": "private, no-store"},
    )


# --- help desk (entrance token) and the status link -------------------------------------------


async def helpdesk_complaint(request: Request) -> Response:
    ctx = context_of(request)
    try:
        fair = await applicants.fair_by_qr(ctx, request.path_params["token"])
        if request.method == "POST":  # post/redirect/get to her status link
            form = await request.form()
            filed = await flow.file_complaint(ctx, _filing(form, str(fair["id"]), "helpdesk", None))
            return go(filed["status_url"].removeprefix(ctx.settings.base_url) + "&new=1")
    except CommandError as exc:
        return error_page(request, exc)
    return render(
        request,
        "support/complaint.html",
        {"fair": fair, **FORM, **await _employers_posts(request, fair["id"])},
    )


async def complaint_status(request: Request) -> Response:
    ctx = context_of(request)
    try:
        ident = UUID(request.path_params["complaint_id"])
        ok = complaint_key_ok(ctx.settings.secret, str(ident), request.query_params.get("k", ""))
    except ValueError:
        ok = False
    found = await read.one_complaint(ctx.pool, ident, ctx.now()) if ok else None
    if found is None:
        return error_page(
            request,
            NotFound(
                "no such complaint",
                code="unknown_complaint",
                message_zh="找不到这条投诉，请核对链接。",
            ),
        )
    return render(
        request,
        "support/status.html",
        {
            "c": found,
            "new": request.query_params.get("new") == "1",
            "link": f"{ctx.settings.base_url}/complaints/{ident}?k={request.query_params['k']}",
        },
    )


# --- desk staff -------------------------------------------------------------------------------


def _desk_actor(request: Request) -> Any:
    actor = session_actor(request)
    return actor if actor is not None and actor.role in (ORGANISER, STAFF) else None


async def desk(request: Request) -> Response:
    """The page her QR opens on the staff tablet: her record, one tap per service."""
    actor = _desk_actor(request)
    code = request.path_params["code"]
    if actor is None:
        return go("/organiser/login")
    ctx = context_of(request)
    try:
        applicant_id, fair_id = await flow.applicant_of(ctx, None, code)
        if actor.role == STAFF and str(fair_id) != actor.fair_id:
            raise Forbidden(
                "an applicant of another fair",
                code="forbidden",
                message_zh="这位求职者不是本场招聘会的登记人员。",
            )
        if request.method == "POST":
            form = await request.form()
            check_csrf(request, form.get("csrf"))
            service = str(form.get("service") or "")
            event_id = await flow.record_service(
                ctx,
                actor.label,
                None if actor.role == ORGANISER else actor.fair_id,
                None,
                code,
                service,
            )
            request.session["desk_service"] = service
            await flow.service_recorded(ctx, event_id)
            return go(f"/desk/{code}?done={service}")
    except CommandError as exc:
        return error_page(request, exc)
    done = request.query_params.get("done")
    record = await read.service_record_json(ctx.pool, UUID(str(applicant_id)), UUID(str(fair_id)))
    return render(
        request,
        "support/desk.html",
        {
            "code": code,
            "record": record,
            "services": SERVICES,
            "service_zh": SERVICE_ZH,
            "chosen": request.session.get("desk_service", "policy_briefing"),
            "done": SERVICE_ZH.get(done or ""),
            "csrf": csrf_token(request),
        },
    )
