"""Offline checks of the production deployment files (Docker is not available here).

Reads infra/kafka/compose.yaml, infra/grafana/** and pins the invariants README promises: three
KRaft brokers, replication factor 3, min ISR 2, no unclean election, no auto-created topics,
pinned images, only documented ``JOBFAIR_*`` variables, and a Grafana board whose panels use
metric names our processes really export. The same files are run against a real Prometheus in
tests/integration/test_observability.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry

from jobfair.settings import SETTINGS_DOC

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "infra" / "kafka" / "compose.yaml"
GRAFANA = ROOT / "infra" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "jobfair.json"
BROKERS = ("kafka-1", "kafka-2", "kafka-3")
JOBFAIR_SERVICES = ("provision", "worker", "web")
METRIC = re.compile(r"\b((?:jobfair|faust)_[a-z0-9_]+)\b")


def _yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    doc: dict[str, Any] = _yaml(COMPOSE)
    return doc


def _env(service: dict[str, Any]) -> dict[str, str]:
    return {k: str(v) for k, v in service.get("environment", {}).items()}


def test_three_kraft_brokers_with_safe_replication(compose: dict[str, Any]) -> None:
    services = compose["services"]
    kafka = {n: s for n, s in services.items() if str(s["image"]).startswith("apache/kafka")}
    assert sorted(kafka) == list(BROKERS)
    node_ids = set()
    for name in BROKERS:
        svc = kafka[name]
        env = _env(svc)
        assert svc["image"] == "apache/kafka:4.2.0"
        assert "broker" in env["KAFKA_PROCESS_ROLES"].split(",")
        voters = env["KAFKA_CONTROLLER_QUORUM_VOTERS"].split(",")
        assert len(voters) == 3, "a three-voter controller quorum survives one node down"
        assert env["KAFKA_DEFAULT_REPLICATION_FACTOR"] == "3"
        assert env["KAFKA_MIN_INSYNC_REPLICAS"] == "2"
        assert env["KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE"] == "false"
        assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"
        assert env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == "3"
        assert env["KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"] == "2"
        assert env["KAFKA_ADVERTISED_LISTENERS"].endswith(f"{name}:19092")
        assert env["KAFKA_LOG_DIRS"] in " ".join(svc["volumes"]), "broker data on a volume"
        node_ids.add(env["KAFKA_NODE_ID"])
        # Every node shares the cluster id and the voter list.
        assert env["CLUSTER_ID"] == _env(kafka[BROKERS[0]])["CLUSTER_ID"]
        assert voters == _env(kafka[BROKERS[0]])["KAFKA_CONTROLLER_QUORUM_VOTERS"].split(",")
    assert node_ids == {"1", "2", "3"}
    assert {v.split("@")[0] for v in voters} == node_ids


def test_jobfair_processes_use_the_cluster_with_rf3(compose: dict[str, Any]) -> None:
    services = compose["services"]
    for name in JOBFAIR_SERVICES:
        env = _env(services[name])
        assert env["JOBFAIR_REPLICATION_FACTOR"] == "3"
        assert sorted(env["JOBFAIR_KAFKA_BOOTSTRAP"].split(",")) == [f"{b}:19092" for b in BROKERS]
        assert env["JOBFAIR_DATABASE_URL"].startswith("postgresql://")
        assert services[name]["command"] == [name]
    assert services["provision"]["restart"] == "no"
    for name in ("worker", "web"):
        assert services[name]["depends_on"]["provision"]["condition"] == (
            "service_completed_successfully"
        )
    partitions = int(_env(services["worker"])["JOBFAIR_TOPIC_PARTITIONS"])
    assert services["worker"]["deploy"]["replicas"] <= partitions, "workers <= partitions"


def test_every_jobfair_variable_is_documented() -> None:
    documented = {var for _, var, _, _ in SETTINGS_DOC}
    used: set[str] = set()
    for path in [COMPOSE, *GRAFANA.rglob("*.y*ml")]:
        used |= set(re.findall(r"\bJOBFAIR_[A-Z0-9_]+", path.read_text(encoding="utf-8")))
    assert used, "compose.yaml configures jobfair through JOBFAIR_* variables"
    assert used <= documented, f"not in SETTINGS_DOC: {sorted(used - documented)}"


def test_every_image_is_pinned(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        image = str(svc["image"])
        repo, _, tag = image.rpartition(":")
        assert repo and tag and tag != "latest" and re.search(r"\d", tag), f"{name}: {image}"
    bases = re.findall(r"^\s*FROM\s+(\S+)", COMPOSE.read_text(encoding="utf-8"), re.MULTILINE)
    assert bases, "the jobfair image is built on a pinned base"
    for base in bases:
        assert re.search(r":\d+\.\d+\.\d+", base), f"base image not pinned: {base}"


def test_mounted_config_exists(compose: dict[str, Any]) -> None:
    base = COMPOSE.parent
    for name in ("prometheus", "grafana"):
        for volume in compose["services"][name]["volumes"]:
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (base / source).resolve().is_dir(), f"{name}: {source} missing"
    grafana_mounts = dict(v.split(":")[:2] for v in compose["services"]["grafana"]["volumes"])
    provider = _yaml(GRAFANA / "provisioning" / "dashboards" / "jobfair.yaml")["providers"][0]
    assert grafana_mounts["../grafana/dashboards"] == provider["options"]["path"]


def test_prometheus_scrapes_the_ports_compose_opens(compose: dict[str, Any]) -> None:
    prom = _yaml(GRAFANA / "prometheus" / "prometheus.yml")
    jobs = {j["job_name"]: j for j in prom["scrape_configs"]}
    web_env = _env(compose["services"]["web"])
    worker_env = _env(compose["services"]["worker"])
    assert jobs["jobfair-web"]["dns_sd_configs"][0]["names"] == ["web"]
    assert str(jobs["jobfair-web"]["dns_sd_configs"][0]["port"]) == web_env["JOBFAIR_PORT"]
    assert jobs["jobfair-worker"]["dns_sd_configs"][0]["names"] == ["worker"]
    assert (
        str(jobs["jobfair-worker"]["dns_sd_configs"][0]["port"])
        == (worker_env["JOBFAIR_WORKER_METRICS_PORT"])
    )
    assert prom["rule_files"] == ["alerts.yml"]


def dashboard_exprs() -> list[str]:
    board = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    return [t["expr"] for p in board["panels"] for t in p.get("targets", [])]


def test_dashboard_structure() -> None:
    board = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    datasource = _yaml(GRAFANA / "provisioning" / "datasources" / "prometheus.yaml")
    uid = datasource["datasources"][0]["uid"]
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    for panel in board["panels"]:
        if panel["type"] == "row":
            continue
        assert panel["datasource"]["uid"] == uid, panel["title"]
        assert panel["targets"], panel["title"]
        refs = [t["refId"] for t in panel["targets"]]
        assert len(refs) == len(set(refs))
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == uid
    assert board["uid"] and board["title"]


def exported_metric_names() -> set[str]:
    """Every series name our processes can export, from the real metric definitions."""
    from faust.sensors.prometheus import FaustMetrics

    from agents.runtime import AgentMetrics
    from jobfair.settings import Settings
    from web.app import WebMetrics
    from web.limits import Limits
    from web.support.metrics import SupportGauges

    registry = CollectorRegistry()
    WebMetrics(registry)
    Limits(Settings(), registry)  # jobfair_clicks_excess_total, jobfair_rate_limited_total
    SupportGauges(registry)
    AgentMetrics(registry)
    FaustMetrics.create(registry, "faust")
    names: set[str] = set()
    for family in registry.collect():
        suffixes = {
            "counter": ["_total", "_created"],
            "histogram": ["_bucket", "_sum", "_count"],
            "gauge": [""],
        }[family.type]
        names |= {family.name + s for s in suffixes}
    return names


def test_dashboard_and_alerts_use_only_exported_metrics() -> None:
    exported = exported_metric_names()
    alerts = _yaml(GRAFANA / "prometheus" / "alerts.yml")
    exprs = dashboard_exprs() + [r["expr"] for g in alerts["groups"] for r in g["rules"]]
    used = {name for expr in exprs for name in METRIC.findall(expr)}
    assert used, "the board shows jobfair and faust metrics"
    assert used <= exported, f"unknown metric names: {sorted(used - exported)}"


BOARDS = sorted((GRAFANA / "dashboards").glob("*.json"))
# Labels a board may group or filter Prometheus series by: each has a bounded set of values
# (never a post, fair, applicant or raw path).
BOUNDED_LABELS = {
    "job",
    "instance",
    "route",
    "method",
    "status",
    "agent",
    "reason",
    "topic",
    "partition",
    "table",
    "operation",
    "stream",
    "le",
    "level",  # jobfair_fairs_crowded: near | over
}
LABEL_USE = re.compile(
    r"\b(?:by|without|on|ignoring)\s*\(([^)]*)\)|[{,]\s*([a-z_]+)\s*(?:=~|!~|!=|=)"
)


def _datasource_uids() -> dict[str, str]:
    uids = {}
    for path in (GRAFANA / "provisioning" / "datasources").glob("*.yaml"):
        for ds in _yaml(path)["datasources"]:
            uids[ds["uid"]] = ds["type"]
    return uids


def test_boards_use_provisioned_datasources_and_unique_ids() -> None:
    uids = _datasource_uids()
    assert uids == {
        "jobfair-prometheus": "prometheus",
        "jobfair-postgres": "grafana-postgresql-datasource",
    }
    assert {p.stem for p in BOARDS} == {"jobfair", "fair", "livestream"}
    board_uids = []
    for path in BOARDS:
        board = json.loads(path.read_text(encoding="utf-8"))
        board_uids.append(board["uid"])
        ids = [p["id"] for p in board["panels"]]
        assert len(ids) == len(set(ids)), path.name
        for panel in board["panels"]:
            if panel["type"] == "row":
                continue
            assert panel["targets"], (path.name, panel["title"])
            for target in panel["targets"]:
                kind = uids[target["datasource"]["uid"]]
                assert target["datasource"]["type"] == kind
                assert ("expr" in target) == (kind == "prometheus"), panel["title"]
    assert len(board_uids) == len(set(board_uids))


def test_business_boards_are_in_chinese_with_a_fair_picker() -> None:
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for name in ("fair", "livestream"):
        board = json.loads((GRAFANA / "dashboards" / f"{name}.json").read_text("utf-8"))
        (var,) = board["templating"]["list"]
        assert var["name"] == "fair" and "__value" in var["query"] and "__text" in var["query"]
        assert cjk.search(board["title"])
        for panel in board["panels"]:
            assert cjk.search(panel["title"]), panel["title"]
            for target in panel.get("targets", []):
                if "rawSql" in target:
                    assert "'$fair'" in target["rawSql"], panel["title"]


def test_prometheus_queries_keep_label_sets_bounded() -> None:
    exprs = [
        t["expr"]
        for path in BOARDS
        for p in json.loads(path.read_text("utf-8"))["panels"]
        for t in p.get("targets", [])
        if "expr" in t
    ]
    alerts = _yaml(GRAFANA / "prometheus" / "alerts.yml")
    exprs += [r["expr"] for g in alerts["groups"] for r in g["rules"]]
    for expr in exprs:
        for grouped, matched in LABEL_USE.findall(expr):
            labels = {x.strip() for x in grouped.split(",") if x.strip()} | (
                {matched} if matched else set()
            )
            assert labels <= BOUNDED_LABELS, f"unbounded label {labels - BOUNDED_LABELS}: {expr}"


def test_alert_rules_pass_their_promtool_unit_tests() -> None:
    import shutil
    import subprocess

    promtool = shutil.which("promtool")
    assert promtool, "promtool not found: `make setup-test` installs it (apt package prometheus)"
    done = subprocess.run(
        [promtool, "test", "rules", "alerts.test.yml"],
        cwd=GRAFANA / "prometheus",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    tested = set(
        re.findall(r"alertname: (\w+)", (GRAFANA / "prometheus" / "alerts.test.yml").read_text())
    )
    assert tested >= {
        "JobfairConsumerLagHigh",
        "JobfairPartitionStalled",
        "JobfairHttpErrors",
        "JobfairDeadLettersRising",
    }
