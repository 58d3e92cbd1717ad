"""The interview scheduling invariants, checked in PostgreSQL; shared by the scheduling race
test (tests/integration) and the fault suite (tests/faults).

Reads tables ``interview`` and ``interview_waitlist`` of one fair through ``db(sql, *args)``
(a synchronous query function returning records) and returns what is violated, so a failing
test can print every violation at once.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

OVERLAPS_AT_TABLE = """
SELECT count(*) FROM interview a JOIN interview b
  ON a.employer_id = b.employer_id AND a.remote = b.remote AND a.table_no = b.table_no
 AND a.interview_id < b.interview_id
 AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
WHERE a.fair_id = $1 AND a.status <> 'no_show' AND b.status <> 'no_show'
"""
OVERLAPS_PER_APPLICANT = """
SELECT count(*) FROM interview a JOIN interview b
  ON a.applicant_id = b.applicant_id AND a.interview_id < b.interview_id
 AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
WHERE a.fair_id = $1 AND a.status <> 'no_show' AND b.status <> 'no_show'
"""
PLACED = """
SELECT application_id FROM interview WHERE fair_id = $1
UNION ALL SELECT application_id FROM interview_waitlist WHERE fair_id = $1
"""

Db = Callable[..., list[Any]]


def placed_count(db: Db, fair_id: uuid.UUID) -> int:
    """Interviews plus waitlist rows of the fair: equals the applications once settled."""
    return len(db(PLACED, fair_id))


def scheduling_violations(
    db: Db, fair_id: uuid.UUID, applications: Iterable[str] | None = None
) -> dict[str, Any]:
    """Empty when the fair keeps every invariant: no table double booked, nobody in two
    interviews at once and, for the given application ids, each one scheduled or waitlisted
    exactly once (and nothing placed that was not applied for)."""
    problems: dict[str, Any] = {}
    if n := db(OVERLAPS_AT_TABLE, fair_id)[0]["count"]:
        problems["double_booked_tables"] = n
    if n := db(OVERLAPS_PER_APPLICANT, fair_id)[0]["count"]:
        problems["applicants_in_two_interviews"] = n
    if applications is not None:
        placed = Counter(str(r["application_id"]) for r in db(PLACED, fair_id))
        wanted = set(applications)
        if twice := sorted(a for a, k in placed.items() if k > 1):
            problems["placed_more_than_once"] = twice[:10]
        if missing := sorted(wanted - placed.keys()):
            problems["neither_scheduled_nor_waitlisted"] = missing[:10]
        if extra := sorted(placed.keys() - wanted):
            problems["placed_without_application"] = extra[:10]
    return problems
