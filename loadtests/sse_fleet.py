"""The SSE viewers of ``loadtests.sse_latency``: N ``streamLiveCounts`` streams in ONE process
of their own, so the viewers neither share the event loop of the request sender nor pass for
server time.

    python -m loadtests.sse_fleet HOST PORT PATH VIEWERS POST_IDS_JSON

Data flow: N raw-socket HTTP/1.1 streams (chunked ``text/event-stream``; no client library,
so 500 viewers cost little CPU) -> every ``data:`` line is parsed ONCE per distinct snapshot
(all viewers of one web process receive the same bytes: a small cache keyed by the bytes) into
a count vector ``(checked_in, clicks of post 0, clicks of post 1, ...)`` -> per viewer the list
of (arrival time, count vector). Time is ``time.monotonic()`` (CLOCK_MONOTONIC: the same clock
in the sender process).

Commands, one JSON line each on stdin; answers one JSON line each on stdout:
  (start)                       -> {"ready": connected, "errors": [...]}
  {"cmd": "analyse", "events": FILE, "out": FILE, "settle_s": S}
        waits (at most S) until every viewer shows the final targets of FILE, then writes to
        ``out`` the delay (first snapshot whose count for the event's key reaches the event's
        target) - (time the request was answered), over every viewer x event pair, and the CPU
        share of this process while the events were sent    -> {"done": true}
  {"cmd": "quit"}
FILE: {"t_start", "t_end", "kinds": {"click": [key...], "checkin": [0]},
       "events": [[key, target, answered_at, written_at], ...], "final": {key: target}}.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import psutil

MAX_PAIRS_EVENTS = 4000  # events analysed per viewer (evenly spaced) to bound memory


class Fleet:
    def __init__(self, host: str, port: int, path: str, n: int, posts: list[str]) -> None:
        self.host, self.port, self.path, self.n = host, port, path, n
        self.index = {p: i + 1 for i, p in enumerate(posts)}
        self.keys = len(posts) + 1
        self.times: list[list[float]] = [[] for _ in range(n)]
        self.counts: list[list[tuple[int, ...]]] = [[] for _ in range(n)]
        self.cache: dict[bytes, tuple[int, ...]] = {}
        self.errors: list[str] = []
        self.connected = 0
        self.cpu: list[tuple[float, float]] = []  # (monotonic, this process's CPU seconds)

    def parse(self, data: bytes) -> tuple[int, ...]:
        vec = self.cache.get(data)
        if vec is None:
            snap = json.loads(data)
            out = [0] * self.keys
            out[0] = snap["checked_in"]
            for post in snap["posts"]:
                if (k := self.index.get(post["post_id"])) is not None:
                    out[k] = post["clicks"]
            vec = tuple(out)
            if len(self.cache) > 256:
                self.cache.clear()
            self.cache[data] = vec
        return vec

    def on_event(self, i: int, event: bytes, at: float) -> None:
        for line in event.split(b"\n"):
            if line.startswith(b"data:"):
                self.times[i].append(at)
                self.counts[i].append(self.parse(line[5:].strip()))

    async def view(self, i: int) -> None:
        try:
            reader, writer = await asyncio.open_connection(self.host, self.port, limit=2**22)
        except OSError as exc:
            self.errors.append(f"connect {type(exc).__name__}")
            return
        try:
            writer.write(
                f"GET {self.path} HTTP/1.1\r\nHost: {self.host}\r\n"
                "Accept: text/event-stream\r\n\r\n".encode()
            )
            status = (await reader.readline()).split()
            if len(status) < 2 or status[1] != b"200":
                self.errors.append(f"status {status[1:2]}")
                return
            chunked = False
            while (header := await reader.readline()) not in (b"\r\n", b""):
                chunked |= header.lower().startswith(b"transfer-encoding: chunked")
            self.connected += 1
            buf = b""
            while True:
                if chunked:
                    size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        return
                    chunk = await reader.readexactly(size + 2)
                    piece = chunk[:-2]
                else:
                    piece = await reader.readline()
                    if not piece:
                        return
                at = time.monotonic()
                buf += piece.replace(b"\r\n", b"\n")
                *events, buf = buf.split(b"\n\n")
                for event in events:
                    self.on_event(i, event, at)
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            self.errors.append(type(exc).__name__)
        finally:
            writer.close()

    async def sample_cpu(self) -> None:
        me = psutil.Process()
        while True:
            t = me.cpu_times()
            self.cpu.append((time.monotonic(), t.user + t.system))
            await asyncio.sleep(0.25)

    def cpu_share(self, t0: float, t1: float) -> float | None:
        inside = [s for s in self.cpu if t0 - 0.3 <= s[0] <= t1 + 0.3]
        if len(inside) < 2 or inside[-1][0] <= inside[0][0]:
            return None
        return round(100 * (inside[-1][1] - inside[0][1]) / (inside[-1][0] - inside[0][0]), 1)

    def reached(self, final: dict[int, int]) -> bool:
        return all(c and all(c[-1][k] >= v for k, v in final.items()) for c in self.counts if c)

    async def analyse(self, cmd: dict[str, Any]) -> None:
        spec = json.loads(Path(cmd["events"]).read_text())  # noqa: ASYNC240 (small, once)
        final = {int(k): v for k, v in spec["final"].items()}
        deadline = time.monotonic() + float(cmd.get("settle_s", 60))
        while not self.reached(final) and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.1)  # poll with a deadline: viewers are plain lists
        out: dict[str, Any] = {
            "settled": self.reached(final),
            "client_cpu_percent": self.cpu_share(spec["t_start"], spec["t_end"]),
        }
        ev = np.array(spec["events"], dtype=np.float64).reshape(-1, 4)
        for kind, keys in spec["kinds"].items():
            sel = ev[np.isin(ev[:, 0], keys)]
            if len(sel) > MAX_PAIRS_EVENTS:  # evenly spaced over the run
                sel = sel[np.linspace(0, len(sel) - 1, MAX_PAIRS_EVENTS).astype(int)]
            out[kind] = self.delays(sel)
        Path(cmd["out"]).write_text(json.dumps(out))  # noqa: ASYNC240

    def delays(self, sel: np.ndarray) -> dict[str, Any]:
        rows = []
        for times, counts in zip(self.times, self.counts, strict=True):
            if not counts:
                continue
            t, c = np.array(times), np.array(counts)
            row = np.full(len(sel), np.nan, dtype=np.float32)
            for key in np.unique(sel[:, 0]).astype(int):
                m = sel[:, 0] == key
                idx = np.searchsorted(c[:, key], sel[m, 1], side="left")
                ok = idx < len(t)
                vals = np.full(int(m.sum()), np.nan)
                vals[ok] = t[idx[ok]] - sel[m, 2][ok]
                row[m] = vals
            rows.append(row)
        if not rows or not len(sel):
            return {"events": len(sel), "pairs": 0}
        mat = np.vstack(rows)
        seen = ~np.isnan(mat)
        before = int((mat[seen] < 0).sum())  # seen before the client had read its answer
        allp = np.clip(mat[seen], 0, None)
        first = np.clip(np.nanmin(np.where(seen, mat, np.inf), axis=0), 0, None)
        first = first[np.isfinite(first)]
        # the same pairs from the moment the request was written (answer wait included)
        from_req = (mat + (sel[:, 2] - sel[:, 3]).astype(np.float32)[None, :])[seen]

        def pct(a: np.ndarray) -> dict[str, float | None]:
            if not len(a):
                return {"p50_ms": None, "p95_ms": None, "p99_ms": None, "max_ms": None}
            q = np.percentile(a, [50, 95, 99]) * 1000
            return {
                "p50_ms": round(float(q[0]), 1),
                "p95_ms": round(float(q[1]), 1),
                "p99_ms": round(float(q[2]), 1),
                "max_ms": round(float(a.max()) * 1000, 1),
            }

        return {
            "events": len(sel),
            "viewers": len(rows),
            "pairs": int(mat.size),
            "seen_pairs": int(seen.sum()),
            "seen_before_answer": before,
            "all_viewers": pct(allp),
            "first_viewer": pct(first),
            "all_viewers_from_request": pct(np.clip(from_req, 0, None)),
        }


async def main(host: str, port: int, path: str, n: int, posts: list[str]) -> None:
    fleet = Fleet(host, port, path, n, posts)
    sampler = asyncio.create_task(fleet.sample_cpu())
    tasks = []
    for i in range(n):  # staggered: a burst of 500 connects must not overflow accept()
        tasks.append(asyncio.create_task(fleet.view(i)))
        if i % 50 == 49:
            await asyncio.sleep(0.05)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and sum(1 for t in fleet.times if t) + len(fleet.errors) < n:  # noqa: ASYNC110 (poll with a deadline)
        await asyncio.sleep(0.1)
    print(
        json.dumps({"ready": sum(1 for t in fleet.times if t), "errors": fleet.errors[:20]}),
        flush=True,
    )
    loop = asyncio.get_running_loop()
    while line := await loop.run_in_executor(None, sys.stdin.readline):
        cmd = json.loads(line)
        if cmd["cmd"] == "quit":
            break
        await fleet.analyse(cmd)
        print(json.dumps({"done": True}), flush=True)
    for t in [*tasks, sampler]:
        t.cancel()
    await asyncio.gather(*tasks, sampler, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(
        main(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), json.loads(sys.argv[5]))
    )
