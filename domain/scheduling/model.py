"""Records of the interview scheduler: employer calendars, interviews and applications.

Data flow: FairSchedule (schedule.py) creates these frozen records and swaps in replaced copies
when something changes; `to_dict`/`from_dict` turn them into the JSON-able dicts that the Faust
table keeps per fair. The slot grid helpers map a calendar's slot index to wall-clock times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from domain.scheduling.errors import InvalidCalendar

CalendarKey = tuple[str, bool]
"""(employer_id, remote): an employer may run one hall calendar and one remote calendar."""


class Outcome(StrEnum):
    ARRIVED = "arrived"
    OFFER = "offer"
    REJECTED = "rejected"
    NO_SHOW = "no_show"


class InterviewStatus(StrEnum):
    SCHEDULED = "scheduled"
    ARRIVED = "arrived"
    OFFER = "offer"
    REJECTED = "rejected"
    NO_SHOW = "no_show"

    @property
    def active(self) -> bool:
        """Counts towards the per-applicant cap and the queue."""
        return self in (InterviewStatus.SCHEDULED, InterviewStatus.ARRIVED)

    @property
    def holds_slot(self) -> bool:
        # A finished interview used its table for its slot, so only a no-show gives it back.
        return self is not InterviewStatus.NO_SHOW

    @property
    def final(self) -> bool:
        return self in (InterviewStatus.OFFER, InterviewStatus.REJECTED, InterviewStatus.NO_SHOW)


class ApplicationState(StrEnum):
    SCHEDULED = "scheduled"  # has its one interview (whatever that interview's status)
    WAITLISTED = "waitlisted"
    REFUSED = "refused"  # NotScheduled was sent: post full, hiring closed, fair over
    DROPPED = "dropped"  # WaitlistDropped was sent


class Reason(StrEnum):
    FAIR_FULL = "fair_full"  # every remaining slot at the employer's tables is taken
    APPLICANT_CAP = "applicant_cap"  # the applicant already has the maximum active interviews
    APPLICANT_BUSY = "applicant_busy"  # free slots clash with her other interviews (+ walking)
    FAIR_CLOSED = "fair_closed"  # no slot of the employer's grid starts at or after now
    POST_FULL = "post_full"
    HIRING_CLOSED = "hiring_closed"
    NO_SHOW = "no_show"
    SLOT_FREED = "slot_freed"  # an arrived applicant moved up into a slot a no-show freed


@dataclass(frozen=True)
class EmployerCalendar:
    """`tables` interview tables, each cut into `slot_minutes` slots from the fair's opening.

    A remote calendar holds video interviews for livestream and online applicants; its
    `video_link` may contain `{table}`, replaced by the table (one video room per table).
    """

    employer_id: str
    booth: str
    tables: int
    slot_minutes: int
    remote: bool = False
    video_link: str | None = None

    def __post_init__(self) -> None:
        if not self.employer_id:
            raise InvalidCalendar("employer_id is empty")
        if isinstance(self.tables, bool) or self.tables < 1:
            raise InvalidCalendar(f"tables must be >= 1, got {self.tables!r}")
        if isinstance(self.slot_minutes, bool) or self.slot_minutes < 5:
            raise InvalidCalendar(f"slot_minutes must be >= 5, got {self.slot_minutes!r}")
        if self.remote and not self.video_link:
            raise InvalidCalendar("a remote calendar needs a video_link")
        if not self.remote and self.video_link is not None:
            raise InvalidCalendar("video_link is only for remote calendars")

    @property
    def key(self) -> CalendarKey:
        return (self.employer_id, self.remote)

    @property
    def slot(self) -> timedelta:
        return timedelta(minutes=self.slot_minutes)

    def link_for(self, table: int) -> str | None:
        return None if self.video_link is None else self.video_link.replace("{table}", str(table))

    def to_dict(self) -> dict[str, Any]:
        return {
            "employer_id": self.employer_id,
            "booth": self.booth,
            "tables": self.tables,
            "slot_minutes": self.slot_minutes,
            "remote": self.remote,
            "video_link": self.video_link,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EmployerCalendar:
        return cls(
            employer_id=d["employer_id"],
            booth=d["booth"],
            tables=d["tables"],
            slot_minutes=d["slot_minutes"],
            remote=d["remote"],
            video_link=d["video_link"],
        )


@dataclass(frozen=True)
class Interview:
    interview_id: str
    application_id: str
    applicant_id: str
    employer_id: str
    post_id: str
    remote: bool
    booth: str
    table: int
    starts_at: datetime
    ends_at: datetime
    status: InterviewStatus
    video_link: str | None = None

    @property
    def calendar_key(self) -> CalendarKey:
        return (self.employer_id, self.remote)

    def to_dict(self) -> dict[str, Any]:
        return {
            "interview_id": self.interview_id,
            "application_id": self.application_id,
            "applicant_id": self.applicant_id,
            "employer_id": self.employer_id,
            "post_id": self.post_id,
            "remote": self.remote,
            "booth": self.booth,
            "table": self.table,
            "starts_at": self.starts_at.isoformat(),
            "ends_at": self.ends_at.isoformat(),
            "status": self.status.value,
            "video_link": self.video_link,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Interview:
        return cls(
            interview_id=d["interview_id"],
            application_id=d["application_id"],
            applicant_id=d["applicant_id"],
            employer_id=d["employer_id"],
            post_id=d["post_id"],
            remote=d["remote"],
            booth=d["booth"],
            table=d["table"],
            starts_at=datetime.fromisoformat(d["starts_at"]),
            ends_at=datetime.fromisoformat(d["ends_at"]),
            status=InterviewStatus(d["status"]),
            video_link=d["video_link"],
        )


@dataclass(frozen=True)
class Application:
    """One request for an interview; `seq` is its arrival number, the waitlist order."""

    application_id: str
    applicant_id: str
    employer_id: str
    post_id: str
    remote: bool
    seq: int
    state: ApplicationState
    interview_id: str | None = None
    reason: str | None = None

    @property
    def calendar_key(self) -> CalendarKey:
        return (self.employer_id, self.remote)

    def to_dict(self) -> dict[str, Any]:
        return {
            "application_id": self.application_id,
            "applicant_id": self.applicant_id,
            "employer_id": self.employer_id,
            "post_id": self.post_id,
            "remote": self.remote,
            "seq": self.seq,
            "state": self.state.value,
            "interview_id": self.interview_id,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Application:
        return cls(
            application_id=d["application_id"],
            applicant_id=d["applicant_id"],
            employer_id=d["employer_id"],
            post_id=d["post_id"],
            remote=d["remote"],
            seq=d["seq"],
            state=ApplicationState(d["state"]),
            interview_id=d["interview_id"],
            reason=d["reason"],
        )


def slot_count(cal: EmployerCalendar, opens_at: datetime, closes_at: datetime) -> int:
    """Whole slots that fit in [opens_at, closes_at); a trailing part-slot is not offered."""
    return (closes_at - opens_at) // cal.slot


def first_slot_at_or_after(cal: EmployerCalendar, opens_at: datetime, now: datetime) -> int:
    """Index of the earliest slot starting at or after `now` (now rounded up to the grid)."""
    if now <= opens_at:
        return 0
    return -((opens_at - now) // cal.slot)


def slot_start(cal: EmployerCalendar, opens_at: datetime, index: int) -> datetime:
    return opens_at + index * cal.slot


def slot_index(cal: EmployerCalendar, opens_at: datetime, starts_at: datetime) -> int:
    return (starts_at - opens_at) // cal.slot
