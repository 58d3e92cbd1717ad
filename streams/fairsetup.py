"""Fair-setup events: fairs, employers and job posts as organisers create and edit them.

Produced by web (``web.setup_commands``, used by the organiser API and pages and by
``jobfair dev --demo``) to topic ``fairsetup`` keyed by ``fair_id``, so every change to one fair
is in one partition, in order. Consumed by ``agents.setup``, which projects them to PostgreSQL
(``fair``, ``employer``, ``post``, ``post_counts``, ``post_screening``, and for livestream
rooms ``room``, ``room_counts``, ``presenting``).

Each event carries the whole new state of what it changes (not a delta) plus the row ``version``
it produces, so a consumer needs no earlier event to use it and the projection applies an event
only when its version is newer than the row's (redelivery is a no-op). ``event_id`` is made at
the edge and is the idempotency key of the audit trail. ``qr_code`` is the hex of the 8 random
bytes a signed QR token refers to (``domain.tokens``); it names nothing by itself.

Screening results (``screening``) are ``domain.screening.Screening.to_dict()``: the audit record
keeps exactly what the rules said, with their version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from streams.events import Event, event

# Post statuses; only "published" posts are visible to applicants.
PUBLISHED = "published"
NEEDS_REVIEW = "needs_review"
REJECTED = "rejected"
CLOSED = "closed"
POST_STATUSES = (PUBLISHED, NEEDS_REVIEW, REJECTED, CLOSED)


@event
@dataclass(frozen=True)
class FairCreated(Event):
    TYPE = "FairCreated"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    name: str
    kind: str
    starts_at: str  # ISO 8601 with offset
    ends_at: str
    venue: str | None
    qr_code: str
    at: str
    actor: str  # "organiser", "staff:<employer id>", "demo"
    venue_cap: int | None = None  # how many people the venue holds (optional)


@event
@dataclass(frozen=True)
class FairUpdated(Event):
    TYPE = "FairUpdated"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    version: int
    name: str
    kind: str
    starts_at: str
    ends_at: str
    venue: str | None
    at: str
    actor: str
    venue_cap: int | None = None


@event
@dataclass(frozen=True)
class EmployerCreated(Event):
    TYPE = "EmployerCreated"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    employer_id: str
    name: str
    booth: str
    interview_tables: int
    slot_minutes: int
    qr_code: str
    at: str
    actor: str


@event
@dataclass(frozen=True)
class EmployerUpdated(Event):
    TYPE = "EmployerUpdated"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    employer_id: str
    version: int
    name: str
    booth: str
    interview_tables: int
    slot_minutes: int
    at: str
    actor: str


@event
@dataclass(frozen=True)
class PostCreated(Event):
    """A post and the screening that decided its first status (a rejected post is stored too,
    unpublished, so an organiser can see it and override a wrong flag)."""

    TYPE = "PostCreated"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    post_id: str
    employer_id: str
    title: str
    description: str
    headcount: int
    flex: dict[str, Any] | None  # FlexibleWork.to_dict()
    is_mama: bool
    mama_reasons: list[str]
    pay_min: int | None
    pay_max: int | None
    location: str | None
    status: str
    qr_code: str
    screening: dict[str, Any]
    at: str
    actor: str


@event
@dataclass(frozen=True)
class PostUpdated(Event):
    """A new version of a post that passed screening (or was closed); whole state."""

    TYPE = "PostUpdated"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    post_id: str
    employer_id: str
    version: int
    title: str
    description: str
    headcount: int
    flex: dict[str, Any] | None
    is_mama: bool
    mama_reasons: list[str]
    pay_min: int | None
    pay_max: int | None
    location: str | None
    status: str
    screening: dict[str, Any]
    at: str
    actor: str


@event
@dataclass(frozen=True)
class PostEditRejected(Event):
    """An edit refused by screening: the post keeps its previous version; the audit keeps
    what was proposed and why it was refused."""

    TYPE = "PostEditRejected"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    post_id: str
    version: int  # the version the edit would have made
    proposed: dict[str, Any]  # title, description, ... as submitted
    screening: dict[str, Any]
    at: str
    actor: str


@event
@dataclass(frozen=True)
class PostReviewed(Event):
    """An organiser's decision on a flagged post, with the reason; overrides screening."""

    TYPE = "PostReviewed"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    post_id: str
    version: int  # the new row version
    reviewed_version: int  # the version the organiser looked at
    decision: str  # "approved" | "rejected"
    previous_status: str
    status: str
    reason: str
    at: str
    actor: str


@event
@dataclass(frozen=True)
class RoomCreated(Event):
    """A livestream room of a fair (issue 11): its links and QR codes carry ``room_id``."""

    TYPE = "RoomCreated"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    room_id: str
    name: str
    platform: str | None
    at: str
    actor: str


@event
@dataclass(frozen=True)
class PostPresented(Event):
    """A host picked the post being presented in a room (or fair-wide, ``room_id`` None);
    ``post_id`` None: nothing. The OBS overlay of every web process follows it."""

    TYPE = "PostPresented"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    room_id: str | None
    post_id: str | None
    at: str
    actor: str


SETUP_EVENTS: tuple[type[Event], ...] = (
    FairCreated, FairUpdated, EmployerCreated, EmployerUpdated,
    PostCreated, PostUpdated, PostEditRejected, PostReviewed, RoomCreated, PostPresented,
)
