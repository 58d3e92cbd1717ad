"""Clicks combined at the edge (``web.live.combiner``), their record format
(``streams.clicks.ClicksRecorded``), the agent's parser (``agents.clicks.parse_click``) and the
cluster health classification (``web.health.describe_cluster``): pure logic, no servers.

The combiner is driven on a real event loop with a ``send`` that stands where
``Publisher.send`` is in a web process (it records the records, or fails like Kafka does).
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from agents.clicks import parse_click
from streams.clicks import ClickRecorded, ClicksRecorded
from streams.events import BadEvent, decode
from web.health import describe_cluster, health_answer
from web.live.combiner import MAX_WEIGHT, PART_WEIGHT, ClickCombiner
from web.publish import BrokerUnavailable, ClusterView

AT = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def now() -> datetime:
    return AT


def combiner(sent: list[tuple[bytes, bytes]], fail: BaseException | None = None,
             window_s: float = 0.002) -> ClickCombiner:
    async def send(value: bytes, key: bytes) -> None:
        await asyncio.sleep(0)
        if fail is not None:
            raise fail
        sent.append((value, key))

    return ClickCombiner(send, window_s=window_s, now=now)


def test_concurrent_clicks_become_one_record_per_post() -> None:
    posts = [str(uuid.uuid4()) for _ in range(3)]
    fair = str(uuid.uuid4())
    sent: list[tuple[bytes, bytes]] = []
    ids = [str(uuid.uuid4()) for _ in range(40)]

    async def run() -> None:
        c = combiner(sent)
        await asyncio.gather(
            *(c.add(posts[i % 3], fair, "room-1" if i % 2 else None, None,
                    ids[i] if i < 40 else None) for i in range(100)))

    asyncio.run(run())
    assert sorted(key for _, key in sent) == sorted(p.encode() for p in posts)
    records = [decode(value, ClicksRecorded) for value, _ in sent]
    assert sum(r.total for r in records) == 100
    assert sorted(i for r in records for g in r.groups for i in g["click_ids"]) == sorted(ids)
    for r in records:
        assert r.fair_id == fair and r.at == AT.isoformat()
        assert {g["source"] for g in r.groups} == {"room-1", None}
        uuid.UUID(r.record_id)


def test_record_bytes_are_the_event_encoding() -> None:
    sent: list[tuple[bytes, bytes]] = []
    post, fair = str(uuid.uuid4()), str(uuid.uuid4())

    async def run() -> None:
        c = combiner(sent)
        await asyncio.gather(c.add(post, fair, "直播间", str(uuid.uuid4()), str(uuid.uuid4())),
                             c.add(post, fair, None))

    asyncio.run(run())
    ((value, _),) = sent
    assert decode(value, ClicksRecorded).to_bytes() == value


def test_a_failed_send_fails_every_request_of_the_record() -> None:
    sent: list[tuple[bytes, bytes]] = []
    post, fair = str(uuid.uuid4()), str(uuid.uuid4())

    async def run() -> list[Any]:
        c = combiner(sent, fail=BrokerUnavailable("Kafka did not confirm"))
        return await asyncio.gather(*(c.add(post, fair, None) for _ in range(10)),
                                    return_exceptions=True)

    results = asyncio.run(run())
    assert all(isinstance(r, BrokerUnavailable) for r in results)
    assert results[0].body()["error"] == "broker_unavailable"
    assert results[0].extra["retry_after"] >= 1
    assert not sent


def test_a_big_group_is_sent_without_waiting_for_the_window() -> None:
    sent: list[tuple[bytes, bytes]] = []
    post, fair = str(uuid.uuid4()), str(uuid.uuid4())

    async def run() -> None:
        c = combiner(sent, window_s=3600)  # only the size closes a group here
        n = MAX_WEIGHT - PART_WEIGHT  # one (source, room) part + this many client ids
        await asyncio.gather(*(c.add(post, fair, None, None, str(uuid.uuid4()))
                               for _ in range(n)))

    asyncio.run(run())
    assert len(sent) == 1 and len(sent[0][0]) < 64 * 1024


def test_parse_combined_and_one_click_records() -> None:
    post, fair, click = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    combined = ClicksRecorded(
        record_id=str(uuid.uuid4()), post_id=str(post), fair_id=str(fair), at=AT.isoformat(),
        groups=[{"source": "s", "room_id": None, "n": 3, "click_ids": [str(click).upper()]}])
    parsed = parse_click(combined.to_bytes())
    assert parsed.post_id == post and parsed.at == AT
    assert [(p.source, p.room_id, p.n, p.click_ids) for p in parsed.parts] == [
        ("s", "", 3, [click])]
    single = parse_click(ClickRecorded(click_id=str(click), post_id=str(post),
                                       fair_id=str(fair), at=AT.isoformat()).to_bytes())
    assert single.record_id is None and single.parts[0].click_ids == [click]


@pytest.mark.parametrize("group", [
    "not an object", {"source": None, "room_id": None, "n": -1, "click_ids": []},
    {"source": None, "room_id": None, "n": True, "click_ids": []},
    {"source": "x" * 65, "room_id": None, "n": 1, "click_ids": []},
    {"source": None, "room_id": None, "n": 1, "click_ids": ["nope"]},
    {"source": None, "room_id": 5, "n": 1, "click_ids": []},
])
def test_bad_groups_are_bad_events(group: Any) -> None:
    raw = orjson.dumps({"type": "ClicksRecorded", "record_id": str(uuid.uuid4()),
                        "post_id": str(uuid.uuid4()), "fair_id": str(uuid.uuid4()),
                        "at": AT.isoformat(), "groups": [group]})
    with pytest.raises(BadEvent):
        parse_click(raw)


def test_cluster_states() -> None:
    healthy = ClusterView({1, 2, 3}, [(1, [1, 2, 3], [1, 2, 3]), (2, [2, 3, 1], [2, 3, 1])])
    assert describe_cluster(healthy) == ("ok", "ok")
    one_down = ClusterView({1, 2}, [(1, [1, 2, 3], [1, 2]), (2, [2, 3, 1], [2, 1])])
    state, sentence = describe_cluster(one_down)
    assert state == "degraded" and "1 of 3 brokers down" in sentence
    assert "2 of 2 partitions under-replicated" in sentence
    leaderless = ClusterView({1}, [(-1, [2, 3, 1], [1]), (1, [1, 2, 3], [1])])
    assert describe_cluster(leaderless)[0] == "unavailable"
    assert describe_cluster(None, "KafkaConnectionError") == (
        "unreachable", "unreachable (KafkaConnectionError)")
    single = ClusterView({1}, [(1, [1], [1])])
    assert describe_cluster(single) == ("ok", "ok")


def test_a_degraded_cluster_is_ready_with_every_component_ok() -> None:
    sentence = "degraded (1 of 3 brokers down, 4 of 28 partitions under-replicated)"
    body, code = health_answer("degraded", sentence, "ok", "ok")
    assert code == 200
    assert body == {"status": "degraded", "broker": "ok", "database": "ok", "worker": "ok",
                    "broker_detail": sentence}
    body, code = health_answer("ok", "ok", "ok", "ok")
    assert (code, body["status"], "broker_detail" in body) == (200, "ok", False)
    down = "unreachable (KafkaError)"
    body, code = health_answer("unreachable", down, "ok", "ok")
    assert (code, body["status"], body["broker"]) == (503, "unavailable", down)
    body, code = health_answer("degraded", sentence, "ok", "starting (rebalancing)")
    assert (code, body["broker"], body["broker_detail"]) == (503, "ok", sentence)
