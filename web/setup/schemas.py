"""JSON Schemas of the fair-setup operations (requests validated by ``web.openapi.json_body``
and published in ``/openapi.json``; responses documented)."""

from __future__ import annotations

from typing import Any

from streams.fields import TIME, UUID_SCHEMA, line, para

KINDS = ["onsite", "night_market", "community", "livestream", "online"]
ID = {**UUID_SCHEMA, "description": "optional idempotency key: a retried create with the same "
                                    "id answers with the existing record (200)"}
VERSION = {"type": ["integer", "null"], "minimum": 1,
           "description": "the version you edited; 409 version_conflict if it changed since"}


def _text(lo: int, hi: int) -> dict[str, Any]:
    return line(lo, hi)  # one line, not blank, no control characters (streams.fields)


FAIR_FIELDS: dict[str, Any] = {
    "name": _text(1, 200), "kind": {"enum": KINDS}, "starts_at": TIME, "ends_at": TIME,
    "venue": line(0, 200, nullable=True, blank=True),
    "venue_cap": {"type": ["integer", "null"], "minimum": 1, "maximum": 1000000,
                  "description": "optional: how many people the venue holds (在场 is shown "
                                 "against it, with a warning near the cap)"},
}
CREATE_FAIR = {"type": "object", "additionalProperties": False,
               "required": ["name", "kind", "starts_at", "ends_at"],
               "properties": {**FAIR_FIELDS, "id": ID}}
UPDATE_FAIR = {"type": "object", "additionalProperties": False, "minProperties": 1,
               "properties": {**FAIR_FIELDS, "version": VERSION}}

EMPLOYER_FIELDS: dict[str, Any] = {
    "name": _text(1, 200), "booth": _text(1, 40),
    "interview_tables": {"type": "integer", "minimum": 1, "maximum": 200},
    "slot_minutes": {"type": "integer", "minimum": 5, "maximum": 240},
}
CREATE_EMPLOYER = {
    "type": "object", "additionalProperties": False,
    "required": ["fair_id", "name", "booth", "interview_tables", "slot_minutes"],
    "properties": {**EMPLOYER_FIELDS, "fair_id": UUID_SCHEMA, "id": ID},
}
UPDATE_EMPLOYER = {"type": "object", "additionalProperties": False, "minProperties": 1,
                   "properties": {**EMPLOYER_FIELDS, "version": VERSION}}

HHMM = {"type": ["string", "null"], "maxLength": 5,
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}
FLEX_PROPS: dict[str, Any] = {
    "window_start": HHMM, "window_end": HHMM,
    "days": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 7},
             "maxItems": 7},
    "remote_share": {"type": "number", "minimum": 0, "maximum": 1},
    "school_run_compatible": {"type": "boolean"},
    "flexible_start": {"type": "boolean"},
    "hours_per_week": {"type": ["integer", "null"], "minimum": 1, "maximum": 168},
}
FLEX = {
    "type": ["object", "null"], "additionalProperties": False, "properties": FLEX_PROPS,
    "description": "structured flexible-work terms (domain.flexwork.FlexibleWork.to_dict()); "
                   "a post is a 妈妈岗 when they fit childcare (see README)",
}
PAY = {"type": ["integer", "null"], "minimum": 0, "maximum": 10_000_000,
       "description": "monthly pay in yuan"}
POST_FIELDS: dict[str, Any] = {
    "title": _text(1, 200), "description": para(0, 5000),
    "headcount": {"type": "integer", "minimum": 1, "maximum": 100_000},
    "flex": FLEX, "pay_min": PAY, "pay_max": PAY,
    "location": line(0, 200, nullable=True, blank=True),
    **FLEX_PROPS,  # accepted flat as well, merged into flex
}
CREATE_POST = {
    "type": "object", "additionalProperties": False,
    "required": ["employer_id", "title", "description", "headcount"],
    "properties": {**POST_FIELDS, "employer_id": UUID_SCHEMA, "id": ID},
}
UPDATE_POST = {
    "type": "object", "additionalProperties": False, "minProperties": 1,
    "properties": {**POST_FIELDS, "version": VERSION,
                   "status": {"enum": ["closed", "published"],
                              "description": "close a post that stopped hiring, or reopen it"}},
}
REVIEW_POST = {
    "type": "object", "additionalProperties": False, "required": ["decision", "reason"],
    "properties": {
        "decision": {"enum": ["approved", "rejected", "approve", "reject"]},
        "reason": {**para(2, 1000), "pattern": r"\S",
                   "description": "why; kept in the audit trail"},
        "version": VERSION,
    },
}

FAIR_OUT = {"type": "object", "required": ["id", "entrance_qr_url"], "properties": {
    "id": {"type": "string"}, "name": {"type": "string"}, "kind": {"enum": KINDS},
    "starts_at": {"type": "string"}, "ends_at": {"type": "string"},
    "venue": {"type": ["string", "null"]}, "version": {"type": "integer"},
    "venue_cap": {"type": ["integer", "null"]},
    "entrance_qr_url": {"type": "string"}, "poster_url": {"type": "string"},
    "host_token": {"type": "string"},
}}
EMPLOYER_OUT = {"type": "object", "required": ["id", "booth_qr_url"], "properties": {
    "id": {"type": "string"}, "fair_id": {"type": "string"}, "name": {"type": "string"},
    "booth": {"type": "string"}, "interview_tables": {"type": "integer"},
    "slot_minutes": {"type": "integer"}, "booth_qr_url": {"type": "string"},
    "staff_token": {"type": "string", "description": "hand to the employer's staff"},
}}
POST_OUT = {"type": "object", "required": ["id", "status", "is_mama", "post_qr_url"],
            "properties": {
    "id": {"type": "string"}, "employer_id": {"type": "string"}, "title": {"type": "string"},
    "status": {"enum": ["published", "needs_review", "rejected", "closed"]},
    "is_mama": {"type": "boolean"}, "mama_reasons": {"type": "array",
                                                     "items": {"type": "string"}},
    "flex": FLEX, "post_qr_url": {"type": "string"},
    "exemptions": {"type": "array"}, "violations": {"type": "array"},
    "needs_review": {"type": "boolean"},
}}


def list_of(schema: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": schema}
