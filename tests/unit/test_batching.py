"""``AckAfterBatchStream.take_events``: a batch is acked only once the agent has finished it.

The comparison run with Faust's own ``Stream`` shows the behaviour this class exists to avoid
(a batch interrupted by the worker's stop is acked, so its offsets would be committed).
"""

from __future__ import annotations

import asyncio
from typing import Any

import faust

from streams.faustfix import AckAfterBatchStream, close_unstarted_consumer


def acks_when_stopped_inside_the_second_batch(stream_class: type) -> list[list[bool]]:
    # An app that is never started: agent.test_context() feeds a memory channel; the broker
    # address is never dialled.
    app = faust.App("batching-test", broker="kafka://127.0.0.1:1", store="memory://",
                    Stream=stream_class)
    seen: list[Any] = []
    gate = asyncio.Event()

    @app.agent()
    async def agent(stream: Any) -> None:
        async for events in stream.take_events(3, within=0.05):
            seen.append(events)
            if len(seen) == 2:
                await gate.wait()  # still working on batch 2 when the stop comes

    async def scenario() -> list[list[bool]]:
        async with agent.test_context() as running:
            for i in range(6):
                await running.put(i)
            for _ in range(500):
                if len(seen) == 2:
                    break
                await asyncio.sleep(0.01)
            assert len(seen) == 2, "the agent never reached its second batch"
            assert [e.value for e in seen[0]] == [0, 1, 2]
        return [[e.message.acked for e in batch] for batch in seen]

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(scenario())
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)
        close_unstarted_consumer(app)


def test_finished_batches_are_acked_and_an_interrupted_one_is_not() -> None:
    assert acks_when_stopped_inside_the_second_batch(AckAfterBatchStream) == [
        [True, True, True], [False, False, False]]


def test_faust_take_events_acks_the_interrupted_batch() -> None:
    # The upstream behaviour (faust-streaming 0.15.3). If this starts failing, upstream fixed
    # it and AckAfterBatchStream may be retired.
    assert acks_when_stopped_inside_the_second_batch(faust.Stream) == [
        [True, True, True], [True, True, True]]


def test_the_worker_app_uses_it() -> None:
    from jobfair.settings import Settings
    from streams.app import create_app

    app = create_app(Settings.from_env({}))
    assert app.conf.Stream is AckAfterBatchStream
