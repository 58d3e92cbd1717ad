"""One fair's scheduling state as the agent keeps it: a FairSchedule plus what the agent must
remember around it (fair kind, posts, who is on site, applications waiting for a check-in).

Data flow: ``agents.scheduling`` loads a ``FairState`` from the Faust table value
(``from_value``), feeds it the fair's decoded events in partition order (``handle``) and
saves ``to_value()`` once per batch. Nothing here does I/O; ``now`` comes from each event's own
time, clamped so it never runs backwards for a fair, which keeps a replay after a restart
deciding exactly as the first run did.

Rules around the pure scheduler (``domain.scheduling``):
- on-site fairs book an interview when the applicant has applied AND checked in (whichever
  comes second); livestream and online fairs book at once in the employer's remote calendar;
- a post whose offers reach its headcount, or that is closed, takes no new interviews
  (``mark_post_full``); interviews already booked for it stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from domain.scheduling import (
    CalendarInUse,
    EmployerCalendar,
    FairSchedule,
    InterviewOutcomeRecorded,
    InterviewStatus,
    OutcomeAlreadyRecorded,
    Reason,
    SchedulingError,
)
from domain.scheduling import Event as Decision
from streams.applications import DECLINED, ApplicationSubmitted, ApplicationWithdrawn
from streams.checkins import CheckedIn
from streams.events import Event
from streams.fairsetup import (
    PUBLISHED,
    EmployerCreated,
    EmployerUpdated,
    FairCreated,
    FairUpdated,
    PostCreated,
    PostReviewed,
    PostUpdated,
)
from streams.interviews import InterviewOutcomeRequested, NoShowSweepRequested

REMOTE_KINDS = ("livestream", "online")
# A remote calendar's video room per employer and table; {table} is filled by the scheduler.
VIDEO_LINK = "https://meet.jit.si/jobfair-{employer}-{{table}}"
VALUE_VERSION = 1


@dataclass
class PostInfo:
    employer_id: str
    headcount: int
    open: bool


@dataclass
class CommandResult:
    """What became of one outcome command (web waits for it)."""

    event_id: str
    interview_id: str
    outcome: str
    at: datetime
    accepted: bool
    error: str | None = None
    detail: str | None = None


@dataclass
class FairState:
    fair_id: str
    kind: str
    schedule: FairSchedule
    now: datetime
    posts: dict[str, PostInfo] = field(default_factory=dict)
    present: set[str] = field(default_factory=set)
    # application id -> (applicant, post): applied on site, waiting for her check-in
    pending: dict[str, tuple[str, str]] = field(default_factory=dict)
    # interview id -> when its current outcome was recorded (ISO 8601): the correction window
    decided: dict[str, str] = field(default_factory=dict)
    # Staff may replace an outcome this long after it was recorded (settings; not saved).
    correction_window: timedelta = timedelta(minutes=15)

    @property
    def remote(self) -> bool:
        return self.kind in REMOTE_KINDS

    @classmethod
    def new(cls, fair_id: str, kind: str, starts_at: datetime, ends_at: datetime) -> FairState:
        return cls(fair_id, kind, FairSchedule(fair_id, starts_at, ends_at), now=starts_at)

    # -- persistence ----------------------------------------------------------------------

    def to_value(self) -> dict[str, Any]:
        return {
            "v": VALUE_VERSION,
            "kind": self.kind,
            "now": self.now.isoformat(),
            "schedule": self.schedule.to_dict(),
            "posts": {p: [i.employer_id, i.headcount, i.open] for p, i in self.posts.items()},
            "present": sorted(self.present),
            "pending": {a: list(v) for a, v in self.pending.items()},
            "decided": dict(sorted(self.decided.items())),
        }

    @classmethod
    def from_value(cls, value: dict[str, Any]) -> FairState:
        schedule = FairSchedule.from_dict(value["schedule"])
        return cls(
            fair_id=schedule.fair_id,
            kind=value["kind"],
            schedule=schedule,
            now=datetime.fromisoformat(value["now"]),
            posts={p: PostInfo(e, h, o) for p, (e, h, o) in value["posts"].items()},
            present=set(value["present"]),
            pending={a: (who, post) for a, (who, post) in value["pending"].items()},
            decided=dict(value.get("decided", {})),
        )

    # -- setup ----------------------------------------------------------------------------

    def calendar_for(self, employer_id: str, booth: str, tables: int, slots: int) -> \
            EmployerCalendar:
        if self.remote:
            link = VIDEO_LINK.format(employer=employer_id[:8])
            return EmployerCalendar(employer_id, booth, tables, slots, remote=True,
                                    video_link=link)
        return EmployerCalendar(employer_id, booth, tables, slots)

    def add_employer(self, employer_id: str, booth: str, tables: int, slots: int,
                     now: datetime) -> list[Decision]:
        return self.schedule.add_employer(self.calendar_for(employer_id, booth, tables, slots),
                                          now)

    def put_post(self, post_id: str, employer_id: str, headcount: int, status: str,
                 now: datetime) -> list[Decision]:
        self.posts[post_id] = PostInfo(employer_id, headcount, status == PUBLISHED)
        return self._check_post(post_id, now)

    def has_employer(self, employer_id: str) -> bool:
        return any(c.employer_id == employer_id for c in self.schedule.calendars())

    # -- events ---------------------------------------------------------------------------

    def clock(self, at: str) -> datetime:
        """The event's time, never earlier than the last one this fair saw."""
        try:
            t = datetime.fromisoformat(at)
        except ValueError:
            t = self.now
        if t.tzinfo is None:
            t = self.now
        self.now = max(self.now, t)
        return self.now

    def handle(self, ev: Event) -> tuple[list[Decision], CommandResult | None, str | None]:
        """Apply one event: (decisions, result of an outcome command, why it was skipped)."""
        made, result, skip = self._handle(ev)
        self.note_outcomes(made)
        return made, result, skip

    def note_outcomes(self, decisions: list[Decision]) -> None:
        """Remember when each outcome was recorded (by staff or by the no-show timer)."""
        for d in decisions:
            if isinstance(d, InterviewOutcomeRecorded):
                self.decided[d.interview_id] = d.occurred_at

    def _handle(self, ev: Event) -> tuple[list[Decision], CommandResult | None, str | None]:
        now = self.clock(str(getattr(ev, "at", self.now.isoformat())))
        if isinstance(ev, ApplicationWithdrawn):
            if self.pending.pop(ev.application_id, None) is not None:
                return [], None, None  # applied on site, not checked in: nothing booked
            reason = Reason.DECLINED if ev.reason == DECLINED else Reason.WITHDRAWN
            return self.schedule.cancel_application(ev.application_id, reason, now), None, None
        if isinstance(ev, ApplicationSubmitted):
            return self._applied(ev, now), None, None
        if isinstance(ev, CheckedIn):
            return self._checked_in(ev.applicant_id, now), None, None
        if isinstance(ev, InterviewOutcomeRequested):
            decisions, result = self._outcome(ev, now)
            return decisions, result, None
        if isinstance(ev, NoShowSweepRequested):
            return self.schedule.expire_no_shows(now), None, None
        if isinstance(ev, EmployerCreated | EmployerUpdated):
            try:
                return self.add_employer(ev.employer_id, ev.booth, ev.interview_tables,
                                         ev.slot_minutes, now), None, None
            except CalendarInUse:
                # Booked interviews carry booth and slot grid: only more tables can apply.
                return [], None, "calendar_in_use"
        if isinstance(ev, PostCreated | PostUpdated):
            return self.put_post(ev.post_id, ev.employer_id, ev.headcount, ev.status,
                                 now), None, None
        if isinstance(ev, PostReviewed):
            info = self.posts.get(ev.post_id)
            if info is None:
                return [], None, "unknown_post"
            return self.put_post(ev.post_id, info.employer_id, info.headcount, ev.status,
                                 now), None, None
        if isinstance(ev, FairCreated | FairUpdated):
            return [], None, None  # hours are fixed once the schedule exists
        return [], None, "ignored"

    def _applied(self, ev: ApplicationSubmitted, now: datetime) -> list[Decision]:
        if self.schedule.application(ev.application_id) is not None:
            return []  # a redelivery or a repeat: one application, at most one interview
        if self.remote or ev.applicant_id in self.present:
            return self._request(ev.application_id, ev.applicant_id, ev.post_id, now)
        self.pending[ev.application_id] = (ev.applicant_id, ev.post_id)
        return []

    def _checked_in(self, applicant_id: str, now: datetime) -> list[Decision]:
        self.present.add(applicant_id)
        mine = [(a, post) for a, (who, post) in self.pending.items() if who == applicant_id]
        decisions: list[Decision] = []
        for application_id, post_id in mine:
            del self.pending[application_id]
            decisions += self._request(application_id, applicant_id, post_id, now)
        return decisions

    def _request(self, application_id: str, applicant_id: str, post_id: str,
                 now: datetime) -> list[Decision]:
        info = self.posts.get(post_id)
        if info is None or not self.has_employer(info.employer_id):
            return []  # the caller loads the fair's setup first; a bogus post books nothing
        return self.schedule.request_interview(
            application_id, applicant_id, info.employer_id, post_id, now, remote=self.remote
        )

    def _outcome(self, ev: InterviewOutcomeRequested, now: datetime) -> \
            tuple[list[Decision], CommandResult]:
        result = CommandResult(ev.event_id, ev.interview_id, ev.outcome, now, accepted=True)
        try:
            if self._is_correction(ev.interview_id, ev.outcome):
                if not self.within_window(ev.interview_id, now):
                    result.accepted, result.error = False, "correction_window_closed"
                    result.detail = f"outcome recorded more than {self.correction_window} ago"
                    return [], result
                decisions = self.schedule.correct_outcome(ev.interview_id, ev.outcome, now)
            else:
                decisions = self.schedule.record_outcome(ev.interview_id, ev.outcome, now)
        except OutcomeAlreadyRecorded as exc:
            iv = self.schedule.interview(ev.interview_id)
            if iv.status.value == ev.outcome:
                return [], result  # a redelivered command: already done, not an error
            result.accepted, result.error, result.detail = False, exc.code, exc.detail
            return [], result
        except SchedulingError as exc:
            result.accepted, result.error, result.detail = False, exc.code, exc.detail
            return [], result
        iv = self.schedule.interview(ev.interview_id)
        return decisions + self._check_post(iv.post_id, now), result

    def _is_correction(self, interview_id: str, outcome: str) -> bool:
        """Anything but scheduled -> outcome or arrived -> offer/rejected (the way forward);
        the same outcome again is a repeat, not a correction."""
        status = self.schedule.interview(interview_id).status
        if status is InterviewStatus.SCHEDULED or status.value == outcome:
            return False
        return not (status is InterviewStatus.ARRIVED and outcome in ("offer", "rejected"))

    def within_window(self, interview_id: str, now: datetime) -> bool:
        at = self.decided.get(interview_id)
        return at is not None and now - datetime.fromisoformat(at) <= self.correction_window

    def _check_post(self, post_id: str, now: datetime) -> list[Decision]:
        """Stop booking a post that is closed or has as many offers as openings; take
        bookings again once a corrected offer leaves an opening."""
        info = self.posts.get(post_id)
        if info is None:
            return []
        if post_id in self.schedule.full_posts():
            if info.open and self.offers(post_id) < info.headcount:
                self.schedule.reopen_post(post_id)
            return []
        if info.open and self.offers(post_id) < info.headcount:
            return []
        return self.schedule.mark_post_full(post_id, now)

    def offers(self, post_id: str) -> int:
        return sum(1 for iv in self.schedule.interviews()
                   if iv.post_id == post_id and iv.status is InterviewStatus.OFFER)

    def tick_due(self) -> bool:
        """Whether a no-show sweep could change anything: someone booked has not arrived yet,
        or someone waits (the sweep drops waitlists once no slot is left)."""
        if self.schedule.waitlist():
            return True
        return any(iv.status is InterviewStatus.SCHEDULED for iv in self.schedule.interviews())
