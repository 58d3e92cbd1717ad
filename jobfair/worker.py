"""``jobfair worker``: the composition root of one stream worker process.

Builds the Faust app (``streams.app``), a PostgreSQL pool, the metrics registry, registers every
agent family, and runs Faust's worker until SIGTERM/SIGINT. Run as many as there are
partitions to share; Faust's consumer group spreads partitions (and table state) among them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from typing import Any

import faust
from prometheus_client import CollectorRegistry, start_http_server

from agents import applications, checkins, clicks, deadletters, heartbeat, scheduling, support
from agents import setup as setup_agent
from agents.runtime import AgentDeps, AgentMetrics
from jobfair.checks import check_broker
from jobfair.db import create_pool
from jobfair.settings import Settings
from streams.app import create_app, declare_topics

log = logging.getLogger(__name__)


def build(settings: Settings, pool: Any, registry: CollectorRegistry) -> faust.App:
    """Everything a worker runs, wired; also used by agent tests with a memory broker."""
    from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor

    app = create_app(settings)
    app.monitor = PrometheusMonitor(metrics=FaustMetrics.create(registry, "faust"))
    deps = AgentDeps(
        settings=settings, pool=pool, topics=declare_topics(app), metrics=AgentMetrics(registry)
    )
    app.on_consumer_reread = lambda topic: deps.metrics.rereads.labels(topic).inc()
    worker_id = f"{socket.gethostname()}-{os.getpid()}"
    clicks.register(app, deps)
    checkins.register(app, deps)
    applications.register(app, deps)
    setup_agent.register(app, deps)
    scheduling.register(app, deps)
    support.register(app, deps)
    deadletters.register(app, deps)
    heartbeat.register(app, deps, worker_id)
    return app


def run(settings: Settings) -> int:
    bootstrap, dsn = settings.require_servers()
    check_broker(bootstrap)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    # A lock wait that never ends would stall an agent silently: turn it into an error that
    # is logged and handled (the batch is retried or dead-lettered).
    pool = loop.run_until_complete(create_pool(
        dsn, max_size=8, server_settings={"lock_timeout": "15s"},
    ))
    registry = CollectorRegistry()
    app = build(settings, pool, registry)
    if settings.worker_metrics_port:
        start_http_server(settings.worker_metrics_port, addr=settings.host, registry=registry)
        log.info("worker metrics on http://%s:%s/metrics", settings.host,
                 settings.worker_metrics_port)
    worker = faust.Worker(
        app, loop=loop, loglevel=settings.log_level.upper(), quiet=True,
        override_logging=False,
    )
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    finally:
        if not loop.is_closed():
            loop.run_until_complete(pool.close())
    return 0
