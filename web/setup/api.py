"""The organiser API of fair setup: fairs, employers, posts, screening review.

Writes go through ``web.setup.commands`` (an event on ``fairsetup``, then the projection row);
reads come from ``web.setup.reads`` (PostgreSQL). Organiser operations take the organiser bearer
token; employer staff may read their employer and create, read and edit its posts; a host may
read one fair. Posters and QR images are in ``web.setup.posters``.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from web.auth import ORGANISER, STAFF, Actor, can_edit_employer, can_see_fair, require_actor
from web.command_errors import Invalid, NotFound
from web.context import context_of
from web.openapi import Operation, json_body, operation, query_int, query_uuid
from web.setup import commands as cmd
from web.setup import post_commands as post_cmd
from web.setup import reads as read
from web.setup import schemas as sch

PAGE, PAGE_MAX = 500, 1000  # listPosts page size: default and most (issue 13: paged lists)
AUTH = {401: "no valid bearer token", 403: "the token's role may not do this"}
ERR = {400: "malformed request", **AUTH}


def answer(w: cmd.Written) -> Response:
    return JSONResponse(w.body, status_code=w.status)


def path_id(request: Request, name: str, code: str) -> UUID:
    try:
        return UUID(request.path_params[name])
    except ValueError:
        raise NotFound(f"{name} must be a UUID", code=code) from None


async def visible_fair(request: Request, actor: Actor) -> tuple[UUID, Any]:
    """The fair named in the path and its row, if the actor may see it (404 otherwise)."""
    fair_id = path_id(request, "fair_id", "unknown_fair")
    row = None
    if can_see_fair(actor, str(fair_id)):
        row = await read.fetch_fair(request.state.pool, fair_id)
    if row is None:
        raise NotFound(f"no fair {fair_id}", code="unknown_fair")
    return fair_id, row


async def visible_post(request: Request, actor: Actor) -> tuple[UUID, Any]:
    """The post named in the path and its row, if the actor may edit its employer (404)."""
    post_id = path_id(request, "post_id", "unknown_post")
    row = await read.fetch_post(request.state.pool, post_id)
    if row is None or not can_edit_employer(actor, str(row["employer_id"])):
        raise NotFound(f"no post {post_id}", code="unknown_post")
    return post_id, row


async def write(
    request: Request, endpoint: Any, command: Any, *roles: str, path: tuple[str, str] | None = None
) -> Response:
    """A create or update: the actor (one of ``roles``), the path's id (``path``: name and
    code of its 404), the validated body, then ``command(ctx, actor, [id,] body)``."""
    actor = await require_actor(request, *roles)
    ids = [] if path is None else [path_id(request, *path)]
    body = await json_body(request, endpoint)
    return answer(await command(context_of(request), actor, *ids, body))


# --- fairs -----------------------------------------------------------------------------------

@operation(Operation(
    "createFair", "Create a fair; the answer carries its entrance QR URL",
    request=sch.CREATE_FAIR, response_schema=sch.FAIR_OUT, auth="organiser",
    responses={201: "created", 200: "already created with this id", 202: "accepted, pending",
               **ERR, 422: "ends_at is not after starts_at (ends_before_start)"},
))
async def create_fair(request: Request) -> Response:
    return await write(request, create_fair, cmd.create_fair, ORGANISER)


@operation(Operation(
    "listFairs", "Every fair, newest first", auth="organiser", responses={200: "fairs", **AUTH},
    response_schema=sch.list_of(sch.FAIR_OUT),
))
async def list_fairs(request: Request) -> Response:
    await require_actor(request, ORGANISER)
    rows = await read.fetch_fairs(request.state.pool)
    return JSONResponse([read.fair_json(request.state.settings, r) for r in rows])


@operation(Operation(
    "getFair", "One fair with its QR URL (and host token, for organisers)", auth="organiser",
    responses={200: "the fair", **AUTH, 404: "unknown fair"}, response_schema=sch.FAIR_OUT,
))
async def get_fair(request: Request) -> Response:
    actor = await require_actor(request, ORGANISER, STAFF, "host")
    _, row = await visible_fair(request, actor)
    return JSONResponse(read.fair_json(request.state.settings, row,
                                       secrets=actor.role == ORGANISER))


@operation(Operation(
    "updateFair", "Edit a fair (name, kind, times, venue)", request=sch.UPDATE_FAIR,
    auth="organiser", response_schema=sch.FAIR_OUT,
    responses={200: "updated", 202: "accepted, pending", **ERR, 404: "unknown fair",
               409: "version_conflict or edit_conflict", 422: "ends_before_start"},
))
async def update_fair(request: Request) -> Response:
    return await write(
        request, update_fair, cmd.update_fair, ORGANISER, path=("fair_id", "unknown_fair")
    )


# --- employers -------------------------------------------------------------------------------

@operation(Operation(
    "createEmployer", "Add an employer and its booth to a fair", request=sch.CREATE_EMPLOYER,
    auth="organiser", response_schema=sch.EMPLOYER_OUT,
    responses={201: "created", 200: "already created with this id", 202: "accepted, pending",
               **ERR, 404: "unknown fair", 409: "booth_taken"},
))
async def create_employer(request: Request) -> Response:
    return await write(request, create_employer, cmd.create_employer, ORGANISER)


@operation(Operation(
    "listEmployers", "The employers of a fair", auth="organiser",
    responses={200: "employers", **AUTH, 404: "unknown fair"},
    response_schema=sch.list_of(sch.EMPLOYER_OUT),
))
async def list_employers(request: Request) -> Response:
    actor = await require_actor(request, ORGANISER, STAFF, "host")
    fair_id, _ = await visible_fair(request, actor)
    rows = await read.fetch_employers(request.state.pool, fair_id)
    secrets = actor.role == ORGANISER
    return JSONResponse([read.employer_json(request.state.settings, r, secrets=secrets)
                         for r in rows])


@operation(Operation(
    "getEmployer", "One employer with its booth QR URL (and staff token, for organisers)",
    auth="organiser", response_schema=sch.EMPLOYER_OUT,
    responses={200: "the employer", **AUTH, 404: "unknown employer"},
))
async def get_employer(request: Request) -> Response:
    actor = await require_actor(request, ORGANISER, STAFF)
    employer_id = path_id(request, "employer_id", "unknown_employer")
    row = await read.fetch_employer(request.state.pool, employer_id)
    if row is None or not can_edit_employer(actor, str(employer_id)):
        raise NotFound(f"no employer {employer_id}", code="unknown_employer")
    return JSONResponse(read.employer_json(request.state.settings, row,
                                           secrets=actor.role == ORGANISER))


@operation(Operation(
    "updateEmployer", "Edit an employer (name, booth, interview tables, slot length)",
    request=sch.UPDATE_EMPLOYER, auth="organiser", response_schema=sch.EMPLOYER_OUT,
    responses={200: "updated", 202: "accepted, pending", **ERR, 404: "unknown employer",
               409: "version_conflict, edit_conflict or booth_taken"},
))
async def update_employer(request: Request) -> Response:
    return await write(
        request, update_employer, cmd.update_employer, ORGANISER,
        path=("employer_id", "unknown_employer"),
    )


# --- posts -----------------------------------------------------------------------------------

@operation(Operation(
    "createPost", "Create a job post; screened for equal-employment rules before publishing",
    request=sch.CREATE_POST, auth="organiser", response_schema=sch.POST_OUT,
    responses={201: "created: published, or needs_review when it names an exemption",
               200: "already created with this id", 202: "accepted, pending", **ERR,
               404: "unknown employer",
               422: "post_not_compliant (violations in the check-post shape; not published)"},
))
async def create_post(request: Request) -> Response:
    return await write(request, create_post, post_cmd.create_post, ORGANISER, STAFF)


@operation(Operation(
    "listPosts", "Posts of a fair or employer, optionally by status (e.g. flagged ones)",
    auth="organiser", response_schema=sch.list_of(sch.POST_OUT),
    responses={200: "posts", 400: "bad filter", **AUTH},
    parameters=[
        {"name": "fair_id", "in": "query", "schema": {"type": "string"}},
        {"name": "employer_id", "in": "query", "schema": {"type": "string"}},
        {"name": "status", "in": "query", "description": "comma-separated statuses",
         "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "description": f"page size (default {PAGE}, at most "
         f"{PAGE_MAX}); a fuller page says where the next starts in X-Next-Offset",
         "schema": {"type": "integer", "minimum": 1, "maximum": PAGE_MAX}},
        {"name": "offset", "in": "query", "description": "posts to skip (X-Next-Offset)",
         "schema": {"type": "integer", "minimum": 0, "maximum": 10_000_000}},
    ],
))
async def list_posts(request: Request) -> Response:
    actor = await require_actor(request, ORGANISER, STAFF, "host")
    fair_id, employer_id = query_uuid(request, "fair_id"), query_uuid(request, "employer_id")
    statuses = [s for s in request.query_params.get("status", "").split(",") if s] or None
    if statuses and not set(statuses) <= {"published", "needs_review", "rejected", "closed"}:
        raise Invalid("unknown status", code="invalid_request", field="status")
    if actor.role == STAFF:
        employer_id = UUID(str(actor.employer_id))
    elif actor.role == "host":
        fair_id, statuses = UUID(str(actor.fair_id)), ["published"]
    limit = query_int(request, "limit", PAGE, 1, PAGE_MAX)
    offset = query_int(request, "offset", 0, 0, 10_000_000)
    rows = await read.fetch_posts(request.state.pool, fair_id=fair_id, employer_id=employer_id,
                                  statuses=statuses, limit=limit + 1, offset=offset)
    headers = {"X-Next-Offset": str(offset + limit)} if len(rows) > limit else None
    return JSONResponse([read.post_json(request.state.settings, r) for r in rows[:limit]],
                        headers=headers)


@operation(Operation(
    "getPost", "One post with its status, 妈妈岗 reasons and current screening",
    auth="organiser", response_schema=sch.POST_OUT,
    responses={200: "the post", **AUTH, 404: "unknown post"},
))
async def get_post(request: Request) -> Response:
    _, row = await visible_post(request, await require_actor(request, ORGANISER, STAFF))
    return JSONResponse(read.post_json(request.state.settings, row))


@operation(Operation(
    "updatePost", "Edit a post (re-screened; a violating edit is refused and audited)",
    request=sch.UPDATE_POST, auth="organiser", response_schema=sch.POST_OUT,
    responses={200: "updated", 202: "accepted, pending", **ERR, 404: "unknown post",
               409: "version_conflict or edit_conflict", 422: "post_not_compliant"},
))
async def update_post(request: Request) -> Response:
    return await write(
        request, update_post, post_cmd.update_post, ORGANISER, STAFF,
        path=("post_id", "unknown_post"),
    )


@operation(Operation(
    "reviewPost", "Organiser decision on a flagged post (approve or reject, with a reason)",
    request=sch.REVIEW_POST, auth="organiser", response_schema=sch.POST_OUT,
    responses={200: "decided and recorded", 202: "accepted, pending", **ERR,
               404: "unknown post", 409: "nothing_to_review, version_conflict"},
))
async def review_post(request: Request) -> Response:
    actor = await require_actor(request, ORGANISER)
    post_id = path_id(request, "post_id", "unknown_post")
    body = await json_body(request, review_post)
    body["decision"] = {"approve": "approved", "reject": "rejected"}.get(
        body["decision"], body["decision"])
    return answer(await post_cmd.review_post(context_of(request), actor, post_id, body))


@operation(Operation(
    "getPostScreening", "The post's screening audit trail: every decision and override",
    auth="organiser", responses={200: "audit records, oldest first", **AUTH,
                                 404: "unknown post"},
    response_schema={"type": "array", "items": {"type": "object"}},
))
async def post_screening(request: Request) -> Response:
    post_id, _ = await visible_post(request, await require_actor(request, ORGANISER, STAFF))
    return JSONResponse([read.audit_json(r) for r in
                         await read.fetch_audit(request.state.pool, post_id)])
