"""Request bodies limited while they stream in (issue 13 item 2).

An ASGI middleware in front of every route: a ``Content-Length`` above the limit is answered
413 ``body_too_large`` before any byte of the body is read; a body without one (chunked) is
counted ``http.request`` message by message and, as soon as it passes the limit, the request
is answered 413 and the rest of it is never read. The handler sees a body truncated at the
limit plus an ``http.disconnect`` (it cannot act on a partial body: the 413 is already sent).
JSON operations (``/api/``) get ``web.openapi.MAX_BODY`` (64 KiB); pages' forms ``PAGE_MAX``.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from web.openapi import MAX_BODY

PAGE_MAX = 256 * 1024


class BodyLimit:
    def __init__(self, app: ASGIApp, *, api_max: int = MAX_BODY, page_max: int = PAGE_MAX) -> None:
        self.app, self.api_max, self.page_max = app, api_max, page_max

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = self.api_max if scope["path"].startswith("/api/") else self.page_max
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _too_large(send, limit)
            return
        seen = 0
        refused = False
        started = False

        async def counted() -> Message:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    refused = True
                    if not started:
                        await _too_large(send, limit)
                    return {"type": "http.disconnect"}
            return message

        async def sending(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 went out already
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, sending)
        except Exception:
            if not refused:
                raise  # a disconnect the handler turned into an error: the 413 stands


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _too_large(send: Send, limit: int) -> None:
    body: dict[str, Any] = {
        "error": "body_too_large",
        "detail": f"the request body is larger than {limit} bytes",
    }
    raw = orjson.dumps(body)
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(raw)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": raw})
