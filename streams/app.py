"""The Faust app factory and the Faust view of every topic in ``streams.topics``.

``create_app(settings)`` is called by the worker's composition root (``jobfair.worker``) and by
agent tests. Faust reads unprefixed variables such as ``BROKER_URL`` or ``WEB_PORT`` and lets
them override code; the app is built with ``env_prefix`` so only ``JOBFAIR_FAUST_*`` (none of
which we document) could reach it. ``tests/unit/test_settings.py`` pins that. The app class and
its ``Stream`` come from ``streams.faustfix``, the one place that touches Faust's internals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import faust

from jobfair.settings import Settings
from streams import topics as specs
from streams.faustfix import AckAfterBatchStream, FencedApp

FAUST_ENV_PREFIX = "JOBFAIR_FAUST_"


# The worker's app class, under the name the rest of the project knows it by.
JobfairApp = FencedApp


@dataclass(frozen=True)
class Topics:
    clicks: Any
    setup: Any
    checkins: Any
    applications: Any
    interviews: Any
    support: Any
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
        support=topic(specs.SUPPORT),
        deadletter=topic(specs.DEADLETTER),
    )
