"""Pages of proof of identity: the applicant's "短信验证码登录" → "收到验证码" flow and the
organiser's help desk.

Applicant (mobile, 390×844, no JavaScript): ``GET /me/{fair}/login`` asks for the phone;
``POST /me/{fair}/code`` sends a code (``web.identity.codes.request_code``) and shows
"收到验证码" with the phone masked; ``POST /me/{fair}/verify`` checks it, remembers her fresh
token in the fair's cookie (``web.applicants.auth.remember``) and goes on to ``next`` (a local
path: the entrance or post page she came from) or her home page. These forms are applicant
forms: the Origin check of ``web.identity.headers`` guards them.

Her consent withdrawn (PIPL Art. 15: as easy as giving it): ``/me/{fair}/erase`` asks once and
erases (``credentials.erase_applicant``, the same as eraseApplicant), then forgets her cookie.

Help desk (organiser session with CSRF token): ``/organiser/fairs/{fair}/helpdesk`` issues a
code on screen after staff checked her ID in person (``codes.helpdesk_code``), revoking every
earlier token of hers.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from domain.identity import mask_phone
from web.applicants.auth import cookie_name, remember
from web.applicants.signin import fair_of_path, signed_in
from web.auth import check_csrf, csrf_token, organiser_session
from web.command_errors import CommandError
from web.context import context_of
from web.errors import status_of
from web.identity import codes, credentials
from web.identity.api import client_of, sender_of
from web.templating import error_page, render


def local_next(raw: object, fair_id: str) -> str:
    """Where to go after signing in: a path on this site, never another site."""
    text = str(raw or "")
    if text.startswith("/") and not text.startswith("//") and "\\" not in text and len(text) <= 200:
        return text
    return f"/me/{fair_id}"


def _refused(request: Request, page: str, context: dict[str, Any], exc: CommandError) -> Response:
    return render(
        request, page, {**context, "error": exc.message_zh, "code": exc.code}, status_of(exc)
    )


async def login(request: Request) -> Response:
    try:
        fair = await fair_of_path(request)
    except CommandError as exc:
        return error_page(request, exc)
    nxt = local_next(request.query_params.get("next"), str(fair["id"]))
    return render(
        request, "identity/login.html", {"fair": fair, "next": nxt, "phone": "", "error": None}
    )


async def _posted(request: Request) -> tuple[Any, dict[str, Any]]:
    """The fair and the page context of a posted phone form (phone, next, code lifetime)."""
    form = await request.form()
    fair = await fair_of_path(request)
    phone = str(form.get("phone") or "")
    return form, {
        "fair": fair,
        "next": local_next(form.get("next"), str(fair["id"])),
        "phone": phone,
        "masked": mask_phone(phone),
        "error": None,
        "minutes": max(1, context_of(request).settings.login_code_ttl_s // 60),
    }


async def send_code(request: Request) -> Response:
    try:
        _, context = await _posted(request)
    except CommandError as exc:
        return error_page(request, exc)
    ctx, fair_id = context_of(request), str(context["fair"]["id"])
    try:
        number = codes.phone_of(ctx, fair_id, context["phone"]).number
        await codes.request_code(ctx, sender_of(request), fair_id, number, client_of(request))
    except CommandError as exc:
        page = "identity/login.html" if exc.code == "invalid_phone" else "identity/code.html"
        return _refused(request, page, context, exc)
    return render(
        request, "identity/code.html", {**context, "phone": number, "masked": mask_phone(number)}
    )


async def verify(request: Request) -> Response:
    try:
        form, context = await _posted(request)
    except CommandError as exc:
        return error_page(request, exc)
    fair_id = str(context["fair"]["id"])
    try:
        out = await codes.verify_code(
            context_of(request),
            fair_id,
            context["phone"],
            str(form.get("code") or ""),
            client_of(request),
        )
    except CommandError as exc:
        return _refused(request, "identity/code.html", context, exc)
    response = RedirectResponse(context["next"], status_code=303)
    remember(response, request, fair_id, out["applicant_token"])
    return response


async def helpdesk(request: Request) -> Response:
    if organiser_session(request) is None:
        return RedirectResponse("/organiser/login", status_code=303)
    try:
        fair = await fair_of_path(request)
    except CommandError as exc:
        return error_page(request, exc)
    context: dict[str, Any] = {
        "fair": fair,
        "csrf": csrf_token(request),
        "issued": None,
        "error": None,
        "minutes": max(1, context_of(request).settings.login_code_ttl_s // 60),
    }
    if request.method == "POST":
        form = await request.form()
        try:
            check_csrf(request, form.get("csrf"))
            context["issued"] = await codes.helpdesk_code(
                context_of(request), str(fair["id"]), str(form.get("phone") or "")
            )
        except CommandError as exc:
            return _refused(request, "identity/helpdesk.html", context, exc)
    return render(request, "identity/helpdesk.html", context)


async def erase(request: Request) -> Response:
    """GET: what erasure means, one button; POST: erase her and forget the cookie."""
    me = await signed_in(request)
    if isinstance(me, Response):
        return me
    context: dict[str, Any] = {"fair": me.fair, "done": False, "error": None}
    if request.method == "GET":
        return render(request, "identity/erase.html", context)
    try:
        await credentials.erase_applicant(context_of(request), me.claims.applicant_id)
    except CommandError as exc:
        return _refused(request, "identity/erase.html", context, exc)
    response = render(request, "identity/erase.html", {**context, "done": True}, 202)
    response.delete_cookie(cookie_name(me.fair_id), path="/")
    return response
