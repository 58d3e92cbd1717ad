"""Queue views of a FairSchedule: "B12 号展位 2 号桌 19:40，前面还有 3 人".

Data flow: reads only. The scheduling agent calls these on the schedule in its table to answer
an applicant's phone or an employer's booth screen; nothing here changes the schedule. Waits
are estimates from the calendar (minutes until the slot starts), not from the tables' pace.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from domain.scheduling.errors import NotQueued
from domain.scheduling.model import Application, ApplicationState, CalendarKey, Interview

if TYPE_CHECKING:
    from domain.scheduling.schedule import FairSchedule

_MINUTE = timedelta(minutes=1)


class QueuePosition(NamedTuple):
    ahead: int  # active interviews booked before hers at her table
    wait_minutes: int  # until her slot starts, rounded up; 0 once it has started


@dataclass(frozen=True)
class QueueItem:
    """One application as a person sees it; interview fields are None while not booked."""

    application_id: str
    applicant_id: str
    employer_id: str
    post_id: str
    remote: bool
    booth: str
    status: str  # the interview's status, else the application's state (waitlisted, ...)
    interview_id: str | None = None
    table: int | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    video_link: str | None = None
    ahead: int | None = None  # set for active interviews
    wait_minutes: int | None = None  # set for active interviews
    waitlist_position: int | None = None  # 1-based, set while waitlisted
    reason: str | None = None  # why waitlisted, refused or dropped


def minutes_until(start: datetime, now: datetime) -> int:
    return max(0, -((now - start) // _MINUTE))


def waitlist_position(schedule: FairSchedule, key: CalendarKey, application_id: str) -> int:
    """1-based place among the applications waiting for the same calendar."""
    waiting = [a.application_id for a in schedule.waitlist() if a.calendar_key == key]
    return waiting.index(application_id) + 1


def queue_position(schedule: FairSchedule, interview_id: str, now: datetime) -> QueuePosition:
    iv = schedule.interview(interview_id)
    if not iv.status.active:
        raise NotQueued(f"{interview_id} is {iv.status.value}")
    return QueuePosition(_ahead(schedule, iv), minutes_until(iv.starts_at, now))


def _ahead(schedule: FairSchedule, iv: Interview) -> int:
    return sum(
        1
        for other in schedule.interviews()
        if other.calendar_key == iv.calendar_key
        and other.table == iv.table
        and other.status.active
        and other.starts_at < iv.starts_at
    )


def _interview_item(
    schedule: FairSchedule, iv: Interview, now: datetime, *, ahead: int | None = None
) -> QueueItem:
    active = iv.status.active
    if active and ahead is None:
        ahead = _ahead(schedule, iv)
    return QueueItem(
        application_id=iv.application_id,
        applicant_id=iv.applicant_id,
        employer_id=iv.employer_id,
        post_id=iv.post_id,
        remote=iv.remote,
        booth=iv.booth,
        status=iv.status.value,
        interview_id=iv.interview_id,
        table=iv.table,
        starts_at=iv.starts_at,
        ends_at=iv.ends_at,
        video_link=iv.video_link,
        ahead=ahead if active else None,
        wait_minutes=minutes_until(iv.starts_at, now) if active else None,
    )


def _application_item(
    schedule: FairSchedule, app: Application, position: int | None = None
) -> QueueItem:
    waiting = app.state is ApplicationState.WAITLISTED
    if waiting and position is None:
        position = waitlist_position(schedule, app.calendar_key, app.application_id)
    cal = schedule.calendar(app.employer_id, remote=app.remote)
    return QueueItem(
        application_id=app.application_id,
        applicant_id=app.applicant_id,
        employer_id=app.employer_id,
        post_id=app.post_id,
        remote=app.remote,
        booth=cal.booth,
        status=app.state.value,
        waitlist_position=position if waiting else None,
        reason=app.reason,
    )


def applicant_view(schedule: FairSchedule, applicant_id: str, now: datetime) -> list[QueueItem]:
    """Her booked interviews by start time, then her other applications in arrival order."""
    booked: list[Interview] = []
    others: list[QueueItem] = []
    for app in schedule.applications_of(applicant_id):
        if app.interview_id is None:
            others.append(_application_item(schedule, app))
        else:
            booked.append(schedule.interview(app.interview_id))
    booked.sort(key=lambda iv: (iv.starts_at, iv.employer_id))
    return [_interview_item(schedule, iv, now) for iv in booked] + others


def employer_queue(
    schedule: FairSchedule, employer_id: str, now: datetime, *, remote: bool = False
) -> list[QueueItem]:
    """Who comes next at the employer's tables (active interviews by time), then its waitlist."""
    key = schedule.calendar(employer_id, remote=remote).key
    booked: list[QueueItem] = []
    seen_at_table: dict[int, int] = {}
    # interviews() is in start order, so a running count per table is the number ahead.
    for iv in schedule.interviews():
        if iv.calendar_key == key and iv.status.active:
            ahead = seen_at_table.get(iv.table, 0)
            seen_at_table[iv.table] = ahead + 1
            booked.append(_interview_item(schedule, iv, now, ahead=ahead))
    mine = [a for a in schedule.waitlist() if a.calendar_key == key]
    waiting = [_application_item(schedule, a, n) for n, a in enumerate(mine, start=1)]
    return booked + waiting
