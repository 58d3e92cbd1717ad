"""Who is calling: organiser, employer staff (own booth only) or host (read-only, one fair).

API: ``Authorization: Bearer <token>``; the organiser token is ``JOBFAIR_ORGANISER_TOKEN``,
staff and host tokens are signed by web (itsdangerous, keyed by ``JOBFAIR_SECRET_KEY``) and
handed out by an organiser (``getEmployer`` / ``getFair``). Pages: the same tokens typed into
the log-in form, remembered in a signed session cookie (Starlette ``SessionMiddleware``), with a
per-session CSRF token that every form posts back. The API never reads the cookie, so a
cross-site page cannot drive it with the organiser's browser.

A staff token names its employer, fair and the employer's ``staff_key_version``; bumping that
column in PostgreSQL revokes every token issued before. Tokens never appear in logs or URLs.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from itsdangerous import BadSignature, URLSafeSerializer
from starlette.requests import Request

from jobfair.settings import Settings
from web.command_errors import Forbidden, Unauthenticated

ORGANISER, STAFF, HOST = "organiser", "staff", "host"
_STAFF_SALT = "jobfair/staff/v1"
_HOST_SALT = "jobfair/host/v1"
STAFF_KEY_VERSION = "SELECT staff_key_version FROM employer WHERE id = $1::uuid"


@dataclass(frozen=True)
class Actor:
    role: str
    employer_id: str | None = None
    fair_id: str | None = None

    @property
    def label(self) -> str:
        """Who, for the audit trail: never a person's name."""
        return f"staff:{self.employer_id}" if self.role == STAFF else self.role

    def to_session(self) -> dict[str, Any]:
        return {"role": self.role, "employer_id": self.employer_id, "fair_id": self.fair_id}


def _serializer(settings: Settings, salt: str) -> URLSafeSerializer:
    return URLSafeSerializer(settings.secret_key or "", salt=salt)


def issue_staff_token(settings: Settings, employer_id: str, fair_id: str, version: int) -> str:
    token: str = _serializer(settings, _STAFF_SALT).dumps(
        {"e": employer_id, "f": fair_id, "v": version}
    )
    return token


def issue_host_token(settings: Settings, fair_id: str) -> str:
    token: str = _serializer(settings, _HOST_SALT).dumps({"f": fair_id})
    return token


async def actor_for_token(request: Request, token: str) -> Actor | None:
    """The actor a bearer or log-in token stands for, or None."""
    settings: Settings = request.state.settings
    expected = settings.organiser_token
    if expected and hmac.compare_digest(token.encode(), expected.encode()):
        return Actor(ORGANISER)
    if not settings.secret_key or len(token) > 512:
        return None
    try:
        claims = _serializer(settings, _STAFF_SALT).loads(token)
        current = await request.state.pool.fetchval(STAFF_KEY_VERSION, claims["e"])
        if current is None or current != claims["v"]:
            return None
        return Actor(STAFF, employer_id=claims["e"], fair_id=claims["f"])
    except (BadSignature, KeyError, TypeError, ValueError):
        pass
    try:
        claims = _serializer(settings, _HOST_SALT).loads(token)
        return Actor(HOST, fair_id=str(claims["f"]))
    except (BadSignature, KeyError, TypeError):
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


def log_in(request: Request, actor: Actor) -> None:
    request.session.clear()  # a fresh session id and CSRF token on every log-in
    request.session["actor"] = actor.to_session()
    request.session["csrf"] = secrets.token_urlsafe(24)


def log_out(request: Request) -> None:
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
