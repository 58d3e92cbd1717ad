"""Support events: 1131×N services given at the desks, and discrimination complaints.

Produced by web (``web.support.commands``: recordService, fileComplaint, updateComplaint) to
topic ``support`` keyed by ``fair_id`` (one fair's steps in one partition, in order); consumed
by ``agents.support``, which projects them to PostgreSQL ``service_event``/``service_record``
and ``complaint``/``complaint_event`` (migration 0009). ``event_id`` is made at the edge and is
the idempotency key. No name or phone: an applicant is her per-fair id; ``actor`` is a role
label (organiser, staff:<employer id>, applicant, helpdesk).
"""

from __future__ import annotations

from dataclasses import dataclass

from streams.events import Event, event


@event
@dataclass(frozen=True)
class ServiceRecorded(Event):
    TYPE = "ServiceRecorded"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    applicant_id: str
    service: str  # domain.support.SERVICES
    actor: str
    at: str


@event
@dataclass(frozen=True)
class ComplaintFiled(Event):
    TYPE = "ComplaintFiled"
    KEY = "fair_id"

    event_id: str
    complaint_id: str
    fair_id: str
    kind: str  # domain.support.COMPLAINT_KINDS
    channel: str  # "applicant" (her page) or "helpdesk" (the help desk's QR)
    anonymous: bool
    at: str
    applicant_id: str | None = None  # only when she filed it named
    filer_ref: str | None = None  # anonymous from her page: domain.support.filer_ref
    employer_id: str | None = None
    post_id: str | None = None
    note: str | None = None


@event
@dataclass(frozen=True)
class ComplaintUpdated(Event):
    TYPE = "ComplaintUpdated"
    KEY = "fair_id"

    event_id: str
    complaint_id: str
    fair_id: str
    status: str  # domain.support.COMPLAINT_STATUSES
    actor: str
    at: str
    note: str | None = None
