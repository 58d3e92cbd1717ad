"""The check-in agent through Faust's ``agent.test_context()`` (memory channel, no consumer)
against the real PostgreSQL, plus its pure decision part (``fold_occupancy``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from agents import checkins
from streams.checkins import ApplicantRegistered, CheckedIn, CheckedOut
from tests.agents.conftest import T0, RunAgent


def parsed(kind: str, applicant: uuid.UUID, fair: uuid.UUID, minute: int) -> checkins.Parsed:
    return checkins.Parsed(kind, uuid.uuid4(), fair, applicant, T0 + timedelta(minutes=minute))


def test_fold_occupancy_in_out_and_back() -> None:
    fair, a, b = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    moves = [parsed("in", a, fair, 0), parsed("in", a, fair, 1), parsed("out", a, fair, 2),
             parsed("out", a, fair, 3), parsed("in", a, fair, 4), parsed("out", b, fair, 5),
             parsed("in", b, fair, 6)]
    changed, deltas = checkins.fold_occupancy({}, moves)
    assert deltas == {fair: (2, 2)}
    assert changed[(fair, a)] == (T0, None)  # back on site, first check-in time kept
    assert changed[(fair, b)] == (T0 + timedelta(minutes=6), None)


def test_fold_occupancy_starts_from_stored_rows() -> None:
    fair, a = uuid.uuid4(), uuid.uuid4()
    stored = {(fair, a): (T0, None)}
    changed, deltas = checkins.fold_occupancy(stored, [parsed("out", a, fair, 9)])
    assert deltas == {fair: (0, -1)} and changed[(fair, a)] == (T0, T0 + timedelta(minutes=9))
    assert checkins.fold_occupancy(stored, [parsed("in", a, fair, 9)]) == ({}, {})


@pytest.mark.integration
def test_checkins_agent_in_test_context(db: Callable[..., Any], run_agent: RunAgent) -> None:
    fair, employer = uuid.uuid4(), uuid.uuid4()
    db("INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
       "($1, 'agent test', 'community', now(), now() + interval '1 day')", fair)
    applicant = str(uuid.uuid4())
    events = [
        ApplicantRegistered(event_id=str(uuid.uuid4()), applicant_id=applicant,
                            fair_id=str(fair), name="王芳", phone="13900001111",
                            consent_at=T0.isoformat(), channel="checkin", at=T0.isoformat()),
        CheckedIn(event_id=str(uuid.uuid4()), applicant_id=applicant, fair_id=str(fair),
                  at=T0.isoformat()),
        CheckedOut(event_id=str(uuid.uuid4()), applicant_id=applicant, fair_id=str(fair),
                   at=T0.isoformat()),
    ]
    # Each event twice: the second copy is a redelivery and must change nothing.
    got = run_agent(
        checkins, [e for e in events for _ in (0, 1)],
        "SELECT registered, checked_in, on_site FROM fair_counts WHERE fair_id = $1 "
        "AND on_site = 0", fair)
    assert tuple(got) == (1, 1, 0)
    del employer
