"""``/healthz``, ``/metrics`` and ``/openapi.json``.

Reads PostgreSQL ``worker_heartbeat`` (written by ``agents.heartbeat``) and asks the brokers for
the metadata of the platform's topics through the web process's own producer
(``Publisher.cluster``). Each component is ``"ok"`` or a sentence saying what is wrong; any
component that is not ok makes the answer 503, except a *degraded* cluster: a minority of
brokers down or partitions under-replicated while every partition still has a leader. Writes
go on (``acks=all`` with ``min.insync.replicas``), so the platform is ready: the answer is 200
with every component ``"ok"`` as the contract says of a ready platform, ``"status":
"degraded"``, and ``broker_detail`` saying what is missing. The same figures are gauges
(``jobfair_kafka_*``), refreshed on every ``/healthz`` and ``/metrics``.
"""

from __future__ import annotations

import asyncio
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from streams.topics import ALL_TOPICS
from web.openapi import Operation, dumps, openapi_document, operation
from web.publish import ClusterView
from web.support import metrics as support_metrics

HEARTBEAT_FRESH_S = 10
WORKER_QUERY = f"""
SELECT count(*) FILTER (WHERE ready) AS ready, count(*) AS seen FROM worker_heartbeat
WHERE seen_at > now() - interval '{HEARTBEAT_FRESH_S} seconds'
"""

HEALTH_SCHEMA = {
    "type": "object",
    "required": ["status", "broker", "database", "worker"],
    "properties": {
        "status": {"enum": ["ok", "degraded", "unavailable"]},
        "broker": {"type": "string"},
        "database": {"type": "string"},
        "worker": {"type": "string"},
        "broker_detail": {"type": "string"},
    },
}


@operation(
    Operation(
        "getHealth",
        "Readiness of broker, database and stream workers",
        responses={200: "every component ok", 503: "some component is not ok"},
        response_schema=HEALTH_SCHEMA,
    )
)
async def healthz(request: Request) -> Response:
    database, worker = await _database_and_worker(request)
    state, broker = await _broker(request)
    body, code = health_answer(state, broker, database, worker)
    return JSONResponse(body, status_code=code)


def health_answer(
    state: str, broker: str, database: str, worker: str
) -> tuple[dict[str, Any], int]:
    """(body, HTTP status) from the cluster's state and sentence and the other components."""
    ready = state in ("ok", "degraded")
    body: dict[str, Any] = {
        "broker": "ok" if ready else broker,
        "database": database,
        "worker": worker,
    }
    if state == "degraded":
        body["broker_detail"] = broker  # writes go on; this says what is missing
    ok = database == worker == "ok" and ready
    status = ("degraded" if state == "degraded" else "ok") if ok else "unavailable"
    return {"status": status, **body}, 200 if ok else 503


def describe_cluster(view: ClusterView | None, error: str = "") -> tuple[str, str]:
    """(state, sentence): ``ok``, ``degraded`` (writes go on), ``unavailable`` (partitions
    without a leader: their writes fail) or ``unreachable`` (no broker answers)."""
    if view is None:
        return "unreachable", f"unreachable ({error or 'no broker answered'})"
    known, up = view.known_brokers, view.brokers
    if view.offline:
        return "unavailable", (
            f"unavailable ({view.offline} of {len(view.partitions)} "
            f"partitions have no leader; {len(up)} of {len(known)} brokers up)"
        )
    if len(up) < len(known) or view.under_replicated:
        return "degraded", (
            f"degraded ({len(known) - len(up)} of {len(known)} brokers down, "
            f"{view.under_replicated} of {len(view.partitions)} partitions "
            f"under-replicated; writes continue)"
        )
    return "ok", "ok"


async def _broker(request: Request) -> tuple[str, str]:
    view: ClusterView | None = None
    error = ""
    try:
        view = await asyncio.wait_for(
            request.state.publisher.cluster([t.name for t in ALL_TOPICS]), timeout=3.0
        )
    except Exception as exc:  # any failure to get metadata means "not reachable now"
        error = type(exc).__name__
    state, sentence = describe_cluster(view, error)
    gauges = request.state.web_metrics
    gauges.kafka_reachable.set(0 if view is None else 1)
    if view is not None:
        gauges.kafka_brokers.labels("up").set(len(view.brokers))
        gauges.kafka_brokers.labels("known").set(len(view.known_brokers))
        gauges.kafka_under_replicated.set(view.under_replicated)
        gauges.kafka_offline.set(view.offline)
    return state, sentence


async def _database_and_worker(request: Request) -> tuple[str, str]:
    try:
        async with request.state.pool.acquire(timeout=3.0) as conn:
            row = await conn.fetchrow(WORKER_QUERY, timeout=3.0)
    except Exception as exc:  # pool exhausted, server gone, timeout: all "not reachable now"
        return f"unreachable ({type(exc).__name__})", "unknown (database unreachable)"
    if row["ready"]:
        return "ok", "ok"
    if row["seen"]:
        return "ok", "starting (recovering tables or rebalancing)"
    return "ok", f"no worker heartbeat in the last {HEARTBEAT_FRESH_S} s; run `jobfair worker`"


async def metrics(request: Request) -> Response:
    await _broker(request)  # the jobfair_kafka_* gauges, fresh for this scrape
    await support_metrics.refresh(request)  # complaints waiting, crowds near the cap
    return Response(generate_latest(request.state.registry), media_type=CONTENT_TYPE_LATEST)


async def openapi(request: Request) -> Response:
    doc = openapi_document(request.app.routes, title="jobfair", version="0.1.0")
    return Response(dumps(doc), media_type="application/json")
