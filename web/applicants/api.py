"""Applicant API: registerApplicant, checkIn, checkOut, apply, listMyApplications,
withdrawApplication, declineInterview, getRecommendations.

Writes by publishing to topics ``checkins`` and ``applications`` (``web.applicants.commands``);
reads PostgreSQL projections (``web.applicants.reads``). Applicant operations take
``Authorization: Bearer <applicant_token>`` (``web.applicants.auth``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from streams.fields import line
from web.applicants import commands as flow
from web.applicants import reads as read
from web.applicants import withdraw as taking_back
from web.applicants.auth import require_applicant
from web.command_errors import Conflict
from web.context import Context, context_of
from web.limits import limits_of
from web.openapi import UUID_SCHEMA, Operation, json_body, operation, string_fields, uuid_request

IDENTITY = {
    "name": line(0, 50, blank=True),  # streams.fields: one line, no control characters
    "phone": {"type": "string", "maxLength": 32,
              "description": "mainland mobile number, 11 digits starting 13-19 (+86 allowed)"},
    "consent": {"type": "boolean", "description": "must be true"},
    "gender": {**line(0, 20, blank=True),
               "description": "optional self-description, for statistics only"},
}
ERRORS = {400: "malformed request or QR token", 401: "applicant token missing or invalid",
          403: "forged QR token or token of another fair", 404: "unknown fair or post",
          409: "conflicts with the post or fair", 410: "expired QR token or closed fair",
          422: "consent missing, malformed phone or name",
          429: "too many check-ins or registrations from this address or for this fair "
               "(rate_limited, Retry-After)"}
ROOM_ID = {**UUID_SCHEMA, "description": "the livestream room whose link was used "
                                         "(createRoom); counted in getRoomCounts"}
APPLICATION_SCHEMA = {
    "type": "object", "required": ["application_id"],
    "properties": {"application_id": {"type": "string"}, "status": {"type": "string"},
                   "waitlist_position": {"type": ["integer", "null"]}},
}


@operation(Operation(
    "registerApplicant", "Register for a fair without checking in (remote or livestream)",
    request={"type": "object", "required": ["fair_id"], "additionalProperties": False,
             "properties": {"fair_id": UUID_SCHEMA, **IDENTITY, "room_id": ROOM_ID}},
    responses={201: "registered (the same id again for the same phone)", **ERRORS},
    response_schema=string_fields("applicant_id", "applicant_token"),
))
async def register_applicant(request: Request) -> Response:
    body = await json_body(request, register_applicant)
    await limits_of(request).admit(request, "registrations", body["fair_id"])  # 429 over
    out = await flow.register_remote(context_of(request), body["fair_id"], body)
    return JSONResponse(out, status_code=202 if out.get("status") == "pending" else 201)


@operation(Operation(
    "checkIn", "Check in at the fair entrance (QR token); a repeat scan is recognised",
    request={"type": "object", "required": ["token"], "additionalProperties": False,
             "properties": {"token": {"type": "string", "maxLength": 64,
                                      "description": "the token of the entrance QR URL"},
                            "applicant_token": {"type": "string", "maxLength": 128},
                            **IDENTITY}},
    responses={200: "checked in now or before", 202: "accepted, not projected yet", **ERRORS},
    response_schema={"type": "object",
                     "required": ["applicant_id", "applicant_token", "already_checked_in",
                                  "checked_in_at"],
                     "properties": {"applicant_id": {"type": "string"},
                                    "applicant_token": {"type": "string"},
                                    "already_checked_in": {"type": "boolean"},
                                    "checked_in_at": {"type": ["string", "null"]}}},
))
async def check_in(request: Request) -> Response:
    body = await json_body(request, check_in)
    fair = await flow.fair_by_qr(context_of(request), body["token"])
    await limits_of(request).admit(request, "checkins", str(fair["id"]))  # 429 over a limit
    result = await flow.check_in(context_of(request), fair, body)
    return JSONResponse(result.to_json(), status_code=200 if result.checked_in_at else 202)


@operation(Operation(
    "checkOut", "Leave the fair site (keeps on-site occupancy honest)", auth="applicant",
    responses={202: "accepted", 401: "applicant token missing or invalid",
               409: "not on site"},
    response_schema={"type": "object", "properties": {"on_site": {"type": "boolean"}}},
))
async def check_out(request: Request) -> Response:
    claims = require_applicant(request)
    if not await flow.check_out(context_of(request), claims.applicant_id, claims.fair_id):
        raise flow.zh(Conflict, "not checked in or already left", "not_on_site",
                      "您目前不在场内。")
    return JSONResponse({"on_site": False}, status_code=202)


@operation(Operation(
    "apply", "Apply to a post; a full post (已招满) puts the application on a visible waitlist",
    auth="applicant",
    request={"type": "object", "required": ["post_id"], "additionalProperties": False,
             "properties": {"post_id": UUID_SCHEMA,
                            "source": line(0, 64, blank=True),
                            "room_id": ROOM_ID}},
    responses={202: "accepted; the same application_id for a repeat", **ERRORS},
    response_schema=APPLICATION_SCHEMA,
))
async def apply(request: Request) -> Response:
    claims = require_applicant(request)
    body = await json_body(request, apply)
    out = await flow.apply(context_of(request), claims.applicant_id, claims.fair_id,
                           body["post_id"], body.get("source"), body.get("room_id"))
    return JSONResponse(out, status_code=202)


@operation(Operation(
    "listMyApplications", "The calling applicant's applications with live status",
    auth="applicant", responses={200: "applications", 401: "applicant token missing or invalid"},
    response_schema={"type": "array", "items": APPLICATION_SCHEMA},
))
async def list_my_applications(request: Request) -> Response:
    claims = require_applicant(request, cookie_fair=request.query_params.get("fair_id"))
    rows = await read.my_applications(request.state.pool, UUID(claims.applicant_id),
                                      UUID(claims.fair_id))
    return JSONResponse(rows)


@operation(Operation(
    "withdrawApplication",
    "Withdraw one of the caller's applications; counts and any interview slot are released",
    auth="applicant",
    request=uuid_request("application_id"),
    responses={200: "withdrawn (also for a repeat)", 202: "accepted, not applied yet",
               400: "malformed request", 401: "applicant token missing or invalid",
               404: "not one of the caller's applications (unknown_application)",
               409: "interview under way or decided (cannot_withdraw)"},
    response_schema=string_fields("application_id", "status"),
))
async def withdraw_application(request: Request) -> Response:
    return await _take_back(request, withdraw_application, taking_back.withdraw, "application_id")


@operation(Operation(
    "declineInterview",
    "The caller cannot come to a scheduled interview; the slot goes to the next person waiting",
    auth="applicant",
    request=uuid_request("interview_id"),
    responses={200: "declined (also for a repeat)", 202: "accepted, not applied yet",
               400: "malformed request", 401: "applicant token missing or invalid",
               404: "not one of the caller's interviews (unknown_interview)",
               409: "interview under way or decided (cannot_decline)"},
    response_schema=string_fields("interview_id", "application_id", "status",
                                  required=["interview_id", "status"]),
))
async def decline_interview(request: Request) -> Response:
    return await _take_back(request, decline_interview, taking_back.decline, "interview_id")


TakeBack = Callable[[Context, str, Any], Awaitable[tuple[int, dict[str, Any]]]]


async def _take_back(request: Request, endpoint: Any, command: TakeBack, field: str) -> Response:
    """withdrawApplication / declineInterview: the caller's id in the body's ``field``."""
    claims = require_applicant(request)
    body = await json_body(request, endpoint)
    status, out = await command(context_of(request), claims.applicant_id, body[field])
    return JSONResponse(out, status_code=status)


@operation(Operation(
    "getRecommendations", "Three recommended open posts for the calling applicant (1131)",
    auth="applicant",
    parameters=[{"name": n, "in": "query", "required": False, "schema": {"type": "string"}}
                for n in ("mama", "school_run", "remote", "from", "to")],
    responses={200: "up to three posts", 401: "applicant token missing or invalid"},
    response_schema={"type": "array", "items": {"type": "object"}},
))
async def get_recommendations(request: Request) -> Response:
    claims = require_applicant(request, cookie_fair=request.query_params.get("fair_id"))
    return JSONResponse(await read.recommendations_for(
        request.state.pool, claims.applicant_id, claims.fair_id, request.query_params
    ))
