"""Room counts, the presented post and the host screens' heartbeat (issue 11).

- ``getRoomCounts``: PostgreSQL ``room_counts`` (kept exact by the click, check-in and
  application agents, ``agents.rooms_store``) for an organiser or the fair's host.
- ``presentPost``: a host picks the post being presented (fair-wide or in one room); publishes
  ``PostPresented`` to ``fairsetup``; ``agents.setup`` writes ``presenting``, which every web
  process reads, so an OBS overlay served by any process follows the choice.
- ``getHostState``: what the host screen and the overlay poll every second: the server's time
  (the heartbeat "更新于"), every room's counts and the presented post with its counts and QR
  image. Public like ``streamLiveCounts`` (counts and published posts only, no person).
"""

from __future__ import annotations

import uuid
from typing import Any
from uuid import UUID

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from streams.fairsetup import PostPresented
from web.auth import HOST, ORGANISER, Actor, require_actor
from web.command_errors import NotFound
from web.context import Context, context_of
from web.openapi import UUID_SCHEMA, Operation, json_body, operation, query_uuid
from web.projection import wait_for_row
from web.setup import commands as setup_cmd
from web.setup.api import path_id
from web.setup.rooms import counts_json, visible_room

COUNTS = """
SELECT room_id, clicks, registrations, applications FROM room_counts WHERE room_id = $1
"""
ROOM_OF_FAIR = "SELECT 1 FROM room WHERE id = $1 AND fair_id = $2"
PUBLISHED_POST = "SELECT 1 FROM post WHERE id = $1 AND fair_id = $2 AND status = 'published'"
PRESENTED_BY = "SELECT post_id FROM presenting WHERE scope_id = $1 AND event_id = $2"
# $1 fair, $2 room or NULL. The room's own choice wins; without one, the fair-wide choice.
STATE = """
SELECT json_build_object(
  'now', now(), 'fair_id', f.id, 'name', f.name,
  'rooms', COALESCE((
    SELECT json_agg(json_build_object(
      'room_id', r.id, 'name', r.name, 'platform', r.platform, 'clicks', c.clicks,
      'registrations', c.registrations, 'applications', c.applications)
      ORDER BY r.created_at, r.id)
    FROM room r JOIN room_counts c ON c.room_id = r.id WHERE r.fair_id = f.id), '[]'::json),
  'presented', (
    SELECT json_build_object(
      'post_id', p.id, 'title', p.title, 'employer', e.name, 'booth', e.booth,
      'is_mama', p.is_mama, 'headcount', p.headcount,
      'clicks', COALESCE(pc.clicks, 0), 'applications', COALESCE(pc.applications, 0),
      'remaining', GREATEST(p.headcount - COALESCE(pc.offers, 0), 0))
    FROM (SELECT post_id FROM presenting
          WHERE scope_id IN (f.id, COALESCE($2::uuid, f.id))
          ORDER BY scope_id = COALESCE($2::uuid, f.id) DESC LIMIT 1) s
    JOIN post p ON p.id = s.post_id AND p.status = 'published'
    JOIN employer e ON e.id = p.employer_id
    LEFT JOIN post_counts pc ON pc.post_id = p.id)
)::text
FROM fair f WHERE f.id = $1
"""
ROOM_COUNTS_SCHEMA = {
    "type": "object",
    "required": ["room_id", "clicks", "registrations", "applications"],
    "properties": {
        "room_id": {"type": "string"},
        "clicks": {"type": "integer"},
        "registrations": {"type": "integer"},
        "applications": {"type": "integer"},
    },
}
PRESENT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["post_id"],
    "properties": {
        "post_id": {
            "anyOf": [UUID_SCHEMA, {"type": "null"}],
            "description": "the post being presented; null: none",
        },
        "room_id": {**UUID_SCHEMA, "description": "the room; omitted: the whole fair"},
    },
}


@operation(
    Operation(
        "getRoomCounts",
        "Clicks, registrations and applications through one livestream room "
        "(exact, like the post counts; about a second behind)",
        auth="organiser",
        responses={200: "the counts", 401: "no valid bearer token", 404: "unknown room"},
        response_schema=ROOM_COUNTS_SCHEMA,
    )
)
async def room_counts(request: Request) -> Response:
    room = await visible_room(request)
    row = await request.state.pool.fetchrow(COUNTS, room["id"])
    return JSONResponse({"room_id": str(room["id"]), **counts_json(row)})


async def present(
    ctx: Context, actor: Actor, fair_id: UUID, post_id: UUID | None, room_id: UUID | None
) -> dict[str, Any]:
    """Publish the host's choice and wait (briefly) until ``presenting`` shows it."""
    if actor.role != ORGANISER and actor.fair_id != str(fair_id):
        raise NotFound(f"no fair {fair_id}", code="unknown_fair")
    if room_id is not None and await ctx.pool.fetchval(ROOM_OF_FAIR, room_id, fair_id) is None:
        raise NotFound(f"no room {room_id} in this fair", code="unknown_room", field="room_id")
    if post_id is not None and await ctx.pool.fetchval(PUBLISHED_POST, post_id, fair_id) is None:
        raise NotFound(
            f"no published post {post_id} in this fair", code="unknown_post", field="post_id"
        )
    event_id = str(uuid.uuid4())
    await setup_cmd.publish(
        ctx,
        PostPresented(
            event_id=event_id,
            fair_id=str(fair_id),
            room_id=str(room_id) if room_id else None,
            post_id=str(post_id) if post_id else None,
            at=ctx.now().isoformat(),
            actor=actor.label,
        ),
    )
    row = await wait_for_row(
        ctx.pool, PRESENTED_BY, room_id or fair_id, UUID(event_id), timeout=ctx.wait_s
    )
    return {
        "fair_id": str(fair_id),
        "room_id": str(room_id) if room_id else None,
        "post_id": str(post_id) if post_id else None,
        **({} if row is not None else {"status": "pending"}),
    }


@operation(
    Operation(
        "presentPost",
        "The host picks the post being presented (the OBS overlay follows it)",
        request=PRESENT,
        auth="organiser",
        responses={
            200: "presented",
            202: "accepted, pending",
            400: "malformed request",
            401: "no valid bearer token",
            403: "not a host or organiser",
            404: "unknown fair, room or post",
        },
        response_schema={
            "type": "object",
            "properties": {
                "fair_id": {"type": "string"},
                "room_id": {"type": ["string", "null"]},
                "post_id": {"type": ["string", "null"]},
            },
        },
    )
)
async def present_post(request: Request) -> Response:
    actor = await require_actor(request, ORGANISER, HOST)
    fair_id = path_id(request, "fair_id", "unknown_fair")
    body = await json_body(request, present_post)
    out = await present(
        context_of(request),
        actor,
        fair_id,
        UUID(body["post_id"]) if body.get("post_id") else None,
        UUID(body["room_id"]) if body.get("room_id") else None,
    )
    return JSONResponse(out, status_code=202 if out.get("status") else 200)


def qr_image(fair_id: str, room_id: str | None, post_id: str | None) -> str:
    """The QR image a screen shows: the presented post's link (through the room, if any), or
    the fair's entrance QR."""
    if post_id is None:
        return f"/host/{fair_id}/qr.png"
    if room_id is not None:
        return f"/api/rooms/{room_id}/posts/{post_id}/qr.png"
    return f"/host/{fair_id}/qr.png?post={post_id}"


async def host_state(pool: Any, fair_id: UUID, room_id: UUID | None) -> dict[str, Any]:
    if room_id is not None and await pool.fetchval(ROOM_OF_FAIR, room_id, fair_id) is None:
        raise NotFound(f"no room {room_id} in this fair", code="unknown_room")
    text = await pool.fetchval(STATE, fair_id, room_id)
    if text is None:
        raise NotFound(f"no fair {fair_id}", code="unknown_fair")
    state: dict[str, Any] = orjson.loads(text)
    presented = state["presented"]
    room = str(room_id) if room_id else None
    state["room_id"] = room
    state["qr_img"] = qr_image(str(fair_id), room, presented["post_id"] if presented else None)
    return state


@operation(
    Operation(
        "getHostState",
        "What host screens and overlays poll each second: server time "
        "(heartbeat), room counts, the presented post with its counts and QR image",
        responses={200: "the state", 404: "unknown fair or room"},
        response_schema={
            "type": "object",
            "required": ["now", "rooms", "presented"],
            "properties": {
                "now": {"type": "string"},
                "rooms": {"type": "array"},
                "presented": {"type": ["object", "null"]},
            },
        },
    )
)
async def get_host_state(request: Request) -> Response:
    fair_id = path_id(request, "fair_id", "unknown_fair")
    room_id = query_uuid(request, "room")
    state = await host_state(request.state.pool, fair_id, room_id)
    return JSONResponse(state, headers={"cache-control": "no-store"})
