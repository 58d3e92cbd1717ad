"""FairSchedule: one fair's interview calendars, interviews and waitlists behind one API.

Data flow: the scheduling agent keeps one FairSchedule per fair (as `to_dict()`) in a Faust
table keyed by fair, feeds it commands in arrival order and publishes the events each command
returns. Commands check everything before they change anything, so a raised SchedulingError
leaves the schedule as it was; the allocation rules are in booking.py, the records in
ledger.py and the queue views in views.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from domain.scheduling import amend, views
from domain.scheduling.booking import Booker, FairRules
from domain.scheduling.errors import (
    CalendarInUse,
    CorruptState,
    InvalidOutcome,
    InvalidTransition,
    NaiveDatetime,
    OutcomeAlreadyRecorded,
    UnknownEmployer,
    UnknownInterview,
)
from domain.scheduling.events import Event, NotScheduled, Waitlisted, application_event
from domain.scheduling.ledger import Ledger
from domain.scheduling.model import (
    Application,
    ApplicationState,
    EmployerCalendar,
    Interview,
    InterviewStatus,
    Outcome,
    Reason,
    first_slot_at_or_after,
    slot_count,
)

STATE_VERSION = 1
_REFUSALS = (Reason.POST_FULL, Reason.HIRING_CLOSED, Reason.FAIR_CLOSED)


def _aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetime(f"{name} must be timezone-aware, got {value.isoformat()}")


class FairSchedule:
    def __init__(
        self,
        fair_id: str,
        opens_at: datetime,
        closes_at: datetime,
        *,
        walk_minutes: int = 5,
        max_active_per_applicant: int = 3,
        grace_minutes: int = 10,
    ) -> None:
        _aware(opens_at, "opens_at")
        _aware(closes_at, "closes_at")
        self.rules = FairRules(
            fair_id, opens_at, closes_at, walk_minutes, max_active_per_applicant, grace_minutes
        )
        self._book = Ledger(opens_at)
        self._booker = Booker(self.rules, self._book)

    @property
    def fair_id(self) -> str:
        return self.rules.fair_id

    # -- commands -------------------------------------------------------------------------

    def add_employer(self, cal: EmployerCalendar, now: datetime) -> list[Event]:
        """Open or update a calendar; added tables serve the waitlist at once (hence `now`)."""
        _aware(now, "now")
        old = self._book.calendars.get(cal.key)
        if old == cal:
            return []
        if old is not None and any(iv.calendar_key == cal.key for iv in self.interviews()):
            # Booked interviews carry booth, grid and link; only the table count may change.
            if replace(old, tables=cal.tables) != cal:
                raise CalendarInUse(f"{cal.key}: only tables may change once interviews exist")
            if any(table > cal.tables for table, _ in self._book.taken[cal.key]):
                raise CalendarInUse(f"{cal.key}: a removed table still has interviews")
        self._book.put_calendar(cal)
        events: list[Event] = []
        self._booker.drain(now, events)
        return events

    def request_interview(
        self,
        application_id: str,
        applicant_id: str,
        employer_id: str,
        post_id: str,
        now: datetime,
        *,
        remote: bool = False,
    ) -> list[Event]:
        """Book the earliest slot she can attend, else waitlist or refuse; repeats are no-ops."""
        _aware(now, "now")
        if application_id in self._book.applications:
            return []
        cal = self.calendar(employer_id, remote=remote)
        app = Application(
            application_id=application_id,
            applicant_id=applicant_id,
            employer_id=employer_id,
            post_id=post_id,
            remote=remote,
            seq=self._book.next_seq,
            state=ApplicationState.WAITLISTED,
        )
        self._book.next_seq += 1
        placed: tuple[int, int] | Reason
        if post_id in self._book.full_posts:
            placed = Reason.POST_FULL
        elif employer_id in self._book.closed_employers:
            placed = Reason.HIRING_CLOSED
        else:
            placed = self._booker.place(app, now)
        if isinstance(placed, tuple):
            return [self._booker.schedule(app, placed, now, from_waitlist=False)]
        if placed in _REFUSALS:
            app = replace(app, state=ApplicationState.REFUSED, reason=placed.value)
            self._book.put_application(app)
            return [application_event(NotScheduled, self.fair_id, app, now, placed.value)]
        app = replace(app, reason=placed.value)
        self._book.put_application(app)
        position = views.waitlist_position(self, cal.key, application_id)
        waitlisted = application_event(
            Waitlisted, self.fair_id, app, now, placed.value, position=position
        )
        return [waitlisted]

    def record_outcome(self, interview_id: str, outcome: str, now: datetime) -> list[Event]:
        """arrived (present at the booth), then offer or rejected; or no_show instead."""
        _aware(now, "now")
        iv = self.interview(interview_id)
        try:
            result = Outcome(outcome)
        except ValueError:
            known = [o.value for o in Outcome]
            raise InvalidOutcome(f"{outcome!r} is not one of {known}") from None
        if iv.status.final or iv.status.value == result.value:
            raise OutcomeAlreadyRecorded(f"{interview_id} is already {iv.status.value}")
        if result is Outcome.NO_SHOW and iv.status is InterviewStatus.ARRIVED:
            raise InvalidTransition(f"{interview_id} arrived, so it cannot be a no-show")
        return self._booker.record(iv, result, now, automatic=False)

    def correct_outcome(self, interview_id: str, outcome: str, now: datetime) -> list[Event]:
        """Replace a recorded outcome (a staff correction; the window is the caller's)."""
        _aware(now, "now")
        self.interview(interview_id)
        return amend.correct_outcome(self._book, self._booker, interview_id, outcome, now)

    def cancel_application(self, application_id: str, reason: Reason,
                           now: datetime) -> list[Event]:
        """The applicant withdrew or declined: free her slot or waitlist place."""
        _aware(now, "now")
        return amend.cancel_application(self._book, self._booker, application_id, reason, now)

    def reopen_post(self, post_id: str) -> None:
        """Openings again (an offer was corrected away): take new requests for the post."""
        self._book.full_posts.discard(post_id)

    def expire_no_shows(self, now: datetime, grace_minutes: int | None = None) -> list[Event]:
        """The periodic tick: whoever has not arrived by start + grace is a no-show, and
        waitlist entries of calendars with no slot left today are dropped."""
        _aware(now, "now")
        grace = timedelta(
            minutes=self.rules.grace_minutes if grace_minutes is None else grace_minutes
        )
        due = [
            iv
            for iv in self.interviews()
            if iv.status is InterviewStatus.SCHEDULED and iv.starts_at + grace <= now
        ]
        events: list[Event] = []
        for iv in due:
            events += self._booker.record(iv, Outcome.NO_SHOW, now, automatic=True)

        def over(app: Application) -> bool:
            cal = self._book.calendars[app.calendar_key]
            first = first_slot_at_or_after(cal, self.rules.opens_at, now)
            return first >= slot_count(cal, self.rules.opens_at, self.rules.closes_at)

        return events + self._booker.drop_waitlist(over, Reason.FAIR_CLOSED, now)

    def mark_post_full(self, post_id: str, now: datetime) -> list[Event]:
        """No openings left: refuse new requests for the post and drop its waitlist.

        Interviews already booked for the post stay: the employer decides those.
        """
        _aware(now, "now")
        self._book.full_posts.add(post_id)
        return self._booker.drop_waitlist(lambda a: a.post_id == post_id, Reason.POST_FULL, now)

    def close_employer_hiring(self, employer_id: str, now: datetime) -> list[Event]:
        """The employer stops hiring here: as if every one of its posts were full."""
        _aware(now, "now")
        self._book.closed_employers.add(employer_id)
        return self._booker.drop_waitlist(
            lambda a: a.employer_id == employer_id, Reason.HIRING_CLOSED, now
        )

    # -- reads ----------------------------------------------------------------------------

    def calendar(self, employer_id: str, *, remote: bool = False) -> EmployerCalendar:
        try:
            return self._book.calendars[(employer_id, remote)]
        except KeyError:
            kind = "remote" if remote else "on-site"
            raise UnknownEmployer(f"{employer_id} has no {kind} calendar") from None

    def calendars(self) -> list[EmployerCalendar]:
        return [self._book.calendars[key] for key in sorted(self._book.calendars)]

    def interview(self, interview_id: str) -> Interview:
        try:
            return self._book.interviews[interview_id]
        except KeyError:
            raise UnknownInterview(interview_id) from None

    def interviews(self) -> list[Interview]:
        """Every interview ever booked (any status), by start, employer, table, id."""
        return sorted(
            self._book.interviews.values(),
            key=lambda iv: (iv.starts_at, iv.employer_id, iv.remote, iv.table, iv.interview_id),
        )

    def application(self, application_id: str) -> Application | None:
        return self._book.applications.get(application_id)

    def applications_of(self, applicant_id: str) -> list[Application]:
        """Her applications in arrival order."""
        return [self._book.applications[a] for a in self._book.apps_of.get(applicant_id, [])]

    def waitlist(self) -> list[Application]:
        """Every waitlisted application in arrival order (views filter per calendar)."""
        return self._book.waitlisted()

    def full_posts(self) -> frozenset[str]:
        return frozenset(self._book.full_posts)

    def closed_employers(self) -> frozenset[str]:
        return frozenset(self._book.closed_employers)

    def queue_position(self, interview_id: str, now: datetime) -> views.QueuePosition:
        return views.queue_position(self, interview_id, now)

    def applicant_view(self, applicant_id: str, now: datetime) -> list[views.QueueItem]:
        return views.applicant_view(self, applicant_id, now)

    def employer_queue(
        self, employer_id: str, now: datetime, *, remote: bool = False
    ) -> list[views.QueueItem]:
        return views.employer_queue(self, employer_id, now, remote=remote)

    # -- state ----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Canonical JSON-able state: equal schedules give equal dicts."""
        return {"version": STATE_VERSION, **self.rules.to_dict(), **self._book.to_dict()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FairSchedule:
        try:
            if d["version"] != STATE_VERSION:
                raise CorruptState(f"state version {d['version']!r} is not {STATE_VERSION}")
            schedule = cls(
                d["fair_id"],
                datetime.fromisoformat(d["opens_at"]),
                datetime.fromisoformat(d["closes_at"]),
                walk_minutes=d["walk_minutes"],
                max_active_per_applicant=d["max_active_per_applicant"],
                grace_minutes=d["grace_minutes"],
            )
            schedule._book = Ledger.from_dict(schedule.rules.opens_at, d)
            schedule._booker = Booker(schedule.rules, schedule._book)
        except CorruptState:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise CorruptState(f"cannot restore schedule: {exc!r}") from exc
        return schedule
