"""Where an interview can go: the earliest free table slot an applicant can attend.

Data flow: FairSchedule passes in one calendar, the slots already taken there and the
applicant's other interviews; `find_slot` returns (table, slot index) or why there is none.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime, timedelta

from domain.scheduling.model import (
    EmployerCalendar,
    Interview,
    Reason,
    first_slot_at_or_after,
    slot_count,
    slot_start,
)


def clashes(booth: str, start: datetime, end: datetime, other: Interview, walk: timedelta) -> bool:
    """True if [start, end) at `booth` leaves too little time around `other`.

    Walking time is needed only between different booths; a remote room has its own booth
    label, so switching between a video room and a hall booth also gets the buffer.
    """
    gap = timedelta(0) if other.booth == booth else walk
    return start < other.ends_at + gap and other.starts_at < end + gap


def free_slots(
    cal: EmployerCalendar,
    opens_at: datetime,
    closes_at: datetime,
    now: datetime,
    taken: Collection[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Free (table, slot index) starting at or after `now`: earliest first, lowest table first."""
    first = first_slot_at_or_after(cal, opens_at, now)
    return [
        (table, index)
        for index in range(first, slot_count(cal, opens_at, closes_at))
        for table in range(1, cal.tables + 1)
        if (table, index) not in taken
    ]


def first_fit(
    cal: EmployerCalendar,
    opens_at: datetime,
    free: Iterable[tuple[int, int]],
    commitments: Iterable[Interview],
    walk: timedelta,
) -> tuple[int, int] | None:
    """The first of `free` that leaves room around every one of her `commitments`."""
    mine = list(commitments)
    for table, index in free:
        start = slot_start(cal, opens_at, index)
        end = start + cal.slot
        if not any(clashes(cal.booth, start, end, other, walk) for other in mine):
            return (table, index)
    return None


def find_slot(
    cal: EmployerCalendar,
    opens_at: datetime,
    closes_at: datetime,
    now: datetime,
    taken: Collection[tuple[int, int]],
    commitments: Iterable[Interview],
    walk: timedelta,
    *,
    capped: bool,
) -> tuple[int, int] | Reason:
    """Earliest (table, slot index) at or after `now`, lowest table first, or a Reason."""
    if first_slot_at_or_after(cal, opens_at, now) >= slot_count(cal, opens_at, closes_at):
        return Reason.FAIR_CLOSED
    if capped:
        return Reason.APPLICANT_CAP
    free = free_slots(cal, opens_at, closes_at, now, taken)
    if not free:
        return Reason.FAIR_FULL
    found = first_fit(cal, opens_at, free, commitments, walk)
    return Reason.APPLICANT_BUSY if found is None else found
