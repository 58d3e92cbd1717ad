"""`jobfair dev` end to end, as a person runs it: a subprocess that starts real Kafka and
PostgreSQL, the worker and the web app; 1,000 clicks with a worker restart in the middle must
count exactly 1,000; SIGTERM must stop everything and leave no process behind.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.request
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import psutil
import pytest

from jobfair.demo import demo_ids
from jobfair.local.procs import free_port
from tests.conftest import ARTIFACTS, poll

pytestmark = [pytest.mark.integration, pytest.mark.e2e, pytest.mark.slow]


def http(method: str, url: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null")
    except OSError:
        return 0, None


def workers_of(dev: psutil.Process) -> list[psutil.Process]:
    found = []
    for child in dev.children(recursive=True):
        try:
            if "worker" in child.cmdline():
                found.append(child)
        except psutil.NoSuchProcess:
            continue
    return found


def test_dev_counts_exactly_across_worker_restart_and_stops_clean() -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="jobfair-dev-"))
    data_dir.chmod(0o755)  # reachable by the unprivileged postgres user when run as root
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBFAIR_")}
    env.update(JOBFAIR_DATA_DIR=str(data_dir), JOBFAIR_PORT=str(port), PYTHONUNBUFFERED="1")
    # 1,000 clicks from one script is what the click limit stops (300 per 10 s per address):
    # this test counts exactness, the limits have theirs (tests/integration/test_trust_limits).
    env["JOBFAIR_RATE_LIMITS"] = "off"
    if os.environ.get("JOBFAIR_CACHE_DIR"):
        env["JOBFAIR_CACHE_DIR"] = os.environ["JOBFAIR_CACHE_DIR"]
    output: list[str] = []
    dev = subprocess.Popen(
        [sys.executable, "-m", "jobfair.cli", "dev", "--demo", "--port", str(port)], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    reader = threading.Thread(target=lambda: output.extend(dev.stdout or []), daemon=True)
    reader.start()
    base = f"http://127.0.0.1:{port}"
    descendants: list[psutil.Process] = []
    try:
        poll(lambda: http("GET", f"{base}/healthz")[0] == 200 and any(
            "press Ctrl-C" in line for line in output), timeout=300, every=0.5,
             what="jobfair dev to be healthy and print its banner")
        assert any("organiser token" in line for line in output)
        _, posts = demo_ids()
        truth: Counter[str] = Counter()

        def counted() -> dict[str, int]:
            return {p: http("GET", f"{base}/api/posts/{p}/counts")[1]["clicks"] for p in truth}
        proc = psutil.Process(dev.pid)
        first_worker = workers_of(proc)
        assert len(first_worker) == 1
        for i in range(1000):
            post = str(posts[i % len(posts)])
            status, _ = http("POST", f"{base}/api/clicks",
                             {"post_id": post, "click_id": str(uuid.uuid4())})
            assert status == 202
            truth[post] += 1
            if i == 499:
                # Graceful restart while clicks are in flight: whatever the stopping worker
                # had not finished must be redelivered to its successor and counted once.
                first_worker[0].send_signal(signal.SIGTERM)  # dev must restart it
        poll(lambda: [w.pid for w in workers_of(proc)] not in ([], [first_worker[0].pid]),
             timeout=60, what="dev to restart the worker")
        try:
            poll(lambda: counted() == dict(truth), timeout=120, every=0.5,
                 what="counts to equal the 1,000 clicks sent")
        except AssertionError as exc:
            raise AssertionError(f"{exc}; counted {counted()} of {dict(truth)}; dev said:\n"
                                 + "".join(output[-40:])) from None
        assert sum(counted().values()) == 1000
        descendants = proc.children(recursive=True)
        assert descendants, "dev should have children (broker, database, worker, web)"
    finally:
        if dev.poll() is None:
            dev.send_signal(signal.SIGTERM)
        try:
            code = dev.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(dev.pid, signal.SIGKILL)
            code = dev.wait()
        reader.join(timeout=5)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "dev-e2e.log").write_text("".join(output), encoding="utf-8")
        if dev.stdout is not None:
            dev.stdout.close()
        shutil.rmtree(data_dir, ignore_errors=True)
    assert code == 0, "".join(output[-30:])
    left = [p for p in descendants if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert left == [], f"processes left behind: {[p.pid for p in left]}"
    assert any("stopped in" in line for line in output)
