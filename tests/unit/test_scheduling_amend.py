"""Corrections, withdrawals and declined interviews in domain.scheduling (amend.py) and the
agent's correction window (agents.scheduling_state.FairState)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agents.scheduling_state import FairState, PostInfo
from domain.scheduling import (
    CorrectionRefused,
    FairSchedule,
    InterviewOutcomeRecorded,
    InterviewReleased,
    InterviewStatus,
    InvalidTransition,
    OutcomeAlreadyRecorded,
    Reason,
    WaitlistDropped,
)
from streams.interviews import InterviewOutcomeRequested
from tests.unit.test_scheduling import at, booth, fair, request, scheduled


def one_table() -> FairSchedule:
    s = fair()
    s.add_employer(booth("e1", "B1", 1, 15), at("08:00"))
    return s


def test_offer_corrected_to_rejected_and_back_leaves_one_audit_entry_each() -> None:
    s = one_table()
    iv = scheduled(request(s, "a1", "w1", "e1", "09:00")).interview_id
    s.record_outcome(iv, "arrived", at("09:01"))
    s.record_outcome(iv, "offer", at("09:05"))
    first = s.correct_outcome(iv, "rejected", at("09:06"))
    second = s.correct_outcome(iv, "offer", at("09:07"))
    assert s.interview(iv).status is InterviewStatus.OFFER
    ids = {e.event_id for e in [*first, *second]}
    assert len(ids) == 2  # a correction back to offer is a new event, not a duplicate
    assert [
        e.outcome
        for e in [*first, *second]  # type: ignore[attr-defined]
        if isinstance(e, InterviewOutcomeRecorded)
    ] == ["rejected", "offer"]


def test_correcting_to_no_show_frees_the_slot_for_the_waitlist() -> None:
    s = one_table()
    iv = scheduled(request(s, "a1", "w1", "e1", "08:30")).interview_id
    waiting = request(s, "a2", "w2", "e1", "08:31")  # 09:15 slot
    assert scheduled(waiting).starts_at.startswith("2025-03-08T09:15")
    s.record_outcome(iv, "arrived", at("08:40"))
    events = s.correct_outcome(iv, "no_show", at("08:41"))
    assert any(isinstance(e, InterviewReleased) for e in events)
    assert s.interview(iv).status is InterviewStatus.NO_SHOW


def test_a_no_show_whose_slot_went_to_someone_else_cannot_become_arrived() -> None:
    s = one_table()
    request(s, "a0", "w0", "e1", "08:00")  # 09:00
    iv = scheduled(request(s, "a1", "w1", "e1", "08:00")).interview_id  # 09:15
    for n in range(2, 14):
        request(s, f"a{n}", f"w{n}", "e1", "08:00")  # fills the day, then two wait
    s.record_outcome(iv, "no_show", at("08:10"))  # freed before its time: the waitlist takes it
    with pytest.raises(CorrectionRefused):
        s.correct_outcome(iv, "arrived", at("08:11"))


def test_nothing_to_correct_and_same_outcome() -> None:
    s = one_table()
    iv = scheduled(request(s, "a1", "w1", "e1", "09:00")).interview_id
    with pytest.raises(InvalidTransition):
        s.correct_outcome(iv, "offer", at("09:01"))
    s.record_outcome(iv, "rejected", at("09:02"))
    with pytest.raises(OutcomeAlreadyRecorded):
        s.correct_outcome(iv, "rejected", at("09:03"))


def test_cancel_gives_the_slot_to_the_next_waiting_exactly_once() -> None:
    s = one_table()
    ivs = [
        scheduled(request(s, f"a{n}", f"w{n}", "e1", "08:00")).interview_id for n in range(12)
    ]  # 09:00 .. 11:45, every slot of the day
    request(s, "late", "wl", "e1", "08:00")  # waitlisted
    events = s.cancel_application("a3", Reason.DECLINED, at("08:05"))
    booked = [e for e in events if type(e).__name__ == "InterviewScheduled"]
    assert len(booked) == 1 and booked[0].application_id == "late"  # type: ignore[attr-defined]
    assert s.interview(ivs[3]).status is InterviewStatus.CANCELLED
    assert s.cancel_application("a3", Reason.DECLINED, at("08:06")) == []  # repeat: nothing


def test_withdrawing_a_waitlisted_application_drops_it() -> None:
    s = one_table()
    for n in range(12):
        request(s, f"a{n}", f"w{n}", "e1", "08:00")
    request(s, "late", "wl", "e1", "08:00")
    events = s.cancel_application("late", Reason.WITHDRAWN, at("08:05"))
    assert [type(e) for e in events] == [WaitlistDropped]
    assert s.waitlist() == []


def _cmd(iv: str, outcome: str, when: str, n: int) -> InterviewOutcomeRequested:
    return InterviewOutcomeRequested(
        event_id=f"00000000-0000-0000-0000-{n:012d}",
        fair_id="fair-38",
        interview_id=iv,
        outcome=outcome,
        actor="staff:e1",
        at=at(when).isoformat(),
    )


def test_fair_state_corrects_within_the_window_and_refuses_after() -> None:
    state = FairState(
        "fair-38", "onsite", one_table(), now=at("08:00"), correction_window=timedelta(minutes=10)
    )
    iv = scheduled(request(state.schedule, "a1", "w1", "e1", "09:00")).interview_id
    assert state.handle(_cmd(iv, "arrived", "09:01", 1))[1].accepted  # type: ignore[union-attr]
    assert state.handle(_cmd(iv, "offer", "09:02", 2))[1].accepted  # type: ignore[union-attr]
    fixed = state.handle(_cmd(iv, "rejected", "09:05", 3))[1]
    assert fixed is not None and fixed.accepted
    assert state.offers("p1") == 0
    late = state.handle(_cmd(iv, "offer", "09:30", 4))[1]
    assert late is not None and not late.accepted and late.error == "correction_window_closed"
    assert state.schedule.interview(iv).status is InterviewStatus.REJECTED
    again = FairState.from_value(state.to_value())
    assert again.decided == state.decided


def test_withdrawn_before_check_in_is_never_booked() -> None:
    from streams.applications import ApplicationSubmitted, ApplicationWithdrawn
    from streams.checkins import CheckedIn

    state = FairState("fair-38", "onsite", one_table(), now=at("08:00"))
    state.posts["p1"] = PostInfo("e1", 2, True)
    t = at("08:30").isoformat()
    state.handle(
        ApplicationSubmitted(
            application_id="a1", applicant_id="w1", post_id="p1", fair_id="fair-38", at=t
        )
    )
    assert state.pending == {"a1": ("w1", "p1")}
    state.handle(
        ApplicationWithdrawn(
            event_id="x",
            application_id="a1",
            applicant_id="w1",
            post_id="p1",
            fair_id="fair-38",
            reason="withdrawn",
            at=t,
        )
    )
    made, _, _ = state.handle(CheckedIn(event_id="y", applicant_id="w1", fair_id="fair-38", at=t))
    assert made == [] and state.schedule.interviews() == []
