"""Patched behaviour 1 (see ``streams.faustfix``): a Faust ``Stream`` whose ``take_events`` acks
a batch only after the agent has finished it.

Faust's own ``Stream.take_events`` (faust-streaming 0.15.3) acks the buffered events in a
``finally`` block around its ``yield``. When the worker stops, ``Stream.on_stop`` closes the
generator while the agent is still inside the batch (waiting on PostgreSQL, say): the close runs
that ``finally``, the events are acked, the stop commits their offsets, and the next worker
starts after events nobody finished. That was the "graceful restart loses clicks" bug.

Here the acks happen only when the agent comes back for the next batch, i.e. after its loop body
returned. A batch interrupted by a stop, a crash or a cancellation stays unacked, its offsets are
not committed, and the partition's next owner reads it again; the agents' effects are idempotent
on event ids, so the redelivery is harmless.

It also stops the batch window from adding latency when the stream is quiet: a batch is
handed to the agent as soon as nothing more is waiting in the channel's queue (or ``max_`` is
reached, or ``within`` has passed since the agent last came back). When idle, one event is
processed at once; under load, the events that queued while the agent worked on the previous
batch form the next one, so batches grow with the load by themselves (issue 15).

``streams.app.create_app`` installs this class with Faust's ``Stream`` setting, so agents keep
calling ``stream.take_events(max_, within=...)``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Sequence
from typing import Any

import faust
from faust.streams import _tracks_buffer_agen
from faust.types import EventT
from mode import Seconds, want_seconds
from mode.utils.futures import notify


class AckAfterBatchStream(faust.Stream[Any]):
    @_tracks_buffer_agen
    async def take_events(
        self, max_: int, within: Seconds
    ) -> AsyncGenerator[Sequence[EventT[Any]], None]:
        buffer: list[Any] = []
        events: list[EventT[Any]] = []
        buffer_full = asyncio.Event()
        buffer_consumed = asyncio.Event()
        timeout = want_seconds(within) if within else None
        stream_enable_acks: bool = self.enable_acks
        buffer_consuming: asyncio.Future[None] | None = None
        channel_it = self.channel.__aiter__()
        waiting: Any = getattr(channel_it, "queue", None)  # where the next events wait

        async def add_to_buffer(value: Any) -> Any:
            # Runs in the stream's passive consumer for every event (as in Faust's version).
            nonlocal buffer_consuming
            try:
                if buffer_consuming is not None:
                    try:
                        await buffer_consuming  # the agent is working on the previous batch
                    finally:
                        buffer_consuming = None
                buffer.append(value)
                event = self.current_event
                if event is None:
                    raise RuntimeError("Take buffer found current_event is None")
                events.append(event)
                if len(buffer) >= max_:
                    buffer_full.set()
                    buffer_consumed.clear()
                    await self.wait(buffer_consumed)  # type: ignore[arg-type]  # as in faust
                elif waiting is not None and waiting.empty():
                    buffer_full.set()  # nothing more waiting: hand over what is here now
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.log.exception("Error adding to take buffer: %r", exc)
                await self.crash(exc)
            return value

        self.enable_acks = False  # this generator acks, and only finished batches
        self.add_processor(add_to_buffer)
        self._enable_passive(channel_it)  # type: ignore[arg-type]  # as in faust
        try:
            while not self.should_stop:
                await self.wait_for_stopped(buffer_full, timeout=timeout)  # type: ignore[arg-type]
                if not buffer:
                    continue
                buffer_consuming = self.loop.create_future()
                # If the agent's loop body raises, or the generator is closed while the agent
                # is inside the batch (worker stop), the yield raises and nothing below runs:
                # the batch stays unacked and is redelivered to the partition's next owner.
                yield list(events)
                buffer.clear()
                for event in events:
                    await self.ack(event)
                events.clear()
                notify(buffer_consuming)
                buffer_full.clear()
                buffer_consumed.set()
        finally:
            self.enable_acks = stream_enable_acks
            self._processors.remove(add_to_buffer)
