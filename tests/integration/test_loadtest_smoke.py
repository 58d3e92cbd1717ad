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


@pytest.mark.parametrize("scenario", ["opening-rush", "click-storm", "full-day"])
def test_scenario_runs_without_unexpected_answers(scenario: str, web_url: str,
                                                  settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / scenario
    done = subprocess.run(
        [sys.executable, "-m", "jobfair.cli", "loadtest", scenario, "--url", web_url,
         "--users", "4", "--minutes", "0.08", "--sse-viewers", "5", "--output", str(out)],
        env=child_env(settings), capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    stats = rows(out / "locust_stats.csv")
    total = next(r for r in stats if r["Name"] == "Aggregated")
    assert int(total["Request Count"]) > 0, done.stdout
    assert rows(out / "locust_failures.csv") == [], done.stdout
    assert rows(out / "locust_exceptions.csv") == [], done.stdout
    assert (out / "report.html").exists()
