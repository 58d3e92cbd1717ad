"""Security headers on every response, and the Origin check on applicant forms.

``SecurityHeaders`` is the outermost middleware of ``web.app``: every response (pages, JSON,
SSE, errors, 404s) gets a Content-Security-Policy with ``frame-ancestors 'none'`` (and
``X-Frame-Options: DENY`` for old browsers), so no page can be framed (the booth's 录用 buttons
are not clickjackable), ``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: same-origin``
(QR tokens in page paths never leave in a Referer); behind https also
``Strict-Transport-Security``. Inline scripts run only with the
per-response nonce the templates get as ``csp_nonce`` (``web.templating``). The OBS overlay
``/host/{fair}/overlay`` is loaded by OBS as a browser source, not in a frame, so it works
under ``frame-ancestors 'none'`` too.

Applicant forms (paths ``/f/``, ``/p/``, ``/b/``, ``/me/``) have no session to hold a CSRF
token, so an unsafe request there must come from this site: its ``Origin`` (or, without one,
its ``Referer``) must be the public URL's origin or the request's own ``Host``; otherwise 403
``cross_site_form`` (login CSRF and forged applications from other sites). Organiser and booth
forms keep their per-session CSRF tokens (``web.auth``).
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

APPLICANT_FORM_PREFIXES = ("/f/", "/p/", "/b/", "/me/")
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def policy(nonce: str) -> str:
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


def same_site(scope: Scope, public_url: str) -> bool:
    headers = Headers(scope=scope)
    sent = headers.get("origin") or origin_of(headers.get("referer", ""))
    if not sent or sent == "null":
        return False
    own = {origin_of(public_url)}
    host = headers.get("host")
    if host:
        own.add(f"{scope.get('scheme', 'http')}://{host}".lower())
    return sent.lower() in own


def security_headers(nonce: str, public_url: str) -> list[tuple[bytes, bytes]]:
    """The headers ``SecurityHeaders`` appends to a response (also used by recordClick's flat
    path, ``web.live.fastclicks``)."""
    extra = [
        (b"content-security-policy", policy(nonce).encode()),
        (b"x-frame-options", b"DENY"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
    ]
    if public_url.startswith("https://"):  # behind TLS: browsers keep to https
        extra.append((b"strict-transport-security", b"max-age=31536000"))
    return extra


class SecurityHeaders:
    def __init__(self, app: ASGIApp, *, public_url: str) -> None:
        self.app, self.public_url = app, public_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        nonce = secrets.token_urlsafe(16)
        scope["csp_nonce"] = nonce
        extra = security_headers(nonce, self.public_url)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        if (
            scope["method"] in UNSAFE
            and scope["path"].startswith(APPLICANT_FORM_PREFIXES)
            and not same_site(scope, self.public_url)
        ):
            refused = JSONResponse(
                {
                    "error": "cross_site_form",
                    "detail": "this form must be sent from this site's own page",
                    "message_zh": "请从本站页面提交表单。",
                },
                status_code=403,
            )
            await refused(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)
