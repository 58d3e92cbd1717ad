"""Token rotation: rotateEmployerToken and rotateHostToken (organisers).

Bumps ``employer.staff_key_version`` / ``fair.host_key_version`` in PostgreSQL and answers a
new token of the new version: every older token stops (``web.auth.actor_for_token`` compares
versions) and so does every page session made with one (``web.identity.sessions``), at once.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from web.auth import issue_host_token, issue_staff_token, require_organiser
from web.command_errors import NotFound
from web.context import context_of
from web.identity.api import uuid_of
from web.openapi import ORGANISER_ONLY, Operation, json_body, operation, string_fields, uuid_request

ROTATE_EMPLOYER = (
    "UPDATE employer SET staff_key_version = staff_key_version + 1 "
    "WHERE id = $1 RETURNING staff_key_version AS version, fair_id"
)
ROTATE_HOST = (
    "UPDATE fair SET host_key_version = host_key_version + 1 WHERE id = $1 "
    "RETURNING host_key_version AS version"
)


def _rotation(operation_id: str, summary: str, field: str, token: str, what: str) -> Operation:
    return Operation(
        operation_id,
        summary,
        auth="organiser",
        request=uuid_request(field),
        responses={
            200: f"the new {token.replace('_', ' ')}",
            **ORGANISER_ONLY,
            404: f"unknown {what}",
        },
        response_schema=string_fields(field, token),
    )


async def _rotate(
    request: Request, endpoint: Any, sql: str, field: str, what: str
) -> tuple[str, Any]:
    """Bump the key version of the ``what`` named by the body's ``field`` (organisers only):
    its canonical id and the row ``sql`` returns (``version``, ...); NotFound if none."""
    await require_organiser(request)
    body = await json_body(request, endpoint)
    ident = uuid_of(body, field)
    row = await context_of(request).pool.fetchrow(sql, UUID(ident))
    if row is None:
        raise NotFound(f"no {what} {ident}", code=f"unknown_{what}")
    return ident, row


@operation(
    _rotation(
        "rotateEmployerToken",
        "Revoke an employer's staff token (and its sessions); a new one",
        "employer_id",
        "staff_token",
        "employer",
    )
)
async def rotate_employer_token(request: Request) -> Response:
    employer_id, row = await _rotate(
        request, rotate_employer_token, ROTATE_EMPLOYER, "employer_id", "employer"
    )
    settings = context_of(request).settings
    token = issue_staff_token(settings, employer_id, str(row["fair_id"]), row["version"])
    return JSONResponse({"employer_id": employer_id, "staff_token": token})


@operation(
    _rotation(
        "rotateHostToken",
        "Revoke a fair's host token (and its sessions); a new one",
        "fair_id",
        "host_token",
        "fair",
    )
)
async def rotate_host_token(request: Request) -> Response:
    fair_id, row = await _rotate(request, rotate_host_token, ROTATE_HOST, "fair_id", "fair")
    token = issue_host_token(context_of(request).settings, fair_id, row["version"])
    return JSONResponse({"fair_id": fair_id, "host_token": token})
