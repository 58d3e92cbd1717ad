"""Structured flexible-work terms of a job post, and the 妈妈岗 rule.

Data flow: an employer's post form reaches web/ as JSON; web/ calls FlexibleWork.from_dict
(FlexWorkInvalid becomes a 4xx naming the field) and stores to_dict() with the post. Screening,
matching (domain.matching) and the 妈妈岗 counts organisers report upward call is_mama_post and
mama_reasons on the stored value. Nothing is read or written here.

The 妈妈岗 rule. Source: 广东省人力资源和社会保障厅《关于推行“妈妈岗”就业模式促进妇女就业的
实施意见（征求意见稿）》(April 2023): 妈妈岗 are posts for women of working age who care for
children under 12, with working time and management flexible enough to combine work and
childcare; the practice it generalises (中山, 肇庆; seeds 000 and 003) is 弹性上下班, 居家办公 and
hours that fit taking children to and from school. The text sets no thresholds, so this module
makes it concrete and countable. A post is a 妈妈岗 when at least one of these holds:

- school_run_compatible: the employer states the hours allow taking children to and from school;
- its daily window fits school hours: starts at or after 08:30 and ends at or before 17:00;
- flexible_start: the employee chooses when to start and end (弹性上下班);
- remote_share >= 0.5: at least half the work is done from home (居家办公);

and it is not night work: a daily window ending after 21:00 disqualifies it whatever else holds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any

__all__ = [
    "MAMA_REMOTE_SHARE",
    "NIGHT_AFTER",
    "REASON_FLEXIBLE_START",
    "REASON_REMOTE",
    "REASON_SCHOOL_HOURS",
    "REASON_SCHOOL_RUN",
    "SCHOOL_DAY_END",
    "SCHOOL_DAY_START",
    "FlexWorkInvalid",
    "FlexibleWork",
    "is_mama_post",
    "mama_reasons",
]

SCHOOL_DAY_START = time(8, 30)
SCHOOL_DAY_END = time(17, 0)
NIGHT_AFTER = time(21, 0)
MAMA_REMOTE_SHARE = 0.5

# Stable strings: the applicant page shows them and statistics group by them.
REASON_SCHOOL_RUN = "可接送孩子"
REASON_SCHOOL_HOURS = "工作时间在孩子上学时段内"
REASON_FLEXIBLE_START = "弹性上下班"
REASON_REMOTE = "居家办公"

_HHMM = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
_KEYS = frozenset(
    {
        "window_start",
        "window_end",
        "days",
        "remote_share",
        "school_run_compatible",
        "flexible_start",
        "hours_per_week",
    }
)


class FlexWorkInvalid(ValueError):
    """One field of flexible-work terms is wrong; `field` names it for the form."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class FlexibleWork:
    """A post's working arrangement. Times are local wall-clock times of one working day.

    A window crossing midnight is not representable on purpose: such a shift is night work,
    never a 妈妈岗, and the post simply carries no window. An empty `days` means "not stated".
    """

    window_start: time | None
    window_end: time | None
    days: frozenset[int]
    remote_share: float
    school_run_compatible: bool
    flexible_start: bool = False
    hours_per_week: int | None = None

    def __post_init__(self) -> None:
        if (self.window_start is None) != (self.window_end is None):
            missing = "window_end" if self.window_end is None else "window_start"
            raise FlexWorkInvalid(missing, "give both ends of the working window, or neither")
        for name, value in (("window_start", self.window_start), ("window_end", self.window_end)):
            if value is not None and (value.second or value.microsecond or value.tzinfo):
                # Stored as "HH:MM": anything finer would not survive a round trip.
                raise FlexWorkInvalid(name, "use whole minutes without a time zone")
        start, end = self.window_start, self.window_end
        if start is not None and end is not None and end <= start:
            raise FlexWorkInvalid("window_end", "must be after window_start")
        if any(isinstance(d, bool) or not isinstance(d, int) or not 1 <= d <= 7 for d in self.days):
            raise FlexWorkInvalid("days", "days are 1 (Monday) to 7 (Sunday)")
        share = self.remote_share
        if isinstance(share, bool) or not isinstance(share, (int, float)):
            raise FlexWorkInvalid("remote_share", "must be a number from 0 to 1")
        if math.isnan(share) or not 0.0 <= share <= 1.0:
            raise FlexWorkInvalid("remote_share", "must be a number from 0 to 1")
        if self.hours_per_week is not None and (
            isinstance(self.hours_per_week, bool)
            or not isinstance(self.hours_per_week, int)
            or not 0 < self.hours_per_week <= 168
        ):
            raise FlexWorkInvalid("hours_per_week", "must be a whole number from 1 to 168")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlexibleWork:
        """Build from JSON-shaped data; missing keys take the defaults of an inflexible post."""
        unknown = set(data) - _KEYS
        if unknown:
            raise FlexWorkInvalid(sorted(unknown)[0], "unknown field")
        days = data.get("days", [])
        if not isinstance(days, (list, tuple, set, frozenset)) or not all(
            isinstance(d, int) and not isinstance(d, bool) for d in days
        ):
            raise FlexWorkInvalid("days", "must be a list of day numbers 1 to 7")
        for flag in ("school_run_compatible", "flexible_start"):
            if not isinstance(data.get(flag, False), bool):
                raise FlexWorkInvalid(flag, "must be true or false")
        return cls(
            window_start=_parse_hhmm("window_start", data.get("window_start")),
            window_end=_parse_hhmm("window_end", data.get("window_end")),
            days=frozenset(days),
            remote_share=data.get("remote_share", 0.0),
            school_run_compatible=data.get("school_run_compatible", False),
            flexible_start=data.get("flexible_start", False),
            hours_per_week=data.get("hours_per_week"),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form; from_dict(to_dict()) gives back an equal value."""
        return {
            "window_start": _format_hhmm(self.window_start),
            "window_end": _format_hhmm(self.window_end),
            "days": sorted(self.days),
            "remote_share": float(self.remote_share),
            "school_run_compatible": self.school_run_compatible,
            "flexible_start": self.flexible_start,
            "hours_per_week": self.hours_per_week,
        }

    @property
    def is_night_work(self) -> bool:
        return self.window_end is not None and self.window_end > NIGHT_AFTER

    @property
    def fits_school_hours(self) -> bool:
        return (
            self.window_start is not None
            and self.window_end is not None
            and self.window_start >= SCHOOL_DAY_START
            and self.window_end <= SCHOOL_DAY_END
        )


def mama_reasons(fw: FlexibleWork) -> list[str]:
    """Why `fw` is a 妈妈岗, in a fixed order; empty when it is not one."""
    if fw.is_night_work:
        return []
    reasons: list[str] = []
    if fw.school_run_compatible:
        reasons.append(REASON_SCHOOL_RUN)
    if fw.fits_school_hours:
        reasons.append(REASON_SCHOOL_HOURS)
    if fw.flexible_start:
        reasons.append(REASON_FLEXIBLE_START)
    if fw.remote_share >= MAMA_REMOTE_SHARE:
        reasons.append(REASON_REMOTE)
    return reasons


def is_mama_post(fw: FlexibleWork) -> bool:
    """The rule in the module docstring; True exactly when mama_reasons(fw) is not empty."""
    return bool(mama_reasons(fw))


def _parse_hhmm(field: str, value: object) -> time | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise FlexWorkInvalid(field, 'use "HH:MM", for example "08:30"')
    match = _HHMM.fullmatch(value)
    if match is None:
        raise FlexWorkInvalid(field, 'use "HH:MM", for example "08:30"')
    return time(int(match.group(1)), int(match.group(2)))


def _format_hhmm(value: time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M")
