"""PostgreSQL connection pools with start-up errors a person can act on.

Used by the composition roots (``jobfair.worker``, ``web.app``, ``jobfair.provision``); stores
receive the pool or a connection, never build their own.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import asyncpg

from jobfair.errors import ServiceUnreachable


def describe(dsn: str) -> str:
    """host:port/db of a DSN, without the password, for messages."""
    parts = urlsplit(dsn)
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path or ''}"


async def create_pool(
    dsn: str, *, min_size: int = 1, max_size: int = 10, wait: float = 10.0,
    server_settings: dict[str, str] | None = None, command_timeout: float = 30.0,
    connect_timeout: float = 60.0,
) -> asyncpg.Pool:
    """A pool, retrying for ``wait`` seconds; then ServiceUnreachable naming the address.
    ``command_timeout`` bounds each query, ``connect_timeout`` each new connection."""
    deadline = asyncio.get_running_loop().time() + wait
    while True:
        try:
            pool = await asyncpg.create_pool(
                dsn, min_size=min_size, max_size=max_size, command_timeout=command_timeout,
                server_settings=server_settings, timeout=connect_timeout,
            )
            assert pool is not None
            return pool
        except (TimeoutError, OSError, asyncpg.PostgresError) as exc:
            if asyncio.get_running_loop().time() >= deadline:
                raise ServiceUnreachable(
                    f"cannot reach PostgreSQL at {describe(dsn)} ({type(exc).__name__}: "
                    f"{str(exc)[:120]}); start it or fix JOBFAIR_DATABASE_URL"
                ) from None
            await asyncio.sleep(0.5)
