"""``python -m loadtests.sse_latency [--viewers 500] [--rate 1000] [--sweep]``: how long after
a click or a check-in was answered (202/200) the SSE viewers of the fair see it (issues 4, 15).

Data flow: ``BenchStack`` (Kafka, PostgreSQL, one worker, one web process on loopback) ->
``sse_send.setup_fair`` (a fair with ``--posts`` posts) -> ``loadtests.sse_fleet`` in ITS OWN
process opens ``--viewers`` ``streamLiveCounts`` streams -> this process sends, open loop at a
fixed rate, ``recordClick`` (round robin over the posts) and every ``--checkin-every``-th event
a ``checkIn`` (``sse_send.run_phase``, raw keep-alive HTTP) -> web -> Kafka (acks=all) -> agent
batch -> PostgreSQL (trigger NOTIFY fair_changed) -> the web's LiveHub: one snapshot query ->
every viewer.

Delay of one event on one viewer = arrival of the first snapshot whose count for that event's
key (the post's ``clicks``, or the fair's ``checked_in``) reaches the count after that event
(the n-th accepted event of a key, in answer order, needs base + n), minus the moment its
answer was read. A snapshot's ``seq`` numbers snapshots, not events, so counts are what tells.
Percentiles (p50/p95/p99/max) over every viewer x event pair ("all viewers", what the screens
show) and over the first viewer to see each event ("first viewer": the pipeline without the
fan-out). Both client processes' CPU share is printed: above 90 % of a core, the client may be
the limit.

Phases on one stack: a **baseline** trickle (``--baseline-rate``), the **load** run at
``--rate`` (``--events`` requests, or ``--seconds`` x rate), and with ``--sweep`` rising rates
(``--sweep-rates``, ``--seconds`` each, default 10) until a rate misses p99 <= ``--target-ms``
(250) or is not reached; reports the largest rate that keeps it. Bounded: ``--timeout`` overall
(SIGALRM), each phase's settling 60 s; the stack and the viewer process are always stopped.
JSON in ``loadtests/results/sse_latency.json``; ``loadtests.sse_report`` prints it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
from pathlib import Path
from typing import Any

from loadtests.sse_report import report
from loadtests.sse_send import RawClient, run_phase, setup_fair, targets
from loadtests.stack import BenchStack, bench_env, log

RESULTS = Path(__file__).resolve().parent / "results"
SETTLE_S = 60.0
SWEEP = "250,500,1000,2000,4000"


class Viewers:
    """The ``loadtests.sse_fleet`` child process and its line protocol."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc

    @classmethod
    async def start(
        cls, port: int, path: str, n: int, posts: list[str]
    ) -> tuple[Viewers, dict[str, Any]]:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "loadtests.sse_fleet",
            "127.0.0.1",
            str(port),
            path,
            str(n),
            json.dumps(posts),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        self = cls(proc)
        return self, await self.answer(90)

    async def answer(self, within: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = await asyncio.wait_for(self.proc.stdout.readline(), within)
        if not line:
            raise RuntimeError("the SSE viewer process ended")
        got: dict[str, Any] = json.loads(line)
        return got

    async def analyse(self, spec: dict[str, Any], tag: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        events, out = RESULTS / f"sse_events_{tag}.json", RESULTS / f"sse_delays_{tag}.json"
        events.write_text(json.dumps(spec))
        self.proc.stdin.write(
            json.dumps(
                {"cmd": "analyse", "events": str(events), "out": str(out), "settle_s": SETTLE_S}
            ).encode()
            + b"\n"
        )
        await self.proc.stdin.drain()
        await self.answer(SETTLE_S + 120)
        result: dict[str, Any] = json.loads(out.read_text())
        events.unlink()
        out.unlink()
        return result

    async def stop(self) -> None:
        if self.proc.returncode is None:
            if self.proc.stdin is not None:
                self.proc.stdin.close()
            try:
                await asyncio.wait_for(self.proc.wait(), 10)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()


def meets(phase: dict[str, Any], target_ms: float) -> bool:
    """p99 over all viewers within the target for clicks and check-ins, every pair seen, and
    the asked rate reached (within 10 %)."""
    for kind in ("click", "checkin"):
        d = phase.get(kind, {}).get("sse_delay", {})
        p99 = d.get("all_viewers", {}).get("p99_ms")
        if d.get("pairs") and (p99 is None or p99 > target_ms or d["seen_pairs"] < d["pairs"]):
            return False
    return bool(phase["achieved_rate"]) and phase["achieved_rate"] >= 0.9 * phase["asked_rate"]


async def measure(stack: BenchStack, args: argparse.Namespace) -> dict[str, Any]:
    fair, entrance, posts = await asyncio.to_thread(setup_fair, stack, args.posts)
    viewers, ready = await Viewers.start(
        stack.settings.port, f"/api/fairs/{fair}/live", args.viewers, posts
    )
    log(f"{ready['ready']} of {args.viewers} SSE viewers connected")
    client = RawClient("127.0.0.1", stack.settings.port)
    await client.open(args.connections)
    base: dict[int, int] = {}
    phones = iter(range(3_000_000_000, 9_000_000_000, 10_000_000))
    kinds = {"click": list(range(1, len(posts) + 1)), "checkin": [0]}

    async def phase(tag: str, n: int, rate: float) -> dict[str, Any]:
        log(f"{tag}: {n} events at {rate:g}/s, {ready['ready']} viewers")
        records, info = await run_phase(
            client,
            n=n,
            rate=rate,
            checkin_every=args.checkin_every,
            entrance=entrance,
            posts=posts,
            phone_base=next(phones),
        )
        spec = {
            "t_start": info["t_start"],
            "t_end": info["t_end"],
            "kinds": kinds,
            "events": targets(records, base),
            "final": base,
        }
        seen = await viewers.analyse(spec, tag)
        info["viewer_cpu_percent"] = seen["client_cpu_percent"]
        info["settled"] = seen["settled"]
        for kind in kinds:
            recs = [r for r in records if r.kind == kind]
            ok = sorted(r.done - r.sent for r in recs if r.ok)
            lag = sorted(r.sent - r.due for r in recs)
            info[kind] = {
                "accepted": len(ok),
                "rejected": len(recs) - len(ok),
                "sse_delay": seen.get(kind, {}),
                "http_p99_ms": round(ok[int(0.99 * (len(ok) - 1))] * 1000, 1) if ok else None,
                "client_lag_p99_ms": round(lag[int(0.99 * (len(lag) - 1))] * 1000, 1)
                if lag
                else None,
            }
        return info

    out: dict[str, Any] = {
        "viewers": {"asked": args.viewers, "connected": ready["ready"], "errors": ready["errors"]}
    }
    try:
        out["baseline"] = await phase("baseline", args.baseline_events, args.baseline_rate)
        events = int(args.seconds * args.rate) if args.seconds else args.events
        out["load"] = await phase("load", events, args.rate)
        if args.sweep:
            sweep, best = [], None
            for rate in sorted(float(r) for r in args.sweep_rates.split(",")):
                got = (
                    out["load"]
                    if rate == args.rate
                    else await phase(f"sweep-{rate:g}", int(rate * (args.seconds or 10)), rate)
                )
                got["meets_target"] = meets(got, args.target_ms)
                sweep.append(got)
                if not got["meets_target"]:
                    break
                best = rate
            out["sweep"], out["largest_rate_ok"] = sweep, best
    finally:
        await client.close()
        await viewers.stop()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m loadtests.sse_latency",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--events", type=int, default=5000, help="requests in the load run")
    p.add_argument(
        "--seconds",
        type=float,
        default=None,
        help="load run (and each sweep step) lasts this long instead of --events",
    )
    p.add_argument("--rate", type=float, default=1000.0, help="requests per second (load)")
    p.add_argument("--viewers", type=int, default=500, help="SSE viewers (own process)")
    p.add_argument(
        "--sweep",
        action="store_true",
        help="raise the rate, find the largest that keeps p99 <= --target-ms",
    )
    p.add_argument("--sweep-rates", default=SWEEP)
    p.add_argument("--target-ms", type=float, default=250.0)
    p.add_argument("--connections", type=int, default=128, help="sender keep-alive conns")
    p.add_argument("--baseline-events", type=int, default=200)
    p.add_argument("--baseline-rate", type=float, default=20.0)
    p.add_argument(
        "--checkin-every",
        type=int,
        default=10,
        help="every n-th request is a check-in (0: clicks only)",
    )
    p.add_argument("--posts", type=int, default=5)
    p.add_argument("--batch-window-ms", type=int, default=100)
    p.add_argument("--timeout", type=float, default=900.0, help="overall bound in seconds")
    args = p.parse_args(argv)
    args.events = max(1, min(args.events, 200_000))
    args.rate = max(1.0, min(args.rate, 8000.0))
    args.viewers = max(1, min(args.viewers, 5000))
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    signal.signal(signal.SIGALRM, lambda signum, frame: sys.exit("timed out"))
    signal.alarm(int(args.timeout))
    RESULTS.mkdir(parents=True, exist_ok=True)
    try:
        with BenchStack(
            batch_window_ms=args.batch_window_ms, keep_logs=RESULTS / "logs", extra_env=bench_env()
        ) as stack:
            result = {"args": vars(args), **asyncio.run(measure(stack, args))}
    finally:
        signal.alarm(0)
    (RESULTS / "sse_latency.json").write_text(json.dumps(result, indent=2))
    report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
