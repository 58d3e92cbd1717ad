"""``/healthz``, ``/metrics`` and ``/openapi.json``.

Reads PostgreSQL ``worker_heartbeat`` (written by ``agents.heartbeat``) and asks the broker for
metadata through the web process's own producer. Each component is ``"ok"`` or a sentence
saying what is wrong; any non-ok component makes the answer 503.
"""

from __future__ import annotations

import asyncio
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from web.openapi import Operation, dumps, openapi_document, operation
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
        "status": {"enum": ["ok", "unavailable"]},
        "broker": {"type": "string"},
        "database": {"type": "string"},
        "worker": {"type": "string"},
    },
}


@operation(Operation(
    "getHealth", "Readiness of broker, database and stream workers",
    responses={200: "every component ok", 503: "some component is not ok"},
    response_schema=HEALTH_SCHEMA,
))
async def healthz(request: Request) -> Response:
    database, worker = await _database_and_worker(request)
    broker = await _broker(request)
    body: dict[str, Any] = {"broker": broker, "database": database, "worker": worker}
    ok = all(v == "ok" for v in body.values())
    body = {"status": "ok" if ok else "unavailable", **body}
    return JSONResponse(body, status_code=200 if ok else 503)


async def _broker(request: Request) -> str:
    try:
        await asyncio.wait_for(request.state.publisher.check(), timeout=3.0)
    except Exception as exc:  # any failure to get metadata means "not reachable now"
        return f"unreachable ({type(exc).__name__})"
    return "ok"


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
    await support_metrics.refresh(request)  # complaints waiting, crowds near the cap
    return Response(generate_latest(request.state.registry), media_type=CONTENT_TYPE_LATEST)


async def openapi(request: Request) -> Response:
    doc = openapi_document(request.app.routes, title="jobfair", version="0.1.0")
    return Response(dumps(doc), media_type="application/json")
