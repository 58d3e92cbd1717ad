"""Livestream rooms (issue 11): ``createRoom``, ``listRooms``, ``getRoom`` and the QR image of
a room's post link.

createRoom publishes ``RoomCreated`` to ``fairsetup`` (like every setup command,
``web.setup.commands``) and waits for ``agents.setup`` to project ``room`` and its zeroed
``room_counts``. A room's links are its fair's published post links (``web.setup.reads``, signed
QR tokens) with ``?r=<room id>`` added: an opaque id, never personal data. The post page
(``web.applicants.pages``) reads it and carries it on the click, the registration and the
application, so the agents credit the room (``agents.rooms_store``).
"""

from __future__ import annotations

import uuid
from functools import lru_cache
from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from domain.posters import qr_png
from jobfair.settings import Settings
from streams.fairsetup import RoomCreated
from streams.fields import line
from web.auth import HOST, ORGANISER, Actor, can_see_fair, require_actor
from web.command_errors import NotFound
from web.context import Context, context_of
from web.openapi import UUID_SCHEMA, Operation, json_body, operation
from web.setup import commands as cmd
from web.setup import reads as read
from web.setup.api import path_id, visible_fair

ROOMS = """
SELECT r.id, r.fair_id, r.name, r.platform, r.created_at, f.ends_at AS fair_ends_at
FROM room r JOIN fair f ON f.id = r.fair_id
"""
CREATE_ROOM = {
    "type": "object",
    "additionalProperties": False,
    "required": ["fair_id", "name"],
    "properties": {
        "id": {**UUID_SCHEMA, "description": "optional: the caller's id makes a retry safe"},
        "fair_id": UUID_SCHEMA,
        "name": {**line(1, 80), "description": "e.g. 抖音·明珠直播间"},
        "platform": {**line(0, 40, blank=True), "description": "e.g. 抖音, 视频号"},
    },
}
ROOM_OUT = {
    "type": "object",
    "required": ["id", "fair_id", "name", "links"],
    "properties": {
        "id": {"type": "string"},
        "fair_id": {"type": "string"},
        "name": {"type": "string"},
        "platform": {"type": ["string", "null"]},
        "links": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["post_id", "url"],
                "properties": {
                    "post_id": {"type": "string"},
                    "title": {"type": "string"},
                    "url": {"type": "string"},
                    "qr_png_url": {"type": "string"},
                },
            },
        },
        "host_url": {"type": "string"},
        "overlay_url": {"type": "string"},
    },
}
ERR = {400: "malformed request", 401: "no valid bearer token", 403: "not an organiser"}
COUNT_KEYS = ("clicks", "registrations", "applications")


def room_link(post_url: str, room_id: str) -> str:
    """A post link that carries the room (the QR URL plus ``?r=``)."""
    return f"{post_url}?r={room_id}"


def room_json(settings: Settings, row: Any, posts: list[Any]) -> dict[str, Any]:
    room_id, fair_id = str(row["id"]), str(row["fair_id"])
    links = []
    for p in posts:
        post = read.post_json(settings, p)
        links.append(
            {
                "post_id": post["id"],
                "title": post["title"],
                "employer": post["employer_name"],
                "is_mama": post["is_mama"],
                "url": room_link(post["post_qr_url"], room_id),
                "qr_png_url": f"/api/rooms/{room_id}/posts/{post['id']}/qr.png",
            }
        )
    return {
        "id": room_id,
        "fair_id": fair_id,
        "name": row["name"],
        "platform": row["platform"],
        "created_at": row["created_at"].isoformat(),
        "links": links,
        "host_url": f"/host/{fair_id}?room={room_id}",
        "overlay_url": f"/host/{fair_id}/overlay?room={room_id}&layout=corner",
        "counts_url": f"/api/rooms/{room_id}/counts",
    }


def counts_json(row: Any) -> dict[str, int]:
    """A room's counts from its ``room_counts`` row (or a dict of it); zeros without one."""
    return {k: 0 if row is None else row[k] for k in COUNT_KEYS}


async def fetch_room(pool: Any, room_id: UUID) -> Any:
    return await pool.fetchrow(ROOMS + " WHERE r.id = $1", room_id)


async def fetch_rooms(pool: Any, fair_id: UUID) -> list[Any]:
    return list(
        await pool.fetch(ROOMS + " WHERE r.fair_id = $1 ORDER BY r.created_at, r.id", fair_id)
    )


async def published(pool: Any, fair_id: UUID) -> list[Any]:
    return await read.fetch_posts(pool, fair_id=fair_id, statuses=["published"])


async def rooms_of(settings: Settings, pool: Any, fair_id: UUID) -> list[dict[str, Any]]:
    """Every room of a fair with its links and counts (organiser fair page, listRooms)."""
    posts = await published(pool, fair_id)
    counts = {
        r["room_id"]: dict(r)
        for r in await pool.fetch(
            "SELECT room_id, clicks, registrations, applications FROM room_counts "
            "WHERE fair_id = $1",
            fair_id,
        )
    }
    out = []
    for row in await fetch_rooms(pool, fair_id):
        room = room_json(settings, row, posts)
        room["counts"] = counts_json(counts.get(row["id"]))
        out.append(room)
    return out


async def create_room(ctx: Context, actor: Actor, data: dict[str, Any]) -> cmd.Written:
    """Publish ``RoomCreated``; 201 with the room and its links once projected."""
    room_id = UUID(data["id"]) if data.get("id") else uuid.uuid4()
    fair_id = UUID(data["fair_id"])
    existing = await fetch_room(ctx.pool, room_id)
    if existing is None:
        if await read.fetch_fair(ctx.pool, fair_id) is None:
            raise NotFound(f"no fair {fair_id}", code="unknown_fair", field="fair_id")
        await cmd.publish(
            ctx,
            RoomCreated(
                event_id=str(uuid.uuid4()),
                fair_id=str(fair_id),
                room_id=str(room_id),
                name=data["name"].strip() or data["name"],
                platform=data.get("platform") or None,
                at=ctx.now().isoformat(),
                actor=actor.label,
            ),
        )
    posts = await published(ctx.pool, fair_id)
    w = await cmd.created(
        ctx, ROOMS + " WHERE r.id = $1", room_id, lambda row: room_json(ctx.settings, row, posts)
    )
    return cmd.Written(200, w.body) if existing is not None else w


async def visible_room(request: Request) -> Any:
    """The room named in the path, if the caller (an organiser or a host) may see its fair
    (401/403 for other callers, 404 for a room they may not see)."""
    actor = await require_actor(request, ORGANISER, HOST)
    room_id = path_id(request, "room_id", "unknown_room")
    row = await fetch_room(request.state.pool, room_id)
    if row is None or not can_see_fair(actor, str(row["fair_id"])):
        raise NotFound(f"no room {room_id}", code="unknown_room")
    return row


@operation(
    Operation(
        "createRoom",
        "Create a livestream room of a fair; its post links and QR codes carry it",
        request=CREATE_ROOM,
        response_schema=ROOM_OUT,
        auth="organiser",
        responses={
            201: "created",
            200: "already created with this id",
            202: "accepted, pending",
            **ERR,
            404: "unknown fair",
        },
    )
)
async def create(request: Request) -> Response:
    actor = await require_actor(request, ORGANISER)
    body = await json_body(request, create)
    w = await create_room(context_of(request), actor, body)
    return JSONResponse(w.body, status_code=w.status)


@operation(
    Operation(
        "listRooms",
        "The livestream rooms of a fair with their links",
        auth="organiser",
        responses={200: "rooms", 401: "no valid bearer token", 404: "unknown fair"},
        response_schema={"type": "array", "items": ROOM_OUT},
    )
)
async def list_rooms(request: Request) -> Response:
    fair_id, _ = await visible_fair(request, await require_actor(request, ORGANISER, HOST))
    return JSONResponse(await rooms_of(request.state.settings, request.state.pool, fair_id))


@operation(
    Operation(
        "getRoom",
        "One livestream room with its links",
        auth="organiser",
        responses={200: "the room", 401: "no valid bearer token", 404: "unknown room"},
        response_schema=ROOM_OUT,
    )
)
async def get_room(request: Request) -> Response:
    row = await visible_room(request)
    posts = await published(request.state.pool, row["fair_id"])
    return JSONResponse(room_json(request.state.settings, row, posts))


@lru_cache(maxsize=512)
def cached_qr_png(url: str, scale: int = 10) -> bytes:
    return qr_png(url, scale=scale)


async def room_post_url(pool: Any, settings: Settings, room_id: UUID, post_id: UUID) -> str:
    """The link of a published post of the room's fair, carrying the room; 404 otherwise."""
    room = await fetch_room(pool, room_id)
    post = await read.fetch_post(pool, post_id)
    if (
        room is None
        or post is None
        or post["fair_id"] != room["fair_id"]
        or post["status"] != "published"
    ):
        raise NotFound("no such published post in this room's fair", code="unknown_post")
    return room_link(read.post_json(settings, post)["post_qr_url"], str(room_id))


@operation(
    Operation(
        "getRoomQrImage",
        "The QR code (PNG) of a post's link in a room, for streams and slides",
        content_type="image/png",
        response_schema={"type": "string"},
        responses={200: "PNG", 404: "unknown room or post"},
    )
)
async def room_qr(request: Request) -> Response:
    """Public: the QR shows what a viewer scans anyway (a post link and an opaque room id)."""
    post_id = path_id(request, "post_id", "unknown_post")
    room_id = path_id(request, "room_id", "unknown_room")
    url = await room_post_url(request.state.pool, request.state.settings, room_id, post_id)
    return Response(
        cached_qr_png(url), media_type="image/png", headers={"cache-control": "public, max-age=300"}
    )


ROOM_OF_FAIR = "SELECT id FROM room WHERE id = $1 AND fair_id = $2"


async def room_of_fair(pool: Any, raw: Any, fair_id: Any) -> str | None:
    """The room id in ``raw`` (a query or form value) if it names a room of ``fair_id``; None
    otherwise (a post link with a stale or mistyped room still works, it just credits no
    room)."""
    if not raw:
        return None
    try:
        room_id = UUID(str(raw))
    except ValueError:
        return None
    found = await pool.fetchval(ROOM_OF_FAIR, room_id, UUID(str(fair_id)))
    return None if found is None else str(found)
