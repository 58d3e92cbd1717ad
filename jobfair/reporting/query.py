"""The report computation: PostgreSQL rows -> :class:`Report`, from one connection.

``fair_report(conn, fair_id=...)`` or ``fair_report(conn, start=..., end=...)`` selects the
fairs, then runs each :data:`SOURCES` query once for all of them and merges the columns into
per-fair and per-employer figures. Fair totals of post figures are sums of the employer rows,
so the two can never disagree. Used by ``jobfair report`` and meant for the organiser page and
``getFairReport``. Adding a figure (rooms, complaints, 1131) = one :class:`Source` here (with
``requires`` naming its tables, so it is skipped where they do not exist yet) plus its
:class:`~jobfair.reporting.figures.Figure`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from uuid import UUID

import asyncpg

from jobfair.reporting.figures import EMPLOYER_KEYS, FAIR_KEYS

REPORT_TZ = "Asia/Shanghai"  # a period's dates are China dates


@dataclass(frozen=True)
class Source:
    """One query over ``$1`` = the fairs' ids; returns ``fair_id`` (and ``employer_id``,
    ``employer``, ``booth`` when ``per_employer``) plus one integer column per figure."""

    name: str
    sql: str
    figures: tuple[str, ...]
    per_employer: bool = False
    requires: tuple[str, ...] = ()


# The SQL views are migration 0006's: the Grafana boards read the same ones.
POSTS_BY_EMPLOYER = Source(
    "posts",
    "SELECT * FROM report_employer_figures WHERE fair_id = ANY($1)",
    tuple(k for k in EMPLOYER_KEYS if k != "interviews_waiting"),
    per_employer=True,
)
PEOPLE = Source(
    "people",
    "SELECT * FROM report_fair_people WHERE fair_id = ANY($1)",
    ("registered", "checked_in", "gender_stated", "women"),
)

WAITING_BY_EMPLOYER = Source(
    "waiting",
    "SELECT f.fair_id, f.employer_id, e.name AS employer, e.booth, "
    "sum(f.scheduled) AS interviews_waiting "
    "FROM report_post_figures f JOIN employer e ON e.id = f.employer_id "
    "WHERE f.fair_id = ANY($1) GROUP BY f.fair_id, f.employer_id, e.name, e.booth",
    ("interviews_waiting",),
    per_employer=True,
)
SERVICES = Source(
    "services",
    "SELECT fair_id, service_started, completed_1131 FROM report_fair_1131 WHERE fair_id = ANY($1)",
    ("service_started", "completed_1131"),
    requires=("report_fair_1131",),
)
COMPLAINTS = Source(
    "complaints",
    "SELECT fair_id, complaints, complaints_received + complaints_in_progress "
    "+ complaints_referred AS complaints_open FROM report_fair_complaints "
    "WHERE fair_id = ANY($1)",
    ("complaints", "complaints_open"),
    requires=("report_fair_complaints",),
)

# Per-room figures are listed by jobfair.reporting.detail (rooms are not summed into fairs).
SOURCES: tuple[Source, ...] = (POSTS_BY_EMPLOYER, WAITING_BY_EMPLOYER, PEOPLE, SERVICES, COMPLAINTS)

FAIRS_BY_ID = "SELECT id, name, kind, starts_at FROM fair WHERE id = $1"
FAIRS_IN_PERIOD = f"""
SELECT id, name, kind, starts_at FROM fair
WHERE ($1::date IS NULL OR (starts_at AT TIME ZONE '{REPORT_TZ}')::date >= $1::date)
  AND ($2::date IS NULL OR (starts_at AT TIME ZONE '{REPORT_TZ}')::date <= $2::date)
ORDER BY kind, starts_at, name
"""


@dataclass(frozen=True)
class EmployerFigures:
    employer_id: UUID
    name: str
    booth: str
    figures: dict[str, int]


@dataclass(frozen=True)
class FairFigures:
    fair_id: UUID
    name: str
    kind: str
    starts_at: datetime
    figures: dict[str, int]
    employers: tuple[EmployerFigures, ...] = ()


@dataclass(frozen=True)
class Report:
    fairs: tuple[FairFigures, ...]
    start: date | None = None
    end: date | None = None
    keys: tuple[str, ...] = field(default=FAIR_KEYS)  # the figures this database can give

    def totals(self, fairs: Sequence[FairFigures] | None = None) -> dict[str, int]:
        chosen = self.fairs if fairs is None else fairs
        sums = {"fairs": len(chosen)}
        for key in self.keys:
            sums[key] = sum(f.figures.get(key, 0) for f in chosen)
        return sums

    def by_kind(self) -> list[tuple[str, dict[str, int]]]:
        kinds = sorted({f.kind for f in self.fairs})
        return [(k, self.totals([f for f in self.fairs if f.kind == k])) for k in kinds]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (ids and times as strings), e.g. for getFairReport."""
        return {
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
            "totals": self.totals(),
            "by_kind": {k: v for k, v in self.by_kind()},
            "fairs": [
                {
                    "fair_id": str(f.fair_id),
                    "name": f.name,
                    "kind": f.kind,
                    "starts_at": f.starts_at.isoformat(),
                    **f.figures,
                    "employers": [
                        {
                            "employer_id": str(e.employer_id),
                            "name": e.name,
                            "booth": e.booth,
                            **e.figures,
                        }
                        for e in f.employers
                    ],
                }
                for f in self.fairs
            ],
        }


class UnknownFair(LookupError):
    """The fair asked for does not exist."""


async def fair_report(
    conn: asyncpg.Connection,
    *,
    fair_id: UUID | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Report:
    """The report for one fair (``fair_id``) or every fair starting within [start, end]."""
    if fair_id is not None:
        rows = await conn.fetch(FAIRS_BY_ID, fair_id)
        if not rows:
            raise UnknownFair(str(fair_id))
    else:
        rows = await conn.fetch(FAIRS_IN_PERIOD, start, end)
    ids = [r["id"] for r in rows]
    sources = [s for s in SOURCES if await _tables_exist(conn, s.requires)]
    keys = tuple(k for k in FAIR_KEYS if k == "employers" or any(k in s.figures for s in sources))
    fair_figs: dict[UUID, dict[str, int]] = {i: dict.fromkeys(keys, 0) for i in ids}
    employers: dict[tuple[UUID, UUID], EmployerFigures] = {}
    for source in sources:
        for row in await conn.fetch(source.sql, ids):
            figs = {k: int(row[k]) for k in source.figures}
            totals = fair_figs[row["fair_id"]]
            for k, v in figs.items():
                totals[k] += v
            if source.per_employer:
                key = (row["fair_id"], row["employer_id"])
                found = employers.setdefault(
                    key,
                    EmployerFigures(
                        row["employer_id"],
                        row["employer"],
                        row["booth"],
                        dict.fromkeys(EMPLOYER_KEYS, 0),
                    ),
                )
                found.figures.update(figs)
    for (fid, _), emp in employers.items():
        fair_figs[fid]["employers"] += emp.figures["posts"] > 0
    fairs = tuple(
        FairFigures(
            r["id"],
            r["name"],
            r["kind"],
            r["starts_at"],
            fair_figs[r["id"]],
            tuple(
                sorted(
                    (e for (f, _), e in employers.items() if f == r["id"]),
                    key=lambda e: (e.booth, e.name),
                )
            ),
        )
        for r in rows
    )
    return Report(fairs, start, end, keys)


async def _tables_exist(conn: asyncpg.Connection, tables: Sequence[str]) -> bool:
    for table in tables:
        if await conn.fetchval("SELECT to_regclass($1)", table) is None:
            return False
    return True
