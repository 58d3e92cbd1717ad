"""Command errors to HTTP, in one place: the status table and the app's exception handlers.

``web.command_errors`` (raised by commands, auth and request parsing) -> 4xx/503 JSON
``{"error": code, "detail": str, ...}``:

    Invalid 400 · Unauthenticated 401 · Forbidden 403 · NotFound 404 · Conflict 409 ·
    Gone 410 · Unprocessable 422 · TooMany 429 (with Retry-After) · Unavailable 503 ·
    Unconfirmed 503 (with Retry-After and ``"recorded": "unknown"``)

PostgreSQL not answering (``web.database.UNREACHABLE``: timeouts, refused or lost connections)
is 503 ``database_unavailable`` with ``Retry-After`` wherever it is raised: never a 500.
Starlette's own HTTPException (unknown route, wrong method) keeps its status with a JSON body.
Anything else is a bug: logged with its trace, answered 500 with no trace in the body.
Pages that render an error themselves ask :func:`status_of` for the same status.
"""

from __future__ import annotations

import logging
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from web.command_errors import (
    CommandError,
    Conflict,
    Forbidden,
    Gone,
    Invalid,
    NotFound,
    TooMany,
    Unauthenticated,
    Unavailable,
    Unconfirmed,
    Unprocessable,
)
from web.database import UNREACHABLE, unavailable

log = logging.getLogger(__name__)

STATUS: dict[type[CommandError], int] = {
    Invalid: 400, Unauthenticated: 401, Forbidden: 403, NotFound: 404, Conflict: 409,
    Gone: 410, Unprocessable: 422, TooMany: 429, Unavailable: 503, Unconfirmed: 503,
}


def retry_headers(exc: CommandError) -> dict[str, str] | None:
    """``Retry-After`` for an error that names when to retry (``retry_after`` seconds)."""
    retry = exc.extra.get("retry_after")
    return None if retry is None else {"Retry-After": str(max(1, int(retry)))}


def status_of(exc: CommandError) -> int:
    for kind in type(exc).__mro__:
        status = STATUS.get(kind)
        if status is not None:
            return status
    return 400


async def command_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, CommandError)
    return JSONResponse(exc.body(), status_code=status_of(exc), headers=retry_headers(exc))


async def database_error(request: Request, exc: Exception) -> Response:
    log.warning("PostgreSQL unavailable on %s %s: %s", request.method, request.url.path,
                type(exc).__name__)
    return await command_error(request, unavailable(exc))


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return JSONResponse({"error": code, "detail": str(exc.detail)}, status_code=exc.status_code)


async def unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return JSONResponse(
        {"error": "internal", "detail": "unexpected server error; it has been logged"},
        status_code=500,
    )


exception_handlers: dict[Any, Any] = {
    CommandError: command_error, HTTPException: http_error,
    **{kind: database_error for kind in UNREACHABLE}, Exception: unexpected,
}
