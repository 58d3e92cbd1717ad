"""Booker: the allocation rules behind FairSchedule's commands.

Data flow: FairSchedule validates a command, then calls a Booker method, which reads and writes
the Ledger and appends the events it causes. A freed capacity (a no-show's slot, a place under
an applicant's cap, an added table) always goes through `drain`, which keeps the schedule
work-conserving: no waitlisted application could take any free future slot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from domain.scheduling.errors import InvalidCalendar
from domain.scheduling.events import (
    Event,
    InterviewMoved,
    InterviewOutcomeRecorded,
    InterviewReleased,
    InterviewScheduled,
    WaitlistDropped,
    application_event,
    interview_event,
    interview_id_for,
)
from domain.scheduling.ledger import Ledger
from domain.scheduling.model import (
    Application,
    ApplicationState,
    CalendarKey,
    EmployerCalendar,
    Interview,
    InterviewStatus,
    Outcome,
    Reason,
    slot_start,
)
from domain.scheduling.placement import clashes, find_slot, first_fit, free_slots


@dataclass(frozen=True)
class FairRules:
    """The fair's hours and the limits every booking obeys."""

    fair_id: str
    opens_at: datetime
    closes_at: datetime
    walk_minutes: int = 5
    max_active_per_applicant: int = 3
    grace_minutes: int = 10

    def __post_init__(self) -> None:
        if self.closes_at <= self.opens_at:
            raise InvalidCalendar("closes_at must be after opens_at")
        if self.walk_minutes < 0 or self.grace_minutes < 0 or self.max_active_per_applicant < 1:
            raise InvalidCalendar("walk/grace minutes must be >= 0 and the cap >= 1")

    @property
    def walk(self) -> timedelta:
        return timedelta(minutes=self.walk_minutes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "fair_id": self.fair_id,
            "opens_at": self.opens_at.isoformat(),
            "closes_at": self.closes_at.isoformat(),
            "walk_minutes": self.walk_minutes,
            "max_active_per_applicant": self.max_active_per_applicant,
            "grace_minutes": self.grace_minutes,
        }


@dataclass
class Booker:
    rules: FairRules
    book: Ledger

    def capped(self, commitments: list[Interview]) -> bool:
        active = sum(iv.status.active for iv in commitments)
        return active >= self.rules.max_active_per_applicant

    def place(self, app: Application, now: datetime) -> tuple[int, int] | Reason:
        cal = self.book.calendars[app.calendar_key]
        mine = self.book.commitments(app.applicant_id)
        capped = self.capped(mine)
        r = self.rules
        taken = self.book.taken[cal.key]
        return find_slot(cal, r.opens_at, r.closes_at, now, taken, mine, r.walk, capped=capped)

    def schedule(
        self, app: Application, at: tuple[int, int], now: datetime, *, from_waitlist: bool
    ) -> InterviewScheduled:
        cal = self.book.calendars[app.calendar_key]
        table, index = at
        start = slot_start(cal, self.rules.opens_at, index)
        iv = Interview(
            interview_id=interview_id_for(self.rules.fair_id, app.application_id),
            application_id=app.application_id,
            applicant_id=app.applicant_id,
            employer_id=app.employer_id,
            post_id=app.post_id,
            remote=app.remote,
            booth=cal.booth,
            table=table,
            starts_at=start,
            ends_at=start + cal.slot,
            status=InterviewStatus.SCHEDULED,
            video_link=cal.link_for(table),
        )
        self.book.put_interview(iv)
        self.book.put_application(
            replace(
                app, state=ApplicationState.SCHEDULED, interview_id=iv.interview_id, reason=None
            )
        )
        return interview_event(
            InterviewScheduled,
            self.rules.fair_id,
            iv,
            now,
            video_link=iv.video_link,
            from_waitlist=from_waitlist,
        )

    def record(
        self, iv: Interview, result: Outcome, now: datetime, *, automatic: bool,
        correction: bool = False,
    ) -> list[Event]:
        """Set the outcome. A correction's events carry its time in their ids, so a second
        correction back to an earlier outcome is a new audit entry, not a duplicate."""
        done = replace(iv, status=InterviewStatus(result.value))
        self.book.put_interview(done)
        detail = f"{result.value}@{now.isoformat()}" if correction else result.value
        events: list[Event] = [
            interview_event(
                InterviewOutcomeRecorded,
                self.rules.fair_id,
                done,
                now,
                detail,
                outcome=result.value,
                automatic=automatic,
            )
        ]
        if result is Outcome.NO_SHOW:
            self.release(done, now, events, detail=detail if correction else "")
        elif result is not Outcome.ARRIVED:
            # A finished interview no longer counts under her cap: her waitlist entries may fit.
            self.drain(now, events)
        return events

    def release(
        self, done: Interview, now: datetime, events: list[Event], *,
        reason: Reason = Reason.NO_SHOW, detail: str = "",
    ) -> None:
        """Give a no-show's slot back: the waitlist first, then arrived people move up.

        Only applicants marked arrived (present at the booth) are moved earlier: moving
        someone who is elsewhere in the hall would turn her into the next no-show.
        """
        cal = self.book.calendars[done.calendar_key]
        table, index = self.book.slot_of(done)
        events.append(
            interview_event(
                InterviewReleased, self.rules.fair_id, done, now, detail, reason=reason.value
            )
        )
        self.drain(now, events)
        while (table, index) not in self.book.taken[cal.key] and (
            slot_start(cal, self.rules.opens_at, index) >= now
        ):
            mover = self.arrived_mover(cal, index)
            if mover is None:
                break
            vacated = self.book.slot_of(mover)
            events.append(self.move(mover, cal, (table, index), now))
            table, index = vacated
            self.drain(now, events)

    def arrived_mover(self, cal: EmployerCalendar, index: int) -> Interview | None:
        """The earliest later arrived interview at `cal` whose applicant can take `index`."""
        start = slot_start(cal, self.rules.opens_at, index)
        end = start + cal.slot
        later = sorted(
            (
                iv
                for iv in self.book.interviews.values()
                if iv.calendar_key == cal.key
                and iv.status is InterviewStatus.ARRIVED
                and iv.starts_at > start
            ),
            key=lambda iv: (iv.starts_at, iv.table),
        )
        for iv in later:
            others = self.book.commitments(iv.applicant_id, exclude=iv.interview_id)
            if not any(clashes(cal.booth, start, end, o, self.rules.walk) for o in others):
                return iv
        return None

    def move(
        self, iv: Interview, cal: EmployerCalendar, to: tuple[int, int], now: datetime
    ) -> InterviewMoved:
        table, index = to
        start = slot_start(cal, self.rules.opens_at, index)
        moved = replace(
            iv,
            table=table,
            starts_at=start,
            ends_at=start + cal.slot,
            video_link=cal.link_for(table),
        )
        self.book.put_interview(moved)
        return interview_event(
            InterviewMoved,
            self.rules.fair_id,
            moved,
            now,
            f"{table}@{start.isoformat()}",
            video_link=moved.video_link,
            from_table=iv.table,
            from_starts_at=iv.starts_at.isoformat(),
            from_ends_at=iv.ends_at.isoformat(),
            reason=Reason.SLOT_FREED.value,
        )

    def drain(self, now: datetime, events: list[Event]) -> None:
        """Give every waitlisted application (oldest first) a slot it can now take.

        One pass is enough: booking one entry only takes slots and cap away from the rest.
        """
        r = self.rules
        free: dict[CalendarKey, list[tuple[int, int]]] = {}
        for app in self.book.waitlisted():
            cal = self.book.calendars[app.calendar_key]
            if cal.key not in free:
                taken = self.book.taken[cal.key]
                free[cal.key] = free_slots(cal, r.opens_at, r.closes_at, now, taken)
            # Most of a long waitlist waits at full calendars: skip those before anything else.
            if not free[cal.key]:
                continue
            mine = self.book.commitments(app.applicant_id)
            if self.capped(mine):
                continue
            at = first_fit(cal, r.opens_at, free[cal.key], mine, r.walk)
            if at is not None:
                free[cal.key].remove(at)
                events.append(self.schedule(app, at, now, from_waitlist=True))

    def drop_waitlist(
        self, which: Callable[[Application], bool], reason: Reason, now: datetime
    ) -> list[Event]:
        events: list[Event] = []
        for app in self.book.waitlisted():
            if which(app):
                app = replace(app, state=ApplicationState.DROPPED, reason=reason.value)
                self.book.put_application(app)
                events.append(
                    application_event(WaitlistDropped, self.rules.fair_id, app, now, reason.value)
                )
        return events
