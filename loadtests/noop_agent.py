"""Baseline (iii): a Faust agent that does nothing but take batches from topic ``clicks``.

Same Faust app configuration as the worker (``streams.app.create_app``), same topic view
(``declare_topics``), same ``take_events(batch_max, within=window)`` loop as the click agent,
but the body only counts: the framework's ceiling on this topic. A fresh consumer group reads
the topic from the beginning; after ``N`` events it writes the rate (events after the first
batch / time from the first to the last batch) to RESULT as JSON and idles until SIGTERM.

    python -m loadtests.noop_agent BOOTSTRAP N PARTITIONS RESULT
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import faust

from jobfair.settings import Settings
from streams.app import create_app, declare_topics


def main(bootstrap: str, n: int, partitions: int, result: Path) -> None:
    settings = Settings(
        app_id=f"jobfair-bench-noop-{uuid.uuid4().hex[:8]}",
        kafka_bootstrap=bootstrap,
        topic_partitions=partitions,
    )
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    app = create_app(settings)
    topics = declare_topics(app)
    window = settings.batch_window_ms / 1000
    state: dict[str, Any] = {
        "count": 0,
        "first": None,
        "first_count": 0,
        "batches": 0,
        "written": False,
    }

    @app.agent(topics.clicks, name="noop-clicks", concurrency=1)
    async def noop(stream: Any) -> None:
        async for events in stream.take_events(settings.batch_max, within=window):
            now = time.perf_counter()
            state["count"] += len(events)
            state["batches"] += 1
            if state["first"] is None:
                state["first"], state["first_count"] = now, state["count"]
            if state["count"] >= n and not state["written"]:
                state["written"] = True
                span = now - state["first"]
                counted = state["count"] - state["first_count"]
                tmp = result.with_suffix(".tmp")
                tmp.write_text(
                    json.dumps(
                        {
                            "events": state["count"],
                            "batches": state["batches"],
                            "per_s": round(counted / span, 1) if span > 0 else None,
                            "mean_batch": round(state["count"] / state["batches"], 1),
                        }
                    )
                )
                os.replace(tmp, result)

    worker = faust.Worker(app, loop=loop, loglevel="WARNING", quiet=True, override_logging=False)
    with contextlib.suppress(SystemExit):
        worker.execute_from_commandline()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
