"""``jobfair loadtest`` smoke: each peak scenario for a few seconds with a few users against a
started stack (the session's Kafka and PostgreSQL, one worker, one ``jobfair web`` process).

Checks that locust ran as its own process and wrote its CSVs, that requests were made, and
that no answer was of an unexpected kind (every locust failure is one: ``op()`` counts only
the statuses the operation documents for that call as success) and no user raised.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobfair.local import free_port
from jobfair.settings import Settings
from tests.conftest import WorkerProcess, child_env, poll

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def web_url(settings: Settings, module_worker: WorkerProcess,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log = tmp_path_factory.mktemp("loadtest-web") / "web.log"
    with log.open("ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "jobfair.cli", "web", "--port", str(port)],
                                env=child_env(settings), stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    url = f"http://127.0.0.1:{port}"

    def healthy() -> bool | None:
        assert proc.poll() is None, log.read_text()
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as resp:
                return resp.status == 200 or None
        except OSError:
            return None

    try:
        poll(healthy, timeout=90, what="web and worker healthy")
        yield url
    finally:
        proc.terminate()
        proc.wait(20)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as f:
        return list(csv.DictReader(f))


SCENARIOS = ("opening-rush", "click-storm", "full-day")


def test_every_scenario_runs_without_unexpected_answers(web_url: str, settings: Settings,
                                                       tmp_path: Path) -> None:
    # The three run side by side (4 users each, a few seconds): the test stays short.
    procs = {name: subprocess.Popen(
        [sys.executable, "-m", "jobfair.cli", "loadtest", name, "--url", web_url,
         "--users", "4", "--minutes", "0.08", "--sse-viewers", "5",
         "--output", str(tmp_path / name)],
        env=child_env(settings), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for name in SCENARIOS}
    outputs = {name: proc.communicate(timeout=180)[0] for name, proc in procs.items()}
    for name, proc in procs.items():
        out, said = tmp_path / name, outputs[name]
        assert proc.returncode == 0, said
        stats = rows(out / "locust_stats.csv")
        total = next(r for r in stats if r["Name"] == "Aggregated")
        assert int(total["Request Count"]) > 0, said
        assert rows(out / "locust_failures.csv") == [], said
        assert rows(out / "locust_exceptions.csv") == [], said
        assert (out / "report.html").exists(), said
