"""Revocation checked before any handler runs: page sessions and applicant tokens.

``IdentityGate`` sits inside the session middleware of ``web.app``. On each request:

- a page session that names an actor must have a live row (``web.identity.sessions.is_live``):
  otherwise the session is cleared, so the handler sees a logged-out visitor and the response
  replaces the cookie;
- an applicant token, in ``Authorization: Bearer`` or in a page cookie ``jfa_<fair>``, whose
  signature and expiry are good must also be of the applicant's current generation and not
  erased (``web.identity.credentials``): a refused bearer is answered 401 here
  (``applicant_token_revoked`` / ``applicant_erased``); a refused cookie is removed from the
  request and deleted in the response.

Handlers keep their synchronous helpers (``web.auth.session_actor``,
``web.applicants.auth.require_applicant`` / ``cookie_applicant``), which check signature and
expiry; the generation check lives here once. Requests without a session actor or an
applicant token cost nothing; paths in ``skip`` (the hot click path) are not looked at.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from domain.tokens import ApplicantClaims, TokenError, verify_applicant_token
from jobfair.settings import Settings
from web.applicants.auth import COOKIE_PREFIX
from web.command_errors import Unavailable
from web.errors import retry_headers, status_of
from web.identity import credentials, sessions


def _claims(secret: bytes, token: str, now: int) -> ApplicantClaims | None:
    try:
        return verify_applicant_token(secret, token, now)
    except TokenError:
        return None  # not an applicant token, or a bad one: the handler answers as before


async def _refusals(pool: Any, found: dict[str, ApplicantClaims]) -> dict[str, str]:
    """token -> refusal code, for the tokens whose generation is not in force."""
    ids = sorted({c.applicant_id for c in found.values()})
    rows = {str(r["applicant_id"]): r for r in await pool.fetch(credentials.CURRENT, ids)}
    out = {}
    for token, claims in found.items():
        code = credentials.refusal(claims, rows.get(claims.applicant_id))
        if code is not None:
            out[token] = code
    return out


class IdentityGate:
    def __init__(self, app: ASGIApp, *, skip: Collection[str] = ()) -> None:
        self.app, self.skip = app, frozenset(skip)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = scope.get("state") or {}
        pool = state.get("pool")
        if scope["type"] != "http" or scope["path"] in self.skip or pool is None:
            await self.app(scope, receive, send)
            return
        try:
            await self._gate(scope, receive, send, pool, state["settings"])
        except Unavailable as exc:
            # This middleware sits outside the route's error table (``web.errors``): a
            # PostgreSQL outage while checking revocation is answered here the same way, 503
            # ``database_unavailable`` with Retry-After, never a 500. Only before the handler
            # started: once it did, its own errors were already answered inside.
            if scope.get("jobfair.gate_passed"):
                raise
            body, status, headers = exc.body(), status_of(exc), retry_headers(exc)
            await JSONResponse(body, status_code=status, headers=headers)(scope, receive, send)

    async def _gate(self, scope: Scope, receive: Receive, send: Send, pool: Any,
                    settings: Settings) -> None:
        session = scope.get("session")
        if isinstance(session, dict) and "actor" in session:
            sid = session.get("sid")
            if not isinstance(sid, str) or not await sessions.is_live(
                pool, settings, sid, datetime.now(UTC)
            ):
                session.clear()
        headers = Headers(scope=scope)
        now = int(time.time())
        scheme, _, bearer = headers.get("authorization", "").partition(" ")
        bearer = bearer.strip() if scheme.lower() == "bearer" else ""
        cookies = {
            k: v
            for k, v in cookie_parser(headers.get("cookie", "")).items()
            if k.startswith(COOKIE_PREFIX)
        }
        found = {
            t: c
            for t in {bearer, *cookies.values()} - {""}
            if (c := _claims(settings.secret, t, now)) is not None
        }
        refused = await _refusals(pool, found) if found else {}
        if bearer in refused:
            answer = credentials.revoked_error(refused[bearer])
            await JSONResponse(answer.body(), status_code=401)(scope, receive, send)
            return
        dead = [name for name, token in cookies.items() if token in refused]
        scope["jobfair.gate_passed"] = True
        if not dead:
            await self.app(scope, receive, send)
            return
        await self.app(_without_cookies(scope, dead), receive, _deleting(send, dead))


def _without_cookies(scope: Scope, names: list[str]) -> Scope:
    jar = cookie_parser(Headers(scope=scope).get("cookie", ""))
    kept = "; ".join(f"{k}={v}" for k, v in jar.items() if k not in names)
    headers = [(k, v) for k, v in scope["headers"] if k != b"cookie"]
    if kept:
        headers.append((b"cookie", kept.encode("latin-1")))
    return {**scope, "headers": headers}


def _deleting(send: Send, names: list[str]) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            expire = [
                (b"set-cookie", f"{n}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax".encode())
                for n in names
            ]
            message = {**message, "headers": [*message.get("headers", []), *expire]}
        await send(message)

    return wrapped
