"""HTTP errors: one base class, mapped to JSON in one place (``exception_handlers``).

    ApiError (4xx, JSON {"error": code, "detail": str, ...})
    ├── BadRequest        400  malformed JSON or a field of the wrong shape
    ├── Unauthorized      401  missing or wrong bearer token
    ├── Forbidden         403  authenticated but not allowed
    ├── NotFound          404  unknown fair, post, ... (or route)
    ├── Conflict          409  the request contradicts current state
    ├── Gone              410  an expired QR token or closed fair
    └── Unprocessable     422  well-formed but breaks a rule (e.g. equal-employment)

Anything else is a bug: logged with its trace, answered 500 with no trace in the body.
"""

from __future__ import annotations

import logging
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

log = logging.getLogger(__name__)


class ApiError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, detail: str, *, code: str | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        if code:
            self.code = code
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "detail": self.detail, **self.extra}


class BadRequest(ApiError):
    status, code = 400, "bad_request"


class Unauthorized(ApiError):
    status, code = 401, "unauthorized"


class Forbidden(ApiError):
    status, code = 403, "forbidden"


class NotFound(ApiError):
    status, code = 404, "not_found"


class Conflict(ApiError):
    status, code = 409, "conflict"


class Gone(ApiError):
    status, code = 410, "gone"


class Unprocessable(ApiError):
    status, code = 422, "unprocessable"


async def api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body(), status_code=exc.status)


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


exception_handlers = {ApiError: api_error, HTTPException: http_error, Exception: unexpected}
