"""Changes after the fact: a staff correction of an outcome, an applicant's withdrawal or
declined interview, a post that has openings again.

Data flow: FairSchedule's `correct_outcome`, `cancel_application` and `reopen_post` call these
with its Ledger and Booker; like every command they check before they change anything and
return the events they caused. The correction *window* is the caller's rule (the scheduling
agent knows when each outcome was recorded); here any recorded outcome may be replaced.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from domain.scheduling.booking import Booker
from domain.scheduling.errors import (
    CorrectionRefused,
    InvalidOutcome,
    InvalidTransition,
    OutcomeAlreadyRecorded,
)
from domain.scheduling.events import Event
from domain.scheduling.ledger import Ledger
from domain.scheduling.model import ApplicationState, InterviewStatus, Outcome, Reason
from domain.scheduling.placement import clashes


def correct_outcome(
    book: Ledger, booker: Booker, interview_id: str, outcome: str, now: datetime
) -> list[Event]:
    """Replace a recorded outcome by another. Counts follow from the new status: an offer
    corrected away is no longer an offer; a corrected no-show takes its slot back if it is
    still free (else CorrectionRefused); a correction to no_show releases the slot."""
    iv = book.interviews[interview_id]
    try:
        result = Outcome(outcome)
    except ValueError:
        raise InvalidOutcome(f"{outcome!r} is not one of {[o.value for o in Outcome]}") from None
    if iv.status in (InterviewStatus.SCHEDULED, InterviewStatus.CANCELLED):
        raise InvalidTransition(f"{interview_id} is {iv.status.value}: nothing to correct")
    if iv.status.value == result.value:
        raise OutcomeAlreadyRecorded(f"{interview_id} is already {iv.status.value}")
    if not iv.status.holds_slot and InterviewStatus(result.value).holds_slot:
        cal = book.calendars[iv.calendar_key]
        if book.slot_of(iv) in book.taken[cal.key]:
            raise CorrectionRefused(f"{interview_id}: its slot went to another interview")
        others = book.commitments(iv.applicant_id, exclude=iv.interview_id)
        if any(clashes(iv.booth, iv.starts_at, iv.ends_at, o, booker.rules.walk) for o in others):
            raise CorrectionRefused(f"{interview_id}: the applicant has another interview then")
    return booker.record(iv, result, now, automatic=False, correction=True)


def cancel_application(
    book: Ledger, booker: Booker, application_id: str, reason: Reason, now: datetime
) -> list[Event]:
    """Withdraw a waitlisted application, or cancel its interview if it has not taken place;
    the freed slot goes to the waitlist (then to arrived applicants who can move up), once.
    Anything else (no such application, already cancelled, interview under way or decided)
    changes nothing."""
    app = book.applications.get(application_id)
    if app is None:
        return []
    if app.state is ApplicationState.WAITLISTED:
        return booker.drop_waitlist(lambda a: a.application_id == application_id, reason, now)
    if app.state is not ApplicationState.SCHEDULED or app.interview_id is None:
        return []
    iv = book.interviews[app.interview_id]
    if iv.status is not InterviewStatus.SCHEDULED:
        return []
    done = replace(iv, status=InterviewStatus.CANCELLED)
    book.put_interview(done)
    events: list[Event] = []
    booker.release(done, now, events, reason=reason)
    return events
