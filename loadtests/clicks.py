"""Click-storm benchmark (issue 15 item 4): recordClick and the click agent, each next to
baselines measured in the same run on the same machine.

    python -m loadtests.clicks --seconds 20 --posts 5

HTTP (wrk, one thread, loopback, each run ``--seconds`` long, no request cap):
  bare      204 from bare Starlette served like ``jobfair web``, pinned to one core with wrk on
            the other (the ceiling), at 256 and 32 connections; every HTTP server below runs
            pinned the same way (its web process on core 0, wrk on core 1; PostgreSQL, Kafka and
            the worker on either core), one process, the same uvicorn options
  naive     ``UPDATE post SET clicks = clicks + 1`` per request on a PostgreSQL with fsync on
            (baseline ii), 256 and 32 connections
  counts    getPostCounts (one PostgreSQL read), 32 connections
  clicks    recordClick on ``--posts`` hot posts (Kafka acks=all), worker running, 256 and 32
            connections; then the time until ``post_counts`` has every accepted click
  For every run: wrk's CPU share of one core and the server's (is the generator the limit?).
Agent, once on ``--posts`` posts and once on one hot post (worker stopped, ``--backlog``
clicks put on topic ``clicks``, then each consumer reads them):
  raw       aiokafka consumer reading and decoding (baseline iv)
  noop      a no-op Faust agent with take_events on the same topic (baseline iii; 5 posts only)
  naive     one transaction + INSERT + UPDATE per click on the fsync-on PostgreSQL
  agent     first to last click counted in ``post_counts`` by ``jobfair worker``
Prints figures and ratios, writes loadtests/results/clicks.json. Never asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from prometheus_client.parser import text_string_to_metric_families

from loadtests import drain
from loadtests.baselines import durable_postgres, noop_faust, serve
from loadtests.clicks_report import report
from loadtests.stack import BenchStack, bench_env, log
from loadtests.wrk import WrkResult, require_wrk, run_wrk

RESULTS = Path(__file__).resolve().parent / "results"
WIDE, NARROW = 256, 32  # capacity (Little's law) and round-trip latency


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


def _wrk(r: WrkResult) -> dict[str, Any]:
    return {
        "connections": r.connections,
        "requests": r.requests,
        "rps": round(r.rps, 1),
        "non_2xx": r.non_2xx,
        "socket_errors": r.socket_errors,
        "p50_ms": r.p50_ms,
        "p99_ms": r.p99_ms,
        "capped": r.capped,
        "client_core_share": round(r.client_core_share, 3),
        "server_core_share": round(r.server_core_share, 3),
        "machine_busy_percent": r.machine_busy,
        "generator_check": r.generator_check(),
    }


def _run(what: str, url: str, args: argparse.Namespace, conns: int, **kw: Any) -> dict[str, Any]:
    log(f"HTTP: {what} at {conns} connections, {args.seconds} s")
    r = _wrk(
        run_wrk(url, seconds=args.seconds, connections=conns, max_requests=args.max_requests, **kw)
    )
    log(f"  {r['rps']:,.0f} req/s, p99 {r['p99_ms']} ms; {r['generator_check']}")
    return r


def http_phase(
    stack: BenchStack,
    args: argparse.Namespace,
    posts: list[str],
    naive_dsn: str,
    naive_pg_pid: int,
) -> dict[str, Any]:
    bodies = [json.dumps({"post_id": p, "source": "bench-room"}) for p in posts]
    out: dict[str, Any] = {}
    with serve("bare") as (url, pid):
        for c in (WIDE, NARROW):
            out[f"bare_{c}"] = _run("bare 204", url, args, c, server_pids=[pid], pin=True)
    with serve("naive", {"JOBFAIR_BENCH_NAIVE_DSN": naive_dsn}) as (url, pid):
        for c in (WIDE, NARROW):
            out[f"naive_update_{c}"] = _run(
                "naive UPDATE endpoint",
                url,
                args,
                c,
                server_pids=[pid, naive_pg_pid],
                method="POST",
                bodies=bodies,
                pin=True,
                pin_pids=[pid],  # the web process as (i); its PostgreSQL on either core
            )
    # The whole stack counts as "server": then wrk's share and the machine's rest are what is
    # left over, and a foreign load shows up as OTHER in the generator check.
    stack_pids = [
        p
        for p in (
            stack.web.proc.pid if stack.web and stack.web.proc else None,
            stack.worker.proc.pid if stack.worker and stack.worker.proc else None,
            stack.kafka.pid,
            stack.postgres.pid,
        )
        if p
    ]
    web_pid = stack_pids
    web_only = stack_pids[:1]  # pinned like (i) and (ii): web on core 0, wrk on core 1
    out["get_post_counts_32"] = _run(
        "getPostCounts",
        f"{stack.web_url}/api/posts/{posts[0]}/counts",
        args,
        NARROW,
        server_pids=web_pid,
    )
    dsn = stack.settings.database_url
    assert dsn
    base = asyncio.run(drain.counted(dsn, posts))
    before = metric(scrape(f"{stack.web_url}/metrics"), "jobfair_clicks_accepted_total")
    started = time.perf_counter()
    for c in (WIDE, NARROW):
        out[f"record_click_{c}"] = _run(
            "recordClick",
            f"{stack.web_url}/api/clicks",
            args,
            c,
            server_pids=web_pid,
            method="POST",
            bodies=bodies,
            pin=True,
            pin_pids=web_only,
        )
    ended = time.perf_counter()
    accepted = int(
        metric(scrape(f"{stack.web_url}/metrics"), "jobfair_clicks_accepted_total") - before
    )
    done = asyncio.run(drain.watch_drain(dsn, posts, base, accepted, since=started))
    rc, bare, naive = out[f"record_click_{WIDE}"], out[f"bare_{WIDE}"], out[f"naive_update_{WIDE}"]
    out.update(
        {
            "record_click_vs_bare_256": rc["rps"] / bare["rps"] if bare["rps"] else None,
            "record_click_vs_naive_256": rc["rps"] / naive["rps"] if naive["rps"] else None,
            "record_click_p99_ms_32": out[f"record_click_{NARROW}"]["p99_ms"],
            "clicks_accepted": accepted,
            "all_counted": done.complete,
            "counted_after_last_request_s": round(done.last_s - (ended - started), 3),
        }
    )
    return out


def agent_phase(
    stack: BenchStack,
    args: argparse.Namespace,
    fair: str,
    posts: list[str],
    naive_dsn: str,
    *,
    with_noop: bool,
) -> dict[str, Any]:
    s = stack.settings
    assert s.kafka_bootstrap and s.database_url
    stack.stop_worker()
    start = drain.end_offsets(s.kafka_bootstrap)
    log(
        f"agent ({len(posts)} posts): producing {args.backlog} clicks, "
        f"{args.clicks_per_record} per record, worker stopped"
    )
    produced = asyncio.run(
        drain.produce_backlog(s.kafka_bootstrap, fair, posts, args.backlog, args.clicks_per_record)
    )
    log("agent: raw aiokafka drain (baseline iv)")
    raw = asyncio.run(drain.raw_consume(s.kafka_bootstrap, start, args.backlog))
    out: dict[str, Any] = {
        "posts": len(posts),
        "backlog": args.backlog,
        "clicks_per_record": args.clicks_per_record,
        "produce_per_s": round(produced.per_s, 1),
        "raw_consume_per_s": round(raw.per_s, 1),
    }
    if with_noop:
        total = sum(drain.end_offsets(s.kafka_bootstrap).values())
        log(f"agent: no-op Faust agent with take_events over the whole topic ({total} events)")
        out["noop_faust"] = noop_faust(s.kafka_bootstrap, total, s.topic_partitions)
    log("agent: naive one-transaction-per-click writer on the fsync-on PostgreSQL")
    naive = asyncio.run(
        drain.naive_writer(
            s.kafka_bootstrap, naive_dsn, start, args.backlog, deadline_s=args.seconds * 3
        )
    )
    base = asyncio.run(drain.counted(s.database_url, posts))
    log("agent: starting the worker and timing the drain")
    since = time.perf_counter()
    stack.start_worker(wait=False)
    done = asyncio.run(drain.watch_drain(s.database_url, posts, base, args.backlog, since=since))
    stack.wait_healthy()
    m = scrape(stack.worker_metrics_url)
    events = metric(m, "jobfair_agent_events_total", "agent=count-clicks")
    batches = metric(m, "jobfair_agent_batch_size_count", "agent=count-clicks")
    out.update(
        {
            "naive_writer_per_s": round(naive.per_s, 1),
            "naive_writer_clicks": naive.count,
            "agent_drain_per_s": round(done.per_s, 1),
            "agent_all_counted": done.complete,
            "agent_vs_raw": done.per_s / raw.per_s if raw.per_s else None,
            "agent_vs_naive": done.per_s / naive.per_s if naive.per_s else None,
            "mean_batch_size": round(events / batches, 1) if batches else None,
        }
    )
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m loadtests.clicks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--seconds", type=int, default=20, help="length of each HTTP run (max 120)")
    p.add_argument("--posts", type=int, default=5, help="hot posts sharing the clicks")
    p.add_argument(
        "--max-requests",
        type=int,
        default=0,
        help="cap per HTTP run, 0 = none (a cap distorts req/s; smoke runs only)",
    )
    p.add_argument("--backlog", type=int, default=20_000, help="clicks in each drain test")
    p.add_argument(
        "--clicks-per-record",
        type=int,
        default=20,
        help="clicks per combined record in the backlog, as web's edge combining "
        "makes them (compare jobfair_click_records_total with "
        "jobfair_clicks_accepted_total after the HTTP runs); 1 = one record "
        "per click, the format before issue 15",
    )
    p.add_argument(
        "--http-only",
        action="store_true",
        help="only the HTTP runs (bare, naive UPDATE, getPostCounts, recordClick)",
    )
    args = p.parse_args(argv)
    args.seconds = max(1, min(args.seconds, 120))
    args.backlog = max(100, min(args.backlog, 500_000))
    args.clicks_per_record = max(1, min(args.clicks_per_record, 900))
    require_wrk()
    # SIGTERM (run_all's time bound) unwinds through BenchStack.stop().
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    with BenchStack(keep_logs=RESULTS / "logs", extra_env=bench_env()) as stack:
        fair, posts = stack.make_posts(args.posts + 1)
        hot, spread = posts[-1:], posts[:-1]
        with durable_postgres(posts) as (naive_dsn, naive_pid):
            result = {
                "args": vars(args),
                "http": http_phase(stack, args, spread, naive_dsn, naive_pid),
            }
            if args.http_only:
                return _write(result)
            five = agent_phase(stack, args, fair, spread, naive_dsn, with_noop=True)
            one = agent_phase(stack, args, fair, hot, naive_dsn, with_noop=False)
    noop = five["noop_faust"]["per_s"]
    result["agent"] = {
        "spread": five,
        "hot": one,
        "agent_vs_noop_faust": five["agent_drain_per_s"] / noop if noop else None,
        "hot_vs_spread": (
            one["agent_drain_per_s"] / five["agent_drain_per_s"]
            if five["agent_drain_per_s"]
            else None
        ),
    }
    return _write(result)


def _write(result: dict[str, Any]) -> int:
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "clicks-http.json" if result["args"]["http_only"] else "clicks.json"
    (RESULTS / name).write_text(json.dumps(result, indent=2))
    report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
