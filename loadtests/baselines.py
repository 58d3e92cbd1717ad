"""Baselines measured in the same run as the thing they are compared with.

``serve(kind)``      a baseline web app (``loadtests.bare``: bare 204 or the naive UPDATE
                     endpoint) in its own process on a free loopback port, stopped on exit.
``DurablePostgres``  ``jobfair.local.LocalPostgres`` with fsync, synchronous_commit and
                     full_page_writes ON (production durability; the test server has them off)
                     and a table ``post (id, clicks)`` holding the bench's posts.
``noop_faust``       runs ``loadtests.noop_agent`` on topic ``clicks`` and returns its events/s.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jobfair.local import LocalPostgres, free_port
from loadtests.bare import NAIVE_SCHEMA
from loadtests.stack import log


class DurablePostgres(LocalPostgres):
    """The same PostgreSQL as the stack's, but every commit waits for its WAL flush."""

    def _settings(self, port: int) -> list[str]:
        args = super()._settings(port)
        for key in ("fsync", "synchronous_commit", "full_page_writes"):
            args = [a if not a.startswith(f"{key}=") else f"{key}=on" for a in args]
        return args


@contextlib.contextmanager
def durable_postgres(posts: list[str]) -> Iterator[tuple[str, int]]:
    """A fsync-on PostgreSQL with ``post`` rows for ``posts``; yields (DSN, postmaster pid)."""
    import shutil

    import asyncpg

    workdir = Path(tempfile.mkdtemp(prefix="jobfair-bench-durable-pg-"))
    server = DurablePostgres(workdir, progress=log)
    try:
        dsn = server.start()

        async def prepare() -> str:
            conn = await asyncpg.connect(dsn)
            try:
                await conn.execute(NAIVE_SCHEMA)
                await conn.executemany(
                    "INSERT INTO post VALUES ($1::uuid, 0)", [(p,) for p in posts]
                )
                return str(await conn.fetchval("SHOW fsync"))
            finally:
                await conn.close()

        log(f"durable PostgreSQL ready (fsync={asyncio.run(prepare())})")
        yield dsn, server.pid or 0
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@contextlib.contextmanager
def serve(kind: str, env: dict[str, str] | None = None) -> Iterator[tuple[str, int]]:
    """Start ``loadtests.bare`` as ``kind``; yields (url, pid)."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "loadtests.bare", str(port), kind],
        env={**os.environ, **(env or {})},
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url, timeout=1).close()
                break
            except urllib.error.HTTPError:
                break  # answering (405 on GET for the naive app)
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError(f"baseline app {kind} did not start") from None
                time.sleep(0.1)
        yield url, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def noop_faust(bootstrap: str, n: int, partitions: int, timeout_s: float = 180) -> dict[str, Any]:
    """Run the no-op Faust agent until it has seen ``n`` clicks; its figures as a dict."""
    with tempfile.TemporaryDirectory(prefix="jobfair-noop-") as tmp:
        out = Path(tmp) / "result.json"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "loadtests.noop_agent",
                bootstrap,
                str(n),
                str(partitions),
                str(out),
            ],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=open(Path(tmp) / "noop.log", "wb"),  # noqa: SIM115 (closed with the process)
        )
        try:
            deadline = time.monotonic() + timeout_s
            while not out.exists() and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)
            if not out.exists():
                tail = (Path(tmp) / "noop.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"no-op Faust agent gave no result:\n{tail}")
            result: dict[str, Any] = json.loads(out.read_text())
            return result
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, 15)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
                proc.wait()
