"""Records of the interview scheduler: employer calendars, interviews and applications.

Data flow: FairSchedule (schedule.py) creates these frozen records and swaps in replaced copies
when something changes; `Record.to_dict`/`Record.from_dict` (one mechanism for every record,
driven by the dataclass fields and their types) turn them into the JSON-able dicts that the
Faust table keeps per fair: field order kept, datetimes as ISO 8601, enums as their values.
The slot grid helpers map a calendar's slot index to wall-clock times.
"""

from __future__ import annotations

import functools
import types
import typing
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from enum import Enum, StrEnum
from typing import Any, Self, cast

from domain.scheduling.errors import InvalidCalendar

CalendarKey = tuple[str, bool]
"""(employer_id, remote): an employer may run one hall calendar and one remote calendar."""


class Record:
    """JSON-able dicts for a frozen dataclass of str, int, bool, datetime and enum fields
    (optionally ``| None``): ``from_dict(r.to_dict()) == r``. A missing key is a KeyError."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _encode(getattr(self, f.name)) for f in fields(cast(Any, self))}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Self:
        hints = _hints(cast(type, cls))
        values = {f.name: _decode(hints[f.name], d[f.name]) for f in fields(cast(Any, cls))}
        return cast(Any, cls)(**values)  # type: ignore[no-any-return]


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(hint, types.UnionType):  # "X | None": decode as X
        hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
    if hint is datetime:
        return datetime.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


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
    CANCELLED = "cancelled"  # withdrawn or declined by the applicant before it took place

    @property
    def active(self) -> bool:
        """Counts towards the per-applicant cap and the queue."""
        return self in (InterviewStatus.SCHEDULED, InterviewStatus.ARRIVED)

    @property
    def holds_slot(self) -> bool:
        # A finished interview used its table for its slot, so only a no-show (or a
        # cancellation) gives it back.
        return self not in (InterviewStatus.NO_SHOW, InterviewStatus.CANCELLED)

    @property
    def final(self) -> bool:
        return self in (InterviewStatus.OFFER, InterviewStatus.REJECTED, InterviewStatus.NO_SHOW,
                        InterviewStatus.CANCELLED)


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
    WITHDRAWN = "withdrawn"  # the applicant withdrew the application
    DECLINED = "declined"  # the applicant said she cannot come to the interview


@dataclass(frozen=True)
class EmployerCalendar(Record):
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


@dataclass(frozen=True)
class Interview(Record):
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


@dataclass(frozen=True)
class Application(Record):
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
