"""Property tests of domain.scheduling: random fairs driven by random command sequences.

A RuleBasedStateMachine sends requests (with repeated application ids), outcomes, ticks, full
posts, closed employers, added tables and JSON round trips to a FairSchedule. A twin schedule
gets the same commands but is restored from JSON before every one, so any state lost by
to_dict/from_dict shows up as different events. The invariants below are checked after every
step with a small reference model written independently of the scheduler.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from itertools import combinations

import hypothesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
)

from domain.scheduling import (
    EmployerCalendar,
    Event,
    FairSchedule,
    Interview,
    InterviewMoved,
    InterviewOutcomeRecorded,
    InterviewReleased,
    InterviewScheduled,
    InvalidOutcome,
    InvalidTransition,
    NotScheduled,
    OutcomeAlreadyRecorded,
    SchedulingError,
    Waitlisted,
)
from domain.scheduling.events import interview_id_for

CST = timezone(timedelta(hours=8))
OPENS = datetime(2025, 3, 8, 18, 0, tzinfo=CST)
HOLDING = ("scheduled", "arrived", "offer", "rejected")
ACTIVE = ("scheduled", "arrived")

# Local to this file: a loaded profile would change every other hypothesis test too.
MACHINE_SETTINGS = settings(
    max_examples=300,
    stateful_step_count=50,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def ceil_slots(delta: timedelta, slot: timedelta) -> int:
    whole, rest = divmod(delta, slot)
    return max(0, whole + (1 if rest else 0))


class Reference:
    """Booking rules restated plainly, to judge the scheduler's choices against."""

    def __init__(self, s: FairSchedule) -> None:
        self.s = s
        self.rules = s.rules

    def held(self, applicant_id: str | None = None) -> list[Interview]:
        return [
            iv
            for iv in self.s.interviews()
            if iv.status in HOLDING and applicant_id in (None, iv.applicant_id)
        ]

    def slots(self, cal: EmployerCalendar, now: datetime) -> list[tuple[int, int, datetime]]:
        """Free (slot index, table, start) at or after now, earliest first, lowest table first."""
        busy = {
            (iv.table, iv.starts_at) for iv in self.held() if (iv.employer_id, iv.remote) == cal.key
        }
        slot = timedelta(minutes=cal.slot_minutes)
        count = (self.rules.closes_at - self.rules.opens_at) // slot
        first = ceil_slots(now - self.rules.opens_at, slot)
        return [
            (k, table, self.rules.opens_at + k * slot)
            for k in range(first, count)
            for table in range(1, cal.tables + 1)
            if (table, self.rules.opens_at + k * slot) not in busy
        ]

    def any_slot_left(self, cal: EmployerCalendar, now: datetime) -> bool:
        slot = timedelta(minutes=cal.slot_minutes)
        count = (self.rules.closes_at - self.rules.opens_at) // slot
        return ceil_slots(now - self.rules.opens_at, slot) < count

    def fits(self, applicant_id: str, booth: str, start: datetime, end: datetime) -> bool:
        walk = timedelta(minutes=self.rules.walk_minutes)
        for iv in self.held(applicant_id):
            gap = timedelta(0) if iv.booth == booth else walk
            if start < iv.ends_at + gap and iv.starts_at < end + gap:
                return False
        return True

    def capped(self, applicant_id: str) -> bool:
        active = [iv for iv in self.held(applicant_id) if iv.status in ACTIVE]
        return len(active) >= self.rules.max_active_per_applicant

    def arrived_could_take(self, freed: Interview) -> bool:
        """Could someone marked arrived, booked later at that calendar, use `freed`'s slot?"""
        walk = timedelta(minutes=self.rules.walk_minutes)
        for late in self.held():
            if late.status != "arrived" or late.calendar_key != freed.calendar_key:
                continue
            if late.starts_at <= freed.starts_at:
                continue
            others = [iv for iv in self.held(late.applicant_id) if iv != late]
            if all(
                freed.ends_at + (timedelta(0) if iv.booth == freed.booth else walk) <= iv.starts_at
                or iv.ends_at + (timedelta(0) if iv.booth == freed.booth else walk)
                <= freed.starts_at
                for iv in others
            ):
                return True
        return False

    def first_fit(
        self, applicant_id: str, cal: EmployerCalendar, now: datetime
    ) -> tuple[int, datetime] | None:
        if self.capped(applicant_id):
            return None
        end = timedelta(minutes=cal.slot_minutes)
        for _, table, start in self.slots(cal, now):
            if self.fits(applicant_id, cal.booth, start, start + end):
                return (table, start)
        return None


class SchedulingMachine(RuleBasedStateMachine):
    s: FairSchedule
    twin: FairSchedule
    now: datetime

    @initialize(data=st.data())
    def open_fair(self, data: st.DataObject) -> None:
        minutes = data.draw(st.integers(6, 24), label="fair length / 5") * 5
        self.s = FairSchedule(
            "fair-p",
            OPENS,
            OPENS + timedelta(minutes=minutes),
            walk_minutes=data.draw(st.integers(0, 10), label="walk"),
            max_active_per_applicant=data.draw(st.integers(1, 3), label="cap"),
            grace_minutes=data.draw(st.integers(0, 15), label="grace"),
        )
        self.twin = FairSchedule.from_dict(self.s.to_dict())
        self.now = OPENS - timedelta(minutes=data.draw(st.integers(0, 30), label="early"))
        self.event_ids: set[str] = set()
        for _ in range(data.draw(st.integers(1, 3), label="calendars")):
            employer = data.draw(st.sampled_from(["e0", "e1", "e2"]), label="employer")
            remote = data.draw(st.booleans(), label="remote")
            if any(c.key == (employer, remote) for c in self.s.calendars()):
                continue
            cal = EmployerCalendar(
                employer_id=employer,
                booth=f"线上-{employer}" if remote else data.draw(st.sampled_from(["A1", "B2"])),
                tables=data.draw(st.integers(1, 3), label="tables"),
                slot_minutes=data.draw(st.integers(5, 30), label="slot"),
                remote=remote,
                video_link="https://meet.example/{table}" if remote else None,
            )
            self.open_calendar(cal)

    def open_calendar(self, cal: EmployerCalendar) -> None:
        self.run(lambda s: s.add_employer(cal, self.now))

    def run(self, command: Callable[[FairSchedule], list[Event]]) -> list[Event] | SchedulingError:
        """Send one command to the schedule and to its freshly restored twin; same result."""
        self.twin = FairSchedule.from_dict(json.loads(json.dumps(self.twin.to_dict())))
        results: list[list[Event] | SchedulingError] = []
        for target in (self.s, self.twin):
            try:
                results.append(command(target))
            except SchedulingError as exc:
                results.append(exc)
        mine, theirs = results
        if isinstance(mine, SchedulingError):
            assert type(theirs) is type(mine)
            return mine
        assert isinstance(theirs, list)
        assert [e.to_dict() for e in mine] == [e.to_dict() for e in theirs]
        assert self.twin.to_dict() == self.s.to_dict()
        for event in mine:
            payload = event.to_dict()
            detail = payload.get("reason") or payload.get("from_waitlist") or ""
            hypothesis.event(f"{payload['type']} {detail}")
            json.dumps(payload)
            assert payload["event_id"] not in self.event_ids, "event ids name one fact each"
            self.event_ids.add(payload["event_id"])
            if isinstance(event, InterviewMoved):
                assert event.from_starts_at > event.starts_at  # ISO, one offset: sorts as time
                assert self.s.interview(event.interview_id).status == "arrived"
        return mine

    # -- rules ------------------------------------------------------------------------------

    @rule(minutes=st.integers(0, 40))
    def time_passes(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)

    @rule(
        batch=st.lists(
            st.tuples(st.integers(0, 14), st.integers(0, 5), st.integers(0, 2), st.integers(0, 3)),
            min_size=1,
            max_size=4,
        )
    )
    def requests(self, batch: list[tuple[int, int, int, int]]) -> None:
        # Several per step, so that fairs fill up and waitlists form within a short run.
        for app, who, which, post in batch:
            self.request(app, who, which, post)

    def request(self, app: int, who: int, which: int, post: int) -> None:
        cals = self.s.calendars()
        cal = cals[which % len(cals)]
        app_id, applicant, post_id = f"a{app}", f"u{who}", f"p{post}"
        known = self.s.application(app_id) is not None
        ref = Reference(self.s)
        expected = ref.first_fit(applicant, cal, self.now)
        had_free = bool(ref.slots(cal, self.now))
        result = self.run(
            lambda s: s.request_interview(
                app_id, applicant, cal.employer_id, post_id, self.now, remote=cal.remote
            )
        )
        assert isinstance(result, list)
        if known:
            assert result == [], "a repeated application never books twice"
            return
        (event,) = result
        if post_id in self.s.full_posts():
            assert isinstance(event, NotScheduled) and event.reason == "post_full"
        elif cal.employer_id in self.s.closed_employers():
            assert isinstance(event, NotScheduled) and event.reason == "hiring_closed"
        elif not ref.any_slot_left(cal, self.now):
            assert isinstance(event, NotScheduled) and event.reason == "fair_closed"
        elif expected is None:
            assert isinstance(event, Waitlisted)
            if ref.capped(applicant):
                assert event.reason == "applicant_cap"
            else:
                assert event.reason == ("applicant_busy" if had_free else "fair_full")
            waiting = [a.application_id for a in self.s.waitlist() if a.calendar_key == cal.key]
            assert event.position == waiting.index(app_id) + 1
        else:
            assert isinstance(event, InterviewScheduled) and not event.from_waitlist
            assert (event.table, event.starts_at) == (expected[0], expected[1].isoformat())

    @rule(data=st.data(), outcome=st.sampled_from(["arrived", "offer", "rejected", "no_show", "x"]))
    def record_outcome(self, data: st.DataObject, outcome: str) -> None:
        if not self.s.interviews():
            return
        iv = data.draw(st.sampled_from(self.s.interviews()), label="interview")
        error: type[SchedulingError] | None = None
        if outcome == "x":
            error = InvalidOutcome
        elif iv.status in ("offer", "rejected", "no_show") or iv.status == outcome:
            error = OutcomeAlreadyRecorded
        elif iv.status == "arrived" and outcome == "no_show":
            error = InvalidTransition
        before = self.s.to_dict()
        result = self.run(lambda s: s.record_outcome(iv.interview_id, outcome, self.now))
        if error is not None:
            assert isinstance(result, error)
            assert self.s.to_dict() == before, "a refused outcome changes nothing"
            return
        assert isinstance(result, list)
        assert isinstance(result[0], InterviewOutcomeRecorded) and result[0].outcome == outcome
        if outcome == "no_show":
            assert isinstance(result[1], InterviewReleased)

    @rule(data=st.data())
    def cancel_ahead_of_someone_waiting_at_the_booth(self, data: st.DataObject) -> None:
        """She arrives early at the booth, someone booked before her cancels: she moves up."""
        ivs = self.s.interviews()
        pairs = [
            (early, late)
            for early in ivs
            if early.status == "scheduled" and early.starts_at >= self.now
            for late in ivs
            if late.status in ACTIVE
            and late.calendar_key == early.calendar_key
            and late.starts_at > early.starts_at
        ]
        if not pairs:
            return
        early, late = data.draw(st.sampled_from(pairs), label="(cancels, arrived early)")
        if late.status == "scheduled":
            self.run(lambda s: s.record_outcome(late.interview_id, "arrived", self.now))
        result = self.run(lambda s: s.record_outcome(early.interview_id, "no_show", self.now))
        assert isinstance(result, list)
        ref = Reference(self.s)
        refilled = any(
            (iv.calendar_key, iv.table, iv.starts_at)
            == (early.calendar_key, early.table, early.starts_at)
            for iv in ref.held()
        )
        # Whoever waits gets the slot first; if nobody did, an arrived applicant moved up.
        assert refilled or not ref.arrived_could_take(early), result

    @rule()
    def tick(self) -> None:
        self.run(lambda s: s.expire_no_shows(self.now))
        grace = timedelta(minutes=self.s.rules.grace_minutes)
        for iv in self.s.interviews():
            if iv.status == "scheduled":
                # A waitlisted person booked during this very tick may start at `now`.
                assert iv.starts_at + grace > self.now or iv.starts_at >= self.now

    @rule(
        what=st.sampled_from(["post_full", "close_hiring", *["nothing"] * 6]),
        post=st.integers(0, 3),
        employer=st.sampled_from(["e0", "e1", "e2"]),
    )
    def hiring_stops(self, what: str, post: int, employer: str) -> None:
        # Mostly a no-op: stopping hiring ends all booking, and would if it were as common.
        if what == "post_full":
            self.run(lambda s: s.mark_post_full(f"p{post}", self.now))
            assert all(a.post_id != f"p{post}" for a in self.s.waitlist())
        elif what == "close_hiring":
            self.run(lambda s: s.close_employer_hiring(employer, self.now))
            assert all(a.employer_id != employer for a in self.s.waitlist())

    @rule(which=st.integers(0, 2))
    def add_table(self, which: int) -> None:
        cals = self.s.calendars()
        cal = cals[which % len(cals)]
        if cal.tables < 4:
            bigger = replace(cal, tables=cal.tables + 1)
            self.run(lambda s: s.add_employer(bigger, self.now))

    @rule()
    def restart_from_saved_state(self) -> None:
        restored = FairSchedule.from_dict(json.loads(json.dumps(self.s.to_dict())))
        assert restored.to_dict() == self.s.to_dict()
        assert restored.interviews() == self.s.interviews()
        self.s = restored

    # -- invariants -------------------------------------------------------------------------

    @invariant()
    def no_table_is_double_booked(self) -> None:
        held = Reference(self.s).held()
        for a, b in combinations(held, 2):
            if (a.employer_id, a.remote, a.table) == (b.employer_id, b.remote, b.table):
                assert a.ends_at <= b.starts_at or b.ends_at <= a.starts_at, (a, b)

    @invariant()
    def nobody_is_in_two_places_or_over_the_cap(self) -> None:
        ref = Reference(self.s)
        walk = timedelta(minutes=self.s.rules.walk_minutes)
        for a, b in combinations(ref.held(), 2):
            if a.applicant_id == b.applicant_id:
                gap = timedelta(0) if a.booth == b.booth else walk
                assert a.ends_at + gap <= b.starts_at or b.ends_at + gap <= a.starts_at, (a, b)
        applicants = {iv.applicant_id for iv in ref.held()}
        for who in applicants:
            active = [iv for iv in ref.held(who) if iv.status in ACTIVE]
            assert len(active) <= self.s.rules.max_active_per_applicant

    @invariant()
    def interviews_sit_on_the_grid_inside_fair_hours(self) -> None:
        rules = self.s.rules
        for iv in self.s.interviews():
            cal = self.s.calendar(iv.employer_id, remote=iv.remote)
            slot = timedelta(minutes=cal.slot_minutes)
            assert (iv.starts_at - rules.opens_at) % slot == timedelta(0)
            assert rules.opens_at <= iv.starts_at and iv.ends_at <= rules.closes_at
            assert iv.ends_at - iv.starts_at == slot
            assert 1 <= iv.table <= cal.tables
            assert iv.booth == cal.booth and iv.video_link == cal.link_for(iv.table)

    @invariant()
    def one_application_one_interview_with_a_stable_id(self) -> None:
        seen: set[str] = set()
        for iv in self.s.interviews():
            assert iv.application_id not in seen
            seen.add(iv.application_id)
            assert iv.interview_id == interview_id_for(self.s.fair_id, iv.application_id)
            app = self.s.application(iv.application_id)
            assert app is not None and app.interview_id == iv.interview_id
            assert app.state == "scheduled"

    @invariant()
    def the_schedule_is_work_conserving(self) -> None:
        """No waitlisted application could take a free slot that is still ahead."""
        ref = Reference(self.s)
        for app in self.s.waitlist():
            assert app.post_id not in self.s.full_posts()
            assert app.employer_id not in self.s.closed_employers()
            cal = self.s.calendar(app.employer_id, remote=app.remote)
            assert ref.first_fit(app.applicant_id, cal, self.now) is None, app

    @invariant()
    def queue_views_agree_with_the_calendar(self) -> None:
        active = [iv for iv in self.s.interviews() if iv.status in ACTIVE]
        for iv in active:
            ahead = sum(
                1
                for other in active
                if (other.employer_id, other.remote, other.table)
                == (iv.employer_id, iv.remote, iv.table)
                and other.starts_at < iv.starts_at
            )
            position = self.s.queue_position(iv.interview_id, self.now)
            assert position.ahead == ahead
            assert position.wait_minutes >= 0
        for who in {iv.applicant_id for iv in self.s.interviews()}:
            view = self.s.applicant_view(who, self.now)
            assert len(view) == len(self.s.applications_of(who))
        for cal in self.s.calendars():
            queue = self.s.employer_queue(cal.employer_id, self.now, remote=cal.remote)
            for item in queue:
                if item.interview_id is not None:
                    assert item.ahead == self.s.queue_position(item.interview_id, self.now).ahead
            waiting = [item.waitlist_position for item in queue if item.interview_id is None]
            assert waiting == list(range(1, len(waiting) + 1))


TestSchedulingMachine = SchedulingMachine.TestCase
TestSchedulingMachine.settings = MACHINE_SETTINGS
