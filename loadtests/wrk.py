"""Drive an HTTP endpoint with ``wrk`` (apt package wrk), bounded by duration, and measure
whether the load generator itself was the limit.

A generated Lua script sends the given bodies in turn and prints one JSON line of results from
``done()``, which ``run_wrk`` parses. Runs are bounded by ``seconds`` only: a request cap makes
wrk's threads stop early while the run still lasts ``seconds``, so req/s would read as
cap / seconds (the bare baseline once read exactly 300,000 / 20 s = 15,000 req/s). An optional
``max_requests`` cap is kept for smoke runs and is reported when it was hit.

While wrk runs, psutil samples the CPU time of wrk and of the server process(es) under test:
``client_core_share`` is wrk's CPU time / wall time (1.0 = one core saturated). With 2 cores
and one wrk thread, a share well below 0.9 means wrk was waiting for the server, not the
limit; ``pin`` puts wrk on one core and the server on the other (``os.sched_setaffinity``).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

LUA = """
local bodies = {%(bodies)s}
local method = "%(method)s"
local max_requests = %(max_requests)d
local sent, answered = 0, 0
wrk.method = method
wrk.headers["Content-Type"] = "application/json"
request = function()
  sent = sent + 1
  if #bodies == 0 then return wrk.format(method) end
  return wrk.format(method, nil, nil, bodies[(sent %% #bodies) + 1])
end
response = function(status, headers, body)
  answered = answered + 1
  if max_requests > 0 and answered >= max_requests then wrk.thread:stop() end
end
done = function(s, latency, requests)
  io.write(string.format(
    '{"requests":%%d,"duration_us":%%d,"non_2xx":%%d,"socket_errors":%%d,' ..
    '"p50_us":%%d,"p99_us":%%d,"mean_us":%%.1f}\\n',
    s.requests, s.duration, s.errors.status,
    s.errors.connect + s.errors.read + s.errors.write + s.errors.timeout,
    latency:percentile(50), latency:percentile(99), latency.mean))
end
"""


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    non_2xx: int
    socket_errors: int
    p50_ms: float
    p99_ms: float
    connections: int = 0
    capped: bool = False  # stopped by max_requests before the duration ended
    client_core_share: float = 0.0  # wrk CPU seconds / wall seconds (1.0 = one full core)
    server_core_share: float = 0.0  # same for the server process tree(s) given
    machine_busy: float = 0.0  # all cores, percent

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def ok(self) -> int:
        return self.requests - self.non_2xx

    def generator_check(self) -> str:
        """One line saying whether wrk could have been the limit."""
        verdict = (
            "wrk NOT the limit"
            if self.client_core_share < 0.9 and not self.capped
            else "wrk MAY BE the limit"
        )
        ours = (self.client_core_share + self.server_core_share) * 100 / (os.cpu_count() or 1)
        other = max(self.machine_busy - ours, 0.0)
        shared = f"; OTHER processes used ~{other:.0f}% of the machine" if other > 15 else ""
        if self.machine_busy >= 90:
            shared += "; machine saturated: figures are a lower bound, rerun on an idle machine"
        return (
            f"wrk 1 thread at {self.client_core_share:.0%} of a core, server "
            f"{self.server_core_share:.0%} of a core, machine {self.machine_busy:.0f}% busy, "
            f"{'capped' if self.capped else 'uncapped'}: {verdict}{shared}"
        )


def require_wrk() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit("wrk not found: apt-get install wrk (it generates the HTTP load)")
    return path


def _cpu_seconds(procs: list[psutil.Process]) -> float:
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def _tree(pids: list[int]) -> list[psutil.Process]:
    out: list[psutil.Process] = []
    for pid in pids:
        try:
            root = psutil.Process(pid)
            out += [root, *root.children(recursive=True)]
        except psutil.Error:
            pass
    return out


def run_wrk(
    url: str,
    *,
    seconds: int,
    connections: int,
    max_requests: int = 0,
    method: str = "GET",
    bodies: list[str] | None = None,
    server_pids: list[int] | None = None,
    pin: bool = False,
    pin_pids: list[int] | None = None,
) -> WrkResult:
    """One wrk thread, ``connections`` keep-alive connections, ``seconds`` long (and, if
    ``max_requests`` > 0, at most about that many requests). ``pin``: wrk on the second core
    and the processes ``pin_pids`` (default: all of ``server_pids``) on the first; the other
    server processes (Kafka, PostgreSQL, worker) stay free to run on either core."""
    wrk = require_wrk()
    lua_bodies = ",".join(f"[[{b}]]" for b in (bodies or []))
    script = LUA % {"bodies": lua_bodies, "method": method, "max_requests": max_requests}
    servers = _tree(server_pids or [])
    pinned = servers if pin_pids is None else _tree(pin_pids)
    cores = sorted(os.sched_getaffinity(0))
    if pin and len(cores) >= 2:
        for p in pinned:
            with contextlib.suppress(psutil.Error):
                p.cpu_affinity([cores[0]])
    with tempfile.TemporaryDirectory(prefix="jobfair-wrk-") as tmp:
        path = Path(tmp) / "script.lua"
        path.write_text(script)
        argv = [
            wrk,
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "5s",
            "-s",
            str(path),
            url,
        ]
        if pin and len(cores) >= 2 and shutil.which("taskset"):
            argv = ["taskset", "-c", str(cores[1]), *argv]
        server_before = _cpu_seconds(servers)
        psutil.cpu_percent()
        began = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        client = psutil.Process(proc.pid)
        client_cpu = 0.0
        try:
            while proc.poll() is None and time.perf_counter() - began < seconds + 60:
                client_cpu = max(client_cpu, _cpu_seconds([client, *client.children()]))
                time.sleep(0.2)
        except psutil.Error:
            pass
        out, _ = proc.communicate(timeout=60)
        wall = time.perf_counter() - began
        busy = psutil.cpu_percent()
        server_cpu = _cpu_seconds(servers) - server_before
    if pin:
        for p in pinned:
            with contextlib.suppress(psutil.Error):
                p.cpu_affinity(cores)
    line = next(x for x in out.splitlines() if x.startswith('{"requests"'))
    r = json.loads(line)
    duration = r["duration_us"] / 1e6
    return WrkResult(
        requests=r["requests"],
        seconds=duration,
        non_2xx=r["non_2xx"],
        socket_errors=r["socket_errors"],
        p50_ms=r["p50_us"] / 1000,
        p99_ms=r["p99_us"] / 1000,
        connections=connections,
        capped=max_requests > 0 and r["requests"] >= max_requests,
        client_core_share=client_cpu / wall if wall else 0.0,
        server_core_share=server_cpu / wall if wall else 0.0,
        machine_busy=busy,
    )
