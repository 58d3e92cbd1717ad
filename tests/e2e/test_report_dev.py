"""``jobfair report`` beside a real ``jobfair dev`` that started its own PostgreSQL, run from
the same directory with no ``JOBFAIR_*`` server settings: the issue's "JOBFAIR_KAFKA_BOOTSTRAP
is not set" failure. dev starts its own Kafka and PostgreSQL (isolated from the session
servers: its demo fair must not reach other tests), loads its demo fair, and must remove its
state file when SIGTERM stops it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from jobfair.local.procs import free_port
from tests.conftest import ARTIFACTS, poll

pytestmark = [pytest.mark.integration, pytest.mark.e2e, pytest.mark.slow]


def test_report_finds_the_servers_of_a_running_dev() -> None:
    work = Path(tempfile.mkdtemp(prefix="jobfair-report-dev-"))
    work.chmod(0o755)  # reachable by the unprivileged postgres user when run as root
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBFAIR_")}
    env["PYTHONUNBUFFERED"] = "1"
    if os.environ.get("JOBFAIR_CACHE_DIR"):  # where the Kafka jars were downloaded
        env["JOBFAIR_CACHE_DIR"] = os.environ["JOBFAIR_CACHE_DIR"]
    log = work / "dev.log"
    with log.open("ab") as out:
        dev = subprocess.Popen(
            [sys.executable, "-m", "jobfair.cli", "dev", "--demo", "--port", str(free_port())],
            cwd=work,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        poll(
            lambda: "press Ctrl-C to stop" in log.read_text(errors="replace"),
            timeout=240,
            every=0.5,
            what="jobfair dev ready",
        )
        assert (work / ".jobfair" / "dev.json").exists()
        done = subprocess.run(
            [sys.executable, "-m", "jobfair.cli", "report", "--from", "2000-01-01"],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "招聘会统计" in done.stdout and "合计" in done.stdout, done.stdout
        fairs = done.stdout.splitlines()[0].rsplit(":", 1)[1].strip()
        assert fairs != "0 场", "dev --demo loads a fair"
    finally:
        os.killpg(dev.pid, signal.SIGTERM)
        try:
            dev.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(dev.pid, signal.SIGKILL)
            dev.wait()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        if log.exists():
            shutil.copy(log, ARTIFACTS / "report-dev.log")
        state_left = (work / ".jobfair" / "dev.json").exists()
        shutil.rmtree(work, ignore_errors=True)
    assert dev.returncode == 0
    assert not state_left, "jobfair dev removes its state file when it stops"
