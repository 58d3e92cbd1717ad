"""Browser-test fixtures: a real ``jobfair web`` process on a free loopback port (beside the
session's Kafka, PostgreSQL and a worker) and a headless Debian Chromium for Playwright."""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jobfair.local.procs import free_port
from jobfair.settings import Settings
from tests.conftest import ARTIFACTS, WorkerProcess, child_env, poll

# Debian's Chromium, never a downloaded one; no background traffic off this machine.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _healthy(url: str, path: str = "/healthz") -> bool:
    try:
        with urllib.request.urlopen(f"{url}{path}", timeout=3) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture
def web_url(
    settings: Settings, worker: WorkerProcess, request: pytest.FixtureRequest
) -> Iterator[str]:
    with web_process(settings, request.node.name) as url:
        yield url


@contextlib.contextmanager
def web_process(settings: Settings, name: str, ready: str = "/healthz") -> Iterator[str]:
    """One more ``jobfair web`` process (several web processes behind one site); its log goes
    to tests/artifacts/<name>-web.log. It is ready when ``ready`` answers 200."""
    s = settings.replace(port=free_port())
    work = Path(tempfile.mkdtemp(prefix="jobfair-web-"))
    with (work / "web.log").open("ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "jobfair.cli", "web"], env=child_env(s),
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{s.port}"
    try:
        poll(lambda: _healthy(url, ready), timeout=90, what=f"web {ready} 200")
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(work / "web.log", ARTIFACTS / f"{name}-web.log")
        shutil.rmtree(work, ignore_errors=True)


def launch(pw: Any) -> Any:
    return pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
