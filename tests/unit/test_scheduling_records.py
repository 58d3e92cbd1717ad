"""The scheduler's records keep their wire format (the dicts the Faust table stores per fair)
now that one generic mechanism, `Record`, writes and reads them: pinned key by key, and every
record survives the round trip unchanged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from domain.scheduling.model import (
    Application,
    ApplicationState,
    EmployerCalendar,
    Interview,
    InterviewStatus,
)

AT = datetime(2026, 3, 8, 9, 30, tzinfo=timezone(timedelta(hours=8)))

CASES: list[tuple[Any, dict[str, Any]]] = [
    (EmployerCalendar("e1", "A3", 2, 10),
     {"employer_id": "e1", "booth": "A3", "tables": 2, "slot_minutes": 10, "remote": False,
      "video_link": None}),
    (EmployerCalendar("e1", "A3", 1, 15, remote=True, video_link="https://v/{table}"),
     {"employer_id": "e1", "booth": "A3", "tables": 1, "slot_minutes": 15, "remote": True,
      "video_link": "https://v/{table}"}),
    (Interview("i1", "a1", "p1", "e1", "post1", False, "A3", 2, AT, AT + timedelta(minutes=10),
               InterviewStatus.NO_SHOW),
     {"interview_id": "i1", "application_id": "a1", "applicant_id": "p1", "employer_id": "e1",
      "post_id": "post1", "remote": False, "booth": "A3", "table": 2,
      "starts_at": "2026-03-08T09:30:00+08:00", "ends_at": "2026-03-08T09:40:00+08:00",
      "status": "no_show", "video_link": None}),
    (Interview("i2", "a2", "p2", "e1", "post1", True, "A3", 1, AT.astimezone(UTC),
               AT.astimezone(UTC) + timedelta(minutes=15), InterviewStatus.SCHEDULED,
               video_link="https://v/1"),
     {"interview_id": "i2", "application_id": "a2", "applicant_id": "p2", "employer_id": "e1",
      "post_id": "post1", "remote": True, "booth": "A3", "table": 1,
      "starts_at": "2026-03-08T01:30:00+00:00", "ends_at": "2026-03-08T01:45:00+00:00",
      "status": "scheduled", "video_link": "https://v/1"}),
    (Application("a1", "p1", "e1", "post1", False, 7, ApplicationState.WAITLISTED,
                 reason="fair_full"),
     {"application_id": "a1", "applicant_id": "p1", "employer_id": "e1", "post_id": "post1",
      "remote": False, "seq": 7, "state": "waitlisted", "interview_id": None,
      "reason": "fair_full"}),
    (Application("a2", "p2", "e1", "post1", True, 1, ApplicationState.SCHEDULED,
                 interview_id="i2"),
     {"application_id": "a2", "applicant_id": "p2", "employer_id": "e1", "post_id": "post1",
      "remote": True, "seq": 1, "state": "scheduled", "interview_id": "i2", "reason": None}),
]


@pytest.mark.parametrize(("record", "wire"), CASES)
def test_wire_format_is_pinned_and_round_trips(record: Any, wire: dict[str, Any]) -> None:
    out = record.to_dict()
    assert out == wire
    assert list(out) == list(wire)  # key order too: the stored JSON stays byte-identical
    back = type(record).from_dict(wire)
    assert back == record
    assert type(getattr(back, "status", getattr(back, "state", None))) is not str


def test_a_missing_key_is_refused() -> None:
    wire = dict(CASES[0][1])
    del wire["video_link"]
    with pytest.raises(KeyError):
        EmployerCalendar.from_dict(wire)
