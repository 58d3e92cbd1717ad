"""The rest of the applicant journey: job detail before applying, her needs (asked once,
optionally, kept in a cookie on her phone), withdraw / 我来不了, check-out on her page or at the
exit QR, and a Chinese landing page at ``/`` so no link ends in a JSON 404.

Pages only: writes go through ``web.applicants.withdraw`` (withdrawApplication,
declineInterview) and ``web.applicants.commands`` (checkOut); reads through
``web.applicants.reads``. Her needs never leave her phone except as the recommendation query:
no name, phone or need is stored on the server for this.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, urlencode
from uuid import UUID

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from domain.applicants import application_id_for
from web.applicants import commands as flow
from web.applicants import reads as read
from web.applicants import withdraw as taking_back
from web.applicants.auth import cookie_applicant
from web.applicants.signin import fair_of_path, signed_in
from web.command_errors import CommandError, NotFound
from web.context import context_of
from web.projection import wait_for_row
from web.templating import error_page, render

LEFT = "SELECT 1 FROM checkin WHERE fair_id = $1 AND applicant_id = $2 AND left_at IS NOT NULL"
NEEDS_PREFIX = "jfn_"
NEED_KEYS = ("school_run", "from", "to", "days", "remote", "mama")
NEEDS_MAX_AGE = 30 * 24 * 3600  # the needs outlive one fair day; she can change them any time
DAYS = ((1, "一"), (2, "二"), (3, "三"), (4, "四"), (5, "五"), (6, "六"), (7, "日"))


def needs_cookie(fair_id: str) -> str:
    return NEEDS_PREFIX + UUID(fair_id).hex


def needs_of(request: Request, fair_id: str) -> dict[str, str] | None:
    """Her stated needs for this fair; {} if she skipped the question; None if never asked."""
    raw = request.cookies.get(needs_cookie(fair_id))
    if raw is None:
        return None
    return {k: v for k, v in parse_qsl(raw) if k in NEED_KEYS}


async def root(request: Request) -> Response:
    return render(request, "applicant/root.html", {})


def _home(fair_id: str, **flags: str) -> RedirectResponse:
    query = urlencode({k: v for k, v in flags.items() if v})
    return RedirectResponse(f"/me/{fair_id}" + (f"?{query}" if query else ""), status_code=303)


async def post_detail(request: Request) -> Response:
    """Description, hours, days, place, pay and why it is a 妈妈岗, then 报名."""
    try:
        fair = await fair_of_path(request)
        try:
            post = await read.one_post(request.state.pool, UUID(request.path_params["post_id"]))
        except ValueError:
            post = None
        if (
            post is None
            or post.fair_id != str(fair["id"])
            or post.status in ("needs_review", "rejected")
        ):
            raise NotFound("no such post", code="unknown_post", message_zh="找不到这个岗位。")
    except CommandError as exc:
        return error_page(request, exc)
    fair_id = str(fair["id"])
    claims = cookie_applicant(request, fair_id)
    applied = (
        claims is not None
        and await request.state.pool.fetchrow(
            read.APPLICATION, UUID(application_id_for(claims.applicant_id, post.id))
        )
        is not None
    )
    return render(
        request,
        "applicant/detail.html",
        {
            "fair": fair,
            "fair_id": fair_id,
            "post": post,
            "known": claims is not None,
            "applied": applied,
            "days": dict(DAYS),
            "back": request.query_params.get("back", ""),
        },
    )


async def needs(request: Request) -> Response:
    try:
        fair = await fair_of_path(request)
    except CommandError as exc:
        return error_page(request, exc)
    fair_id = str(fair["id"])
    if request.method == "GET":
        return render(
            request,
            "applicant/needs.html",
            {
                "fair": fair,
                "fair_id": fair_id,
                "needs": needs_of(request, fair_id) or {},
                "days": DAYS,
            },
        )
    form = await request.form()
    kept: dict[str, str] = {}
    if form.get("skip") is None:
        for key in ("school_run", "remote", "mama"):
            if form.get(key):
                kept[key] = "1"
        for key in ("from", "to"):
            value = str(form.get(key) or "")[:5]
            if len(value) == 5 and value[2] == ":" and value.replace(":", "").isdigit():
                kept[key] = value
        kept["days"] = "".join(d for d in "1234567" if form.get(f"day{d}"))
        if "from" in kept and "to" in kept and kept["to"] <= kept["from"]:
            kept.pop("to")  # an impossible window: keep the start only
    response = _home(fair_id, needs="saved" if form.get("skip") is None else "")
    response.set_cookie(
        needs_cookie(fair_id),
        urlencode(kept),
        max_age=NEEDS_MAX_AGE,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


async def take_back(request: Request) -> Response:
    """撤回报名 (application_id) or 我来不了 (interview_id), from her home or interview page."""
    me = await signed_in(request)
    if isinstance(me, Response):
        return me
    try:
        form = await request.form()
        if form.get("interview_id"):
            await taking_back.decline(
                context_of(request), me.claims.applicant_id, form.get("interview_id")
            )
            flag = "declined"
        else:
            await taking_back.withdraw(
                context_of(request), me.claims.applicant_id, form.get("application_id")
            )
            flag = "withdrawn"
    except CommandError as exc:
        return error_page(request, exc)
    return _home(me.fair_id, done=flag)


async def check_out(request: Request) -> Response:
    """签退离场 on her page (POST /me/{fair}/checkout)."""
    me = await signed_in(request)
    if isinstance(me, Response):
        return me
    left = await flow.check_out(context_of(request), me.claims.applicant_id, me.fair_id)
    if left:  # read-your-write: her page shows 已离场 at once
        await wait_for_row(
            request.state.pool,
            LEFT,
            me.fair["id"],
            UUID(me.claims.applicant_id),
            timeout=context_of(request).wait_s,
        )
    return _home(me.fair_id, done="left" if left else "")


async def exit_page(request: Request) -> Response:
    """The exit QR (``/x/{token}``, the fair's own code): one button to check out."""
    token = request.path_params["token"]
    try:
        fair = await flow.fair_by_qr(context_of(request), token)
    except CommandError as exc:
        return error_page(request, exc)
    fair_id = str(fair["id"])
    claims = cookie_applicant(request, fair_id)
    left = False
    if claims is not None and request.method == "POST":
        left = await flow.check_out(context_of(request), claims.applicant_id, fair_id)
    row = (
        None
        if claims is None
        else await request.state.pool.fetchrow(read.CHECKIN, fair["id"], UUID(claims.applicant_id))
    )
    return render(
        request,
        "applicant/exit.html",
        {
            "fair": fair,
            "fair_id": fair_id,
            "token": quote(token),
            "known": claims is not None,
            "on_site": row is not None and row["left_at"] is None,
            "left": left or (row is not None and row["left_at"] is not None),
        },
    )
