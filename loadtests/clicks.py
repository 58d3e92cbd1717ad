"""Click-storm benchmark: ``recordClick`` over HTTP and the click agent's drain rate, each
next to a baseline measured in the same run on the same stack.

    python -m loadtests.clicks --seconds 20 --posts 5

HTTP (wrk, loopback, bounded by ``--seconds`` and ``--max-requests``):
  bare      GET / -> 204 on a bare Starlette app served like ``jobfair web`` (the ceiling)
  counts    GET getPostCounts (one PostgreSQL read)
  clicks    POST recordClick on ``--posts`` hot posts (Kafka send, acks=all), worker running;
            then the time until PostgreSQL ``post_counts`` has every accepted click.
Agent (worker stopped, ``--backlog`` clicks put on topic ``clicks``, worker started):
  raw       aiokafka consumer reading and decoding the same messages (the ceiling)
  naive     one transaction + INSERT + UPDATE per click (what batching avoids)
  agent     first to last click counted in ``post_counts`` by ``jobfair worker``
Prints figures and ratios and writes them to loadtests/results/clicks.json. Never asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from prometheus_client.parser import text_string_to_metric_families

from jobfair.local import free_port
from loadtests import drain
from loadtests.stack import BenchStack, log
from loadtests.wrk import WrkResult, require_wrk, run_wrk

RESULTS = Path(__file__).resolve().parent / "results"


def scrape(url: str) -> dict[str, float]:
    """Prometheus text -> {"name{label=value,...}": value} (labels sorted)."""
    with urllib.request.urlopen(url, timeout=5) as resp:
        text = resp.read().decode()
    out: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            labels = ",".join(f"{k}={v}" for k, v in sorted(s.labels.items()))
            out[f"{s.name}{{{labels}}}"] = s.value
    return out


def metric(samples: dict[str, float], prefix: str, contains: str = "") -> float:
    return sum(v for k, v in samples.items() if k.startswith(prefix + "{") and contains in k)


def bare_baseline(args: argparse.Namespace) -> WrkResult:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "loadtests.bare", str(port)],
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("bare baseline app did not start") from None
                time.sleep(0.1)
        return run_wrk(f"http://127.0.0.1:{port}/", seconds=args.seconds,
                       connections=args.connections, max_requests=args.max_requests)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def http_phase(stack: BenchStack, args: argparse.Namespace, posts: list[str]) -> dict[str, Any]:
    log(f"HTTP: bare baseline, {args.seconds} s")
    bare = bare_baseline(args)
    log(f"HTTP: getPostCounts, {args.seconds} s")
    counts = run_wrk(f"{stack.web_url}/api/posts/{posts[0]}/counts", seconds=args.seconds,
                     connections=args.connections, max_requests=args.max_requests)
    dsn = stack.settings.database_url
    assert dsn
    base = asyncio.run(drain.counted(dsn, posts))
    before = metric(scrape(f"{stack.web_url}/metrics"), "jobfair_clicks_accepted_total")
    bodies = [json.dumps({"post_id": p, "source": "bench-room"}) for p in posts]
    log(f"HTTP: recordClick on {len(posts)} posts, {args.seconds} s")
    started = time.perf_counter()
    clicks = run_wrk(f"{stack.web_url}/api/clicks", seconds=args.seconds,
                     connections=args.connections, max_requests=args.max_requests,
                     method="POST", bodies=bodies)
    ended = time.perf_counter()
    accepted = int(metric(scrape(f"{stack.web_url}/metrics"), "jobfair_clicks_accepted_total")
                   - before)
    done = asyncio.run(drain.watch_drain(dsn, posts, base, accepted, since=started))
    return {
        "bare": _wrk(bare), "get_post_counts": _wrk(counts), "record_click": _wrk(clicks),
        "record_click_vs_bare": clicks.rps / bare.rps if bare.rps else None,
        "clicks_accepted": accepted,
        "all_counted": done.complete,
        "counted_after_last_request_s": round(done.last_s - (ended - started), 3),
        "end_to_end_clicks_per_s": round(accepted / done.last_s, 1) if done.last_s else None,
    }


def agent_phase(stack: BenchStack, args: argparse.Namespace, fair: str,
                posts: list[str]) -> dict[str, Any]:
    s = stack.settings
    assert s.kafka_bootstrap and s.database_url
    stack.stop_worker()
    start = drain.end_offsets(s.kafka_bootstrap)
    log(f"agent: producing a backlog of {args.backlog} clicks with the worker stopped")
    produced = asyncio.run(drain.produce_backlog(s.kafka_bootstrap, fair, posts, args.backlog))
    log("agent: raw consume baseline")
    raw = asyncio.run(drain.raw_consume(s.kafka_bootstrap, start, args.backlog))
    log("agent: naive one-UPDATE-per-click baseline")
    naive = asyncio.run(drain.naive_writer(s.kafka_bootstrap, s.database_url, start,
                                           args.backlog, deadline_s=args.seconds * 3))
    base = asyncio.run(drain.counted(s.database_url, posts))
    log("agent: starting the worker and timing the drain")
    since = time.perf_counter()
    stack.start_worker(wait=False)
    done = asyncio.run(drain.watch_drain(s.database_url, posts, base, args.backlog, since=since))
    stack.wait_healthy()
    m = scrape(stack.worker_metrics_url)
    events = metric(m, "jobfair_agent_events_total", "agent=count-clicks")
    batches = metric(m, "jobfair_agent_batch_size_count", "agent=count-clicks")
    changelog = metric(m, "faust_topic_messages_sent_total", "changelog")
    return {
        "backlog": args.backlog, "produce_per_s": round(produced.per_s, 1),
        "raw_consume_per_s": round(raw.per_s, 1),
        "naive_writer_per_s": round(naive.per_s, 1), "naive_writer_clicks": naive.count,
        "agent_drain_per_s": round(done.per_s, 1), "agent_all_counted": done.complete,
        "agent_first_count_after_start_s": round(done.first_s, 2),
        "agent_vs_raw": done.per_s / raw.per_s if raw.per_s else None,
        "agent_vs_naive": done.per_s / naive.per_s if naive.per_s else None,
        "mean_batch_size": round(events / batches, 1) if batches else None,
        "changelog_records_per_click": round(changelog / events, 4) if events else None,
    }


def _wrk(r: WrkResult) -> dict[str, Any]:
    return {"requests": r.requests, "rps": round(r.rps, 1), "non_2xx": r.non_2xx,
            "socket_errors": r.socket_errors, "p50_ms": r.p50_ms, "p99_ms": r.p99_ms}


def report(result: dict[str, Any]) -> None:
    h, a = result["http"], result["agent"]
    gc = h["get_post_counts"]
    rows = [
        ("HTTP bare 204 (baseline)", f"{h['bare']['rps']:,.0f} req/s",
         f"p50 {h['bare']['p50_ms']:.2f} ms, p99 {h['bare']['p99_ms']:.2f} ms"),
        ("HTTP getPostCounts", f"{h['get_post_counts']['rps']:,.0f} req/s",
         f"p50 {gc['p50_ms']:.2f} ms, p99 {gc['p99_ms']:.2f} ms"),
        ("HTTP recordClick", f"{h['record_click']['rps']:,.0f} req/s",
         f"p50 {h['record_click']['p50_ms']:.2f} ms, p99 {h['record_click']['p99_ms']:.2f} ms, "
         f"non-2xx {h['record_click']['non_2xx']}"),
        ("  recordClick / bare", f"{h['record_click_vs_bare']:.2f}", ""),
        ("  end to end (HTTP -> counted)", f"{h['end_to_end_clicks_per_s']:,.0f} clicks/s",
         f"{h['clicks_accepted']} accepted, all counted {h['counted_after_last_request_s']} s "
         f"after the last request ({h['all_counted']})"),
        ("Backlog produce (acks=all)", f"{a['produce_per_s']:,.0f} msg/s",
         f"{a['backlog']} clicks"),
        ("Raw consume+decode (baseline)", f"{a['raw_consume_per_s']:,.0f} msg/s", ""),
        ("Naive UPDATE per click (baseline)", f"{a['naive_writer_per_s']:,.0f} clicks/s",
         f"{a['naive_writer_clicks']} clicks in the time bound"),
        ("Click agent drain", f"{a['agent_drain_per_s']:,.0f} clicks/s",
         f"mean batch {a['mean_batch_size']}, changelog records/click "
         f"{a['changelog_records_per_click']}, all counted {a['agent_all_counted']}"),
        ("  agent / raw consume", f"{a['agent_vs_raw']:.2f}", ""),
        ("  agent / naive writer", f"{a['agent_vs_naive']:.1f}", ""),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>16}  {note}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m loadtests.clicks", description=__doc__)
    p.add_argument("--seconds", type=int, default=20, help="length of each HTTP run (max 120)")
    p.add_argument("--posts", type=int, default=5, help="hot posts sharing the clicks")
    p.add_argument("--connections", type=int, default=32, help="wrk keep-alive connections")
    p.add_argument("--max-requests", type=int, default=300_000, help="cap per HTTP run")
    p.add_argument("--backlog", type=int, default=20_000, help="clicks in the drain test")
    args = p.parse_args(argv)
    args.seconds = max(1, min(args.seconds, 120))
    args.backlog = max(100, min(args.backlog, 500_000))
    require_wrk()
    # SIGTERM (run_all's time bound, Ctrl-C's cousin) unwinds through BenchStack.stop().
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    with BenchStack(keep_logs=RESULTS / "logs") as stack:
        fair, posts = stack.make_posts(args.posts)
        result = {"args": vars(args), "http": http_phase(stack, args, posts),
                  "agent": agent_phase(stack, args, fair, posts)}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "clicks.json").write_text(json.dumps(result, indent=2))
    report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
