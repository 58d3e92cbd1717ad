"""Support API (issue 12): recordService, getServiceRecord, fileComplaint, listComplaints,
updateComplaint.

Writes go through ``web.support.commands`` (events on topic ``support``); reads come from the
projection ``agents.support`` keeps (``web.support.reads``). recordService: organiser or the
fair's staff; getServiceRecord: the applicant; fileComplaint: the applicant (bearer) or anyone
holding the fair's entrance token; listComplaints / updateComplaint: organisers.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from domain.support import COMPLAINT_KINDS, COMPLAINT_STATUSES, SERVICES
from streams.fields import para
from web.applicants import commands as applicants
from web.applicants.auth import bearer_token, require_applicant
from web.auth import ORGANISER, require_organiser, require_staff
from web.command_errors import Invalid
from web.context import context_of
from web.openapi import ORGANISER_ONLY, UUID_SCHEMA, Operation, json_body, operation, query_uuid
from web.support import commands as flow
from web.support import reads as read

NOTE = para(0, 1000)  # streams.fields: no control characters
COUNTS = {"type": "integer", "minimum": 0}
RECORD_SCHEMA = {
    "type": "object",
    "required": [
        "policy_briefing",
        "career_guidance",
        "job_referrals",
        "training_or_internship",
        "completed_1131",
    ],
    "properties": {
        "policy_briefing": COUNTS,
        "career_guidance": COUNTS,
        "job_referrals": COUNTS,
        "training_or_internship": COUNTS,
        "completed_1131": {"type": "boolean"},
        "missing": {"type": "array", "items": {"type": "string"}},
        "across_fairs": {"type": "object"},
    },
}
COMPLAINT_SCHEMA = {
    "type": "object",
    "required": ["complaint_id", "kind", "status", "filed_at"],
    "properties": {
        "complaint_id": {"type": "string"},
        "kind": {"enum": list(COMPLAINT_KINDS)},
        "status": {"enum": list(COMPLAINT_STATUSES)},
        "filed_at": {"type": "string", "format": "date-time"},
        "employer_id": {"type": "string"},
        "post_id": {"type": "string"},
        "waiting_minutes": COUNTS,
        "note": {"type": ["string", "null"]},
        "history": {"type": "array", "items": {"type": "object"}},
    },
}


@operation(
    Operation(
        "recordService",
        "Record a 1131 service given to an applicant at a desk (by her id or her personal QR code)",
        auth="staff",
        request={
            "type": "object",
            "required": ["service"],
            "additionalProperties": False,
            "properties": {
                "applicant_id": UUID_SCHEMA,
                "code": {"type": "string", "maxLength": 64},
                "service": {"enum": list(SERVICES)},
            },
        },
        responses={
            202: "accepted {event_id}",
            400: "malformed request, bad code or no applicant",
            401: "no valid token",
            403: "an applicant of another fair",
            404: "unknown applicant (unknown_applicant)",
        },
    )
)
async def record_service(request: Request) -> Response:
    actor = await require_staff(request)
    body = await json_body(request, record_service)
    event_id = await flow.record_service(
        context_of(request),
        actor.label,
        None if actor.role == ORGANISER else actor.fair_id,
        body.get("applicant_id"),
        body.get("code"),
        body["service"],
    )
    return JSONResponse({"event_id": event_id}, status_code=202)


@operation(
    Operation(
        "getServiceRecord",
        "The calling applicant's 1131 service record (counts) at her fair",
        auth="applicant",
        response_schema=RECORD_SCHEMA,
        responses={200: "her record", 401: "no valid applicant token"},
    )
)
async def get_service_record(request: Request) -> Response:
    claims = require_applicant(request)
    return JSONResponse(
        await read.service_record_json(
            request.state.pool, UUID(claims.applicant_id), UUID(claims.fair_id)
        )
    )


@operation(
    Operation(
        "fileComplaint",
        "Report discrimination in hiring (applicant bearer, or the entrance token in `token`)",
        request={
            "type": "object",
            "required": ["fair_id", "kind"],
            "additionalProperties": False,
            "properties": {
                "fair_id": UUID_SCHEMA,
                "employer_id": UUID_SCHEMA,
                "post_id": UUID_SCHEMA,
                "kind": {"enum": list(COMPLAINT_KINDS)},
                "note": NOTE,
                "anonymous": {"type": "boolean"},
                "token": {"type": "string", "maxLength": 128},
            },
        },
        responses={
            201: "filed {complaint_id, status_url}",
            400: "malformed request",
            401: "neither an applicant token nor the entrance token",
            403: "a token of another fair",
            404: "unknown employer or post",
        },
    )
)
async def file_complaint(request: Request) -> Response:
    body = await json_body(request, file_complaint)
    ctx = context_of(request)
    applicant_id, channel = None, "helpdesk"
    if body.get("token"):
        fair = await applicants.fair_by_qr(ctx, body["token"])
        if str(fair["id"]) != str(UUID(body["fair_id"])):
            raise Invalid("the entrance token is of another fair", code="not_your_fair")
    elif bearer_token(request) is not None:
        claims = require_applicant(request)
        if claims.fair_id != str(UUID(body["fair_id"])):
            raise Invalid("the applicant token is of another fair", code="not_your_fair")
        applicant_id, channel = claims.applicant_id, "applicant"
    else:
        require_applicant(request)  # 401 with the applicant error shape
    out = await flow.file_complaint(
        ctx,
        flow.Filing(
            fair_id=body["fair_id"],
            kind=body["kind"],
            channel=channel,
            applicant_id=applicant_id,
            anonymous=bool(body.get("anonymous")),
            employer_id=body.get("employer_id"),
            post_id=body.get("post_id"),
            note=body.get("note"),
        ),
    )
    return JSONResponse(out, status_code=201)


@operation(
    Operation(
        "listComplaints",
        "The fair's complaints queue, open first, with each step (organiser)",
        auth="organiser",
        parameters=[
            {
                "name": "fair_id",
                "in": "query",
                "required": True,
                "schema": {"type": "string", "format": "uuid"},
            }
        ],
        response_schema={"type": "array", "items": COMPLAINT_SCHEMA},
        responses={
            200: "complaints",
            400: "no fair_id",
            **ORGANISER_ONLY,
        },
    )
)
async def list_complaints(request: Request) -> Response:
    await require_organiser(request)
    fair_id = query_uuid(request, "fair_id", blank_is_none=False)
    if fair_id is None:
        raise Invalid("give fair_id", code="filter_required", field="fair_id")
    ctx = context_of(request)
    return JSONResponse(await read.list_complaints(ctx.pool, fair_id, ctx.now()))


@operation(
    Operation(
        "updateComplaint",
        "Move a complaint's status or add a note (organiser)",
        auth="organiser",
        request={
            "type": "object",
            "required": ["complaint_id", "status"],
            "additionalProperties": False,
            "properties": {
                "complaint_id": UUID_SCHEMA,
                "status": {"enum": list(COMPLAINT_STATUSES)},
                "note": NOTE,
            },
        },
        responses={
            200: "recorded",
            400: "malformed request",
            **ORGANISER_ONLY,
            404: "unknown complaint",
            409: "a closed complaint can only be reopened (bad_transition)",
        },
    )
)
async def update_complaint(request: Request) -> Response:
    actor = await require_organiser(request)
    body = await json_body(request, update_complaint)
    out: dict[str, Any] = await flow.update_complaint(
        context_of(request), actor.label, body["complaint_id"], body["status"], body.get("note")
    )
    return JSONResponse(out, status_code=200)
