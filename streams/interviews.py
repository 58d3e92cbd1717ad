"""Interview commands and decisions on topic ``interviews`` keyed by ``fair_id``.

Commands (imperatives) go in: web ``recordInterviewOutcome`` and the booth console publish
``InterviewOutcomeRequested``; the scheduling agent's own timer publishes
``NoShowSweepRequested`` for the fairs it owns (a Faust table may only be written inside stream
iteration, so the periodic no-show expiry travels through the fair's partition like any other
command). Decisions (past tense) come out: the scheduler's ``InterviewScheduled``,
``InterviewMoved``, ``InterviewReleased``, ``InterviewOutcomeRecorded``, ``Waitlisted``,
``WaitlistDropped`` and ``NotScheduled``, published by ``agents.scheduling`` after the batch is
projected to PostgreSQL. Their records mirror ``domain.scheduling.events`` field for field, so
the agent sends ``domain_event.to_dict()`` unchanged and any consumer decodes it here.

No name or phone travels here: ids, booth, table and times only.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from domain.scheduling import events as domain_events
from streams.events import Event, event

OUTCOMES = ("arrived", "offer", "rejected", "no_show")


@event
@dataclass(frozen=True)
class InterviewOutcomeRequested(Event):
    """Staff (or an organiser) recorded what happened at the table."""

    TYPE = "InterviewOutcomeRequested"
    KEY = "fair_id"

    event_id: str  # made by web; the agent keeps the first result per id
    fair_id: str
    interview_id: str
    outcome: str  # one of OUTCOMES
    actor: str  # "organiser" or "staff:<employer id>", never a person's name
    at: str  # ISO 8601; the scheduler's `now` for this command


@event
@dataclass(frozen=True)
class NoShowSweepRequested(Event):
    """The periodic tick: expire no-shows past their grace period and refill their slots."""

    TYPE = "NoShowSweepRequested"
    KEY = "fair_id"

    event_id: str
    fair_id: str
    at: str


COMMANDS: tuple[type[Event], ...] = (InterviewOutcomeRequested, NoShowSweepRequested)


def _mirror(domain_cls: type[domain_events.Event]) -> type[Event]:
    """A streams record with the fields of a scheduler event (its TYPE is the class name)."""
    name = domain_cls.__name__
    fields = [(f.name, f.type) for f in dataclasses.fields(domain_cls)]
    cls = dataclasses.make_dataclass(
        name, fields, bases=(Event,), frozen=True, namespace={"TYPE": name, "KEY": "fair_id"}
    )
    cls.__module__ = __name__  # string annotations resolve against this module's globals
    return event(cls)


InterviewScheduled = _mirror(domain_events.InterviewScheduled)
InterviewMoved = _mirror(domain_events.InterviewMoved)
InterviewReleased = _mirror(domain_events.InterviewReleased)
InterviewOutcomeRecorded = _mirror(domain_events.InterviewOutcomeRecorded)
Waitlisted = _mirror(domain_events.Waitlisted)
WaitlistDropped = _mirror(domain_events.WaitlistDropped)
NotScheduled = _mirror(domain_events.NotScheduled)

DECISIONS: tuple[type[Event], ...] = (
    InterviewScheduled, InterviewMoved, InterviewReleased, InterviewOutcomeRecorded,
    Waitlisted, WaitlistDropped, NotScheduled,
)
