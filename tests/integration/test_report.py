"""The report upward against a real PostgreSQL: fair_report, the CLI's three formats, the CLI
beside a running ``jobfair dev`` (found through its state file) and the read-only role.

The fairs come from tests/integration/report_seed.py, whose expected figures were worked out
by hand from the rows it writes.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import pytest

from jobfair.reporting import fair_report
from jobfair.reporting.figures import BY_KEY
from jobfair.settings import Settings
from tests.conftest import child_env
from tests.integration import report_seed as seed
from tests.integration.report_seed import with_conn

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def dsn(settings: Settings) -> str:
    return seed.seed_database(settings)


T = TypeVar("T")


def test_one_fair_counts_only_published_posts_and_exact_figures(dsn: str) -> None:
    report = with_conn(dsn, lambda c: fair_report(c, fair_id=seed.FAIR_A))
    (fair,) = report.fairs
    assert fair.figures == seed.FAIR_A_FIGURES
    assert [e.name for e in fair.employers] == ["巧手家政", "城东物流"]  # no refused-only one
    assert fair.employers[0].figures == seed.E1_FIGURES
    employer_sums = {k: sum(e.figures[k] for e in fair.employers) for k in seed.E1_FIGURES}
    assert employer_sums == {k: fair.figures[k] for k in seed.E1_FIGURES}
    assert report.to_dict()["fairs"][0]["women"] == 3


def test_period_groups_by_kind_and_leaves_out_other_fairs(dsn: str) -> None:
    start, end = seed.PERIOD
    report = with_conn(dsn, lambda c: fair_report(c, start=start, end=end))
    assert {f.fair_id for f in report.fairs} == {seed.FAIR_A, seed.FAIR_B}
    kinds = dict(report.by_kind())
    assert kinds["onsite"] == {"fairs": 1, **seed.FAIR_A_FIGURES}
    assert kinds["night_market"] == {"fairs": 1, **seed.FAIR_B_FIGURES}
    totals = report.totals()
    assert totals["fairs"] == 2
    assert totals["posts"] == 4 and totals["registered"] == 7 and totals["applications"] == 5


def cli(settings: Settings, *args: str, drop: tuple[str, ...] = (), **extra: str) -> Any:
    env = {k: v for k, v in child_env(settings, **extra).items() if k not in drop}
    return subprocess.run(
        [sys.executable, "-m", "jobfair.cli", "report", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _csv_rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff"), "BOM so that Excel reads the Chinese headers"
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_cli_csv_and_xlsx_hold_the_same_figures(
    dsn: str, settings: Settings, tmp_path: Path
) -> None:
    start, end = (d.isoformat() for d in seed.PERIOD)
    out = tmp_path / "report.csv"
    done = cli(settings, "--from", start, "--to", end, "--output", str(out))
    assert done.returncode == 0, done.stderr
    rows = _csv_rows(out.read_text(encoding="utf-8"))
    fair_a = next(r for r in rows if r["场次编号"] == str(seed.FAIR_A))
    assert {k: int(fair_a[BY_KEY[k].label]) for k in seed.FAIR_A_FIGURES} == seed.FAIR_A_FIGURES
    assert fair_a["女性占比(填写者中)"] == "75.0%"
    total = next(r for r in rows if r["类型"] == "合计")
    assert total[BY_KEY["fairs"].label] == "2"

    from openpyxl import load_workbook  # type: ignore[import-untyped]

    xlsx = tmp_path / "report.xlsx"
    done = cli(settings, "--from", start, "--to", end, "--format", "xlsx", "--output", str(xlsx))
    assert done.returncode == 0, done.stderr
    book = load_workbook(xlsx, read_only=True)
    assert book.sheetnames == ["汇总", "场次", "单位", "指标说明"]
    sheet = list(book["场次"].iter_rows(values_only=True))
    header, body = list(sheet[0]), [list(r) for r in sheet[1:]]
    row = next(r for r in body if r[header.index("场次编号")] == str(seed.FAIR_A))
    assert {k: row[header.index(BY_KEY[k].label)] for k in seed.FAIR_A_FIGURES} == (
        seed.FAIR_A_FIGURES
    )
    employers = list(book["单位"].iter_rows(values_only=True))
    assert sum(1 for r in employers[1:] if r[header.index("场次编号")] == str(seed.FAIR_A)) == 2


def test_cli_finds_the_database_of_a_running_dev(
    dsn: str, settings: Settings, tmp_path: Path
) -> None:
    drop = ("JOBFAIR_DATABASE_URL", "JOBFAIR_KAFKA_BOOTSTRAP")
    lost = cli(settings, str(seed.FAIR_A), drop=drop, JOBFAIR_DATA_DIR=str(tmp_path))
    assert lost.returncode == 1
    assert "no running `jobfair dev`" in lost.stderr and "Traceback" not in lost.stderr
    # What `jobfair dev` writes (jobfair.devstate.write_state), from a live process: this one.
    state = {"pid": os.getpid(), "database_url": dsn, "kafka_bootstrap": None}
    (tmp_path / "dev.json").write_text(json.dumps(state))
    done = cli(settings, str(seed.FAIR_A), drop=drop, JOBFAIR_DATA_DIR=str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "春风行动 妇联专场" in done.stdout and "巧手家政" in done.stdout
    lines = {line.split()[0]: line.split()[1] for line in done.stdout.splitlines()[1:12]}
    assert lines["岗位数"] == "3" and lines["招聘人数"] == "10" and lines["到场签到"] == "4"


def test_cli_refuses_bad_input_in_one_line(settings: Settings, dsn: str) -> None:
    for args, message in [
        ((), "give a FAIR_ID"),
        (("nope",), "not a fair id"),
        (("--from", "2031-13-01"), "not a date"),
        (("--from", "2031-03-02", "--to", "2031-03-01"), "before"),
        ((str(seed.uid("no such fair")),), "no fair"),
        (("--from", "2031-03-01", "--format", "xlsx"), "needs --output"),
    ]:
        done = cli(settings, *args)
        assert done.returncode == 1, (args, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_grafana_role_reads_figures_but_no_personal_data(dsn: str) -> None:
    grafana = dsn.replace("postgresql://jobfair:jobfair@", "postgresql://jobfair_grafana@")
    assert grafana != dsn

    async def probe(conn: asyncpg.Connection) -> list[str]:
        assert (
            await conn.fetchval("SELECT count(*) FROM report_post WHERE fair_id = $1", seed.FAIR_A)
            == 3
        )
        refused = []
        for sql in (
            "SELECT name FROM applicant",
            "SELECT phone FROM applicant",
            "SELECT qr_code FROM fair",
            "SELECT video_link FROM interview",
            "SELECT * FROM dead_letter",
            "UPDATE fair_counts SET on_site = 0",
        ):
            try:
                await conn.fetch(sql)
            except (asyncpg.InsufficientPrivilegeError, asyncpg.ReadOnlySQLTransactionError):
                refused.append(sql)
        return refused

    assert len(with_conn(grafana, probe)) == 6
