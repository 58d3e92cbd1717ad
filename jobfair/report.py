"""``jobfair report``: the report upward, read from PostgreSQL, as a table, CSV or XLSX.

Arguments -> the database (``JOBFAIR_DATABASE_URL``, else the one a running ``jobfair dev``
started, via :mod:`jobfair.devstate`) -> :func:`jobfair.reporting.fair_report` (one fair, or
every fair starting in ``--from``..``--to``) -> :mod:`jobfair.reporting.export` -> stdout or
``--output``. Needs no broker: reading is all it does.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast
from uuid import UUID

import asyncpg

from jobfair.errors import ConfigError
from jobfair.settings import Settings


@dataclass(frozen=True)
class ReportRequest:
    fair_id: UUID | None
    start: date | None
    end: date | None
    fmt: str  # table, csv or xlsx
    output: Path | None

    @classmethod
    def parse(
        cls,
        fair_id: str | None,
        start: str | None,
        end: str | None,
        fmt: str | None,
        output: str | None,
    ) -> ReportRequest:
        out = Path(output) if output else None
        chosen = fmt or (
            "xlsx"
            if out and out.suffix == ".xlsx"
            else "csv"
            if out and out.suffix == ".csv"
            else "table"
        )
        if chosen == "xlsx" and out is None:
            raise ConfigError("--format xlsx needs --output PATH (a binary file)")
        if fair_id is None and start is None and end is None:
            raise ConfigError("give a FAIR_ID, or a period with --from DATE and/or --to DATE")
        if fair_id is not None and (start or end):
            raise ConfigError("give a FAIR_ID or --from/--to, not both")
        fid = None
        if fair_id is not None:
            try:
                fid = UUID(fair_id)
            except ValueError:
                raise ConfigError(f"{fair_id!r} is not a fair id (a UUID)") from None
        first, last = _date("--from", start), _date("--to", end)
        if first and last and last < first:
            raise ConfigError(f"--to {last} is before --from {first}")
        return cls(fid, first, last, chosen, out)


def _date(flag: str, raw: str | None) -> date | None:
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ConfigError(f"{flag} {raw!r} is not a date (YYYY-MM-DD)") from None


def database_url(settings: Settings) -> str:
    from jobfair.devstate import with_dev_servers

    dsn = with_dev_servers(settings).database_url
    if not dsn:
        raise ConfigError(
            "JOBFAIR_DATABASE_URL is not set and no running `jobfair dev` was found in "
            f"{settings.data_dir} (run the report from the directory where `jobfair dev` runs)"
        )
    return dsn


def run_report(settings: Settings, request: ReportRequest) -> int:
    from jobfair.db import create_pool
    from jobfair.reporting import export
    from jobfair.reporting.query import Report, UnknownFair, fair_report

    dsn = database_url(settings)

    async def fetch() -> Report:
        pool = await create_pool(dsn, max_size=1)
        try:
            async with pool.acquire() as conn:
                return await fair_report(
                    cast(asyncpg.Connection, conn),
                    fair_id=request.fair_id,
                    start=request.start,
                    end=request.end,
                )
        finally:
            await pool.close()

    try:
        report = asyncio.run(fetch())
    except UnknownFair:
        raise ConfigError(f"no fair {request.fair_id}") from None
    if request.fmt == "xlsx":
        assert request.output is not None
        export.write_xlsx(report, request.output)
        print(f"wrote {request.output}", file=sys.stderr)
        return 0
    text = export.to_csv(report) if request.fmt == "csv" else export.to_table(report) + "\n"
    if request.output is None:
        sys.stdout.write(text.lstrip("\ufeff"))
    else:
        request.output.write_text(text, encoding="utf-8")
        print(f"wrote {request.output}", file=sys.stderr)
    return 0
