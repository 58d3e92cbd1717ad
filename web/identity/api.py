"""Identity API: requestLoginCode, verifyLoginCode, issueHelpDeskCode, eraseApplicant (token
rotation: ``web.identity.rotation``).

Login codes go through ``web.identity.codes`` (PostgreSQL ``login_code``; the SMS sender of
``web.identity.sms``); erasure through ``jobfair.retention.erase``; rotation bumps
``employer.staff_key_version`` / ``fair.host_key_version`` in PostgreSQL, which ends every older
token and every page session made with one at once (``web.auth``, ``web.identity.gate``).
Nothing here logs or answers a phone number.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from web.applicants.auth import require_applicant
from web.auth import (
    ORGANISER,
    bearer_actor,
    require_organiser,
)
from web.command_errors import Forbidden, Invalid
from web.context import context_of
from web.identity import codes, credentials
from web.identity.sms import Sender, sender_for
from web.openapi import (
    ORGANISER_ONLY,
    UUID_SCHEMA,
    Operation,
    json_body,
    operation,
    string_fields,
    uuid_request,
)

PHONE = {
    "type": "string",
    "maxLength": 32,
    "description": "mainland mobile number, 11 digits starting 13-19 (+86 allowed)",
}
FAIR_PHONE = {
    "type": "object",
    "required": ["fair_id", "phone"],
    "additionalProperties": False,
    "properties": {"fair_id": UUID_SCHEMA, "phone": PHONE},
}
TOKEN_OUT = string_fields("applicant_id", "applicant_token")


def sender_of(request: Request) -> Sender:
    """The app's SMS sender, made once from the settings (a test may put its own in
    ``app.state.sms_sender``)."""
    state = request.app.state
    if getattr(state, "sms_sender", None) is None:
        state.sms_sender = sender_for(request.state.settings)
    sender: Sender = state.sms_sender
    return sender


def uuid_of(body: dict[str, Any], name: str) -> str:
    """A UUID field in canonical form, or 400 naming the field (never a 500)."""
    value = str(body[name])
    try:
        if len(value) != 36:
            raise ValueError(value)
        return str(UUID(value))
    except ValueError:
        raise Invalid(f"{name} must be a UUID", code="invalid_request", field=name) from None


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@operation(
    Operation(
        "requestLoginCode",
        "Send a one-time login code to a registered applicant's phone",
        request=FAIR_PHONE,
        responses={
            202: "accepted (the same answer whether or not the phone is registered)",
            400: "malformed request",
            422: "malformed phone",
            429: "too many codes for this phone or client (Retry-After)",
        },
        response_schema={"type": "object", "properties": {"status": {"const": "accepted"}}},
    )
)
async def request_login_code(request: Request) -> Response:
    body = await json_body(request, request_login_code)
    ctx = context_of(request)
    await codes.request_code(
        ctx, sender_of(request), uuid_of(body, "fair_id"), body["phone"], client_of(request)
    )
    return JSONResponse({"status": "accepted"}, status_code=202)


@operation(
    Operation(
        "verifyLoginCode",
        "Trade a login code for the applicant's id and a fresh token",
        request={
            "type": "object",
            "required": ["fair_id", "phone", "code"],
            "additionalProperties": False,
            "properties": {
                "fair_id": UUID_SCHEMA,
                "phone": PHONE,
                "code": {"type": "string", "maxLength": 16},
            },
        },
        responses={
            200: "her id and token",
            400: "malformed request",
            401: "wrong, used or expired code (login_code_invalid)",
            410: "the applicant was erased",
            422: "malformed phone",
            429: "too many wrong codes for this phone or client (Retry-After)",
        },
        response_schema=TOKEN_OUT,
    )
)
async def verify_login_code(request: Request) -> Response:
    body = await json_body(request, verify_login_code)
    out = await codes.verify_code(
        context_of(request),
        uuid_of(body, "fair_id"),
        body["phone"],
        body["code"],
        client_of(request),
    )
    return JSONResponse(out)


@operation(
    Operation(
        "issueHelpDeskCode",
        "Help desk recovery after an ID check: revoke her tokens and show a one-time code",
        auth="organiser",
        request=FAIR_PHONE,
        responses={
            200: "the code to show her",
            **ORGANISER_ONLY,
            410: "the applicant was erased",
            422: "malformed phone or no applicant with it at this fair",
        },
        response_schema=string_fields("applicant_id", "code", "expires_at"),
    )
)
async def issue_help_desk_code(request: Request) -> Response:
    await require_organiser(request)
    body = await json_body(request, issue_help_desk_code)
    return JSONResponse(
        await codes.helpdesk_code(context_of(request), uuid_of(body, "fair_id"), body["phone"])
    )


@operation(
    Operation(
        "eraseApplicant",
        "Erase an applicant's personal data (consent withdrawn; PIPL Art. 15, 47)",
        auth="applicant",
        request=uuid_request("applicant_id"),
        responses={
            202: "erased; aggregate figures unchanged",
            401: "no valid token",
            403: "another applicant",
            404: "unknown applicant",
            409: "registration not projected yet; retry",
        },
        response_schema={
            "type": "object",
            "properties": {"applicant_id": {"type": "string"}, "erased": {"type": "boolean"}},
        },
    )
)
async def erase_applicant(request: Request) -> Response:
    actor = await bearer_actor(request)
    body = await json_body(request, erase_applicant)
    applicant_id = uuid_of(body, "applicant_id")
    if actor is None:
        claims = require_applicant(request)
        if claims.applicant_id != applicant_id:
            raise Forbidden("an applicant may erase only herself", code="not_yourself")
    elif actor.role != ORGANISER:
        raise Forbidden("only the applicant or an organiser may erase", code="forbidden")
    await credentials.erase_applicant(context_of(request), applicant_id)
    return JSONResponse({"applicant_id": applicant_id, "erased": True}, status_code=202)
