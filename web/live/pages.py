"""Host pages (issue 11): the hall screen ``/host/{fair_id}`` (1920×1080, readable across a
hall), the OBS overlays ``/host/{fair_id}/overlay?layout=corner|lower-third`` (transparent), the
host's log-in and the "正在讲解" control, and the fair's QR image for screens.

``?room=<room id>`` scopes a screen to a livestream room: its QR codes carry the room and its
counts are shown. The pages are rendered once; the numbers arrive in the browser from
``streamLiveCounts`` (``web.live.feed``, post and fair counts) and ``getHostState``
(``web.live.rooms``, polled each second: the heartbeat, room counts, the presented post). The
control posts the host's choice through ``web.live.rooms.present`` (event ``PostPresented``),
so an overlay served by any web process follows it. Only a host of the fair (host token typed
into ``/host/{fair_id}/login``) or an organiser session sees the control.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from domain.tokens import QrKind
from web.applicants.commands import fair_by_id
from web.auth import (
    HOST,
    ORGANISER,
    Actor,
    actor_for_token,
    check_csrf,
    csrf_token,
    log_in,
    session_actor,
)
from web.command_errors import CommandError, NotFound
from web.context import context_of
from web.live import rooms
from web.openapi import query_uuid
from web.setup import reads as read
from web.setup.rooms import cached_qr_png, fetch_rooms
from web.templating import error_page, render

LAYOUTS = ("corner", "lower-third")


def _controller(request: Request, fair_id: str) -> Actor | None:
    """The session's organiser, or a host of this fair: who may pick the presented post."""
    actor = session_actor(request)
    if actor is None or not (
        actor.role == ORGANISER or (actor.role == HOST and actor.fair_id == fair_id)
    ):
        return None
    return actor


async def _scope(request: Request) -> tuple[Any, str, UUID | None, Any]:
    """(fair row, fair id, room id or None, room row or None) of a host page."""
    fair = await fair_by_id(context_of(request), request.path_params["fair_id"])
    room_id = query_uuid(request, "room")
    room = None
    if room_id is not None:
        room = next(
            (r for r in await fetch_rooms(request.state.pool, fair["id"]) if r["id"] == room_id),
            None,
        )
        if room is None:
            raise NotFound(
                f"no room {room_id} in this fair",
                code="unknown_room",
                message_zh="找不到这个直播间。",
            )
    return fair, str(fair["id"]), room_id, room


async def host(request: Request) -> Response:
    """The hall screen; ``/overlay`` is the transparent variant for OBS."""
    try:
        fair, fair_id, room_id, room = await _scope(request)
    except CommandError as exc:
        return error_page(request, exc)
    overlay = request.url.path.endswith("/overlay")
    layout = request.query_params.get("layout", "corner")
    if layout not in LAYOUTS:
        layout = "corner"
    context: dict[str, Any] = {
        "fair": fair,
        "fair_id": fair_id,
        "room": room,
        "room_id": str(room_id) if room_id else "",
        "overlay": overlay,
        "layout": layout,
    }
    if overlay:
        return render(request, "host/overlay.html", context)
    actor = _controller(request, fair_id)
    context["controller"] = actor
    if actor is not None:
        context["csrf"] = csrf_token(request)
        context["posts"] = [
            read.post_json(request.state.settings, p)
            for p in await read.fetch_posts(
                request.state.pool, fair_id=fair["id"], statuses=["published"]
            )
        ]
    return render(request, "host/screen.html", context)


async def login(request: Request) -> Response:
    """A host types the host token the organiser gave her (never in a URL)."""
    try:
        fair = await fair_by_id(context_of(request), request.path_params["fair_id"])
    except CommandError as exc:
        return error_page(request, exc)
    fair_id = str(fair["id"])
    form = await request.form() if request.method == "POST" else None
    try:
        room = _form_uuid((form or request.query_params).get("room"))
        if form is not None:
            check_csrf(request, form.get("csrf"))
    except CommandError as exc:
        return error_page(request, exc)
    context = {
        "fair": fair,
        "fair_id": fair_id,
        "csrf": csrf_token(request),
        "error": None,
        "room_id": str(room) if room else "",
    }
    if form is None:
        return render(request, "host/login.html", context)
    token = form.get("token")
    actor = await actor_for_token(request, token.strip()) if isinstance(token, str) else None
    if actor is None or not (
        actor.role == ORGANISER or (actor.role == HOST and actor.fair_id == fair_id)
    ):
        context["error"] = "令牌不正确，请向主办方索取本场招聘会的主持人令牌。"
        return render(request, "host/login.html", context, 401)
    await log_in(request, actor)
    return RedirectResponse(f"/host/{fair_id}" + (f"?room={room}" if room else ""), status_code=303)


async def present(request: Request) -> Response:
    """The control's form: the post being presented (blank: none) in a room or fair-wide."""
    try:
        fair = await fair_by_id(context_of(request), request.path_params["fair_id"])
        fair_id = str(fair["id"])
        actor = _controller(request, fair_id)
        if actor is None:
            return RedirectResponse(f"/host/{fair_id}/login", status_code=303)
        form = await request.form()
        check_csrf(request, form.get("csrf"))
        post_id, room_id = (_form_uuid(form.get(k)) for k in ("post_id", "room_id"))
        await rooms.present(context_of(request), actor, fair["id"], post_id, room_id)
    except CommandError as exc:
        return error_page(request, exc)
    back = f"/host/{fair_id}" + (f"?room={room_id}" if room_id else "")
    return RedirectResponse(back, status_code=303)


def _form_uuid(value: Any) -> UUID | None:
    if not value:
        return None
    try:
        return UUID(str(value))
    except ValueError:
        raise NotFound(
            "ids are UUIDs", code="unknown_post", message_zh="找不到这个岗位。"
        ) from None


async def fair_qr(request: Request) -> Response:
    """The fair's entrance QR (PNG), or with ``?post=`` a published post's link, for screens.
    Public: it shows what the screen shows to everyone in the hall."""
    try:
        fair = await fair_by_id(context_of(request), request.path_params["fair_id"])
        post_id = query_uuid(request, "post")
    except CommandError as exc:
        return error_page(request, exc)
    settings, pool = request.state.settings, request.state.pool
    if post_id is None:
        url = read.qr_url(settings, QrKind.FAIR, fair["qr_code"], fair["ends_at"])
    else:
        row = await read.fetch_post(pool, post_id)
        if row is None or row["fair_id"] != fair["id"] or row["status"] != "published":
            return error_page(
                request,
                NotFound(
                    "no such published post", code="unknown_post", message_zh="找不到这个岗位。"
                ),
            )
        url = read.post_json(settings, row)["post_qr_url"]
    return Response(
        cached_qr_png(url), media_type="image/png", headers={"cache-control": "public, max-age=300"}
    )
