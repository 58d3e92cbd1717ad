"""``python -m loadtests.sse_latency --events 5000``: delay from an HTTP check-in or click to
the live-count update a viewer receives over Server-Sent Events (issue 4).

Starts its own stack (``loadtests.stack.BenchStack``: Kafka, PostgreSQL, one worker, one web
process on loopback), creates a fair with ``--posts`` posts through the organiser API, opens
``streamLiveCounts`` as a viewer would and then sends, open loop at a fixed rate, a mix of
``recordClick`` (most) and ``checkIn`` (every ``--checkin-every``-th event, new phones) over
64 keep-alive connections of a small raw HTTP/1.1 client (a full Python client would eat the
CPU the server needs; client and server share the machine).

Delay of one event = arrival of the first SSE snapshot whose count (total clicks, or checked
in) reaches the event's rank among accepted events of its kind, minus the moment its request
was written to the socket. The path measured: web -> Kafka (acks=all) -> agent batch
(``JOBFAIR_BATCH_WINDOW_MS``) -> PostgreSQL -> the web's shared 200 ms poller -> SSE.

Two runs on the same stack: a **baseline** at a trickle (``--baseline-rate``, default 20/s:
the pipeline's floor, batch window plus poll interval) and the **load** run at ``--rate``
(default 1,000/s). Reports p50/p90/p99/max per kind and the load/baseline ratios; writes JSON
to ``loadtests/results/sse_latency.json``. Bounded: at most ``--events`` requests per run and
``--timeout`` seconds overall; the stack is always stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import statistics
import sys
import time
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx2 as httpx
import psutil

from loadtests.stack import BenchStack, log

RESULTS = Path(__file__).resolve().parent / "results"
CONNECTIONS = 64
SETTLE_S = 60.0


@dataclass
class Sent:
    kind: str  # "click" or "checkin"
    due: float  # when the schedule wanted it sent
    sent: float = 0.0  # when it was written to the socket
    done: float = 0.0
    status: int = 0


@dataclass
class Viewer:
    """The SSE client: every snapshot's arrival time with the two counts we track."""

    times: list[float] = field(default_factory=list)
    clicks: list[int] = field(default_factory=list)
    checked_in: list[int] = field(default_factory=list)
    first: asyncio.Event = field(default_factory=asyncio.Event)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def run(self, url: str) -> None:
        async with httpx.AsyncClient(timeout=None) as client, client.stream(
            "GET", url, headers={"accept": "text/event-stream"}
        ) as resp:
            async for line in resp.aiter_lines():
                if not line.startswith("data:"):
                    continue
                snap = json.loads(line[5:])
                self.times.append(time.perf_counter())
                self.clicks.append(sum(p["clicks"] for p in snap["posts"]))
                self.checked_in.append(snap["checked_in"])
                self.first.set()
                async with self.changed:
                    self.changed.notify_all()

    def series(self, kind: str) -> list[int]:
        return self.clicks if kind == "click" else self.checked_in


class RawClient:
    """A minimal HTTP/1.1 keep-alive client: one request at a time per connection."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.conns: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = (
            asyncio.Queue()
        )

    async def open(self, n: int) -> None:
        for _ in range(n):
            self.conns.put_nowait(await asyncio.open_connection(self.host, self.port))

    async def close(self) -> None:
        while not self.conns.empty():
            _, writer = self.conns.get_nowait()
            writer.close()

    async def post(self, path: str, body: bytes, record: Sent) -> None:
        reader, writer = await self.conns.get()
        try:
            writer.write(
                f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json"
                f"\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
            )
            record.sent = time.perf_counter()
            status = int((await reader.readline()).split()[1])
            length = 0
            while (header := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = header.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            await reader.readexactly(length)
            record.status, record.done = status, time.perf_counter()
        finally:
            self.conns.put_nowait((reader, writer))


def percentiles(values: list[float]) -> dict[str, float | int | None]:
    if not values:
        return {"n": 0, "p50_ms": None, "p90_ms": None, "p99_ms": None, "max_ms": None}
    q = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 \
        else [values[0]] * 99
    return {"n": len(values), "p50_ms": round(q[49] * 1000, 1), "p90_ms": round(q[89] * 1000, 1),
            "p99_ms": round(q[98] * 1000, 1), "max_ms": round(max(values) * 1000, 1)}


async def run_phase(client: RawClient, viewer: Viewer, *, n: int, rate: float,
                    checkin_every: int, entrance: str, posts: list[str],
                    phone_base: int) -> dict[str, Any]:
    bases = {k: (viewer.series(k)[-1] if viewer.times else 0) for k in ("click", "checkin")}
    records: list[Sent] = []
    tasks = []
    psutil.cpu_percent()  # starts the measurement window
    start = time.perf_counter()
    for i in range(n):
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        if checkin_every and i % checkin_every == 0:
            rec = Sent("checkin", due)
            body = json.dumps({"token": entrance, "name": "压测", "consent": True,
                               "phone": f"1{phone_base + i:010d}"}).encode()
            path = "/api/checkins"
        else:
            rec = Sent("click", due)
            body = json.dumps({"post_id": posts[i % len(posts)], "source": "bench"}).encode()
            path = "/api/clicks"
        records.append(rec)
        tasks.append(asyncio.create_task(client.post(path, body, rec)))
    await asyncio.gather(*tasks)
    sending_s = max(r.sent for r in records) - start
    cpu_busy = psutil.cpu_percent()  # all cores, while sending: is the machine saturated?
    accepted = {k: sorted((r for r in records if r.kind == k and 200 <= r.status < 300),
                          key=lambda r: r.sent) for k in ("click", "checkin")}

    def settled() -> bool:
        return all(viewer.series(k)[-1] - bases[k] >= len(accepted[k]) for k in accepted)

    async with viewer.changed:
        try:
            await asyncio.wait_for(viewer.changed.wait_for(settled), SETTLE_S)
        except TimeoutError:
            log(f"not every accepted event reached the live counts within {SETTLE_S:.0f} s")
    gaps = [b - a for a, b in zip(viewer.times, viewer.times[1:], strict=False) if a >= start]
    out: dict[str, Any] = {"requests": n, "sending_s": round(sending_s, 2),
                           "achieved_rate": round(n / sending_s, 1) if sending_s else None,
                           "cpu_busy_percent": cpu_busy,
                           "longest_sse_gap_ms": round(max(gaps, default=0) * 1000, 1)}
    for kind, recs in accepted.items():
        series, delays = viewer.series(kind), []
        for rank, rec in enumerate(recs, start=1):
            idx = _first_reaching(series, bases[kind] + rank)
            if idx is not None:
                delays.append(max(viewer.times[idx] - rec.sent, 0.0))
        out[kind] = {
            "accepted": len(recs),
            "rejected": sum(1 for r in records if r.kind == kind and not 200 <= r.status < 300),
            "seen_on_sse": len(delays),
            "sse_delay": percentiles(delays),
            "http_latency": percentiles([r.done - r.sent for r in recs]),
            "client_lag": percentiles([r.sent - r.due for r in recs]),
        }
    return out


def _first_reaching(series: list[int], target: int) -> int | None:
    # Counts only grow, so the series is sorted: binary search for the first >= target.
    idx = bisect_left(series, target)
    return idx if idx < len(series) else None


def setup_fair(stack: BenchStack, n_posts: int) -> tuple[str, str, list[str]]:
    auth = {"authorization": f"Bearer {stack.settings.organiser_token}"}
    with httpx.Client(base_url=stack.web_url, timeout=30) as api:
        def made(path: str, body: dict[str, Any]) -> dict[str, Any]:
            r = api.post(path, headers=auth, json=body)
            ident = r.json()["id"]
            for _ in range(300):
                got = api.get(f"{path}/{ident}", headers=auth)
                if got.status_code == 200:
                    found: dict[str, Any] = got.json()
                    return found
                time.sleep(0.1)
            raise RuntimeError(f"{path} {ident} never projected")

        start = datetime.now(UTC) - timedelta(minutes=5)
        fair = made("/api/fairs", {"name": "压测招聘会", "kind": "livestream",
                                   "starts_at": start.isoformat(),
                                   "ends_at": (start + timedelta(hours=6)).isoformat()})
        employer = made("/api/employers", {"fair_id": fair["id"], "name": "压测单位",
                                           "booth": "A1", "interview_tables": 1,
                                           "slot_minutes": 10})
        posts = [made("/api/posts", {"employer_id": employer["id"], "title": f"岗位{i}",
                                     "description": "提供午餐。", "headcount": 10})["id"]
                 for i in range(n_posts)]
    return fair["id"], fair["entrance_qr_url"].rsplit("/", 1)[1], posts


async def measure(stack: BenchStack, args: argparse.Namespace) -> dict[str, Any]:
    fair, entrance, posts = await asyncio.to_thread(setup_fair, stack, args.posts)
    viewer = Viewer()
    sse = asyncio.create_task(viewer.run(f"{stack.web_url}/api/fairs/{fair}/live"))
    await asyncio.wait_for(viewer.first.wait(), 30)
    client = RawClient("127.0.0.1", stack.settings.port)
    await client.open(CONNECTIONS)
    try:
        common = {"checkin_every": args.checkin_every, "entrance": entrance, "posts": posts}
        log(f"baseline: {args.baseline_events} events at {args.baseline_rate}/s")
        baseline = await run_phase(client, viewer, n=args.baseline_events,
                                   rate=args.baseline_rate, phone_base=3_000_000_000, **common)
        log(f"load: {args.events} events at {args.rate}/s")
        load = await run_phase(client, viewer, n=args.events, rate=args.rate,
                               phone_base=3_500_000_000, **common)
    finally:
        await client.close()
        sse.cancel()
    return {"baseline": baseline, "load": load, "sse_snapshots": len(viewer.times)}


def report(result: dict[str, Any]) -> None:
    b, lo = result["baseline"], result["load"]
    print(f"\nSSE delay (HTTP request written -> snapshot received), one worker, one web process,"
          f" batch window {result['args']['batch_window_ms']} ms, SSE poll 200 ms")
    print(f"baseline: {b['requests']} requests at {b['achieved_rate']}/s; "
          f"load: {lo['requests']} requests at {lo['achieved_rate']}/s "
          f"(asked {result['args']['rate']}/s); CPU busy while sending: baseline "
          f"{b['cpu_busy_percent']}%, load {lo['cpu_busy_percent']}% of {psutil.cpu_count()} "
          f"cores; longest gap between SSE updates under load {lo['longest_sse_gap_ms']} ms")
    header = f"{'':<22}{'n':>6}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'max ms':>9}"
    print(header)
    for kind in ("click", "checkin"):
        for phase, data in (("baseline", b), ("load", lo)):
            for what in ("sse_delay", "http_latency"):
                p = data[kind][what]
                label = f"{kind} {phase} {'SSE' if what == 'sse_delay' else 'HTTP'}"
                print(f"{label:<22}{p['n']:>6}{p['p50_ms']!s:>9}{p['p90_ms']!s:>9}"
                      f"{p['p99_ms']!s:>9}{p['max_ms']!s:>9}")
        bp, lp = b[kind]["sse_delay"], lo[kind]["sse_delay"]
        if bp["p50_ms"] and lp["p50_ms"]:
            print(f"  {kind} SSE load/baseline: p50 x{lp['p50_ms'] / bp['p50_ms']:.2f}, "
                  f"p99 x{lp['p99_ms'] / bp['p99_ms']:.2f}; rejected under load "
                  f"{lo[kind]['rejected']}, client lag p99 {lo[kind]['client_lag']['p99_ms']} ms")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m loadtests.sse_latency", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--events", type=int, default=5000, help="requests in the load run")
    p.add_argument("--rate", type=float, default=1000.0, help="requests per second (load)")
    p.add_argument("--baseline-events", type=int, default=200)
    p.add_argument("--baseline-rate", type=float, default=20.0)
    p.add_argument("--checkin-every", type=int, default=10,
                   help="every n-th request is a check-in (0: clicks only)")
    p.add_argument("--posts", type=int, default=5)
    p.add_argument("--batch-window-ms", type=int, default=100)
    p.add_argument("--timeout", type=float, default=600.0, help="overall bound in seconds")
    args = p.parse_args(argv)
    args.events = max(1, min(args.events, 100_000))
    args.rate = max(1.0, min(args.rate, 5000.0))
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    signal.signal(signal.SIGALRM, lambda signum, frame: sys.exit("timed out"))
    signal.alarm(int(args.timeout))
    try:
        with BenchStack(batch_window_ms=args.batch_window_ms, keep_logs=RESULTS / "logs") \
                as stack:
            result = {"args": vars(args), **asyncio.run(measure(stack, args))}
    finally:
        signal.alarm(0)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "sse_latency.json").write_text(json.dumps(result, indent=2))
    report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
