"""The Faust app factory and the Faust view of every topic in ``streams.topics``.

``create_app(settings)`` is called by the worker's composition root (``jobfair.worker``) and by
agent tests. Faust reads unprefixed variables such as ``BROKER_URL`` or ``WEB_PORT`` and lets
them override code; the app is built with ``env_prefix`` so only ``JOBFAIR_FAUST_*`` (none of
which we document) could reach it. ``tests/unit/test_app_settings.py`` pins that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from mode.utils.objects import cached_property
from mode.utils.queues import FlowControlEvent

from jobfair.settings import Settings
from streams import topics as specs
from streams.batching import AckAfterBatchStream
from streams.consumer import JobfairTransport

FAUST_ENV_PREFIX = "JOBFAIR_FAUST_"


class _IdempotentProducer(faust_aiokafka.Producer):
    """acks=all plus idempotence, so a retried send never duplicates a changelog record."""

    def _settings_extra(self) -> dict[str, Any]:
        return {"acks": "all", "enable_idempotence": True}


class _IdempotentTransport(faust_aiokafka.Transport):
    Producer = _IdempotentProducer


class KeepQueuesWhenActive(FlowControlEvent):
    """Faust's flow control, except that ``resume()`` clears the agents' queues only when flow
    was actually suspended.

    Faust (0.15.3) calls ``resume()`` twice after a rebalance: once to read changelogs, and again
    after seeking the stream partitions to their committed offsets. By then the fetcher is
    running, and records it fetched after the seek sit in the agents' queues with their read
    offsets recorded. mode's ``resume()`` always clears the queues, so those records vanished
    without being processed or acked: the commit then stopped at them, or, on a partition never
    committed before, went past them (lost clicks and registrations after a worker restart).
    Stale records from before a rebalance are still dropped: Faust suspends and clears at revoke,
    and a resume from suspended clears again.
    """

    def resume(self) -> None:
        was_active = self.is_active()
        self._suspend.clear()
        self._resume.set()
        if not was_active:
            self.clear()


class JobfairApp(faust.App):
    """A Faust app whose producer is idempotent unless the broker cannot do it (Tansu), whose
    consumer never commits past a record no agent received (``streams.consumer``), and whose
    flow control keeps fetched records across a repeated resume."""

    idempotent_producer: bool = True
    #: Tables write changelog records. Agent tests (``agent.test_context()``, no worker, no
    #: changelog topics) turn it off; ``agents.runtime.put_table`` then writes local state only.
    write_changelog: bool = True
    #: Called with the topic each time the consumer re-reads a record (worker metrics).
    on_consumer_reread: Callable[[str], None] | None = None

    @cached_property
    def flow_control(self) -> FlowControlEvent:
        return KeepQueuesWhenActive(loop=self.loop)

    def _new_transport(self) -> Any:
        return JobfairTransport(self.conf.broker_consumer, self)

    def _new_producer_transport(self) -> Any:
        if not self.idempotent_producer:
            return super()._new_producer_transport()
        return _IdempotentTransport(self.conf.broker_producer, self)


@dataclass(frozen=True)
class Topics:
    clicks: Any
    setup: Any
    checkins: Any
    applications: Any
    interviews: Any
    deadletter: Any


def create_app(settings: Settings, *, bootstrap: str | None = None) -> JobfairApp:
    servers = bootstrap or settings.kafka_bootstrap or "127.0.0.1:9092"
    broker = ";".join(f"kafka://{s.strip()}" for s in servers.split(","))
    app = JobfairApp(
        settings.app_id,
        broker=broker,
        env_prefix=FAUST_ENV_PREFIX,
        autodiscover=False,
        store="memory://",
        web_enabled=False,
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,  # changelog topics are Faust's own; ours are provisioned
        topic_disable_leader=True,
        producer_acks=-1,
        consumer_auto_offset_reset="earliest",
        broker_commit_every=settings.batch_max,
        broker_commit_interval=1.0,
        # Tansu waits the whole rebalance timeout on join (README: limits).
        broker_rebalance_timeout=5.0 if settings.broker_kind == "tansu" else 60.0,
        # A crashed worker's partitions move after 10 s instead of Faust's default 60 s.
        broker_session_timeout=10.0,
        broker_heartbeat_interval=2.0,
        table_standby_replicas=0,
        stream_wait_empty=True,
        Stream=AckAfterBatchStream,
        logging_config=None,
        loghandlers=[],
    )
    app.idempotent_producer = settings.broker_kind == "kafka"
    return app


def declare_topics(app: faust.App) -> Topics:
    """Faust topics over raw bytes: agents decode themselves so poison messages dead-letter."""

    def topic(spec: specs.TopicSpec) -> Any:
        return app.topic(
            spec.name, key_serializer="raw", value_serializer="raw",
            retention=timedelta(milliseconds=spec.retention_ms) if spec.retention_ms > 0 else None,
            internal=False,
        )

    return Topics(
        clicks=topic(specs.CLICKS),
        setup=topic(specs.SETUP),
        checkins=topic(specs.CHECKINS),
        applications=topic(specs.APPLICATIONS),
        interviews=topic(specs.INTERVIEWS),
        deadletter=topic(specs.DEADLETTER),
    )
