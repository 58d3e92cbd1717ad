"""Patched behaviour 3 (see ``streams.faustfix``): a Faust consumer that never commits past, and
re-reads, a message no agent received.

What we saw (faust-streaming 0.15.3, aiokafka 0.14, real Kafka): right after a worker is
assigned partitions, a few records fetched from the broker sometimes never reach any stream. They
are neither processed nor acked. Faust's commit logic then does one of two things:

* if the partition has a committed offset, the commit stops at the first missing record and
  stays there (the worker goes on processing later records; ``post_counts`` ends short until the
  next restart re-reads them);
* if the group never committed on that partition (Faust keeps "no commit" and "committed 0"
  both as ``None``), ``Consumer._new_offset`` skips its "hole at the head" check and commits
  *past* the missing records: they are lost for good.

We did not find which of Faust's drop points does it (stream skips, conductor, fetch loop), so
this class fixes both consequences where they are decided:

1. ``_new_offset`` refuses to commit past a hole at the head of the acked offsets, using the
   partition's start position when there is no committed offset, and also for a one-record hole
   (Faust tests ``min(acked) - committed > 1``, letting exactly one missing record through).
2. A watchdog (``_hole_watchdog``) looks every ``HOLE_CHECK_S`` at each assigned partition of an
   acking topic: if the first record after the committed offset has been read from the broker
   but is not acked, not in flight in any stream, not waiting in any agent's queue, and stays so
   for ``HOLE_PATIENCE`` checks in a row, it seeks the partition back to that record. The agents
   are idempotent on event ids, so what is read twice is applied once.

The watchdog stays quiet when the broker, not the agent, is the cause: at every check that finds
a hole it asks the broker for the partition's earliest offset (``BROKER_PROBE_S``); if no answer
comes (the broker or the partition's leader is down or frozen, a failover is under way) it
forgets the suspect, logs nothing above debug and counts ``broker_pauses``. So a hole must last
``HOLE_PATIENCE`` consecutive checks *in which the broker answered* before a re-read: records
stuck behind an unreachable broker are not an agent's fault, and a re-read would not help.

Every repair is logged as a warning and counted (``repairs``; the worker exports it as
``jobfair_consumer_rereads_total`` through ``app.on_consumer_reread``), so an operator sees it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP
from mode import Service

HOLE_CHECK_S = 2.0
HOLE_PATIENCE = 3  # consecutive checks (about 6 s) before a hole is repaired
BROKER_PROBE_S = 2.0


class HoleRepairingConsumer(faust_aiokafka.Consumer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._start_offset: dict[TP, int] = {}
        self._suspect: dict[TP, tuple[int, int]] = {}  # tp -> (hole offset, checks seen)
        self.repairs = 0
        self.broker_pauses = 0
        super().__init__(*args, **kwargs)

    async def perform_seek(self) -> None:
        await super().perform_seek()
        # Where reading starts on partitions with no committed offset (auto reset "earliest"):
        # the log start. Faust stores "committed 0" as None too; both start there.
        acking = self.app.topics.acking_topics
        fresh = [tp for tp in self.assignment()
                 if tp.topic in acking and self._committed_offset.get(tp) is None]
        self._start_offset = {tp: off for tp, off in self._start_offset.items()
                              if tp in self.assignment()}
        if fresh:
            earliest: Mapping[TP, int] = await self.earliest_offsets(*fresh)
            for tp, offset in earliest.items():
                self._start_offset[tp] = int(offset or 0)

    def _expected(self, tp: TP) -> int | None:
        committed = self._committed_offset.get(tp)
        return committed if committed is not None else self._start_offset.get(tp)

    def _new_offset(self, tp: TP) -> int | None:
        acked = self._acked[tp]
        if acked:
            gap = self._gap[tp]
            if gap:  # Faust's own known gaps (e.g. transaction markers) count as acked
                max_offset = max(acked)
                candidates = sorted(gap.overlap(0, max_offset), key=lambda iv: iv.begin)
                if candidates:
                    extra: list[int] = []
                    for iv in candidates:
                        extra.extend(range(iv.begin, iv.end))
                    acked.extend(extra)
                    gap.chop(0, max(extra[-1], max_offset + 1))
            acked.sort()
            expected = self._expected(tp)
            if expected is not None and acked[0] > expected:
                return None  # a record before the acked ones is missing: do not skip it
            run_end = 0
            while run_end + 1 < len(acked) and acked[run_end + 1] <= acked[run_end] + 1:
                run_end += 1
            batch = acked[: run_end + 1]
            del acked[: run_end + 1]
            self._acked_index[tp].difference_update(batch)
            return batch[-1] + 1
        return None

    def _hole(self, tp: TP) -> int | None:
        """The first record at or after the committed offset that was read but never reached a
        stream (or None)."""
        expected = self._expected(tp)
        read = self._read_offset.get(tp)
        if expected is None or read is None or read < expected:
            return None
        try:
            highwater = self.highwater(tp)
        except Exception:  # not started / not assigned any more
            return None
        if highwater is None or expected >= highwater:
            return None
        done = set(self._acked[tp])
        offset = expected
        while offset <= read and (offset in done or self._gap[tp].overlaps(offset)):
            offset += 1
        if offset > read:
            return None
        in_flight = {m.offset for m in list(self._unacked_messages) if m.tp == tp}
        if offset in in_flight:
            return None
        conductor: Any = self.app.topics
        for channel in conductor._topic_name_index.get(tp.topic, ()):
            queue = getattr(channel, "_queue", None)
            if queue is not None and not queue.empty():
                return None  # an agent has not taken its queued records yet
        return offset

    async def _broker_answers(self, tp: TP) -> bool:
        """Whether the broker leading ``tp`` answers an offsets request now."""
        try:
            await asyncio.wait_for(self.earliest_offsets(tp), BROKER_PROBE_S)
        except asyncio.CancelledError:
            raise
        except Exception:  # timeout, no leader, connection refused: the broker is the cause
            return False
        return True

    @Service.task
    async def _hole_watchdog(self) -> None:
        while not self.should_stop:
            await self.sleep(HOLE_CHECK_S)
            if not self.flow_active:
                self._suspect.clear()
                continue
            try:
                await self._check_holes()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the watchdog must never take the worker down
                self.log.warning("hole watchdog: %r", exc)

    async def _check_holes(self) -> None:
        acking = self.app.topics.acking_topics
        for tp in sorted(self.assignment()):
            if tp.topic not in acking:
                continue
            hole = self._hole(tp)
            if hole is None:
                self._suspect.pop(tp, None)
                continue
            # Suspicion only grows over checks in which the partition's broker answered: a hole
            # that lasts through a broker outage is the broker's doing, not an agent's.
            if not await self._broker_answers(tp):
                self._suspect.pop(tp, None)
                self.broker_pauses += 1
                self.log.debug("%s[%s]: record %s has not reached an agent, but the broker "
                               "does not answer: not counted", tp.topic, tp.partition, hole)
                continue
            seen_hole, count = self._suspect.get(tp, (hole, 0))
            count = count + 1 if seen_hole == hole else 1
            self._suspect[tp] = (hole, count)
            if count < HOLE_PATIENCE:
                continue
            self._suspect.pop(tp, None)
            self.repairs += 1
            hook = getattr(self.app, "on_consumer_reread", None)
            if hook is not None:
                hook(tp.topic)
            self.log.warning(
                "%s[%s]: record %s was fetched but never reached an agent; re-reading from it "
                "(the agents skip what they already applied)", tp.topic, tp.partition, hole)
            await self.seek_wait({tp: hole})
