"""Canaries for ``streams.faustfix``: each fails when upstream changes what a patch replaces.

Two kinds, per patched behaviour (numbers as in ``streams.faustfix``):
- the upstream source we copied or override is byte-for-byte the one we patched against
  (a fingerprint of ``inspect.getsource``); a change means: read the upstream diff, re-check
  the patch, update the fingerprint;
- the unpatched upstream behaviour still shows the bug (so the patch is still needed). For 1
  and 2 those live beside the patch's own tests (``test_batching.py``:
  ``test_faust_take_events_acks_the_interrupted_batch``, ``test_consumer_holes.py``:
  ``test_mode_flow_control_drops_it``); 3, 4 and 5 are here.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
from collections.abc import Iterator
from importlib.metadata import version
from typing import Any

import faust
import pytest
from faust.app import base as app_base
from faust.transport import consumer as faust_consumer
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP
from mode.utils.queues import FlowControlEvent

import streams.faustfix as fence
from streams.faustfix import close_unstarted_consumer

# name -> (object, sha256[:16] of its source in the pinned versions)
UPSTREAM: dict[str, tuple[Any, str]] = {
    "faust.Stream.take_events (1)": (faust.Stream.take_events, "607d48aead118ba8"),
    "mode FlowControlEvent.resume (2)": (FlowControlEvent.resume, "4dcdc1253fd0dcb4"),
    "faust Consumer._new_offset (3)": (faust_consumer.Consumer._new_offset, "1d2c7ea89a7ad4f1"),
    "faust aiokafka Producer._settings_extra (4)": (
        faust_aiokafka.Producer._settings_extra, "a4c7bc41b6382223"),
    "faust aiokafka Producer._new_producer (4)": (
        faust_aiokafka.Producer._new_producer, "e72355c3430ed02f"),
    "faust App._new_transport (2-4)": (app_base.App._new_transport, "42db531312dd776f"),
    "faust App._new_producer_transport (4)": (
        app_base.App._new_producer_transport, "eb3b4aa6a8961275"),
    "faust aiokafka Producer.key_partition (5)": (
        faust_aiokafka.Producer.key_partition, "c713c4d7b421ecdf"),
}


def fingerprint(obj: Any) -> str:
    return hashlib.sha256(inspect.getsource(obj).encode()).hexdigest()[:16]


def test_the_pinned_versions_are_installed() -> None:
    assert (version("faust-streaming"), version("mode-streaming"), version("aiokafka")) == (
        fence.FAUST_VERSION, fence.MODE_VERSION, fence.AIOKAFKA_VERSION)


@pytest.mark.parametrize("name", sorted(UPSTREAM))
def test_upstream_source_is_the_one_we_patched_against(name: str) -> None:
    obj, expected = UPSTREAM[name]
    assert fingerprint(obj) == expected, (
        f"{name} changed upstream: re-check the matching patch in streams/faustfix/")


@pytest.fixture
def plain_consumer() -> Iterator[Any]:
    """Faust's own aiokafka consumer (no patch), on an app that is never started."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        app = faust.App("canary", broker="kafka://127.0.0.1:1", store="memory://")
        c = app.consumer
        assert type(c) is faust_aiokafka.Consumer
        yield c
        close_unstarted_consumer(c.app)
    finally:
        loop.close()
        asyncio.set_event_loop(None)


def test_3_faust_commits_past_a_hole_on_a_never_committed_partition(plain_consumer: Any) -> None:
    tp = TP("checkins", 0)
    plain_consumer._acked[tp] = [3, 4, 5]  # 0, 1, 2 were fetched but never acked
    assert plain_consumer._committed_offset.get(tp) is None
    assert plain_consumer._new_offset(tp) == 6  # the bug: 0..2 are skipped for good


def test_3_faust_commits_past_a_one_record_hole(plain_consumer: Any) -> None:
    tp = TP("checkins", 0)
    plain_consumer._committed_offset[tp] = 10
    plain_consumer._acked[tp] = [11, 12]  # 10 never acked: min(acked) - committed == 1
    assert plain_consumer._new_offset(tp) == 13


def test_4_faust_asks_for_idempotence_only_inside_transactions() -> None:
    class Holder:
        def __init__(self, in_transaction: bool) -> None:
            self.app = type("App", (), {"in_transaction": in_transaction})()

    extra = faust_aiokafka.Producer._settings_extra
    assert extra(Holder(False)) == {}  # type: ignore[arg-type]  # at-least-once: no idempotence
    assert extra(Holder(True)) == {"acks": "all", "enable_idempotence": True}  # type: ignore[arg-type]
    assert "_settings_extra()" in inspect.getsource(faust_aiokafka.Producer._new_producer)
    app = faust.App("canary", broker="kafka://127.0.0.1:1", store="memory://")
    assert not any("idempoten" in key for key in app.conf.__dict__)


def test_5_aiokafka_cannot_partition_for_a_topic_without_metadata() -> None:
    import aiokafka

    async def partition_without_metadata() -> str:
        producer = aiokafka.AIOKafkaProducer(bootstrap_servers="127.0.0.1:1")
        try:
            producer._partition("never-fetched", None, None, None, b"key", None)
        except TypeError as exc:  # what a table write raises before changelog_ready
            return type(exc).__name__
        finally:
            await producer.stop()
        return "partitioned"

    assert asyncio.run(partition_without_metadata()) == "TypeError"
