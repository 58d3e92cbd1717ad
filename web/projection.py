"""Read-your-write for web: wait until an agent has projected an event to PostgreSQL.

Web writes by publishing an event; when the caller needs the result now (a 201 with the row),
the handler polls the projection with :func:`wait_for_row` every ~20 ms up to a deadline. If it
does not appear in time the handler answers 202 with the id and ``"status": "pending"``, never
a 500: the event is durable in Kafka and will be projected when the worker catches up.
"""

from __future__ import annotations

import asyncio
from typing import Any

POLL_S = 0.02


# The agreed shared signature (CONTEXT) takes timeout=; it bounds polling, not one await.
async def wait_for_row(
    pool: Any, sql: str, *args: Any, timeout: float = 5.0,  # noqa: ASYNC109
    every: float = POLL_S,
) -> Any | None:
    """The first row ``sql`` returns within ``timeout`` seconds, or None."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        row = await pool.fetchrow(sql, *args)
        if row is not None:
            return row
        if loop.time() >= deadline:
            return None
        await asyncio.sleep(every)
