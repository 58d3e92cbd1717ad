"""Drive an HTTP endpoint with ``wrk`` (apt package wrk), bounded in time and request count.

A generated Lua script sends the given bodies in turn, stops each thread after its share of
``max_requests`` (wrk itself stops after ``seconds``) and prints one JSON line of results from
``done()``, which ``run_wrk`` parses. Every run uses the same script shape, so the baseline and
the measured endpoint pay the same client-side cost.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

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
  if answered >= max_requests then wrk.thread:stop() end
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

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def ok(self) -> int:
        return self.requests - self.non_2xx


def require_wrk() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit("wrk not found: apt-get install wrk (it generates the HTTP load)")
    return path


def run_wrk(url: str, *, seconds: int, connections: int, max_requests: int,
            method: str = "GET", bodies: list[str] | None = None) -> WrkResult:
    """One wrk thread (the server under test shares the machine's cores), ``connections``
    keep-alive connections, at most ``seconds`` and about ``max_requests`` requests."""
    wrk = require_wrk()
    lua_bodies = ",".join(f"[[{b}]]" for b in (bodies or []))
    script = LUA % {"bodies": lua_bodies, "method": method, "max_requests": max_requests}
    with tempfile.TemporaryDirectory(prefix="jobfair-wrk-") as tmp:
        path = Path(tmp) / "script.lua"
        path.write_text(script)
        out = subprocess.run(
            [wrk, "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s",
             "-s", str(path), url],
            capture_output=True, text=True, timeout=seconds + 60, check=True,
        ).stdout
    line = next(x for x in out.splitlines() if x.startswith('{"requests"'))
    r = json.loads(line)
    return WrkResult(
        requests=r["requests"], seconds=r["duration_us"] / 1e6, non_2xx=r["non_2xx"],
        socket_errors=r["socket_errors"], p50_ms=r["p50_us"] / 1000, p99_ms=r["p99_us"] / 1000,
    )
