"""``recordClick`` and ``getPostCounts``.

recordClick (``accept_click``; served by ``web.live.fastclicks``, and as the Starlette route
``record_click``, which also publishes it in ``/openapi.json``) hands the click to
``web.live.commands`` (combined with the other clicks on the post into one ``ClicksRecorded``
record, ``web.live.combiner``) and answers 202 once Kafka has that record, 503
``broker_unavailable`` if Kafka did not take it in time (never counted), the same 503 with
``"recorded": "unknown"`` if a broker took it but did not confirm it in time (may be counted;
retry with the same click_id; ``streams.fence``); getPostCounts reads the PostgreSQL projection
``post_counts`` kept by the agents.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID, uuid4

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from streams.fields import line
from web.command_errors import NotFound
from web.live.commands import record_click as record
from web.openapi import UUID_SCHEMA, Operation, operation, parse_json_body

COUNTS_SCHEMA = {
    "type": "object",
    "properties": {
        k: ({"type": "integer"} if k != "post_id" else {"type": "string"})
        for k in (
            "post_id",
            "headcount",
            "clicks",
            "applications",
            "interviews_scheduled",
            "offers",
            "remaining",
            "waitlisted",
        )
    },
}

POST_FAIR = "SELECT fair_id FROM post WHERE id = $1"
COUNTS = """
SELECT p.id AS post_id, p.headcount, c.clicks, c.applications, c.interviews_scheduled, c.offers,
       c.waitlisted
FROM post p JOIN post_counts c ON c.post_id = p.id WHERE p.id = $1
"""


class PostDirectory:
    """post id (as the client spelled it) -> (canonical post id, fair id), cached per process:
    a post never changes fair, so hits are safe to keep; misses are not cached (the post may be
    created a moment later). Strings, so a hit on recordClick's hot path costs neither a UUID
    parse nor two ``str(UUID)``."""

    def __init__(self, pool: Any, limit: int = 100_000) -> None:
        self._pool = pool
        self._ids: dict[str, tuple[str, str]] = {}
        self._limit = limit

    async def ids_of(self, raw_post_id: str) -> tuple[str, str] | None:
        """(canonical post id, fair id) of a post id in any UUID spelling; None if unknown."""
        ids = self._ids.get(raw_post_id)
        if ids is None:
            post_id = UUID(raw_post_id)
            fair = await self._pool.fetchval(POST_FAIR, post_id)
            if fair is None:
                return None
            if len(self._ids) >= self._limit:
                self._ids.clear()
            ids = self._ids[raw_post_id] = (str(post_id), str(fair))
        return ids


@operation(
    Operation(
        "recordClick",
        "Record one click on a job post (page view, livestream link, poster scan)",
        request={
            "type": "object",
            "additionalProperties": False,
            "required": ["post_id"],
            "properties": {
                "post_id": UUID_SCHEMA,
                "source": {
                    **line(0, 64, blank=True),
                    "description": "where the click came from, e.g. a livestream room",
                },
                "click_id": {
                    **UUID_SCHEMA,
                    "description": "idempotency key; a retried beacon sends the same id",
                },
                "room_id": {
                    **UUID_SCHEMA,
                    "description": "the livestream room whose link was clicked",
                },
            },
        },
        responses={
            202: "accepted (durable in Kafka); counted within about a second",
            400: "malformed request",
            404: "unknown post",
            409: "the post is not published (post_not_published)",
            410: "the fair has ended (fair_closed)",
            503: "Kafka did not take or confirm the click in time (broker_unavailable, "
            'Retry-After): not recorded; with "recorded": "unknown" a broker took '
            "it unconfirmed, so it may be recorded: retry with the same click_id",
        },
        response_schema={"type": "object", "properties": {"click_id": {"type": "string"}}},
    )
)
async def record_click(request: Request) -> Response:
    # The Starlette route; ``web.live.fastclicks`` serves the same operation without Starlette's
    # per-request machinery (``web.app.JobfairApp``). Both answer through ``accept_click``.
    host = request.client.host if request.client else "unknown"
    return Response(
        await accept_click(request.scope["state"], await request.body(), host),
        status_code=202,
        media_type="application/json",
    )


async def accept_click(state: dict[str, Any], raw: bytes, host: str) -> bytes:
    """recordClick on the request body ``raw`` from client address ``host``: the 202 body, or
    a ``CommandError`` (400 / 404 / 409 / 410 / 503) for ``web.errors`` to answer. ``state``:
    the lifespan state (``scope["state"]``)."""
    body = parse_json_body(raw, record_click)
    ids = await state["posts"].ids_of(body["post_id"])
    if ids is None:
        raise NotFound(f"no post {UUID(body['post_id'])}", code="unknown_post")
    post_id, fair_id = ids
    if not await state["limits"].click_gate(host, post_id):
        # web.limits: over a limit, 202 but not counted
        return orjson.dumps({"click_id": body.get("click_id") or str(uuid4())})
    click_id = await record(
        state["ctx"],
        post_id,
        fair_id,
        body.get("source"),
        body.get("click_id"),
        room_id=body.get("room_id"),
        accepted=state["web_metrics"].clicks,
    )
    # orjson: the same bytes as JSONResponse's json.dumps for this body, at a fraction of it.
    return orjson.dumps({"click_id": click_id})


@operation(
    Operation(
        "getPostCounts",
        "Live counts of one post (eventually consistent, about a second)",
        responses={200: "the counts", 404: "unknown post"},
        response_schema=COUNTS_SCHEMA,
    )
)
async def post_counts(request: Request) -> Response:
    try:
        post_id = UUID(request.path_params["post_id"])
    except ValueError:
        raise NotFound("post ids are UUIDs", code="unknown_post") from None
    row = await request.state.pool.fetchrow(COUNTS, post_id)
    if row is None:
        raise NotFound(f"no post {post_id}", code="unknown_post")
    counts = dict(row)
    counts["post_id"] = str(counts["post_id"])
    counts["remaining"] = max(counts["headcount"] - counts["offers"], 0)
    counts["full"] = counts["remaining"] == 0  # 已招满: new applications join the waitlist
    return JSONResponse(counts)
