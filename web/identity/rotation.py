"""Token rotation: rotateEmployerToken and rotateHostToken (organisers).

Bumps ``employer.staff_key_version`` / ``fair.host_key_version`` in PostgreSQL and answers a
new token of the new version: every older token stops (``web.auth.actor_for_token`` compares
versions) and so does every page session made with one (``web.identity.sessions``), at once.
"""

from __future__ import annotations

from uuid import UUID

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from web.auth import issue_host_token, issue_staff_token, require_organiser
from web.command_errors import NotFound
from web.context import context_of
from web.identity.api import uuid_of
from web.openapi import UUID_SCHEMA, Operation, json_body, operation

ROTATE_EMPLOYER = (
    "UPDATE employer SET staff_key_version = staff_key_version + 1 "
    "WHERE id = $1 RETURNING staff_key_version, fair_id"
)
ROTATE_HOST = (
    "UPDATE fair SET host_key_version = host_key_version + 1 WHERE id = $1 "
    "RETURNING host_key_version"
)


@operation(
    Operation(
        "rotateEmployerToken",
        "Revoke an employer's staff token (and its sessions); a new one",
        auth="organiser",
        request={
            "type": "object",
            "required": ["employer_id"],
            "additionalProperties": False,
            "properties": {"employer_id": UUID_SCHEMA},
        },
        responses={
            200: "the new staff token",
            401: "no valid token",
            403: "not an organiser",
            404: "unknown employer",
        },
        response_schema={
            "type": "object",
            "required": ["employer_id", "staff_token"],
            "properties": {"employer_id": {"type": "string"}, "staff_token": {"type": "string"}},
        },
    )
)
async def rotate_employer_token(request: Request) -> Response:
    await require_organiser(request)
    body = await json_body(request, rotate_employer_token)
    ctx = context_of(request)
    employer_id = uuid_of(body, "employer_id")
    row = await ctx.pool.fetchrow(ROTATE_EMPLOYER, UUID(employer_id))
    if row is None:
        raise NotFound(f"no employer {employer_id}", code="unknown_employer")
    token = issue_staff_token(
        ctx.settings, employer_id, str(row["fair_id"]), row["staff_key_version"]
    )
    return JSONResponse({"employer_id": employer_id, "staff_token": token})


@operation(
    Operation(
        "rotateHostToken",
        "Revoke a fair's host token (and its sessions); a new one",
        auth="organiser",
        request={
            "type": "object",
            "required": ["fair_id"],
            "additionalProperties": False,
            "properties": {"fair_id": UUID_SCHEMA},
        },
        responses={
            200: "the new host token",
            401: "no valid token",
            403: "not an organiser",
            404: "unknown fair",
        },
        response_schema={
            "type": "object",
            "required": ["fair_id", "host_token"],
            "properties": {"fair_id": {"type": "string"}, "host_token": {"type": "string"}},
        },
    )
)
async def rotate_host_token(request: Request) -> Response:
    await require_organiser(request)
    body = await json_body(request, rotate_host_token)
    ctx = context_of(request)
    version = await ctx.pool.fetchval(ROTATE_HOST, UUID(body["fair_id"]))
    if version is None:
        raise NotFound(f"no fair {body['fair_id']}", code="unknown_fair")
    fair_id = uuid_of(body, "fair_id")
    token = issue_host_token(ctx.settings, fair_id, version)
    return JSONResponse({"fair_id": fair_id, "host_token": token})
