"""Who is calling: organiser, employer staff (own booth only) or host (read-only, one fair).

API: ``Authorization: Bearer <token>``; the organiser token is ``JOBFAIR_ORGANISER_TOKEN``,
staff and host tokens are signed and timestamped by web (itsdangerous, keyed by
``JOBFAIR_SECRET_KEY``), valid ``JOBFAIR_STAFF_TOKEN_TTL_H`` hours, and handed out by an
organiser (``getEmployer`` / ``getFair``, or rotateEmployerToken / rotateHostToken). Pages: the
same tokens typed into the log-in form; the signed session cookie (Starlette
``SessionMiddleware``) holds only a session id whose row in PostgreSQL says whether it is live
(``web.identity.sessions``, checked by ``web.identity.gate`` on every request), with a
per-session CSRF token that every form posts back. The API never reads the cookie, so a
cross-site page cannot drive it with the organiser's browser.

A staff token names its employer, fair and the employer's ``staff_key_version``; a host token
its fair and the fair's ``host_key_version``; bumping the column (rotateEmployerToken /
rotateHostToken) revokes every token issued before and every page session made with one.
Host tokens read counts and public setup data only, never interview lists. Tokens never appear
in logs or URLs.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.requests import Request

from jobfair.settings import Settings
from web.command_errors import Forbidden, Unauthenticated
from web.context import context_of
from web.identity import sessions
from web.limits import limits_of

ORGANISER, STAFF, HOST = "organiser", "staff", "host"
_STAFF_SALT = "jobfair/staff/v2"  # v2: timestamped (expiring); v1 tokens never verify again
_HOST_SALT = "jobfair/host/v2"
STAFF_KEY_VERSION = "SELECT staff_key_version FROM employer WHERE id = $1::uuid"
HOST_KEY_VERSION = "SELECT host_key_version FROM fair WHERE id = $1::uuid"


@dataclass(frozen=True)
class Actor:
    role: str
    employer_id: str | None = None
    fair_id: str | None = None
    key: str = ""  # the credential's version (staff, host) or organiser key: for sessions

    @property
    def label(self) -> str:
        """Who, for the audit trail: never a person's name."""
        return f"staff:{self.employer_id}" if self.role == STAFF else self.role

    def to_session(self) -> dict[str, Any]:
        return {"role": self.role, "employer_id": self.employer_id, "fair_id": self.fair_id}


def _serializer(settings: Settings, salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(settings.secret_key or "", salt=salt)


def issue_staff_token(settings: Settings, employer_id: str, fair_id: str, version: int) -> str:
    token: str = _serializer(settings, _STAFF_SALT).dumps(
        {"e": employer_id, "f": fair_id, "v": version}
    )
    return token


def issue_host_token(settings: Settings, fair_id: str, version: int) -> str:
    token: str = _serializer(settings, _HOST_SALT).dumps({"f": fair_id, "v": version})
    return token


async def actor_for_token(request: Request, token: str) -> Actor | None:
    """The actor a bearer or log-in token stands for, or None. Failures are counted per client
    (``web.limits``): answered slowly past a few, then 429 ``rate_limited`` for a while."""
    limits = limits_of(request)
    await limits.auth_gate(request)
    actor = await _verify_token(request, token)
    if actor is None:
        await limits.auth_failed(request)
    return actor


async def _verify_token(request: Request, token: str) -> Actor | None:
    settings: Settings = request.state.settings
    expected = settings.organiser_token
    if expected and hmac.compare_digest(token.encode(), expected.encode()):
        return Actor(ORGANISER, key=sessions.organiser_key(settings))
    if not settings.secret_key or len(token) > 512:
        return None
    max_age = settings.staff_token_ttl_h * 3600
    for role, salt, query, subject in ((STAFF, _STAFF_SALT, STAFF_KEY_VERSION, "e"),
                                       (HOST, _HOST_SALT, HOST_KEY_VERSION, "f")):
        try:  # SignatureExpired is a BadSignature: an expired token is no token
            claims = _serializer(settings, salt).loads(token, max_age=max_age)
            current = await request.state.pool.fetchval(query, str(claims[subject]))
        except (BadSignature, KeyError, TypeError, ValueError):
            continue
        if current is None or current != claims["v"]:
            return None
        return Actor(role, employer_id=claims.get("e"), fair_id=str(claims["f"]),
                     key=str(current))
    return None


async def bearer_actor(request: Request) -> Actor | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return await actor_for_token(request, token.strip())


async def require_actor(request: Request, *roles: str) -> Actor:
    """The bearer's actor if its role is one of ``roles``: 401 without a valid token, 403 for
    a valid token of another role."""
    actor = await bearer_actor(request)
    if actor is None:
        raise Unauthenticated("send Authorization: Bearer <token>", code="unauthorized")
    if actor.role not in roles:
        raise Forbidden(f"this operation is not open to {actor.role} tokens", code="forbidden")
    return actor


async def require_organiser(request: Request) -> Actor:
    return await require_actor(request, ORGANISER)


async def require_staff(request: Request) -> Actor:
    """Organiser or employer staff; callers still check the staff member's employer."""
    return await require_actor(request, ORGANISER, STAFF)


async def require_host(request: Request) -> Actor:
    """Read-only live views: organiser or a host of the fair; callers check the fair."""
    return await require_actor(request, ORGANISER, HOST)


def can_see_fair(actor: Actor, fair_id: str) -> bool:
    return actor.role == ORGANISER or actor.fair_id == fair_id


def can_edit_employer(actor: Actor, employer_id: str) -> bool:
    return actor.role == ORGANISER or (actor.role == STAFF and actor.employer_id == employer_id)


# --- pages: signed session cookie and CSRF --------------------------------------------------

def session_actor(request: Request) -> Actor | None:
    data = request.session.get("actor")
    if not isinstance(data, dict) or data.get("role") not in (ORGANISER, STAFF, HOST):
        return None
    return Actor(str(data["role"]), data.get("employer_id"), data.get("fair_id"))


def organiser_session(request: Request) -> Actor | None:
    """The session's actor if it is an organiser; None otherwise (the page answers 401 or
    sends her to log in)."""
    actor = session_actor(request)
    return actor if actor is not None and actor.role == ORGANISER else None


async def log_in(request: Request, actor: Actor) -> None:
    """A fresh server-side session (``web.identity.sessions``) and CSRF token."""
    await log_out(request)
    ctx = context_of(request)
    request.session["sid"] = await sessions.start(
        ctx.pool, ctx.settings, ctx.now(), actor.role, actor.employer_id, actor.fair_id,
        actor.key,
    )
    request.session["actor"] = actor.to_session()
    request.session["csrf"] = secrets.token_urlsafe(24)


async def log_out(request: Request) -> None:
    """End the session row (a replayed cookie stops at once) and clear the cookie."""
    sid = request.session.get("sid")
    if isinstance(sid, str):
        ctx = context_of(request)
        await sessions.end(ctx.pool, sid, ctx.now())
    request.session.clear()


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(24)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, sent: object) -> None:
    expected = request.session.get("csrf")
    if not isinstance(expected, str) or not isinstance(sent, str) or not hmac.compare_digest(
        expected.encode(), sent.encode()
    ):
        raise Forbidden("the form is stale or came from another site; reload and retry",
                        code="csrf_failed")
