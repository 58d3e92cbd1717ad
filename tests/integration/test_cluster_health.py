"""Issue 14 item 2: /healthz and the metrics tell a degraded cluster from an unreachable one.

A three-broker KRaft cluster of this module's own (``jobfair.local.LocalKafkaCluster``, built by
the fault suite's helper: replication 3, ``min.insync.replicas`` 2) and its own PostgreSQL; one
``jobfair web``. With every broker up the broker component is ``ok``; with one node killed it
is ``degraded`` (a minority down, partitions under-replicated) and writes still succeed (a click
gets 202); the ``jobfair_kafka_*`` gauges say the same. No worker runs here, so the overall
status is about the worker; only the broker component and the gauges are asserted.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import tempfile
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from jobfair.local import LocalKafkaCluster, LocalPostgres, default_cache_dir
from jobfair.settings import Settings
from tests.conftest import poll
from tests.integration.webproc import web_process

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=20) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def gauge(metrics: str, name: str) -> float:
    for line in metrics.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"{name} not exported")


def click(url: str, post: str) -> int:
    request = urllib.request.Request(
        f"{url}/api/clicks", data=json.dumps({"post_id": post}).encode(), method="POST",
        headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=20) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


async def make_post(dsn: str) -> str:
    conn = await asyncpg.connect(dsn)
    try:
        fair, employer, post = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        await conn.execute("INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
                           "($1, 'c', 'onsite', now(), now() + interval '1 day')", fair)
        await conn.execute("INSERT INTO employer (id, fair_id, name, booth, interview_tables, "
                           "slot_minutes) VALUES ($1, $2, 'e', 'A1', 1, 10)", employer, fair)
        await conn.execute("INSERT INTO post (id, fair_id, employer_id, title, headcount) "
                           "VALUES ($1, $2, $3, 'p', 1)", post, fair, employer)
        return str(post)
    finally:
        await conn.close()


def test_one_broker_down_is_degraded_not_unreachable(tmp_path: Path) -> None:
    from jobfair.provision import provision_database, provision_topics

    base = Path(tempfile.mkdtemp(prefix="jobfair-health-"))
    pg_dir = Path(tempfile.mkdtemp(prefix="jobfair-health-pg-"))
    cache = Path(os.environ.get("JOBFAIR_CACHE_DIR") or default_cache_dir()).expanduser()
    cluster = LocalKafkaCluster(base / "kafka", cache_dir=cache, size=3, progress=lambda s: None)
    postgres = LocalPostgres(pg_dir, progress=lambda s: None)
    try:
        bootstrap, dsn = cluster.start(), postgres.start()
        settings = Settings(kafka_bootstrap=bootstrap, database_url=dsn,
                            organiser_token=secrets.token_urlsafe(16),
                            secret_key=secrets.token_urlsafe(32), app_id="jobfair-health",
                            replication_factor=3)
        provision_topics(settings, bootstrap, progress=lambda line: None)
        asyncio.run(provision_database(dsn, progress=lambda line: None))
        post = asyncio.run(make_post(dsn))
        with web_process(settings, tmp_path / "web.log") as url:

            def broker() -> str:
                body: dict[str, Any] = json.loads(get(f"{url}/healthz")[1])
                if "broker_detail" in body:  # degraded: still ready, so the component is "ok"
                    assert body["broker"] == "ok", body
                    return str(body["broker_detail"])
                return str(body["broker"])

            poll(lambda: broker() == "ok", timeout=60, what="broker ok with 3 of 3 up")
            metrics = get(f"{url}/metrics")[1]
            assert gauge(metrics, 'jobfair_kafka_brokers{state="up"}') == 3
            assert gauge(metrics, "jobfair_kafka_partitions_under_replicated") == 0
            cluster.kill_node(3)
            state = poll(lambda: (lambda b: b if b.startswith("degraded") else None)(broker()),
                         timeout=90, what="the broker component degraded")
            assert "1 of 3 brokers down" in state and "under-replicated" in state
            assert poll(lambda: click(url, post) == 202, timeout=60,
                        what="a click accepted with 2 of 3 brokers")
            metrics = get(f"{url}/metrics")[1]
            assert gauge(metrics, "jobfair_kafka_reachable") == 1
            assert gauge(metrics, 'jobfair_kafka_brokers{state="up"}') == 2
            assert gauge(metrics, 'jobfair_kafka_brokers{state="known"}') == 3
            assert gauge(metrics, "jobfair_kafka_partitions_under_replicated") > 0
            assert gauge(metrics, "jobfair_kafka_partitions_offline") == 0
    finally:
        cluster.stop()
        postgres.stop()
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(pg_dir, ignore_errors=True)
