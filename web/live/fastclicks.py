"""recordClick's flat path: ``POST /api/clicks`` served without Starlette's per-request stack.

Data flow: uvicorn (uvloop, httptools, its proxy-headers wrapper) -> ``web.app.JobfairApp``,
which hands exactly ``POST /api/clicks`` (``type == "http"``) to :class:`FastClicks` and every
other request to Starlette -> read the body (bounded) -> ``web.live.clicks.accept_click`` (the
one implementation of the operation: validation by ``web.openapi.parse_json_body`` against the
published schema, post look-up, ``web.limits`` click gate, edge combiner, 202 after Kafka's ack)
-> one ``http.response.start`` + one ``http.response.body``.

Why: a profile of recordClick (``loadtests/profile_clicks.py``, BENCHMARKS.md) put ~62 % of the
web process inclusive in Starlette and five nested middlewares: every request walked
ServerError -> SecurityHeaders -> SessionExcept -> IdentityGate -> Metrics -> BodyLimit ->
Exception -> Router -> Route -> request_response, each wrapping ``send`` in a closure, plus a
``Request`` and a ``Response`` object. The hot click path now pays for none of it, while the
Starlette route stays registered (``/openapi.json`` is unchanged, and a test asks both for the
same answers: ``tests/integration/test_fast_clicks.py``).

What the middlewares do for this path, and where it is done here:

- SecurityHeaders (``web.identity.headers``): CSP with a fresh nonce, ``X-Frame-Options``,
  ``nosniff``, ``Referrer-Policy`` (and HSTS behind https) appended to EVERY answer, 202 and
  errors alike -> ``security_headers``, the same function. Its Origin check covers applicant
  form paths only (``/f/``, ``/p/``, ``/b/``, ``/me/``): not this one.
- SessionExcept: already bypassed for ``/api/clicks`` (no session, no cookie).
- IdentityGate: already skipped for ``/api/clicks`` (no bearer or cookie is looked at).
- MetricsMiddleware (``web.app``): one ``jobfair_http_requests`` count and one
  ``jobfair_http_request_seconds`` observation per request with the same labels: route
  ``record_click`` once the router would have matched, ``unmatched`` for a 413 on a declared
  ``Content-Length`` (BodyLimit answers before the router runs), method ``POST``, the status
  -> ``observe``, the middleware's own recorder.
- BodyLimit (``web.bodylimit``): a declared ``Content-Length`` above ``MAX_BODY`` (64 KiB) is
  413 ``body_too_large`` before any byte is read; a chunked body is counted as it arrives and
  answered 413 the moment it passes the limit, the rest never read -> ``_body`` with the same
  413 sender.
- ExceptionMiddleware + ``web.errors``: a ``CommandError`` is its status with its JSON body and
  ``Retry-After`` when it names one (400 bad body, 404 unknown post, 409/410 post or fair
  closed, 503 broker or database unavailable); PostgreSQL unreachable anywhere is 503
  ``database_unavailable``, never a 500 -> ``_error`` looks the handler up in the same table
  (``web.errors.exception_handlers``) and sends the Response it makes.
- ServerErrorMiddleware: anything else is a bug, logged with its trace and answered 500
  ``internal`` (the same handler). Differences, on purpose: this 500 carries the security
  headers (Starlette's outermost 500 did not), and uvicorn does not log the trace a second time.
- The request bounds (Kafka and PostgreSQL waits) live in the publisher and the pool: unchanged.
- Rate limits (429 on check-ins, registrations and log-ins) do not apply: an excess click is
  accepted (202) and not counted (``web.limits.click_gate``), as before.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from web.bodylimit import _content_length, _too_large
from web.errors import exception_handlers
from web.identity.headers import security_headers
from web.live.clicks import accept_click
from web.openapi import MAX_BODY

PATH = "/api/clicks"
ROUTE = "record_click"  # the Starlette endpoint's name: MetricsMiddleware's route label
Observe = Callable[[str, str, int, float], None]  # (route, method, status, seconds)


class FastClicks:
    """The ASGI app of ``POST /api/clicks`` (``web.app.JobfairApp`` dispatches to it)."""

    def __init__(self, *, observe: Observe, public_url: str, limit: int = MAX_BODY) -> None:
        self.observe, self.public_url, self.limit = observe, public_url, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        start = time.perf_counter()
        nonce = secrets.token_urlsafe(16)
        scope["csp_nonce"] = nonce
        extra = security_headers(nonce, self.public_url)
        route, status = ROUTE, 500
        try:
            declared = _content_length(scope)
            if declared is not None and declared > self.limit:
                route, status = "unmatched", 413
                await _too_large(_with(send, extra), self.limit)
                return
            try:
                raw = await self._body(receive)
                if raw is None:  # past the limit while streaming: the 413 is the answer
                    status = 413
                    await _too_large(_with(send, extra), self.limit)
                    return
                client = scope.get("client")
                answer = await accept_click(scope["state"], raw, client[0] if client else "unknown")
            except Exception as exc:  # mapped exactly as web.errors maps it
                status = await _error(scope, receive, _with(send, extra), exc)
                return
            status = 202
            await send(
                {
                    "type": "http.response.start",
                    "status": 202,
                    "headers": [
                        (b"content-length", str(len(answer)).encode()),
                        (b"content-type", b"application/json"),
                        *extra,
                    ],
                }
            )
            await send({"type": "http.response.body", "body": answer})
        finally:
            self.observe(route, "POST", status, time.perf_counter() - start)

    async def _body(self, receive: Receive) -> bytes | None:
        """The whole body; None once it passes the limit (the rest is never read)."""
        message = await receive()
        if message["type"] == "http.request" and not message.get("more_body", False):
            body: bytes = message.get("body", b"")  # the usual case: one message
            return body if len(body) <= self.limit else None
        chunks: list[bytes] = []
        seen = 0
        while True:
            if message["type"] == "http.disconnect":
                raise ClientDisconnect()
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)
            message = await receive()


def _with(send: Send, extra: list[tuple[bytes, bytes]]) -> Send:
    """``send`` appending the security headers to the response's own (as SecurityHeaders)."""

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return sending


async def _error(scope: Scope, receive: Receive, send: Send, exc: Exception) -> int:
    """Answer ``exc`` with the handler ``web.errors`` names for it; its status."""
    handler = next(
        exception_handlers[kind] for kind in type(exc).__mro__ if kind in exception_handlers
    )  # Exception itself is always there
    response: Response = await handler(Request(scope, receive), exc)
    await response(scope, receive, send)
    return response.status_code
