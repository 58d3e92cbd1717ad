"""``AckAfterBatchStream.take_events`` does not make a quiet stream wait for its window: with a
window of an hour, a lone event reaches the agent at once (issue 15: the batch window stopped
adding latency to live counts when the stream is quiet), and events that queue while the agent
works form the next batch together."""

from __future__ import annotations

import asyncio
from typing import Any

import faust

from streams.faustfix import AckAfterBatchStream, close_unstarted_consumer


def test_a_lone_event_is_handed_over_without_waiting_for_the_window() -> None:
    # Never started: agent.test_context() feeds a memory channel; no broker is dialled.
    app = faust.App("batching-idle-test", broker="kafka://127.0.0.1:1", store="memory://",
                    Stream=AckAfterBatchStream)
    seen: list[list[Any]] = []
    busy = asyncio.Event()

    @app.agent()
    async def agent(stream: Any) -> None:
        async for events in stream.take_events(1000, within=3600):
            seen.append([e.value for e in events])
            if len(seen) == 1:
                await busy.wait()  # more events queue while the agent works on batch 1

    async def until(check: Any, what: str) -> None:
        for _ in range(1000):  # a deadline of ~10 s; the window is an hour
            if check():
                return
            await asyncio.sleep(0.01)
        raise AssertionError(f"timed out: {what}")

    async def scenario() -> None:
        async with agent.test_context() as running:
            await running.put(1, wait=False)
            await until(lambda: len(seen) == 1, "the lone event handed over")
            for i in (2, 3, 4):
                await running.put(i, wait=False)
            busy.set()
            await until(lambda: sum(map(len, seen)) == 4, "the queued events handed over")
        assert seen[0] == [1] and [v for batch in seen[1:] for v in batch] == [2, 3, 4]

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(scenario())
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)
        close_unstarted_consumer(app)
