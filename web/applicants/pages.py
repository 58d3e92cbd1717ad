"""Applicant pages: entrance ``/f/{token}``, home ``/me/{fair_id}``, booth ``/b/{token}``, post
``/p/{token}`` (the host pages live in ``web.live.pages``).

Server-rendered, mobile first, no JavaScript needed to check in or apply (weak venue networks);
small scripts only refresh the live parts. Writes go through ``web.applicants.commands`` (topics
``checkins``, ``applications``) and ``web.live.commands.record_click`` (topic ``clicks``, as
recordClick); reads through ``web.applicants.reads``. Every error is the command's error
rendered as a page (``web.templating.error_page``) with the API's status and Chinese message.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode
from uuid import UUID

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from domain.applicants import application_id_for
from domain.tokens import ApplicantClaims, QrKind
from web.applicants import commands as flow
from web.applicants import reads as read
from web.applicants.auth import cookie_applicant, cookie_name, path_cookie_applicant, remember
from web.applicants.journey import needs_of
from web.applicants.signin import signed_in
from web.command_errors import CommandError, NotFound
from web.context import context_of
from web.errors import status_of
from web.limits import limits_of
from web.live.commands import record_click
from web.live.share import share_tags
from web.setup.reads import qr_url
from web.setup.rooms import room_of_fair
from web.templating import error_page, render


def form_data(form: Any) -> dict[str, Any]:
    return {"name": form.get("name"), "phone": form.get("phone"),
            "consent": form.get("consent") in ("on", "1", "true"),
            # 不愿透露 is an answer, not a gender: stored as not stated (statistics stay honest)
            "gender": None if form.get("gender") == "不愿透露" else form.get("gender")}


async def checkin_state(request: Request, fair_id: str, claims: ApplicantClaims | None) -> Any:
    if claims is None:
        return None
    return await request.state.pool.fetchrow(read.CHECKIN, UUID(fair_id),
                                             UUID(claims.applicant_id))


async def entrance(request: Request) -> Response:
    """GET: the check-in form, or "已签到 19:02" for a phone that already checked in."""
    token = request.path_params["token"]
    try:
        fair = await flow.fair_by_qr(context_of(request), token)
        flow.require_open(context_of(request), fair)
        flow.require_checkin_open(context_of(request), fair)
    except CommandError as exc:
        return error_page(request, exc)
    fair_id = str(fair["id"])
    claims = cookie_applicant(request, fair_id)
    row = await checkin_state(request, fair_id, claims)
    return render(request, "applicant/checkin.html", {
        "fair": fair, "token": token, "known": claims is not None,
        "checked_in_at": row["checked_in_at"] if row and row["left_at"] is None else None,
        "form": {}, "error": None,
    })


async def entrance_submit(request: Request) -> Response:
    token = request.path_params["token"]
    form = await request.form()
    fair: Any = None
    try:
        fair = await flow.fair_by_qr(context_of(request), token)
        fair_id = str(fair["id"])
        claims = cookie_applicant(request, fair_id)
        body = ({"applicant_token": request.cookies.get(cookie_name(fair_id))}
                if claims is not None and form.get("again") else form_data(form))
        await limits_of(request).admit(request, "checkins", fair_id)  # 429 over a limit
        result = await flow.check_in(context_of(request), fair, body)
    except CommandError as exc:
        if fair is None or exc.code.startswith("token_") or exc.code in (
                "unknown_fair", "fair_closed", "checkin_not_open"):
            return error_page(request, exc)
        return render(request, "applicant/checkin.html", {
            "fair": fair, "token": token, "known": False, "checked_in_at": None,
            "form": {"name": form.get("name") or "", "phone": form.get("phone") or "",
                     "gender": form.get("gender") or "",
                     "consent": form.get("consent") in ("on", "1", "true")},
            "error": exc.message_zh, "code": exc.code,
        }, status_of(exc))
    flag = "again" if result.already_checked_in else "new"
    response = RedirectResponse(f"/me/{fair_id}?checkin={flag}", status_code=303)
    remember(response, request, fair_id, result.applicant_token)
    return response


async def _home_context(request: Request, fair: Any, claims: ApplicantClaims) -> dict[str, Any]:
    fair_id = str(fair["id"])
    pool = request.state.pool
    params = request.query_params
    mama, flexible = params.get("mama") == "1", params.get("flex") == "1"
    posts = await read.fair_posts(pool, UUID(fair_id))
    mine = await read.my_applications(pool, UUID(claims.applicant_id), UUID(fair_id))
    applied = {a["post_id"] for a in mine}
    row = await checkin_state(request, fair_id, claims)
    stated = needs_of(request, fair_id)
    wants = dict(stated or {})
    if mama:
        wants["mama"] = "1"
    filters = urlencode({k: "1" for k, on in (("mama", mama), ("flex", flexible)) if on})
    return {
        "fair": fair, "fair_id": fair_id, "mama": mama, "flex": flexible, "filters": filters,
        "posts": read.filter_posts(posts, mama=mama, flexible=flexible), "all_posts": len(posts),
        "recommended": await read.recommendations_for(pool, claims.applicant_id, fair_id,
                                                      wants),
        "mine": mine, "applied": applied, "checkin": row, "needs_asked": stated is not None,
        "needs": stated or {},
        "checkin_flag": params.get("checkin"), "applied_flag": params.get("applied"),
        "done": params.get("done"), "needs_flag": params.get("needs"), "error": None,
    }


async def home(request: Request) -> Response:
    me = await signed_in(request)
    if isinstance(me, Response):
        return me
    return render(request, "applicant/home.html", await _home_context(request, me.fair, me.claims))


async def my_applications_partial(request: Request) -> Response:
    claims = path_cookie_applicant(request)
    if claims is None:
        return Response("", status_code=401)
    mine = await read.my_applications(request.state.pool, UUID(claims.applicant_id),
                                      UUID(claims.fair_id))
    return render(request, "applicant/_mine.html", {"mine": mine})


async def apply_submit(request: Request) -> Response:
    """One-tap apply from the home, booth or post page (form post)."""
    form = await request.form()
    try:
        fair = await flow.fair_by_id(context_of(request), request.path_params["fair_id"])
        fair_id = str(fair["id"])
        claims = cookie_applicant(request, fair_id)
        if claims is None:
            return render(request, "applicant/signin.html", {"fair": fair}, 401)
        post_id = str(form.get("post_id") or "")
        try:
            UUID(post_id)
        except ValueError:
            raise NotFound("unknown post", code="unknown_post", message_zh="找不到这个岗位。") \
                from None
        source = str(form.get("source") or "")[:64] or None
        await flow.apply(context_of(request), claims.applicant_id, fair_id, post_id, source)
    except CommandError as exc:
        return error_page(request, exc)
    # Back to the list she was looking at: her 妈妈岗 / 灵活就业 filter stays on.
    back = "&".join(f"{k}=1" for k in ("mama", "flex") if form.get(k) == "1")
    return RedirectResponse(f"/me/{fair_id}?applied={quote(post_id)}"
                            + (f"&{back}" if back else "") + "#mine", status_code=303)


async def booth(request: Request) -> Response:
    try:
        code = flow.qr_claims(context_of(request), request.path_params["token"], QrKind.BOOTH)
        employer = await request.state.pool.fetchrow(read.EMPLOYER_BY_CODE, code)
        if employer is None:
            raise NotFound("no booth has this QR code", code="unknown_booth",
                           message_zh="找不到这个展位，请扫描展位上张贴的二维码。")
        fair = await flow.fair_by_id(context_of(request), str(employer["fair_id"]))
        flow.require_open(context_of(request), fair)
    except CommandError as exc:
        return error_page(request, exc)
    claims = cookie_applicant(request, str(fair["id"]))
    posts = await read.employer_posts(request.state.pool, employer["id"])
    applied: set[str] = set()
    if claims is not None:
        mine = await read.my_applications(request.state.pool, UUID(claims.applicant_id),
                                          fair["id"])
        applied = {a["post_id"] for a in mine}
    row = await checkin_state(request, str(fair["id"]), claims)
    return render(request, "applicant/booth.html", {
        "fair": fair, "fair_id": str(fair["id"]), "employer": employer, "posts": posts,
        "known": claims is not None, "applied": applied,
        "on_site": row is not None and row["left_at"] is None,
        "checkin_url": qr_url(request.state.settings, QrKind.FAIR, fair["qr_code"],
                              fair["ends_at"]),
    })


async def _post_by_token(request: Request) -> tuple[Any, read.PostView]:
    code = flow.qr_claims(context_of(request), request.path_params["token"], QrKind.POST)
    post_id = await request.state.pool.fetchval(read.POST_ID_BY_CODE, code)
    post = None if post_id is None else await read.one_post(request.state.pool, post_id)
    if post is None or post.status in ("needs_review", "rejected"):
        raise NotFound("no post has this QR code", code="unknown_post",
                       message_zh="找不到这个岗位，它可能已下线。")
    fair = await flow.fair_by_id(context_of(request), post.fair_id)
    flow.require_open(context_of(request), fair)
    return fair, post


async def post_page(request: Request) -> Response:
    """A post opened from a poster or a livestream link: records a click with its source."""
    try:
        fair, post = await _post_by_token(request)
    except CommandError as exc:
        return error_page(request, exc)
    source = (request.query_params.get("s") or request.query_params.get("source") or "")[:64]
    room_id = await room_of_fair(request.state.pool, request.query_params.get("r"), post.fair_id)
    await record_click(context_of(request), post.id, post.fair_id, source or None,
                       room_id=room_id, accepted=request.state.web_metrics.clicks)
    claims = cookie_applicant(request, post.fair_id)
    applied = False
    if claims is not None:
        applied = await request.state.pool.fetchrow(
            read.APPLICATION, UUID(application_id_for(claims.applicant_id, post.id))
        ) is not None
    return render(request, "applicant/post.html", {
        "fair": fair, "fair_id": post.fair_id, "post": post, "source": source,
        "known": claims is not None, "applied": applied, "form": {}, "error": None,
        "room_id": room_id or "", "share": share_tags(request, post, fair),
    })


async def post_submit(request: Request) -> Response:
    """Apply from a post page; a remote viewer registers (name, phone, consent) on the way."""
    form = await request.form()
    source = str(form.get("source") or "")[:64] or None
    fair: Any = None
    room_id: str | None = None
    try:
        fair, post = await _post_by_token(request)
        room_id = await room_of_fair(request.state.pool, form.get("room_id"), post.fair_id)
        claims = cookie_applicant(request, post.fair_id)
        if claims is None:
            await limits_of(request).admit(request, "registrations", post.fair_id)
            registered = await flow.register_remote(context_of(request), post.fair_id,
                                                    {**form_data(form), "room_id": room_id})
            applicant_id = registered["applicant_id"]
        else:
            applicant_id = claims.applicant_id
        await flow.apply(context_of(request), applicant_id, post.fair_id, post.id, source,
                         room_id)
    except CommandError as exc:
        if fair is None:
            return error_page(request, exc)
        return render(request, "applicant/post.html", {
            "fair": fair, "fair_id": post.fair_id, "post": post, "source": source or "",
            "room_id": room_id or "", "share": share_tags(request, post, fair),
            "known": False, "applied": False,
            "form": {"name": form.get("name") or "", "phone": form.get("phone") or "",
                     "consent": form.get("consent") in ("on", "1", "true")},
            "error": exc.message_zh, "code": exc.code,
        }, status_of(exc))
    response = RedirectResponse(f"/me/{post.fair_id}?applied={post.id}#mine", status_code=303)
    if claims is None:
        remember(response, request, post.fair_id, registered["applicant_token"])
    return response
