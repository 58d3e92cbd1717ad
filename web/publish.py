"""Publishing events from web processes: one idempotent producer per process.

``Publisher.publish(topic_spec, event)`` returns once the broker acknowledged the record on all
in-sync replicas (``acks=all``), so a 202 means the event is durable. The event decides its own
key (``Event.key``), so web code never chooses partitions. Every produce is bounded
(``JOBFAIR_BROKER_TIMEOUT_MS``), never a hang. ``send`` is the same for bytes already encoded
(``web.live.combiner``'s combined click records). Every record carries its deadline (the bound
minus ``JOBFAIR_BROKER_ACK_GRACE_MS``) and counts only if the broker appended it by then
(``streams.fence``). Not confirmed in time:
- ``BrokerUnavailable`` (503 ``broker_unavailable``, ``Retry-After``): the record never left
  this process, or Kafka appended it after its deadline. Never counted, even when the producer
  delivers it after the broker comes back.
- ``BrokerUnconfirmed`` (503 ``broker_unavailable`` with ``"recorded": "unknown"``,
  ``Retry-After``): a broker took the record
  but did not confirm it (froze, died, lost leadership). It may be counted: retry with the
  same id.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from aiokafka.partitioner import DefaultPartitioner, murmur2
from aiokafka.protocol.metadata import MetadataRequest

from streams import fence
from streams.events import Event
from streams.topics import TopicSpec
from web.command_errors import Unavailable, Unconfirmed

log = logging.getLogger(__name__)


class BrokerUnavailable(Unavailable):
    code = "broker_unavailable"


class BrokerUnconfirmed(Unconfirmed):
    """503 ``broker_unavailable`` with ``"recorded": "unknown"``: the record reached a broker
    that did not confirm it in time, so it may be counted (the contract's answer for a produce
    Kafka cannot confirm in time is 503 ``broker_unavailable``; the flag says which 503 is
    the rare one that may still count, so clients retry it with the same id)."""

    code = "broker_unavailable"

    def __init__(self, detail: str) -> None:
        super().__init__(detail, recorded="unknown")


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


@dataclass(frozen=True)
class ClusterView:
    """Live brokers and (leader, replicas, in-sync replicas) of each partition asked about."""

    brokers: set[int]
    partitions: list[tuple[int, list[int], list[int]]]

    @property
    def known_brokers(self) -> set[int]:
        """Live brokers and every broker a partition still names as a replica (down ones)."""
        return self.brokers.union(*(set(r) for _, r, _ in self.partitions))

    @property
    def under_replicated(self) -> int:
        return sum(len(isr) < len(replicas) for _, replicas, isr in self.partitions)

    @property
    def offline(self) -> int:
        return sum(leader < 0 for leader, _, _ in self.partitions)


class Publisher:
    def __init__(self, bootstrap: str, *, idempotent: bool = True, timeout_s: float = 5.0,
                 grace_s: float = 1.0) -> None:
        self.timeout_s = timeout_s
        if not 0 <= grace_s < timeout_s:
            raise ValueError("the ack grace must be below the broker bound")
        self.grace_s = grace_s
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
        await self.send(topic.name, event.to_bytes(), event.key)

    async def send(self, topic: str, value: bytes, key: bytes) -> None:
        """Produce one record and wait for its ack, at most ``timeout_s``; return only if the
        broker appended it by its deadline (``streams.fence``: the record carries the deadline,
        and the agents drop a record appended after it, so a 503 is never counted)."""
        deadline = fence.deadline_ms(time.time(), self.timeout_s, self.grace_s)
        delivery: asyncio.Future[Any] | None = None
        try:
            async with asyncio.timeout(self.timeout_s):
                delivery = await self._producer.send(
                    topic, value, key=key, headers=fence.deadline_headers(deadline))
                # shield: on timeout stop waiting, but leave aiokafka's future to aiokafka
                # (a record it still writes is appended after its deadline: not counted).
                ack = await asyncio.shield(delivery)
        except KafkaError as exc:
            raise BrokerUnavailable(
                f"could not hand the event to Kafka ({type(exc).__name__}); retry shortly"
            ) from None
        except TimeoutError:
            if delivery is None or self._never_sent(delivery):
                raise BrokerUnavailable(  # appended, if ever, after its deadline: not counted
                    f"Kafka did not take the event within {self.timeout_s:g} s; retry shortly"
                ) from None
            raise BrokerUnconfirmed(
                f"Kafka did not confirm the event within {self.timeout_s:g} s; it may have "
                "been recorded: retry with the same id"
            ) from None
        if not fence.acked_in_time(ack.timestamp, ack.timestamp_type, deadline):
            log.warning("Kafka appended a record to %s %d ms after its deadline: answered 503, "
                        "the agents will not count it", topic, ack.timestamp - deadline)
            raise BrokerUnavailable(
                "Kafka confirmed the event too late; it will not be counted, retry shortly")

    def _never_sent(self, delivery: asyncio.Future[Any]) -> bool:
        """True if the record still waits in the producer and was never handed to a broker:
        it can only be appended after now, i.e. after its deadline (503 is then a promise).
        Reads aiokafka's accumulator (0.14: ``_batches`` deques of batches holding
        ``_msg_futures``; ``retry_count`` > 0 once a batch was drained for sending); anything
        unexpected answers False, so the client hears "unconfirmed", never a wrong promise."""
        batches = getattr(getattr(self._producer, "_message_accumulator", None), "_batches", None)
        if not isinstance(batches, dict):
            return False
        for queue in batches.values():
            for batch in queue:
                if any(f is delivery for f, _ in getattr(batch, "_msg_futures", ())):
                    return getattr(batch, "retry_count", 1) == 0
        return False

    async def cluster(self, topics: list[str], per_node_s: float = 1.0) -> ClusterView:
        """What the brokers say about ``topics`` now: the first broker that answers a metadata
        request within ``per_node_s`` (a stopped broker is skipped); KafkaError if none does."""
        client: Any = self._producer.client
        nodes = [b.nodeId for b in client.cluster.brokers()] or ["bootstrap"]
        error: Exception = KafkaError("no broker known")
        for node in nodes:
            try:
                response = await asyncio.wait_for(
                    client.send(node, MetadataRequest(topics)), per_node_s)
            except (KafkaError, OSError, TimeoutError) as exc:
                error = exc
                continue
            # Response v0: (error, topic, partitions); v1-v5: (error, topic, internal, partitions);
            # a partition is (error, index, leader, replicas, isr, ...) in every version.
            return ClusterView(
                brokers={b[0] for b in response.brokers},
                partitions=[(p[2], list(p[3]), list(p[4]))
                            for t in response.topics for p in (t[2] if len(t) == 3 else t[3])],
            )
        raise KafkaError(f"no broker answered ({type(error).__name__})")
