"""Check-in events: applicants registering for a fair and entering or leaving it.

Produced by web (``web.applicants``: registerApplicant, checkIn, checkOut) to topic
``checkins`` keyed by ``fair_id``, so one fair's registrations and check-ins are in one
partition, in order (a registration is always seen before the check-in that follows it).
Consumed by ``agents.checkins``, which projects them to PostgreSQL ``applicant``, ``checkin``
and ``fair_counts``.

This is the only topic that carries a name or a phone number (registration needs them). No
other event, log line, URL or metric label may. ``event_id`` is made at the edge and is the
idempotency key; ``applicant_id`` is an HMAC of the phone per fair (``domain.applicants``).
"""

from __future__ import annotations

from dataclasses import dataclass

from streams.events import Event, event

CHANNEL_CHECKIN = "checkin"  # registered by scanning the entrance QR code
CHANNEL_REMOTE = "remote"  # registered online or from a livestream, without checking in


@event
@dataclass(frozen=True)
class ApplicantRegistered(Event):
    TYPE = "ApplicantRegistered"
    KEY = "fair_id"

    event_id: str
    applicant_id: str
    fair_id: str
    name: str
    phone: str  # normalised 11-digit mainland mobile number
    consent_at: str  # ISO 8601: when the applicant agreed to the use of name and phone
    channel: str  # CHANNEL_CHECKIN or CHANNEL_REMOTE
    at: str
    gender: str | None = None  # optional self-description, for statistics only
    room_id: str | None = None  # the livestream room whose link she registered from

    def __repr__(self) -> str:
        # Keeps name and phone out of any log line that formats the event.
        return f"ApplicantRegistered(event_id={self.event_id!r}, fair_id={self.fair_id!r})"


@event
@dataclass(frozen=True)
class CheckedIn(Event):
    TYPE = "CheckedIn"
    KEY = "fair_id"

    event_id: str
    applicant_id: str
    fair_id: str
    at: str  # ISO 8601, set by the web process that received the scan


@event
@dataclass(frozen=True)
class CheckedOut(Event):
    TYPE = "CheckedOut"
    KEY = "fair_id"

    event_id: str
    applicant_id: str
    fair_id: str
    at: str
