"""On-site and remote interview scheduling for one fair: pure rules, no I/O, no clock.

Data flow: the scheduling agent consumes interview commands keyed by fair, keeps one
`FairSchedule` per fair in a Faust table (as `to_dict()`, restored with `from_dict()`), calls
one command per record in arrival order with the record's `now`, and publishes the events the
command returns (`event.to_dict()`; "type" is the event class name). Sinks write projections
idempotently on `event_id`. Nothing here reads the clock or the environment.

Calendars: an employer's `EmployerCalendar` has `tables` tables, each cut into `slot_minutes`
slots aligned to the fair's `opens_at`; only whole slots inside [opens_at, closes_at) exist.
An employer may also have a remote calendar (`remote=True`, with a `video_link`) for
livestream and online applicants; it has its own tables, slots and waitlist, and a request
says which calendar it wants with `remote=`.

Commands (each returns the list of events it caused, in order)::

    add_employer(cal, now)                          added tables serve the waitlist
    request_interview(application_id, applicant_id, employer_id, post_id, now, *, remote=False)
        -> [InterviewScheduled] | [Waitlisted] | [NotScheduled] | [] for a repeat
    record_outcome(interview_id, outcome, now)      arrived | offer | rejected | no_show
    correct_outcome(interview_id, outcome, now)     replace a recorded outcome (amend.py)
    cancel_application(application_id, reason, now) withdrawn / declined: slot to the next
    reopen_post(post_id)                            openings again after a corrected offer
    expire_no_shows(now, grace_minutes=None)        the periodic tick
    mark_post_full(post_id, now) / close_employer_hiring(employer_id, now)

Reads (no events, no changes)::

    queue_position(interview_id, now) -> QueuePosition(ahead, wait_minutes)
    applicant_view(applicant_id, now) -> [QueueItem]   booked by time, then waitlisted/refused
    employer_queue(employer_id, now, *, remote=False) -> [QueueItem]  active by time, waitlist
    interviews(), interview(id), application(id), applications_of(applicant), waitlist(),
    calendars(), calendar(employer_id, remote=), full_posts(), closed_employers(), rules
    to_dict() -> JSON-able dict; FairSchedule.from_dict(d).to_dict() == d

Booking: the earliest slot starting at or after `now` (lowest table first) that is free and
that the applicant can attend: no overlap with her other interviews and, between different
booths, `walk_minutes` to walk; she may hold at most `max_active_per_applicant` scheduled or
arrived interviews. Otherwise the application is waitlisted with a reason (`fair_full`,
`applicant_cap`, `applicant_busy`), or refused (`post_full`, `hiring_closed`, `fair_closed`).
A repeated application id changes nothing and returns no events: one application, at most
one interview, whose id is uuid5(fair, application), the same on every replay.

Freed capacity: a no-show (recorded, or by `expire_no_shows` after start + grace) releases
its slot; offer/rejected keep their slot (the table was busy) but free a place under the
applicant's cap. After either, the whole waitlist is offered, oldest first, the earliest slot
each can now take (InterviewScheduled with from_waitlist=True). If the released slot is still
in the future and nobody waiting can take it, the earliest later applicant at that calendar
who is marked `arrived` (present at the booth) moves up into it (InterviewMoved), and her old
slot is offered in turn. Someone not yet arrived is never moved: she may be across the hall,
and an earlier time she cannot reach would make her the next no-show.

Errors (raised before anything changes)::

    SchedulingError                 code, message_zh, detail
     +-- InvalidCalendar            bad hours, tables < 1, slot_minutes < 5, link rules
     +-- NaiveDatetime              a datetime without a timezone
     +-- UnknownEmployer            no such (employer, remote) calendar
     +-- UnknownInterview
     +-- InvalidOutcome             not arrived / offer / rejected / no_show
     +-- OutcomeAlreadyRecorded     the same outcome again, or any after offer/rejected/no_show
     +-- InvalidTransition          no_show after arrived; correcting what has no outcome
     +-- CorrectionRefused          a corrected no-show whose slot went to someone else
     +-- NotQueued                  queue_position of an interview that is no longer active
     +-- CalendarInUse              changing more than `tables`, or removing a booked table
     +-- CorruptState               from_dict of something that is not a saved schedule
"""

from __future__ import annotations

from domain.scheduling.booking import FairRules
from domain.scheduling.errors import (
    CalendarInUse,
    CorrectionRefused,
    CorruptState,
    InvalidCalendar,
    InvalidOutcome,
    InvalidTransition,
    NaiveDatetime,
    NotQueued,
    OutcomeAlreadyRecorded,
    SchedulingError,
    UnknownEmployer,
    UnknownInterview,
)
from domain.scheduling.events import (
    ApplicationEvent,
    Event,
    InterviewEvent,
    InterviewMoved,
    InterviewOutcomeRecorded,
    InterviewReleased,
    InterviewScheduled,
    NotScheduled,
    WaitlistDropped,
    Waitlisted,
)
from domain.scheduling.model import (
    Application,
    ApplicationState,
    EmployerCalendar,
    Interview,
    InterviewStatus,
    Outcome,
    Reason,
)
from domain.scheduling.schedule import FairSchedule
from domain.scheduling.views import QueueItem, QueuePosition

__all__ = [
    "Application",
    "ApplicationEvent",
    "ApplicationState",
    "CalendarInUse",
    "CorrectionRefused",
    "CorruptState",
    "EmployerCalendar",
    "Event",
    "FairRules",
    "FairSchedule",
    "Interview",
    "InterviewEvent",
    "InterviewMoved",
    "InterviewOutcomeRecorded",
    "InterviewReleased",
    "InterviewScheduled",
    "InterviewStatus",
    "InvalidCalendar",
    "InvalidOutcome",
    "InvalidTransition",
    "NaiveDatetime",
    "NotQueued",
    "NotScheduled",
    "Outcome",
    "OutcomeAlreadyRecorded",
    "QueueItem",
    "QueuePosition",
    "Reason",
    "SchedulingError",
    "UnknownEmployer",
    "UnknownInterview",
    "WaitlistDropped",
    "Waitlisted",
]
