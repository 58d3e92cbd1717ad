"""A real jobfair stack on loopback for benchmarks, stopped completely at the end.

Starts ``jobfair.local`` LocalKafka and LocalPostgres, provisions topics and schema with
``jobfair provision``'s own functions, then runs ``jobfair worker`` and ``jobfair web`` as
subprocesses on free ports (the production shape in miniature) and waits for ``/healthz``.
``stop()`` (or leaving the ``with`` block) stops children, then servers, and removes the
temporary directories; nothing is left running.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from types import TracebackType
from typing import Any

from jobfair.local import LocalKafka, LocalPostgres, default_cache_dir, free_port
from jobfair.settings import Settings

READY_TIMEOUT_S = 120.0


def bench_env() -> dict[str, str]:
    """Extra variables for a stack under load: rate limits off (contract), once the setting
    exists (Settings rejects unknown JOBFAIR_ variables)."""
    from jobfair.settings import SETTINGS_DOC

    known = {var for _, var, _, _ in SETTINGS_DOC}
    return {"JOBFAIR_RATE_LIMITS": "off"} if "JOBFAIR_RATE_LIMITS" in known else {}


def log(line: str) -> None:
    print(f"[bench] {line}", file=sys.stderr, flush=True)


class Child:
    """One ``jobfair`` subprocess in its own process group, logging to a file."""

    def __init__(self, argv: list[str], env: dict[str, str], log_path: Path) -> None:
        self.argv, self.env, self.log_path = argv, env, log_path
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log_path.open("ab") as out:
            self.proc = subprocess.Popen(
                self.argv,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def stop(self, timeout: float = 15.0) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout)
        # Stragglers of the group, or the leader itself after the timeout.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self.proc = None

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


class BenchStack:
    """Kafka + PostgreSQL + provision + one worker + one web process on 127.0.0.1."""

    def __init__(
        self,
        *,
        partitions: int = 4,
        batch_max: int = 2000,
        batch_window_ms: int = 100,
        keep_logs: Path | None = None,
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.keep_logs = keep_logs
        # Variables for web and worker beyond Settings, e.g. JOBFAIR_RATE_LIMITS=off.
        self.extra_env = dict(extra_env or {})
        self.base = Path(tempfile.mkdtemp(prefix="jobfair-bench-"))
        # As root the server runs as the postgres user: it needs a fresh directory of its own
        # (mkdtemp under /tmp), not one below a private parent.
        self.pg_dir = Path(tempfile.mkdtemp(prefix="jobfair-bench-pg-"))
        cache = Path(os.environ.get("JOBFAIR_CACHE_DIR") or default_cache_dir()).expanduser()
        self.kafka = LocalKafka(
            self.base / "kafka", cache_dir=cache, progress=log, partitions_default=partitions
        )
        self.postgres = LocalPostgres(self.pg_dir, progress=log)
        self.settings = Settings(
            organiser_token=secrets.token_urlsafe(16),
            secret_key=secrets.token_urlsafe(32),
            topic_partitions=partitions,
            batch_max=batch_max,
            batch_window_ms=batch_window_ms,
            app_id="jobfair-bench",
            port=free_port(),
            worker_metrics_port=free_port(),
            log_level="warning",
        )
        self.worker: Child | None = None
        self.web: Child | None = None

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.port}"

    @property
    def worker_metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.worker_metrics_port}/metrics"

    def __enter__(self) -> BenchStack:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        from jobfair.provision import provision_database, provision_topics

        bootstrap = self.kafka.start()
        dsn = self.postgres.start()
        self.settings = self.settings.replace(kafka_bootstrap=bootstrap, database_url=dsn)
        provision_topics(self.settings, bootstrap, progress=log)
        asyncio.run(provision_database(dsn, progress=log))
        self.web = self._child("web")
        self.web.start()
        self.start_worker()
        log(f"stack ready: web {self.web_url}, worker metrics {self.worker_metrics_url}")

    def _child(self, command: str) -> Child:
        env = {k: v for k, v in os.environ.items() if not k.startswith("JOBFAIR_")}
        env.update(self.settings.to_env())
        env.update(self.extra_env)
        env["PYTHONUNBUFFERED"] = "1"
        return Child(
            [sys.executable, "-m", "jobfair.cli", command], env, self.base / f"{command}.log"
        )

    def start_worker(self, *, wait: bool = True) -> None:
        """Start the worker; with ``wait``, until /healthz says every component is ok."""
        if self.worker is None:
            self.worker = self._child("worker")
        self.worker.start()
        if wait:
            self.wait_healthy()

    def stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.stop()

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        body: Any = None
        while time.monotonic() < deadline:
            for child in (self.web, self.worker):
                if child is not None and child.proc is not None and not child.alive():
                    raise RuntimeError(f"{child.argv[-1]} exited; see {child.log_path}")
            try:
                with urllib.request.urlopen(f"{self.web_url}/healthz", timeout=3) as resp:
                    if resp.status == 200:
                        return
            except urllib.error.HTTPError as exc:
                body = json.loads(exc.read() or b"{}")
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"stack not healthy after {READY_TIMEOUT_S:.0f} s: {body}")

    def make_posts(self, n: int, headcount: int = 50) -> tuple[str, list[str]]:
        """Insert one fair, one employer and ``n`` posts directly (no fair-setup API needed);
        returns the fair id and the post ids."""
        import asyncpg

        async def run() -> tuple[str, list[str]]:
            conn = await asyncpg.connect(self.settings.database_url)
            try:
                fair, employer = uuid.uuid4(), uuid.uuid4()
                await conn.execute(
                    "INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
                    "($1, 'bench fair', 'livestream', now(), now() + interval '1 day')",
                    fair,
                )
                await conn.execute(
                    "INSERT INTO employer (id, fair_id, name, booth, interview_tables, "
                    "slot_minutes) VALUES ($1, $2, 'bench', 'A1', 1, 10)",
                    employer,
                    fair,
                )
                posts = [uuid.uuid4() for _ in range(n)]
                for post in posts:
                    await conn.execute(
                        "INSERT INTO post (id, fair_id, employer_id, title, headcount) "
                        "VALUES ($1, $2, $3, 'bench post', $4)",
                        post,
                        fair,
                        employer,
                        headcount,
                    )
                    await conn.execute(
                        "INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2)", post, fair
                    )
                return str(fair), [str(p) for p in posts]
            finally:
                await conn.close()

        return asyncio.run(run())

    def stop(self) -> None:
        for child in (self.web, self.worker):
            if child is not None:
                child.stop()
        for server in (self.kafka, self.postgres):
            try:
                server.stop()
            except Exception as exc:  # keep stopping the rest
                log(f"while stopping: {type(exc).__name__}: {exc}")
        if self.keep_logs is not None:
            self.keep_logs.mkdir(parents=True, exist_ok=True)
            for name in ("web.log", "worker.log", "kafka/broker.log"):
                if (self.base / name).exists():
                    shutil.copy(self.base / name, self.keep_logs / name.replace("/", "-"))
        shutil.rmtree(self.base, ignore_errors=True)
        shutil.rmtree(self.pg_dir, ignore_errors=True)
