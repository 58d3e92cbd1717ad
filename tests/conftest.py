"""Session fixtures: one real Apache Kafka broker and one real PostgreSQL for the whole run.

Started lazily (only when an integration test asks), provisioned with ``jobfair provision``'s
own functions, stopped at the end. ``worker`` runs ``jobfair worker`` as a real subprocess so
tests can restart it mid-stream.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from jobfair.settings import Settings

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"


def poll(
    check: Callable[[], T | None],
    *,
    timeout: float = 30.0,
    every: float = 0.1,
    what: str = "condition",
) -> T:
    """Poll ``check`` until it returns a truthy value; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    last: T | None = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what} (last: {last!r})")


def fresh_rate_window(seconds: int = 3600, margin: float = 180.0) -> None:
    """Wait, bounded, until at least ``margin`` s remain in the current rate-limit window.

    Limits count in fixed windows aligned to the epoch (``web.limits._window``): a test whose
    requests straddle a boundary sees its counts reset half-way (a rehearsal of CI most likely
    failed that way: a 600 s window ended during a click flood). Called once at a test's start."""
    poll(
        lambda: time.time() % seconds < seconds - margin,
        timeout=margin + 5,
        what="a fresh rate-limit window",
    )


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    from jobfair.local.kafka import LocalKafka
    from jobfair.local.postgres import LocalPostgres
    from jobfair.local.procs import default_cache_dir

    # Not tmp_path_factory: its 0700 parents would stop the unprivileged postgres user.
    base = Path(tempfile.mkdtemp(prefix="jobfair-test-"))
    cache = Path(os.environ.get("JOBFAIR_CACHE_DIR") or default_cache_dir()).expanduser()
    kafka = LocalKafka(base / "kafka", cache_dir=cache, progress=lambda s: None)
    pg_dir = Path(tempfile.mkdtemp(prefix="jobfair-pg-"))  # chowned to the postgres user
    db = LocalPostgres(pg_dir, progress=lambda s: None)
    try:
        bootstrap = kafka.start()
        dsn = db.start()
        yield bootstrap, dsn
    finally:
        kafka.stop()
        db.stop()
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(pg_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def settings(servers: tuple[str, str]) -> Settings:
    from jobfair.provision import provision_database, provision_topics

    bootstrap, dsn = servers
    s = Settings(
        kafka_bootstrap=bootstrap,
        database_url=dsn,
        organiser_token=secrets.token_urlsafe(16),
        secret_key=secrets.token_urlsafe(32),
        topic_partitions=4,
        batch_window_ms=50,
        app_id="jobfair-test",
        # Every TestClient is the one address 'testclient' for a whole session: abuse limits
        # are off here and on in the tests of the limits (tests/integration/test_trust_limits).
        rate_limits="off",
    )
    provision_topics(s, bootstrap, progress=lambda line: None)
    asyncio.run(provision_database(dsn, progress=lambda line: None))
    return s


def child_env(settings: Settings, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBFAIR_")}
    env.update(settings.to_env())
    env.update(extra)
    env["PYTHONUNBUFFERED"] = "1"
    return env


class WorkerProcess:
    """``jobfair worker`` as a subprocess; ``restart()`` stops it (SIGTERM or SIGKILL) and
    starts a new one, as an operator or a crash would."""

    def __init__(self, settings: Settings, log: Path) -> None:
        self.settings, self.log = settings, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as out:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "jobfair.cli", "worker"],
                env=child_env(self.settings),
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def stop(self, sig: signal.Signals = signal.SIGTERM, timeout: float = 20.0) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, sig)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            return self.proc.wait()

    def restart(self, sig: signal.Signals = signal.SIGTERM) -> None:
        self.stop(sig)
        self.start()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait_ready(self, timeout: float = 90.0) -> None:
        """Wait until this worker's heartbeat says ready (partitions assigned, tables
        recovered), so a fixture hands tests a worker that is consuming, not still joining
        the group: on a busy machine that takes longer than a command waits for its row."""
        import asyncpg

        assert self.proc is not None
        worker_id = f"{socket.gethostname()}-{self.proc.pid}"

        async def ready() -> bool:
            conn = await asyncpg.connect(self.settings.database_url)
            try:
                row = await conn.fetchrow(
                    "SELECT ready, partitions FROM worker_heartbeat WHERE worker_id = $1",
                    worker_id,
                )
            finally:
                await conn.close()
            return bool(row and row["ready"] and row["partitions"])

        def check() -> bool:
            if not self.alive():
                raise AssertionError(f"worker exited before it was ready; log: {self.log}")
            return asyncio.run(ready())

        poll(check, timeout=timeout, every=0.5, what=f"worker {worker_id} ready")

    def dump_stacks(self) -> None:
        """Ask the worker to print every thread's and task's stack into its log (SIGUSR1 is
        handled by mode, Faust's service library): what a stalled worker is waiting on."""
        if self.alive():
            assert self.proc is not None
            os.kill(self.proc.pid, signal.SIGUSR1)
            time.sleep(2)


@pytest.fixture
def worker(
    settings: Settings, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[WorkerProcess]:
    w = WorkerProcess(settings, tmp_path / "worker.log")
    w.start()
    try:
        w.wait_ready()
        yield w
    finally:
        if w.alive():
            w.stop()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        log = w.log.read_bytes() if w.log.exists() else b""
        (ARTIFACTS / f"{request.node.name}-worker.log").write_bytes(log)


@pytest.fixture
def db(settings: Settings) -> Callable[..., Any]:
    """Run one SQL query synchronously: ``db("SELECT ...", *args)`` -> list of records."""
    import asyncpg

    def query(sql: str, *args: Any) -> list[Any]:
        async def run() -> list[Any]:
            conn = await asyncpg.connect(settings.database_url)
            try:
                return list(await conn.fetch(sql, *args))
            finally:
                await conn.close()

        return asyncio.run(run())

    return query
