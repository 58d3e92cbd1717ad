"""``make bench``: every benchmark in sequence, each on its own fresh stack, then one
Markdown section with the machine, the commands, figures and ratios appended to BENCHMARKS.md.

Runs, as separate processes so a failure or a leftover in one cannot skew the next:
  1. ``loadtests.clicks``      recordClick vs bare / UPDATE-per-request, agent vs no-op Faust
                               agent / raw drain / naive writer, one hot post vs five
  2. ``loadtests.sse_latency`` click or check-in -> SSE delay at 1,000 events/s with 500 SSE
                               viewers, then a rate sweep: the largest rate with p99 <= 250 ms
  3. ``jobfair loadtest click-storm --minutes M``  the sustained run: consumer lag,
                               end-to-end delay and RSS over time, drawn as a PNG
Each is bounded in time (SIGTERM, which unwinds through ``BenchStack.stop()``). Exits
non-zero only if a benchmark could not run. ``--sustained-minutes`` (default 10) sets run 3.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def benchmarks(minutes: float, quick: bool = False) -> list[tuple[str, list[str], int]]:
    """(display name, argv after python, wall-clock bound in seconds). ``quick``: tiny runs
    that only prove the harness works (seconds, small counts); never publish them."""
    sustained = RESULTS / "sustained-click-storm"
    clicks = ["--seconds", "2", "--backlog", "2000"] if quick else ["--seconds", "20"]
    # 500 viewers at 1,000 events/s (10 s), then the sweep 250 -> 4,000 events/s, 10 s each,
    # stopping at the first rate that misses p99 <= 250 ms (~3-5 min in all).
    sse = ["--events", "300", "--baseline-events", "40", "--viewers", "50"] if quick else \
        ["--viewers", "500", "--rate", "1000", "--seconds", "10", "--sweep"]
    users = ["--users", "30", "--sse-viewers", "30"] if quick else \
        ["--users", "300", "--sse-viewers", "300"]
    return [
        ("clicks", ["-m", "loadtests.clicks", *clicks, "--posts", "5"], 1200),
        ("sse_latency", ["-m", "loadtests.sse_latency", *sse, "--timeout", "1000"], 1100),
        ("sustained", ["-m", "jobfair.cli", "loadtest", "click-storm", "--minutes", str(minutes),
                       *users, "--output", str(sustained)], int(minutes * 60) + 600),
    ]


def machine() -> str:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text()
                .splitlines() if ln.startswith("model name")), platform.processor())
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE.parent,
                            capture_output=True, text=True, check=False).stdout.strip()
    load = os.getloadavg()
    return (f"{psutil.cpu_count()} vCPU ({cpu}), {psutil.virtual_memory().total / 2**30:.0f} "
            f"GiB RAM, {platform.system()} {platform.release()}, Python "
            f"{platform.python_version()}; commit {commit or '?'}; load average at start "
            f"{load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}")


def run_one(name: str, argv: list[str], bound: int) -> bool:
    print(f"== {name}: python {' '.join(argv)}", flush=True)
    proc = subprocess.Popen([sys.executable, *argv], cwd=HERE.parent)
    try:
        return proc.wait(bound) == 0
    except subprocess.TimeoutExpired:
        print(f"== {name}: over {bound} s, stopping it", flush=True)
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        return False


def section(started: str, host: str, ran: list[tuple[str, list[str], bool]]) -> str:
    from loadtests.clicks_report import markdown

    out = [f"\n## `make bench`, {started}\n", f"Machine: {host}.\n", "Commands:\n", "```sh"]
    out += [f"python {' '.join(argv)}{'' if ok else '   # DID NOT COMPLETE'}"
            for _, argv, ok in ran]
    out += ["```\n"]
    clicks = RESULTS / "clicks.json"
    if clicks.exists():
        out += ["### Click storm: recordClick and the click agent against baselines\n",
                markdown(json.loads(clicks.read_text())), ""]
    sse = RESULTS / "sse_latency.json"
    if sse.exists():
        from loadtests.sse_report import markdown as sse_markdown

        out += ["### Click or check-in -> SSE (target p99 ≤ 250 ms at 1,000 events/s)\n",
                sse_markdown(json.loads(sse.read_text()))]
    summary = RESULTS / "sustained-click-storm" / "summary.json"
    if summary.exists():
        s = json.loads(summary.read_text())
        total: dict[str, str] = next((r for r in s["stats"] if r["Name"] == "Aggregated"), {})
        out += [f"### Sustained click storm ({s['seconds'] / 60:g} min, {s['users']} users, "
                f"{s['sse'].get('viewers', 0)} SSE viewers)\n",
                f"{total.get('Request Count', '?')} requests, {total.get('Failure Count', '?')}"
                f" failures, {float(total.get('Requests/s', 0)):.0f} req/s; over time: "
                f"`{json.dumps(s['over_time'])}`\n",
                "![consumer lag, end-to-end delay and RSS over time]"
                "(loadtests/results/sustained-click-storm/over_time.png) (report: "
                "`loadtests/results/sustained-click-storm/report.html`; results/ is not "
                "committed: copy the PNG next to BENCHMARKS.md to publish it)\n"]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m loadtests.run_all", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sustained-minutes", type=float, default=10.0)
    p.add_argument("--append", action="store_true", help="append the section to BENCHMARKS.md")
    p.add_argument("--quick", action="store_true",
                   help="seconds-long runs to check the harness (never appended)")
    args = p.parse_args(argv)
    if args.quick:
        args.append, args.sustained_minutes = False, min(args.sustained_minutes, 0.5)
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    host = machine()
    print(f"== machine: {host}", flush=True)
    # Stale results of an earlier run must not be reported as this run's.
    for stale in ("clicks.json", "sse_latency.json", "sustained-click-storm/summary.json"):
        (RESULTS / stale).unlink(missing_ok=True)
    began = time.monotonic()
    ran = [(name, cmd, run_one(name, cmd, bound))
           for name, cmd, bound in benchmarks(args.sustained_minutes, args.quick)]
    text = section(started, host, ran)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench.md").write_text(text)
    print(text, flush=True)
    if args.append:
        with (HERE.parent / "BENCHMARKS.md").open("a", encoding="utf-8") as f:
            f.write(text)
        print("== appended to BENCHMARKS.md", flush=True)
    print(f"== all done in {time.monotonic() - began:.0f} s", flush=True)
    failed = [name for name, _, ok in ran if not ok]
    if failed:
        print(f"== could not run: {', '.join(failed)}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
