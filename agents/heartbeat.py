"""Writes PostgreSQL ``worker_heartbeat`` every two seconds while this worker is ready.

Web's ``/healthz`` reports ``worker: ok`` when some worker wrote a ready heartbeat within the
last ten seconds. Ready means partitions assigned and table recovery finished; while a worker
recovers or rebalances it writes ``ready = false`` so the page says why it is not ok.
"""

from __future__ import annotations

import logging
from typing import Any

import faust

from agents.runtime import RETRYABLE, AgentDeps

log = logging.getLogger(__name__)
INTERVAL = 2.0

UPSERT = """
INSERT INTO worker_heartbeat (worker_id, seen_at, ready, partitions)
VALUES ($1, now(), $2, $3)
ON CONFLICT (worker_id) DO UPDATE
SET seen_at = now(), ready = EXCLUDED.ready, partitions = EXCLUDED.partitions
"""


def worker_ready(app: Any) -> bool:
    recovery = app.tables.recovery
    busy = app.rebalancing or getattr(app, "in_recovery", False)
    return bool(recovery.completed.is_set() and not busy)


def register(app: faust.App, deps: AgentDeps, worker_id: str) -> Any:
    @app.timer(INTERVAL, name="heartbeat")  # type: ignore[untyped-decorator]
    async def heartbeat() -> None:
        ready = worker_ready(app)
        partitions = len(app.assignor.assigned_actives())
        try:
            async with deps.pool.acquire() as conn:
                await conn.execute(UPSERT, worker_id, ready, partitions)
        except RETRYABLE as exc:
            log.warning("heartbeat: PostgreSQL unavailable (%s)", type(exc).__name__)

    return heartbeat
