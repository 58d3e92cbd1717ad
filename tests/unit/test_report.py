"""The report's pure parts: argument checks, the three exports of a hand-made report, the
figure list and the dev state file. The SQL is proven in tests/integration/test_report.py."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from jobfair.devstate import clear_state, read_state, with_dev_servers, write_state
from jobfair.errors import ConfigError
from jobfair.report import ReportRequest
from jobfair.reporting import export
from jobfair.reporting.figures import BY_KEY, EMPLOYER_KEYS, FAIR_KEYS, FIGURES, women_share
from jobfair.reporting.query import EmployerFigures, FairFigures, Report
from jobfair.settings import Settings


def _fair(name: str, kind: str, **figures: int) -> FairFigures:
    figs = {**dict.fromkeys(FAIR_KEYS, 0), **figures}
    employer = EmployerFigures(uuid.uuid4(), "巧手家政", "A1", {k: figs[k] for k in EMPLOYER_KEYS})
    return FairFigures(
        uuid.uuid4(), name, kind, datetime(2031, 3, 10, 1, tzinfo=UTC), figs, (employer,)
    )


REPORT = Report(
    (
        _fair("春风行动", "onsite", posts=3, openings=10, gender_stated=4, women=3),
        _fair("夜市", "night_market", posts=1, openings=2),
        _fair("社区", "onsite", posts=2, openings=2, gender_stated=1, women=0),
    ),
    date(2031, 3, 1),
    date(2031, 3, 31),
)


def test_totals_and_kinds_are_sums_of_fairs() -> None:
    assert REPORT.totals()["fairs"] == 3 and REPORT.totals()["posts"] == 6
    kinds = dict(REPORT.by_kind())
    assert kinds["onsite"]["posts"] == 5 and kinds["onsite"]["fairs"] == 2
    assert kinds["night_market"]["openings"] == 2
    assert women_share(kinds["onsite"]) == "60.0%"
    assert women_share(kinds["night_market"]) == "–", "nobody said: no share, not 0%"


def test_csv_has_one_row_per_kind_total_fair_and_employer() -> None:
    text = export.to_csv(REPORT)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [r["层级"] for r in rows] == ["汇总"] * 3 + ["场次"] * 3 + ["单位"] * 3
    assert [r["类型"] for r in rows[:3]] == ["夜市招聘会", "现场招聘会", "合计"]
    assert rows[2][BY_KEY["posts"].label] == "6" and rows[2][BY_KEY["fairs"].label] == "3"
    assert rows[3][BY_KEY["women"].label] == "3" and rows[3]["女性占比(填写者中)"] == "75.0%"


def test_xlsx_sheets_hold_the_csv_rows(tmp_path: Path) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    export.write_xlsx(REPORT, tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    flat = [
        list(r)
        for name in ("汇总", "场次", "单位")
        for r in list(book[name].iter_rows(values_only=True))[1:]
    ]
    from_csv = list(csv.reader(io.StringIO(export.to_csv(REPORT).lstrip("\ufeff"))))[1:]
    assert [[("" if c is None else str(c)) for c in r] for r in flat] == from_csv
    definitions = list(book["指标说明"].iter_rows(values_only=True))[1:]
    assert [r[1] for r in definitions] == [f.key for f in FIGURES]


def test_table_aligns_chinese_columns() -> None:
    lines = export.to_table(REPORT).splitlines()
    assert lines[0].startswith("招聘会统计 2031-03-01 – 2031-03-31: 3 场")
    widths = {export._width(line) for line in lines[1:5]}
    assert len(widths) == 1, lines[1:5]
    one = Report(REPORT.fairs[:1])
    text = export.to_table(one)
    assert "春风行动" in text and "巧手家政" in text and "75.0%" in text


def test_every_figure_is_defined_once() -> None:
    keys = [f.key for f in FIGURES]
    assert len(keys) == len(set(keys))
    assert all(f.definition.endswith(".") and f.label for f in FIGURES)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((None, None, None, None, None), "give a FAIR_ID"),
        (("x", None, None, None, None), "not a fair id"),
        ((str(uuid.uuid4()), "2031-01-01", None, None, None), "not both"),
        ((None, "2031-02-30", None, None, None), "not a date"),
        ((None, "2031-02-02", "2031-02-01", None, None), "before"),
        ((None, "2031-02-01", None, "xlsx", None), "needs --output"),
    ],
)
def test_bad_arguments_are_config_errors(args: tuple[str | None, ...], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        ReportRequest.parse(*args)


def test_format_follows_the_output_suffix() -> None:
    assert ReportRequest.parse(None, "2031-01-01", None, None, "r.xlsx").fmt == "xlsx"
    assert ReportRequest.parse(None, None, "2031-01-01", None, "r.csv").fmt == "csv"
    assert ReportRequest.parse(None, None, "2031-01-01", None, None).fmt == "table"


def test_dev_state_is_used_only_while_its_writer_lives(tmp_path: Path) -> None:
    dev = Settings(
        kafka_bootstrap="127.0.0.1:1",
        database_url="postgresql://x@127.0.0.1:2/j",
        data_dir=tmp_path,
    )
    path = write_state(tmp_path, dev)
    assert path.stat().st_mode & 0o777 == 0o600, "it holds the DSN"
    found = with_dev_servers(Settings(data_dir=tmp_path))
    assert (found.kafka_bootstrap, found.database_url) == (dev.kafka_bootstrap, dev.database_url)
    mine = with_dev_servers(Settings(data_dir=tmp_path, database_url="postgresql://mine"))
    assert mine.database_url == "postgresql://mine", "the environment wins"
    clear_state(tmp_path)
    assert read_state(tmp_path) is None and not path.exists()
    # A file left by a dev that was killed names a process that is gone.
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    state = json.loads(write_state(tmp_path, dev).read_text())
    (tmp_path / "dev.json").write_text(json.dumps({**state, "pid": int(gone.stdout)}))
    assert read_state(tmp_path) is None
    assert with_dev_servers(Settings(data_dir=tmp_path)).database_url is None
    assert os.getpid() != int(gone.stdout)
