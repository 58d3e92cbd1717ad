"""``jobfair loadtest SCENARIO``: one peak scenario in Locust against a loopback stack.

Data flow: start a stack (``loadtests.stack.BenchStack``: Kafka, PostgreSQL, one worker, one
web process, rate limits off) or take ``--url`` (loopback only) -> create a fair through the
organiser API, operations found by operationId in ``/openapi.json``
(``loadtests.scenarios.fixture``) -> run ``locust`` headless as its own process with the
scenario's locustfile, bounded by ``--users`` and ``--minutes`` -> beside it, for
``click-storm``, hundreds of SSE viewers (``loadtests.scenarios.sse_viewers``) and a sampler of
consumer lag, end-to-end delay and RSS (``loadtests.sustained``), drawn into a PNG -> CSV, HTML
report and ``summary.json`` under ``loadtests/results/<scenario>-<time>/``; a summary printed.

The load tests live in the source checkout (``loadtests/``), not in the installed package.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import ipaddress
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jobfair.errors import ConfigError
from jobfair.settings import Settings

SCENARIOS = {"opening-rush": "opening_rush", "click-storm": "click_storm",
             "full-day": "full_day"}
DEFAULT_USERS = {"opening-rush": 500, "click-storm": 300, "full-day": 200}
MAX_USERS, MAX_MINUTES, MAX_SSE = 5000, 60.0, 2000
ROOT = Path(__file__).resolve().parents[1]


def add_parser(sub: Any) -> None:
    p = sub.add_parser("loadtest", help="run a peak scenario in Locust and print a summary")
    p.add_argument("scenario", choices=sorted(SCENARIOS))
    p.add_argument("--url", default=None, help="a running stack (loopback only); default: "
                   "start one (needs JOBFAIR_ORGANISER_TOKEN with --url)")
    p.add_argument("--users", type=int, default=None,
                   help=f"concurrent locust users (default per scenario, max {MAX_USERS})")
    p.add_argument("--minutes", type=float, default=3.0,
                   help=f"run time (default 3, max {MAX_MINUTES:g}; 0.1 = 6 s)")
    p.add_argument("--sse-viewers", type=int, default=200,
                   help="SSE viewers beside click-storm (default 200)")
    p.add_argument("--output", type=Path, default=None,
                   help="report directory (default loadtests/results/SCENARIO-TIME)")


def require_loopback(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        raise ConfigError(f"--url must be http://HOST:PORT, got {url!r}")
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ConfigError(f"--url {url!r} is not a loopback address: load tests only run "
                          "against this machine (127.0.0.1, ::1, localhost)")
    return url.rstrip("/")


def _loadtests(module: str) -> Any:
    if not (ROOT / "loadtests" / "scenarios").is_dir():
        raise ConfigError("jobfair loadtest needs the source checkout (loadtests/ not found "
                          f"next to {ROOT / 'jobfair'})")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module(module)


def run(args: argparse.Namespace, settings: Settings) -> int:
    users = max(1, min(args.users or DEFAULT_USERS[args.scenario], MAX_USERS))
    seconds = max(3, round(min(max(args.minutes, 0.05), MAX_MINUTES) * 60))
    viewers = max(1, min(args.sse_viewers, MAX_SSE)) if args.scenario == "click-storm" else 0
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    out = args.output or ROOT / "loadtests" / "results" / f"{args.scenario}-{stamp}"
    out.mkdir(parents=True, exist_ok=True)
    stack = None
    if args.url:
        url, token = require_loopback(args.url), settings.organiser_token
        if not token:
            raise ConfigError("--url needs JOBFAIR_ORGANISER_TOKEN (to create the test fair)")
        bootstrap, group, pids = settings.kafka_bootstrap, settings.app_id, {}
    else:
        st = _loadtests("loadtests.stack")
        stack = st.BenchStack(keep_logs=out / "logs", extra_env=st.bench_env())
        stack.start()
        url, token = stack.web_url, stack.settings.organiser_token
        bootstrap, group = stack.settings.kafka_bootstrap, stack.settings.app_id
        pids = {"web": stack.web.proc.pid, "worker": stack.worker.proc.pid}
    try:
        return _play(args.scenario, url, token, users, seconds, viewers, out,
                     bootstrap=bootstrap, group=group, pids=pids)
    finally:
        if stack is not None:
            stack.stop()


def _play(scenario: str, url: str, token: str, users: int, seconds: int, viewers: int,
          out: Path, *, bootstrap: str | None, group: str | None,
          pids: dict[str, int]) -> int:
    fixture_mod = _loadtests("loadtests.scenarios.fixture")
    sustained = _loadtests("loadtests.sustained")
    print(f"[loadtest] {scenario}: making the fair through the organiser API", flush=True)
    # A small fair for a smoke run (fewer creates to wait for), three booths otherwise.
    fixture = fixture_mod.make_fair(url, token, employers=1 if users < 20 else 3)
    ops = fixture_mod.discover(url)
    # The organiser token goes to locust through its environment, never into the results.
    secret = fixture.pop("organiser_token")
    (out / "fixture.json").write_text(json.dumps(fixture, ensure_ascii=False))
    env = {**os.environ, "JOBFAIR_LOADTEST_FIXTURE": str(out / "fixture.json"),
           "JOBFAIR_LOADTEST_ORGANISER_TOKEN": secret,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    sampler = sustained.Sampler(url, bootstrap=bootstrap, group=group, pids=pids)
    sampler.start()
    sse = None
    if viewers:
        live_path = ops["streamLiveCounts"][1].format(fair_id=fixture["fair_id"])
        sse = subprocess.Popen(
            [sys.executable, "-m", "loadtests.scenarios.sse_viewers", url, live_path,
             str(viewers), str(seconds + 30), str(out / "sse.json")], env=env, cwd=ROOT)
        time.sleep(2)  # streams open and the probe has its first snapshot before the load
    locustfile = ROOT / "loadtests" / "scenarios" / f"{SCENARIOS[scenario]}.py"
    argv = [sys.executable, "-m", "locust", "-f", str(locustfile), "--headless",
            "--host", url, "-u", str(users), "-r", str(max(1, min(users, 50))),
            "--run-time", f"{seconds}s", "--stop-timeout", "5", "--csv", str(out / "locust"),
            "--html", str(out / "report.html"), "--only-summary", "--exit-code-on-error", "0",
            "--loglevel", "WARNING"]
    print(f"[loadtest] locust: {users} users, {seconds} s, {viewers} SSE viewers -> {out}",
          flush=True)
    with (out / "locust.log").open("wb") as log:
        code = subprocess.run(argv, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                              timeout=seconds + 120, check=False).returncode
    sampler.stop()
    sse_stats: dict[str, Any] = {}
    if sse is not None:
        sse.terminate()
        try:
            sse.wait(30)
        except subprocess.TimeoutExpired:
            sse.kill()
            sse.wait()
        if (out / "sse.json").exists():
            sse_stats = json.loads((out / "sse.json").read_text())
    delays = sustained.e2e_delays(sampler.samples, sse_stats.pop("probe", []))
    over_time = sustained.summary(sampler.samples, delays)
    png = sustained.plot(sampler.samples, delays, out / "over_time.png",
                         f"{scenario}: {users} users, {seconds} s")
    (out / "over_time.json").write_text(json.dumps({"samples": sampler.samples,
                                                    "e2e_delays": delays}))
    _embed_png(out / "report.html", png)
    result = {"scenario": scenario, "url": url, "users": users, "seconds": seconds,
              "locust_exit": code, "stats": _csv(out, "stats"), "failures": _csv(out, "failures"),
              "exceptions": _csv(out, "exceptions"),
              "sse": sse_stats, "over_time": over_time, "report": str(out / "report.html"),
              "plot": str(png) if png else None}
    (out / "summary.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    _print_summary(result)
    return 0 if code == 0 else 1


def _csv(out: Path, name: str) -> list[dict[str, str]]:
    path = out / f"locust_{name}.csv"
    if not path.exists():
        return []
    with path.open(newline="") as f:
        return list(csv.DictReader(f))


def _embed_png(html: Path, png: Path | None) -> None:
    if png is None or not html.exists():
        return
    text = html.read_text(encoding="utf-8")
    block = (f'<h2>Over time: consumer lag, end-to-end delay, RSS</h2><img src="{png.name}" '
             'alt="consumer lag, end-to-end delay and RSS over time">')
    html.write_text(text.replace("</body>", block + "</body>", 1), encoding="utf-8")


def _print_summary(r: dict[str, Any]) -> None:
    print(f"\n{r['scenario']}: {r['users']} users for {r['seconds']} s against {r['url']}")
    print(f"{'operation':<26}{'requests':>10}{'fails':>7}{'req/s':>9}{'p50 ms':>8}"
          f"{'p95 ms':>8}{'p99 ms':>8}")
    for row in r["stats"]:
        print(f"{row['Name'][:25]:<26}{row['Request Count']:>10}{row['Failure Count']:>7}"
              f"{float(row['Requests/s']):>9.1f}{row['50%']:>8}{row['95%']:>8}{row['99%']:>8}")
    for f in r["failures"]:
        print(f"FAILED {f['Occurrences']}x {f['Method']} {f['Name']}: {f['Error']}")
    for e in r["exceptions"]:
        print(f"EXCEPTION in a locust user {e['Count']}x: {e['Message']} ({e['Nodes']})")
    if r["sse"]:
        s = r["sse"]
        print(f"SSE viewers: {s['connected']}/{s['viewers']} connected, {s['snapshots']} "
              f"snapshots, {s['error_count']} errors")
    if r["over_time"]:
        print("over time:", json.dumps(r["over_time"]))
    print(f"report: {r['report']}" + (f"; plot: {r['plot']}" if r["plot"] else ""))
