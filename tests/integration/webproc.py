"""``jobfair web`` as a real subprocess for tests that need real HTTP and real concurrency
(the click combiner groups concurrent requests; a frozen dependency must be answered within a
bound a client can observe). Started in its own process group, logging to a file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jobfair.local import free_port
from jobfair.settings import Settings
from tests.conftest import child_env, poll


@contextmanager
def web_process(settings: Settings, log: Path, *, timeout: float = 90.0,
                **extra_env: str) -> Iterator[str]:
    """Run ``jobfair web`` until the block ends; yields its base URL once it answers."""
    port = free_port()
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "jobfair.cli", "web", "--port", str(port)],
            env=child_env(settings, **extra_env), stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True)
    url = f"http://127.0.0.1:{port}"

    def answers() -> bool | None:
        assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
        try:
            with urllib.request.urlopen(f"{url}/openapi.json", timeout=2) as resp:
                return resp.status == 200 or None
        except OSError:
            return None

    try:
        poll(answers, timeout=timeout, what="jobfair web answering")
        yield url
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
