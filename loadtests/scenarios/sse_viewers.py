"""Hundreds of ``streamLiveCounts`` viewers in one asyncio process, beside locust.

    python -m loadtests.scenarios.sse_viewers URL PATH VIEWERS SECONDS RESULT.json

PATH is streamLiveCounts' path for the fair (found by operationId by the caller).

Opens VIEWERS streams (``text/event-stream``, httpx2, one connection each), counts the
snapshots every viewer receives, and records every snapshot of viewer 0 (the probe) as
(wall-clock time, total clicks): ``loadtests.sustained`` turns that into the end-to-end delay
(click accepted by web -> visible to SSE viewers). Stops after SECONDS or SIGTERM and writes
RESULT: viewers connected, snapshots, errors, the probe series.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
import time
from pathlib import Path
from typing import Any

import httpx2 as httpx


async def viewer(client: httpx.AsyncClient, url: str, i: int, stats: dict[str, Any]) -> None:
    try:
        async with client.stream("GET", url, headers={"accept": "text/event-stream"}) as resp:
            if resp.status_code != 200:
                stats["errors"].append(f"status {resp.status_code}")
                return
            stats["connected"] += 1
            async for line in resp.aiter_lines():
                if not line.startswith("data:"):
                    continue
                stats["snapshots"] += 1
                if i == 0:
                    snap = json.loads(line[5:])
                    stats["probe"].append((time.time(), sum(p["clicks"] for p in snap["posts"])))
    except (httpx.HTTPError, OSError) as exc:
        stats["errors"].append(type(exc).__name__)


async def main(url: str, path: str, n: int, seconds: float, result: Path) -> None:
    stats: dict[str, Any] = {"viewers": n, "connected": 0, "snapshots": 0, "errors": [],
                             "probe": []}
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    limits = httpx.Limits(max_connections=n + 1, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(10, read=None),
                                 limits=limits) as client:
        tasks = [asyncio.create_task(viewer(client, path, i, stats)) for i in range(n)]
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), seconds)
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    stats["error_count"] = len(stats["errors"])
    stats["errors"] = sorted(set(stats["errors"]))[:20]
    result.write_text(json.dumps(stats))  # noqa: ASYNC240 (once, at the end)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]),
                     Path(sys.argv[5])))
