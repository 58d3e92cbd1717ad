"""Every SQL panel (and variable) query of every Grafana board, run the way Grafana runs it.

Grafana's PostgreSQL data source logs in as ``jobfair_grafana`` (migration 0006), substitutes
the board's variables (``$fair``: the fair picker) and expands its macros (``$__timeFilter``)
before it sends a query. This test does the same against the session PostgreSQL seeded with
tests/integration/report_seed.py, as that read-only role, and asserts that every query returns
rows holding figures (not only zeros), and that the funnel shows what ``jobfair report`` counts.
Prometheus panels are proven in test_observability.py.
"""

from __future__ import annotations

import asyncio
import json
import re
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import asyncpg
import pytest

from jobfair.settings import Settings
from tests.integration import report_seed as seed

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def dsn(settings: Settings) -> str:
    return seed.seed_database(settings)


ROOT = Path(__file__).resolve().parents[2]
BOARDS = sorted((ROOT / "infra" / "grafana" / "dashboards").glob("*.json"))
POSTGRES_UID = "jobfair-postgres"
RANGE = (seed.T0 - timedelta(hours=1), seed.T0 + timedelta(days=2))
TIME_FILTER = re.compile(r"\$__timeFilter\(([^)]+)\)")


def _iso(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def grafana_sql(sql: str, fair: str) -> str:
    """What Grafana sends: macros expanded as its PostgreSQL data source documents them."""
    sql = TIME_FILTER.sub(
        lambda m: f"{m.group(1)} BETWEEN '{_iso(RANGE[0])}' AND '{_iso(RANGE[1])}'", sql
    )
    sql = sql.replace("${fair}", fair).replace("$fair", fair)
    assert "$" not in sql, f"a variable or macro this test does not expand: {sql}"
    return sql


def sql_queries() -> list[tuple[str, str]]:
    found = []
    for path in BOARDS:
        board = json.loads(path.read_text(encoding="utf-8"))
        for var in board["templating"]["list"]:
            if var.get("datasource", {}).get("uid") == POSTGRES_UID:
                found.append((f"{path.stem}: variable {var['name']}", var["query"]))
        for panel in board["panels"]:
            for target in panel.get("targets", []):
                if target["datasource"]["uid"] == POSTGRES_UID:
                    found.append(
                        (f"{path.stem}: {panel['title']} {target['refId']}", target["rawSql"])
                    )
    return found


def test_boards_have_sql_panels() -> None:
    boards = {title.split(":")[0] for title, _ in sql_queries()}
    assert boards == {"fair", "livestream"}


def _figures(rows: list[asyncpg.Record]) -> list[float]:
    return [
        float(v)
        for r in rows
        for v in r.values()
        if isinstance(v, int | float | Decimal) and not isinstance(v, bool)
    ]


@pytest.fixture(scope="module")
def results(dsn: str) -> dict[str, list[asyncpg.Record]]:
    grafana = dsn.replace("postgresql://jobfair:jobfair@", "postgresql://jobfair_grafana@")

    async def run() -> dict[str, list[asyncpg.Record]]:
        conn = await asyncpg.connect(grafana)
        try:
            assert await conn.fetchval("SHOW default_transaction_read_only") == "on"
            out = {}
            for title, sql in sql_queries():
                try:
                    out[title] = list(await conn.fetch(grafana_sql(sql, str(seed.FAIR_A))))
                except asyncpg.PostgresError as exc:
                    raise AssertionError(f"{title}: {type(exc).__name__}: {exc}") from None
            return out
        finally:
            await conn.close()

    return asyncio.run(run())


@pytest.mark.parametrize("title", [t for t, _ in sql_queries()])
def test_every_sql_query_returns_rows_with_figures(
    results: dict[str, list[asyncpg.Record]], title: str
) -> None:
    rows = results[title]
    assert rows, f"{title}: no rows"
    if "variable" in title:
        assert str(seed.FAIR_A) in {r["__value"] for r in rows}
        return
    assert any(v > 0 for v in _figures(rows)), f"{title}: only zeros: {rows}"


def test_funnel_and_side_figures_equal_the_report(
    results: dict[str, list[asyncpg.Record]],
) -> None:
    (funnel,) = results["fair: 漏斗：登记 → 签到 → 投递 → 面试 → 达成意向 A"]
    expected = seed.FAIR_A_FIGURES
    assert dict(funnel) == {
        "登记": expected["registered"],
        "签到": expected["checked_in"],
        "投递": expected["applications"],
        "面试": expected["interviews"],
        "达成意向": expected["offers"],
    }
    (women,) = results["fair: 女性占比（填写性别者中） A"]
    assert (women["女性"], women["填写性别"], float(women["女性占比 %"])) == (3, 4, 75.0)
    (mama,) = results["fair: 妈妈岗 A"]
    assert list(mama.values()) == [
        expected["mama_posts"],
        expected["mama_openings"],
        expected["mama_applications"],
        expected["mama_offers"],
    ]
    posts = results["fair: 各岗位招聘进度 A"]
    assert sorted(r["岗位"] for r in posts) == ["保洁", "分拣员", "育婴师"], "only counted posts"
    queue = {
        r["单位"]: (r["已排期待面试"], r["等待排期"]) for r in results["fair: 面试排队（各单位） A"]
    }
    assert queue == {"巧手家政": (0, 0), "城东物流": (1, 1)}
