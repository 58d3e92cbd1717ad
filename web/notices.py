"""PostgreSQL notices for web processes: one listening connection, re-established when lost.

Data flow: triggers (migrations 0008, 0009, 0012) ``NOTIFY fair_changed, '<fair id>'`` inside
the writers' transactions; :func:`listen` holds one pooled connection that LISTENs, calls
``on_notice(payload)`` for each notice, and ``on_connected()`` each time listening (re)starts,
because notices sent while no connection listened are lost (callers refresh everything then).
The connection is checked every ``keepalive_s``; if it is lost, or PostgreSQL does not answer,
``listen`` calls ``on_lost()`` (if given) when it failed with an error, waits a second and
connects again, forever (cancel the task to stop it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)
FAIR_CHANGED = "fair_changed"


async def listen(pool: Any, channel: str, on_notice: Callable[[str], None],
                 on_connected: Callable[[], None], *, keepalive_s: float = 10.0,
                 listening: asyncio.Event | None = None,
                 on_lost: Callable[[], None] | None = None) -> None:
    """LISTEN on ``channel`` until cancelled; ``listening`` is set while notices arrive."""

    def notified(conn: Any, pid: int, name: str, payload: str) -> None:
        on_notice(payload)

    while True:
        try:
            async with pool.acquire() as conn:
                lost = asyncio.Event()
                conn.add_termination_listener(lambda _conn, lost=lost: lost.set())
                await conn.add_listener(channel, notified)
                try:
                    if listening is not None:
                        listening.set()
                    on_connected()
                    while not lost.is_set():
                        with contextlib.suppress(TimeoutError):
                            await asyncio.wait_for(lost.wait(), keepalive_s)
                        if not lost.is_set():
                            await conn.execute("SELECT 1", timeout=keepalive_s)
                finally:
                    if listening is not None:
                        listening.clear()
                    if not conn.is_closed():
                        await conn.remove_listener(channel, notified)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # PostgreSQL away: callers keep what they have
            log.warning("%s: listening connection lost (%s); reconnecting", channel,
                        type(exc).__name__)
            if on_lost is not None:
                on_lost()
        await asyncio.sleep(1.0)
