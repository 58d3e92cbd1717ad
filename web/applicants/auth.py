"""Applicant authentication: the bearer token handed out by registerApplicant and checkIn.

API: ``Authorization: Bearer <applicant_token>`` (``domain.tokens.issue_applicant_token``: an
HMAC over applicant id, fair id, expiry and generation, no name or phone). Pages keep the same
token in an HttpOnly, SameSite=Lax cookie per fair, so a phone that scanned the entrance code is
recognised on the booth and post pages; SameSite=Lax and the Origin check on applicant forms
(``web.identity.headers``) keep other sites from posting forms with it. Only read-only API
operations accept the cookie. The signature and expiry are checked here; the generation
(revocation, erasure) by ``web.identity.gate`` before any handler sees the token.
"""

from __future__ import annotations

import time
from uuid import UUID

from starlette.requests import Request
from starlette.responses import Response

from domain.tokens import ApplicantClaims, TokenError, verify_applicant_token
from web.command_errors import Unauthenticated

COOKIE_PREFIX = "jfa_"


def cookie_name(fair_id: str) -> str:
    return COOKIE_PREFIX + UUID(fair_id).hex


def now_s() -> int:
    return int(time.time())


def verify(secret: bytes, token: str, now: int) -> ApplicantClaims:
    """The claims of ``token`` or Unauthenticated (401) with the token error's code."""
    try:
        return verify_applicant_token(secret, token, now)
    except TokenError as exc:
        raise Unauthenticated(
            "the applicant token is not valid; register or check in again",
            code=f"applicant_{exc.code}", message_zh=exc.message_zh,
        ) from None


def bearer_token(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def require_applicant(request: Request, *, cookie_fair: str | None = None) -> ApplicantClaims:
    """The calling applicant (bearer token; or, for read-only calls that pass ``cookie_fair``,
    that fair's cookie) or 401."""
    token = bearer_token(request)
    if token is None and cookie_fair is not None:
        token = request.cookies.get(cookie_name(cookie_fair))
    if token is None:
        raise Unauthenticated("send Authorization: Bearer <applicant_token>",
                           code="applicant_unauthorized")
    return verify(request.state.settings.secret, token, now_s())


def cookie_applicant(request: Request, fair_id: str) -> ApplicantClaims | None:
    """The applicant remembered by this browser for ``fair_id``, or None (pages)."""
    token = request.cookies.get(cookie_name(fair_id))
    if not token:
        return None
    try:
        claims = verify_applicant_token(request.state.settings.secret, token, now_s())
    except TokenError:
        return None
    return claims if claims.fair_id == fair_id else None


def path_cookie_applicant(request: Request) -> ApplicantClaims | None:
    """The applicant remembered for the fair named by the path's ``fair_id``; None if she is
    not, or the path's fair id is not a UUID (pages' partials and images)."""
    try:
        fair_id = str(UUID(request.path_params["fair_id"]))
    except ValueError:
        return None
    return cookie_applicant(request, fair_id)


def remember(response: Response, request: Request, fair_id: str, token: str) -> None:
    response.set_cookie(
        cookie_name(fair_id), token, max_age=request.state.settings.applicant_token_ttl_h * 3600,
        httponly=True, samesite="lax",
        secure=request.url.scheme == "https", path="/",
    )
