"""Ledger: the records of one fair's schedule and the indexes derived from them.

Data flow: FairSchedule (schedule.py) decides and then writes through `put_*` here, which keep
the derived indexes (taken slots, each applicant's applications, the waitlist) in step with
the records; `to_dict`/`from_dict` carry only the records, the indexes are rebuilt on load.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain.scheduling.model import (
    Application,
    ApplicationState,
    CalendarKey,
    EmployerCalendar,
    Interview,
    slot_index,
)


@dataclass
class Ledger:
    opens_at: datetime
    calendars: dict[CalendarKey, EmployerCalendar] = field(default_factory=dict)
    interviews: dict[str, Interview] = field(default_factory=dict)
    applications: dict[str, Application] = field(default_factory=dict)
    full_posts: set[str] = field(default_factory=set)
    closed_employers: set[str] = field(default_factory=set)
    next_seq: int = 0
    # Derived: (table, slot index) -> interview id of every slot-holding interview.
    taken: dict[CalendarKey, dict[tuple[int, int], str]] = field(default_factory=dict)
    # Derived: applicant -> her application ids in arrival order.
    apps_of: dict[str, list[str]] = field(default_factory=dict)
    # Derived: (seq, application id) of every waitlisted application, oldest first.
    waitlist: list[tuple[int, str]] = field(default_factory=list)

    def put_calendar(self, cal: EmployerCalendar) -> None:
        self.calendars[cal.key] = cal
        self.taken.setdefault(cal.key, {})

    def slot_of(self, iv: Interview) -> tuple[int, int]:
        return (iv.table, slot_index(self.calendars[iv.calendar_key], self.opens_at, iv.starts_at))

    def put_interview(self, iv: Interview) -> None:
        """Insert or replace; the slot index follows its table, time and status."""
        old = self.interviews.get(iv.interview_id)
        if old is not None and old.status.holds_slot:
            del self.taken[old.calendar_key][self.slot_of(old)]
        self.interviews[iv.interview_id] = iv
        if iv.status.holds_slot:
            slot = self.slot_of(iv)
            taken = self.taken[iv.calendar_key]
            if slot in taken:  # the rules never get here; a corrupt state must not pass silently
                raise ValueError(f"slot {slot} of {iv.calendar_key} is already taken")
            taken[slot] = iv.interview_id

    def put_application(self, app: Application) -> None:
        """Insert (a new arrival, next seq) or replace; the waitlist follows its state."""
        old = self.applications.get(app.application_id)
        if old is None:
            self.apps_of.setdefault(app.applicant_id, []).append(app.application_id)
        elif old.state is ApplicationState.WAITLISTED:
            self.waitlist.remove((old.seq, old.application_id))
        self.applications[app.application_id] = app
        if app.state is ApplicationState.WAITLISTED:
            insort(self.waitlist, (app.seq, app.application_id))

    def waitlisted(self) -> list[Application]:
        return [self.applications[app_id] for _, app_id in self.waitlist]

    def commitments(self, applicant_id: str, exclude: str | None = None) -> list[Interview]:
        """Her interviews that still hold their slot (a no-show gave its slot back)."""
        found = []
        for app_id in self.apps_of.get(applicant_id, []):
            iv_id = self.applications[app_id].interview_id
            if iv_id is not None and iv_id != exclude:
                iv = self.interviews[iv_id]
                if iv.status.holds_slot:
                    found.append(iv)
        return found

    def to_dict(self) -> dict[str, Any]:
        """Canonical: every collection sorted, so equal ledgers give equal dicts."""
        apps = sorted(self.applications.values(), key=lambda app: app.seq)
        return {
            "next_seq": self.next_seq,
            "calendars": [self.calendars[key].to_dict() for key in sorted(self.calendars)],
            "applications": [app.to_dict() for app in apps],
            "interviews": [self.interviews[i].to_dict() for i in sorted(self.interviews)],
            "full_posts": sorted(self.full_posts),
            "closed_employers": sorted(self.closed_employers),
        }

    @classmethod
    def from_dict(cls, opens_at: datetime, d: dict[str, Any]) -> Ledger:
        ledger = cls(opens_at, next_seq=d["next_seq"])
        for raw in d["calendars"]:
            ledger.put_calendar(EmployerCalendar.from_dict(raw))
        for raw in d["interviews"]:
            ledger.put_interview(Interview.from_dict(raw))
        for raw in d["applications"]:
            ledger.put_application(Application.from_dict(raw))
        ledger.full_posts = set(d["full_posts"])
        ledger.closed_employers = set(d["closed_employers"])
        return ledger
