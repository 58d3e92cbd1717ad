"""Application events: an applicant applied to a job post, or withdrew it.

Produced by web ``apply`` to topic ``applications`` keyed by ``fair_id``; consumed by
``agents.applications``, which decides submitted or waitlisted (``domain.applicants``) and
projects to PostgreSQL ``application`` and ``post_counts``. ``application_id`` is derived from
applicant and post (``domain.applicants.application_id_for``), so applying twice, a retried
request and a redelivered message are all the same application. No name or phone here.
"""

from __future__ import annotations

from dataclasses import dataclass

from streams.events import Event, event


@event
@dataclass(frozen=True)
class ApplicationSubmitted(Event):
    TYPE = "ApplicationSubmitted"
    KEY = "fair_id"

    application_id: str
    applicant_id: str
    post_id: str
    fair_id: str
    at: str  # ISO 8601, set by the web process that took the request
    source: str | None = None  # e.g. the livestream room the applicant came from
    room_id: str | None = None  # the room whose link she applied from (streams.fairsetup)


WITHDRAWN = "withdrawn"  # withdrawApplication
DECLINED = "declined"  # declineInterview: "我来不了"


@event
@dataclass(frozen=True)
class ApplicationWithdrawn(Event):
    """The applicant withdrew an application or declined its interview (web
    ``withdrawApplication`` / ``declineInterview``). ``agents.applications`` marks it withdrawn
    and takes it out of the counts; ``agents.scheduling`` frees its interview slot or waitlist
    place for the next person waiting. Both are idempotent on the application id."""

    TYPE = "ApplicationWithdrawn"
    KEY = "fair_id"

    event_id: str
    application_id: str
    applicant_id: str
    post_id: str
    fair_id: str
    reason: str  # WITHDRAWN or DECLINED
    at: str
