"""The consumer-side fixes for records that never reach an agent (``streams.faustfix.consumer`` and
``streams.faustfix.flow``), on an app that is built but never started (no broker)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from faust.types import TP
from mode.utils.queues import FlowControlEvent, FlowControlQueue

from jobfair.settings import Settings
from streams.app import create_app
from streams.faustfix import HoleRepairingConsumer, KeepQueuesWhenActive, close_unstarted_consumer

CHECKINS = TP("checkins", 0)


@pytest.fixture
def consumer() -> Iterator[Any]:
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        app = create_app(Settings.from_env({}))
        c = app.consumer
        assert isinstance(c, HoleRepairingConsumer)
        c.highwater = lambda tp: 100  # type: ignore[method-assign]  # as the broker would say
        yield c
        close_unstarted_consumer(c.app)
    finally:
        loop.close()
        asyncio.set_event_loop(None)


def test_no_commit_past_a_hole_at_the_head_of_a_never_committed_partition(consumer: Any) -> None:
    consumer._start_offset[CHECKINS] = 0
    consumer._acked[CHECKINS] = [3, 4, 5]  # 0, 1 and 2 never reached an agent
    assert consumer._new_offset(CHECKINS) is None
    consumer._acked[CHECKINS] = [2, 0, 1, 4]
    assert consumer._new_offset(CHECKINS) == 3
    assert consumer._acked[CHECKINS] == [4]


def test_no_commit_past_a_one_record_hole(consumer: Any) -> None:
    consumer._committed_offset[CHECKINS] = 10
    consumer._acked[CHECKINS] = [11, 12]  # Faust's own check lets exactly this through
    assert consumer._new_offset(CHECKINS) is None
    consumer._acked[CHECKINS] = [10, 11, 13]
    assert consumer._new_offset(CHECKINS) == 12


class FakeMessage:
    def __init__(self, tp: TP, offset: int) -> None:
        self.tp, self.offset = tp, offset


def test_hole_is_the_first_read_record_neither_acked_nor_in_flight(consumer: Any) -> None:
    consumer._committed_offset[CHECKINS] = 5
    consumer._read_offset[CHECKINS] = 9
    consumer._acked[CHECKINS] = [7, 8, 9]
    assert consumer._hole(CHECKINS) == 5
    consumer._acked[CHECKINS] = [5, 7, 8, 9]
    assert consumer._hole(CHECKINS) == 6
    in_flight = FakeMessage(CHECKINS, 6)  # an agent is still working on it
    consumer._unacked_messages.add(in_flight)
    assert consumer._hole(CHECKINS) is None
    consumer._unacked_messages.discard(in_flight)
    consumer._acked[CHECKINS] = [5, 6, 7, 8, 9]
    assert consumer._hole(CHECKINS) is None  # everything read was acked
    consumer._read_offset[CHECKINS] = 4
    assert consumer._hole(CHECKINS) is None  # nothing read past the commit yet


def queue_after_two_resumes(event: FlowControlEvent) -> list[str]:
    queue: FlowControlQueue[str] = FlowControlQueue(flow_control=event, clear_on_resume=True)
    event.resume()  # suspended -> active: stale records are dropped (both classes)
    queue.put_nowait("fetched after the first resume")
    event.resume()  # active -> active (Faust's second resume after a rebalance)
    return list(queue._queue)  # type: ignore[attr-defined]


def test_a_second_resume_keeps_what_was_fetched() -> None:
    assert queue_after_two_resumes(KeepQueuesWhenActive()) == ["fetched after the first resume"]


def test_mode_flow_control_drops_it() -> None:
    # The upstream behaviour this class replaces; if this fails, mode changed.
    assert queue_after_two_resumes(FlowControlEvent()) == []


def test_resume_after_suspend_still_clears() -> None:
    event = KeepQueuesWhenActive()
    queue: FlowControlQueue[str] = FlowControlQueue(flow_control=event, clear_on_resume=True)
    event.resume()
    queue.put_nowait("from before the rebalance")
    event.suspend()
    event.resume()
    assert list(queue._queue) == []  # type: ignore[attr-defined]


def test_watchdog_rereads_a_hole_that_persists_and_reports_it(consumer: Any) -> None:
    seeks: list[dict[TP, int]] = []
    reported: list[str] = []

    async def seek_wait(partitions: dict[TP, int]) -> None:  # records the decision only
        seeks.append(dict(partitions))

    async def earliest_offsets(*partitions: TP) -> dict[TP, int]:  # the broker answers
        return dict.fromkeys(partitions, 0)

    consumer.assignment = lambda: {CHECKINS}
    consumer.seek_wait = seek_wait
    consumer.earliest_offsets = earliest_offsets
    consumer.app.topics._acking_topics.add(CHECKINS.topic)
    consumer.app.on_consumer_reread = reported.append
    consumer._committed_offset[CHECKINS] = 5
    consumer._read_offset[CHECKINS] = 9
    consumer._acked[CHECKINS] = [6, 7, 8, 9]
    loop = asyncio.get_event_loop()
    loop.run_until_complete(consumer._check_holes())
    loop.run_until_complete(consumer._check_holes())
    assert seeks == []  # patience: a record may still be on its way
    loop.run_until_complete(consumer._check_holes())
    assert seeks == [{CHECKINS: 5}] and reported == ["checkins"] and consumer.repairs == 1


def test_watchdog_stays_quiet_while_the_broker_does_not_answer(consumer: Any) -> None:
    """A hole that lasts through a broker outage is the broker's doing: suspicion only grows
    over checks in which the broker answered (issue 14)."""
    seeks: list[dict[TP, int]] = []
    answering = [False]

    async def seek_wait(partitions: dict[TP, int]) -> None:
        seeks.append(dict(partitions))

    async def earliest_offsets(*partitions: TP) -> dict[TP, int]:
        if not answering[0]:
            raise ConnectionError("broker down")  # as a stopped broker or leader would
        return dict.fromkeys(partitions, 0)

    consumer.assignment = lambda: {CHECKINS}
    consumer.seek_wait = seek_wait
    consumer.earliest_offsets = earliest_offsets
    consumer.app.topics._acking_topics.add(CHECKINS.topic)
    consumer._committed_offset[CHECKINS] = 5
    consumer._read_offset[CHECKINS] = 9
    consumer._acked[CHECKINS] = [6, 7, 8, 9]
    loop = asyncio.get_event_loop()
    for _ in range(6):
        loop.run_until_complete(consumer._check_holes())
    assert seeks == [] and consumer.repairs == 0 and consumer.broker_pauses == 6
    answering[0] = True  # back: the hole must now last its full patience with a live broker
    loop.run_until_complete(consumer._check_holes())
    loop.run_until_complete(consumer._check_holes())
    assert seeks == []
    loop.run_until_complete(consumer._check_holes())
    assert seeks == [{CHECKINS: 5}] and consumer.repairs == 1
