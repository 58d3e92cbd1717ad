"""The monitoring files against a real Prometheus scraping a real web and worker.

``promtool`` checks infra/grafana/prometheus/{prometheus.yml,alerts.yml}; then a Prometheus
(``/usr/bin/prometheus``, loopback, temp storage) scrapes ``jobfair web`` and ``jobfair worker``
subprocesses started on the session Kafka and PostgreSQL, with the production alert rules
loaded. After clicks, a bad request, two poison messages and one PostgreSQL connection cut
mid-batch (so the retry counter moves) have flowed, every Prometheus panel expression of every
board in infra/grafana/dashboards is run through Prometheus' HTTP API: each must parse and
return data; every alert rule must evaluate without error. (SQL panels: test_dashboards.py.)
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from jobfair.local.procs import free_port
from jobfair.settings import Settings
from streams.topics import CLICKS
from tests.conftest import ARTIFACTS, WorkerProcess, child_env, poll

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
GRAFANA = ROOT / "infra" / "grafana"
DASHBOARDS = sorted((GRAFANA / "dashboards").glob("*.json"))
ALERTS = GRAFANA / "prometheus" / "alerts.yml"
CLICKS_SENT = 40
# What Grafana substitutes before it sends a query; fixed values are enough to parse and run.
GRAFANA_VARS = {"$__rate_interval": "1m", "$__range": "5m", "$__interval": "1s"}
PROMETHEUS_UID = "jobfair-prometheus"


def _require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} not found: `make setup-test` installs it (apt package prometheus)")
    return path


def get_json(url: str, timeout: float = 5.0) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return json.loads(resp.read())


def test_promtool_accepts_config_and_rules() -> None:
    promtool = _require("promtool")
    for args in (
        ["check", "config", str(GRAFANA / "prometheus" / "prometheus.yml")],
        ["check", "rules", str(ALERTS)],
    ):
        result = subprocess.run(
            [promtool, *args], capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


@dataclass
class Observed:
    settings: Settings
    web_url: str
    prom_url: str

    def query(self, expr: str) -> dict[str, Any]:
        url = f"{self.prom_url}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
        try:
            body: dict[str, Any] = get_json(url)
        except urllib.error.HTTPError as exc:  # 400 bad_data carries the parse error
            body = json.loads(exc.read())
        return body

    def value(self, expr: str) -> float:
        result = self.query(expr)["data"]["result"]
        return float(result[0]["value"][1]) if result else 0.0


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=3) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="module")
def observed(settings: Settings) -> Iterator[Observed]:
    prometheus = _require("prometheus")
    work = Path(tempfile.mkdtemp(prefix="jobfair-prom-"))
    s = settings.replace(port=free_port(), worker_metrics_port=free_port())
    prom_port = free_port()
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(ALERTS)],
        "scrape_configs": [
            {"job_name": "jobfair-web", "static_configs": [{"targets": [f"127.0.0.1:{s.port}"]}]},
            {
                "job_name": "jobfair-worker",
                "static_configs": [{"targets": [f"127.0.0.1:{s.worker_metrics_port}"]}],
            },
        ],
    }
    (work / "prometheus.yml").write_text(yaml.safe_dump(config))
    procs: list[subprocess.Popen[bytes]] = []
    worker = WorkerProcess(s, work / "worker.log")
    try:
        with (work / "web.log").open("ab") as out:
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "jobfair.cli", "web"],
                    env=child_env(s),
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
        worker.start()
        with (work / "prometheus.log").open("ab") as out:
            procs.append(
                subprocess.Popen(
                    [
                        prometheus,
                        f"--config.file={work / 'prometheus.yml'}",
                        f"--storage.tsdb.path={work / 'data'}",
                        f"--web.listen-address=127.0.0.1:{prom_port}",
                    ],
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
        obs = Observed(s, f"http://127.0.0.1:{s.port}", f"http://127.0.0.1:{prom_port}")
        poll(lambda: _healthy(obs.web_url), timeout=90, what="web /healthz 200")
        poll(lambda: _ready(obs.prom_url), timeout=30, what="prometheus ready")
        yield obs
    finally:
        for proc in reversed(procs):
            _stop(proc)
        if worker.alive():
            worker.stop()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for name in ("web.log", "worker.log", "prometheus.log"):
            if (work / name).exists():
                shutil.copy(work / name, ARTIFACTS / f"observability-{name}")
        shutil.rmtree(work, ignore_errors=True)
    assert all(p.poll() is not None for p in procs) and not worker.alive(), "process left behind"


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/-/ready", timeout=2) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _make_post(db: Callable[..., Any]) -> str:
    fair, employer, post = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    db(
        "INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
        "($1, 'observability fair', 'onsite', now(), now() + interval '1 day')",
        fair,
    )
    db(
        "INSERT INTO employer (id, fair_id, name, booth, interview_tables, slot_minutes) "
        "VALUES ($1, $2, 'e', 'A1', 1, 10)",
        employer,
        fair,
    )
    db(
        "INSERT INTO post (id, fair_id, employer_id, title, headcount) VALUES ($1, $2, $3, 'p', 3)",
        post,
        fair,
        employer,
    )
    db("INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2)", post, fair)
    return str(post)


def _post(url: str, body: bytes) -> int:
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def _poison(settings: Settings) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all")
    try:
        producer.send(CLICKS.name, key=b"poison", value=b"{not json").get(timeout=15)
    finally:
        producer.close()


@pytest.fixture(scope="module")
def traffic(observed: Observed, settings: Settings) -> Observed:
    import asyncio

    import asyncpg

    def db(sql: str, *args: Any) -> None:
        async def run() -> None:
            conn = await asyncpg.connect(settings.database_url)
            try:
                await conn.execute(sql, *args)
            finally:
                await conn.close()

        asyncio.run(run())

    post = _make_post(db)
    statuses = [
        _post(f"{observed.web_url}/api/clicks", json.dumps({"post_id": post}).encode())
        for _ in range(CLICKS_SENT)
    ]
    assert statuses == [202] * CLICKS_SENT
    assert _post(f"{observed.web_url}/api/clicks", b"{broken") == 400
    _poison(settings)
    counted = 'sum(jobfair_agent_events_total{agent="count-clicks"})'
    poll(
        lambda: observed.value("sum(jobfair_clicks_accepted_total)") >= CLICKS_SENT,
        timeout=30,
        what="prometheus scraped web's click counter",
    )
    poll(
        lambda: observed.value(counted) >= CLICKS_SENT + 1,
        timeout=60,
        what="prometheus scraped the worker's agent counter",
    )
    poll(
        lambda: observed.value("sum(jobfair_dead_letters_total)") >= 1,
        timeout=30,
        what="the poison message counted as a dead letter",
    )
    # A second one once the series exists, so increase() over it is positive too.
    _poison(settings)
    poll(
        lambda: observed.value("sum(jobfair_dead_letters_total)") >= 2,
        timeout=30,
        what="the second poison message counted",
    )
    # rate() needs two samples of a series inside its window; wait for them.
    _cut_database_mid_batch(observed, settings, post)
    _one_interview(settings)
    poll(
        lambda: observed.value("sum(faust_table_operations_total)") > 0,
        timeout=30,
        what="the scheduler's table writes scraped",
    )
    poll(
        lambda: observed.query("rate(jobfair_agent_events_total[1m])")["data"]["result"],
        timeout=30,
        what="two scrapes of the agent counter",
    )
    return observed


def _one_interview(settings: Settings) -> None:
    """A fair set up through the organiser API, one check-in and one application: the
    scheduler books an interview and writes its table (and the table's changelog)."""
    from starlette.testclient import TestClient

    from tests.integration.fairkit import make_fair, organiser, person
    from web.app import create_app

    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        fair = make_fair(client, settings, posts=1, name="观测专场")
        r = client.post("/api/checkins", json={"token": fair.entrance_token, **person(4242)})
        assert r.status_code == 200, r.text
        token = r.json()["applicant_token"]
        r = client.post(
            "/api/applications",
            headers={"authorization": f"Bearer {token}"},
            json={"post_id": fair.post_ids[0]},
        )
        assert r.status_code == 202, r.text
        poll(
            lambda: client.get(
                "/api/interviews", params={"fair_id": fair.id}, headers=organiser(settings)
            ).json(),
            timeout=60,
            what="the scheduler booked the interview",
        )


def _cut_database_mid_batch(observed: Observed, settings: Settings, post: str) -> None:
    """Hold a lock the click agent needs, send a click, and terminate the agent's backend
    while it waits: its transaction fails with a connection error, which ``with_db`` retries
    (jobfair_agent_db_retries_total). The click is still counted exactly once."""
    import asyncio

    import asyncpg

    async def run() -> None:
        holder = await asyncpg.connect(settings.database_url)
        try:
            async with holder.transaction():
                await holder.execute("LOCK TABLE post_counts IN EXCLUSIVE MODE")
                status = await asyncio.to_thread(
                    _post, f"{observed.web_url}/api/clicks", json.dumps({"post_id": post}).encode()
                )
                assert status == 202
                waiting: list[Any] = []
                for _ in range(200):  # polled: the agent's batch window, then its lock wait
                    waiting = await holder.fetch(
                        "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        "AND datname = current_database() AND pid <> pg_backend_pid()"
                    )
                    if waiting:
                        break
                    await asyncio.sleep(0.05)
                assert waiting, "the click agent never waited for post_counts"
                for row in waiting:
                    await holder.execute("SELECT pg_terminate_backend($1)", row["pid"])
        finally:
            await holder.close()

    asyncio.run(run())
    poll(
        lambda: observed.value("sum(jobfair_agent_db_retries_total)") >= 1,
        timeout=30,
        what="the agent retried after its connection was cut",
    )

    async def clicks() -> int:
        conn = await asyncpg.connect(settings.database_url)
        try:
            return int(
                await conn.fetchval(
                    "SELECT clicks FROM post_counts WHERE post_id = $1", uuid.UUID(post)
                )
            )
        finally:
            await conn.close()

    poll(
        lambda: asyncio.run(clicks()) == CLICKS_SENT + 1,
        timeout=30,
        what="every click counted once after the retry",
    )


def _panels() -> list[tuple[str, str]]:
    """(board: panel, expression) of every Prometheus target of every board."""
    found = []
    for path in DASHBOARDS:
        board = json.loads(path.read_text(encoding="utf-8"))
        found += [
            (f"{path.stem}: {p['title']}", t["expr"])
            for p in board["panels"]
            for t in p.get("targets", [])
            if t["datasource"]["uid"] == PROMETHEUS_UID
        ]
    return found


def _grafana_to_promql(expr: str) -> str:
    for var, value in GRAFANA_VARS.items():
        expr = expr.replace(var, value)
    assert "$" not in expr, f"unknown Grafana variable in {expr}"
    return expr


def test_every_prometheus_panel_query_returns_data(traffic: Observed) -> None:
    panels = _panels()
    assert {title.split(":")[0] for title, _ in panels} == {"jobfair", "livestream"}

    def panels_without_data() -> list[str]:
        missing = []
        for title, expr in panels:
            body = traffic.query(_grafana_to_promql(expr))
            assert body["status"] == "success", f"{title}: {expr}: {body.get('error')}"
            if not body["data"]["result"]:
                missing.append(f"{title}: {expr}")
        return missing

    # Lag and changelog series appear after the worker's next commit; give them a few scrapes.
    deadline = time.monotonic() + 30
    while missing := panels_without_data():
        assert time.monotonic() < deadline, f"panels without data: {missing}"
        time.sleep(1)


def test_changelog_panel_reads_only_the_scheduler_changelog(traffic: Observed) -> None:
    (expr,) = [e for t, e in _panels() if t == "jobfair: Changelog writes per scheduler event"]
    selector = expr.split("{", 1)[1].split("}", 1)[0]
    topics = traffic.query(f"count by (topic) (faust_topic_messages_sent_total{{{selector}}})")
    names = [r["metric"]["topic"] for r in topics["data"]["result"]]
    assert names == [f"topic.{traffic.settings.app_id}-fair-schedules-changelog"], names


def test_alert_rules_evaluate_and_healthy_stack_does_not_alert(traffic: Observed) -> None:
    def evaluated() -> list[dict[str, Any]] | None:
        groups = get_json(f"{traffic.prom_url}/api/v1/rules")["data"]["groups"]
        rules = [r for g in groups for r in g["rules"]]
        return rules if rules and all(r["health"] == "ok" for r in rules) else None

    rules = poll(evaluated, timeout=30, what="every alert rule evaluated with health ok")
    expected = {
        r["alert"] for g in yaml.safe_load(ALERTS.read_text())["groups"] for r in g["rules"]
    }
    assert {r["name"] for r in rules} == expected
    alerts = get_json(f"{traffic.prom_url}/api/v1/alerts")["data"]["alerts"]
    active = {a["labels"]["alertname"] for a in alerts}
    assert not active & {"JobfairWebDown", "JobfairNoWebTarget", "JobfairNoWorker"}
    # The poison message must trip the dead-letter alert (it has no `for:`).
    poll(
        lambda: (
            "JobfairDeadLettersRising"
            in {
                a["labels"]["alertname"]
                for a in get_json(f"{traffic.prom_url}/api/v1/alerts")["data"]["alerts"]
            }
        ),
        timeout=30,
        what="JobfairDeadLettersRising firing after a poison message",
    )
