"""Events the interview scheduler returns; the scheduling agent publishes them as they come.

Data flow: FairSchedule commands build these through `interview_event`/`application_event`;
the agent calls `to_dict()` and sends the dict (its "type" names the record in streams/).
Every event_id is a uuid5 of what the event is about, never of a counter or the clock, so the
same commands replayed on a recovered schedule produce the same ids and idempotent sinks
(`ON CONFLICT (event_id) DO NOTHING`) drop the repeats.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, TypeVar

from domain.scheduling.model import Application, Interview

NAMESPACE = uuid.UUID("6f1f3c1e-7d55-5b8e-9a8e-2f1d0c4b7a10")
"""uuid5 namespace of every scheduling id; fixed forever, since sinks deduplicate on the ids."""


def interview_id_for(fair_id: str, application_id: str) -> str:
    # An application gets at most one interview ever (a repeat request is a no-op), so the
    # application id alone names it and a replay on recovered state names it the same.
    return str(uuid.uuid5(NAMESPACE, f"{fair_id}|interview|{application_id}"))


@dataclass(frozen=True, kw_only=True)
class Event:
    event_id: str
    fair_id: str
    occurred_at: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": type(self).__name__, **asdict(self)}


@dataclass(frozen=True, kw_only=True)
class InterviewEvent(Event):
    interview_id: str
    application_id: str
    applicant_id: str
    employer_id: str
    post_id: str
    remote: bool
    booth: str
    table: int
    starts_at: str
    ends_at: str


@dataclass(frozen=True, kw_only=True)
class InterviewScheduled(InterviewEvent):
    video_link: str | None
    from_waitlist: bool


@dataclass(frozen=True, kw_only=True)
class InterviewMoved(InterviewEvent):
    """The interview now runs at `table`/`starts_at`; the from_* fields say where it was."""

    video_link: str | None
    from_table: int
    from_starts_at: str
    from_ends_at: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class InterviewReleased(InterviewEvent):
    reason: str


@dataclass(frozen=True, kw_only=True)
class InterviewOutcomeRecorded(InterviewEvent):
    outcome: str
    automatic: bool  # True when expire_no_shows recorded the no-show, not a person


@dataclass(frozen=True, kw_only=True)
class ApplicationEvent(Event):
    application_id: str
    applicant_id: str
    employer_id: str
    post_id: str
    remote: bool
    reason: str


@dataclass(frozen=True, kw_only=True)
class Waitlisted(ApplicationEvent):
    position: int  # 1-based place in this employer calendar's waitlist


@dataclass(frozen=True, kw_only=True)
class WaitlistDropped(ApplicationEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class NotScheduled(ApplicationEvent):
    pass


IE = TypeVar("IE", bound=InterviewEvent)
AE = TypeVar("AE", bound=ApplicationEvent)


def _event_id(fair_id: str, kind: str, subject: str, detail: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{fair_id}|{kind}|{subject}|{detail}"))


def interview_event(
    cls: type[IE], fair_id: str, iv: Interview, now: datetime, detail: str = "", **extra: Any
) -> IE:
    """`detail` tells apart two events of one kind about one interview (moves, outcomes)."""
    return cls(
        event_id=_event_id(fair_id, cls.__name__, iv.interview_id, detail),
        fair_id=fair_id,
        occurred_at=now.isoformat(),
        interview_id=iv.interview_id,
        application_id=iv.application_id,
        applicant_id=iv.applicant_id,
        employer_id=iv.employer_id,
        post_id=iv.post_id,
        remote=iv.remote,
        booth=iv.booth,
        table=iv.table,
        starts_at=iv.starts_at.isoformat(),
        ends_at=iv.ends_at.isoformat(),
        **extra,
    )


def application_event(
    cls: type[AE], fair_id: str, app: Application, now: datetime, reason: str, **extra: Any
) -> AE:
    # Each application is waitlisted, dropped or refused at most once, so its id is enough.
    return cls(
        event_id=_event_id(fair_id, cls.__name__, app.application_id, ""),
        fair_id=fair_id,
        occurred_at=now.isoformat(),
        application_id=app.application_id,
        applicant_id=app.applicant_id,
        employer_id=app.employer_id,
        post_id=app.post_id,
        remote=app.remote,
        reason=reason,
        **extra,
    )
