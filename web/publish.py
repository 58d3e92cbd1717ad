"""Publishing events from web processes: one idempotent producer per process.

``Publisher.publish(topic_spec, event)`` returns once the broker acknowledged the record on all
in-sync replicas (``acks=all``), so a 202 means the event is durable. The event decides its own
key (``Event.key``), so web code never chooses partitions.
"""

from __future__ import annotations

from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from aiokafka.partitioner import DefaultPartitioner, murmur2

from streams.events import Event
from streams.topics import TopicSpec
from web.command_errors import Unavailable


class BrokerUnavailable(Unavailable):
    code = "broker_unavailable"


class KeyHashPartitioner:
    """aiokafka's DefaultPartitioner (murmur2 of the key, as the Java client) with the hash
    cached per key: the pure-Python murmur2 cost a few per cent of recordClick's CPU, and keys
    (post ids, fair ids) repeat. Same partition for the same key as the default."""

    def __init__(self, limit: int = 100_000) -> None:
        self._hash: dict[bytes, int] = {}
        self._limit = limit
        self._keyless = DefaultPartitioner()

    def __call__(self, key: bytes | None, all_partitions: list[int],
                 available: list[int]) -> int:
        if key is None:
            return self._keyless(key, all_partitions, available)  # type: ignore[no-any-return]
        h = self._hash.get(key)
        if h is None:
            if len(self._hash) >= self._limit:
                self._hash.clear()
            h = self._hash[key] = murmur2(key) & 0x7FFFFFFF
        return all_partitions[h % len(all_partitions)]


class Publisher:
    def __init__(self, bootstrap: str, *, idempotent: bool = True) -> None:
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap.split(","),
            acks="all",
            enable_idempotence=idempotent,
            linger_ms=0,  # measured: linger adds latency and lowers req/s under send_and_wait
            request_timeout_ms=10000,
            client_id="jobfair-web",
            partitioner=KeyHashPartitioner(),
        )

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        await self._producer.stop()

    async def publish(self, topic: TopicSpec, event: Event) -> None:
        try:
            await self._producer.send_and_wait(topic.name, event.to_bytes(), key=event.key)
        except KafkaError as exc:
            raise BrokerUnavailable(
                f"could not hand the event to Kafka ({type(exc).__name__}); retry shortly"
            ) from None

    async def check(self) -> None:
        """Raise unless a broker answers a metadata request now."""
        client: Any = self._producer.client
        metadata = await client.fetch_all_metadata()
        if not metadata.brokers():
            raise BrokerUnavailable("no broker in cluster metadata")
