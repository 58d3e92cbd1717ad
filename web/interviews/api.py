"""Interview API: listInterviews and recordInterviewOutcome.

Reads the ``interview`` projection (``web.interviews.commands``); an outcome is published to topic
``interviews`` and answered once ``agents.scheduling`` has applied it. Organisers see and
record everything; employer staff their own booth; hosts read their fair; an applicant
(applicant bearer token) lists her own interviews.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from streams.interviews import OUTCOMES
from web.applicants.auth import require_applicant
from web.auth import HOST, ORGANISER, STAFF, bearer_actor, require_staff
from web.command_errors import Forbidden, Invalid
from web.context import context_of
from web.interviews import commands as flow
from web.interviews import reads as read
from web.openapi import UUID_SCHEMA, Operation, json_body, operation, query_uuid

INTERVIEW_SCHEMA = {
    "type": "object",
    "required": ["interview_id", "application_id", "applicant_id", "employer_id", "post_id",
                 "table", "starts_at", "status"],
    "properties": {
        "interview_id": {"type": "string"}, "application_id": {"type": "string"},
        "applicant_id": {"type": "string"}, "employer_id": {"type": "string"},
        "post_id": {"type": "string"}, "fair_id": {"type": "string"},
        "table": {"type": "integer"}, "starts_at": {"type": "string", "format": "date-time"},
        "ends_at": {"type": "string", "format": "date-time"},
        "status": {"enum": ["scheduled", "arrived", "offer", "rejected", "no_show"]},
        "booth": {"type": "string"}, "remote": {"type": "boolean"},
        "video_link": {"type": ["string", "null"]},
        "ahead": {"type": ["integer", "null"],
                  "description": "active interviews before this one at its table"},
    },
}


@operation(Operation(
    "listInterviews",
    "Interviews by fair or employer (organiser, staff, host), or the calling applicant's",
    auth="staff",
    parameters=[{"name": n, "in": "query", "required": False,
                 "schema": {"type": "string", "format": "uuid"}}
                for n in ("fair_id", "employer_id")],
    responses={200: "interviews by start time", 400: "bad filter or none given",
               401: "no valid token", 403: "another employer's or fair's interviews"},
    response_schema={"type": "array", "items": INTERVIEW_SCHEMA},
))
async def list_interviews(request: Request) -> Response:
    fair_id = query_uuid(request, "fair_id", blank_is_none=False)
    employer_id = query_uuid(request, "employer_id", blank_is_none=False)
    pool = request.state.pool
    actor = await bearer_actor(request)
    if actor is None:  # an applicant token (or nothing: 401 from require_applicant)
        claims = require_applicant(request)
        rows = await read.interviews_where(pool, "applicant_id", UUID(claims.applicant_id))
        return JSONResponse([read.interview_json(r) for r in rows
                             if str(r["fair_id"]) == claims.fair_id])
    if actor.role == HOST:  # hosts read counts only, never who is interviewed (issue 13)
        raise Forbidden("hosts read counts only, not interview lists", code="forbidden")
    if actor.role == STAFF:
        if employer_id is not None and str(employer_id) != actor.employer_id:
            raise Forbidden("staff see their own employer's interviews only",
                            code="not_your_employer")
        if fair_id is not None and str(fair_id) != actor.fair_id:
            raise Forbidden("staff see their own fair only", code="not_your_fair")
        employer_id = UUID(str(actor.employer_id))
    if employer_id is not None:
        rows = await read.interviews_where(pool, "employer_id", employer_id)
        if fair_id is not None:
            rows = [r for r in rows if r["fair_id"] == fair_id]
    elif fair_id is not None:
        rows = await read.interviews_where(pool, "fair_id", fair_id)
    else:
        raise Invalid("give fair_id or employer_id", code="filter_required", field="fair_id")
    if actor.role == HOST and any(str(r["fair_id"]) != actor.fair_id for r in rows):
        raise Forbidden("hosts see their own fair only", code="not_your_fair")
    assert actor.role in (ORGANISER, STAFF, HOST)
    return JSONResponse([read.interview_json(r) for r in rows])


@operation(Operation(
    "recordInterviewOutcome",
    "Record arrived, offer, rejected or no_show for an interview (staff of its employer)",
    auth="staff",
    request={"type": "object", "required": ["interview_id", "outcome"],
             "additionalProperties": False,
             "properties": {"interview_id": UUID_SCHEMA, "outcome": {"enum": list(OUTCOMES)}}},
    responses={200: "applied by the scheduler", 202: "accepted, not applied yet",
               400: "malformed request or unknown outcome", 401: "no valid token",
               403: "another employer's interview (not_your_interview)",
               404: "unknown interview (unknown_interview)",
               409: "outcome already recorded (outcome_already_recorded) or a no-show after "
                    "arrival (invalid_transition)"},
    response_schema=INTERVIEW_SCHEMA,
))
async def record_interview_outcome(request: Request) -> Response:
    actor = await require_staff(request)
    body: dict[str, Any] = await json_body(request, record_interview_outcome)
    status, out = await flow.record_outcome(context_of(request), actor,
                                            body["interview_id"], body["outcome"])
    return JSONResponse(out, status_code=status)
