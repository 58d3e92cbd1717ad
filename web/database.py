"""Every PostgreSQL wait of a request bounded: the web pool wrapper and its one error.

The web lifespan wraps its ``asyncpg.Pool`` in :class:`BoundedPool` (``JOBFAIR_DB_TIMEOUT_MS``):
acquiring a connection waits at most the bound, and every query has the pool's
``command_timeout`` (the same bound). A timeout or a lost/refused connection inside
``acquire()`` or a pool-level query becomes :class:`DatabaseUnavailable`, which ``web.errors``
answers 503 ``database_unavailable`` with ``Retry-After``; ``web.errors`` also maps the same
exception types (:data:`UNREACHABLE`) raised anywhere else, so PostgreSQL being away is never a
500 and never a hang. Data errors (constraint violations, ...) pass through untouched.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from web.command_errors import Unavailable

# PostgreSQL not answering, not accepting, or gone mid-query (not about the data).
UNREACHABLE: tuple[type[BaseException], ...] = (
    TimeoutError,
    OSError,
    asyncpg.PostgresConnectionError,
    asyncpg.CannotConnectNowError,
    asyncpg.TooManyConnectionsError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    asyncpg.QueryCanceledError,  # statement_timeout: the server itself gave up
    # A pooled connection cut mid-operation by a server crash can leave asyncpg's protocol in a
    # state it refuses to use ("cannot switch to state 12; another operation is in progress"):
    # the connection, not the data. The fault suite saw this answered 500 during a SIGKILL.
    asyncpg.exceptions.InternalClientError,
)


class DatabaseUnavailable(Unavailable):
    code = "database_unavailable"


def unavailable(exc: BaseException, bound_s: float | None = None) -> DatabaseUnavailable:
    within = f" within {bound_s:g} s" if bound_s else ""
    return DatabaseUnavailable(
        f"PostgreSQL did not answer{within} ({type(exc).__name__}); retry shortly")


class BoundedPool:
    """An ``asyncpg.Pool`` whose waits are bounded; anything else is delegated unchanged."""

    def __init__(self, pool: asyncpg.Pool, timeout_s: float) -> None:
        self.pool, self.timeout_s = pool, timeout_s

    @asynccontextmanager
    async def acquire(self, *, timeout: float | None = None) -> AsyncIterator[Any]:  # noqa: ASYNC109 (asyncpg's signature)
        try:
            async with self.pool.acquire(timeout=timeout or self.timeout_s) as conn:
                yield conn
        except UNREACHABLE as exc:
            raise unavailable(exc, self.timeout_s) from None

    async def fetch(self, query: str, *args: Any, **kw: Any) -> list[Any]:
        async with self.acquire() as conn:
            return list(await conn.fetch(query, *args, **kw))

    async def fetchrow(self, query: str, *args: Any, **kw: Any) -> Any:
        async with self.acquire() as conn:
            return await conn.fetchrow(query, *args, **kw)

    async def fetchval(self, query: str, *args: Any, **kw: Any) -> Any:
        async with self.acquire() as conn:
            return await conn.fetchval(query, *args, **kw)

    async def execute(self, query: str, *args: Any, **kw: Any) -> str:
        async with self.acquire() as conn:
            return str(await conn.execute(query, *args, **kw))

    async def executemany(self, query: str, args: Any, **kw: Any) -> None:
        async with self.acquire() as conn:
            await conn.executemany(query, args, **kw)

    def __getattr__(self, name: str) -> Any:  # close, get_size, ...
        return getattr(self.pool, name)
