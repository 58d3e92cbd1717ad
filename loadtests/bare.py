"""Two baseline web apps served exactly like ``jobfair web`` (uvicorn, uvloop, httptools, no
access log), started by ``loadtests.baselines.serve``:

``bare``   ``GET|POST /`` -> 204 on bare Starlette: the framework ceiling on this machine; no
           Kafka, no PostgreSQL.
``naive``  ``POST /`` with recordClick's body -> ``UPDATE post SET clicks = clicks + 1`` on a
           PostgreSQL with fsync on (``JOBFAIR_BENCH_NAIVE_DSN``), then 204: the design a user
           would build instead of Kafka + a batching agent (one durable commit per click).

Run: ``python -m loadtests.bare PORT [bare|naive]``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

NAIVE_SCHEMA = "CREATE TABLE IF NOT EXISTS post (id uuid PRIMARY KEY, clicks bigint NOT NULL)"


async def empty(request: Request) -> Response:
    return Response(status_code=204)


async def naive_click(request: Request) -> Response:
    body = await request.json()
    pool: Any = request.app.state.pool
    await pool.execute("UPDATE post SET clicks = clicks + 1 WHERE id = $1::uuid", body["post_id"])
    return Response(status_code=204)


@asynccontextmanager
async def naive_pool(app: Starlette) -> AsyncIterator[None]:
    import asyncpg

    app.state.pool = await asyncpg.create_pool(
        os.environ["JOBFAIR_BENCH_NAIVE_DSN"], min_size=4, max_size=20
    )
    try:
        yield
    finally:
        await app.state.pool.close()


def main(port: int, kind: str = "bare") -> None:
    if kind == "naive":
        app = Starlette(routes=[Route("/", naive_click, methods=["POST"])], lifespan=naive_pool)
    else:
        app = Starlette(routes=[Route("/", empty, methods=["GET", "POST"])])
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=port,
        loop="uvloop",
        http="httptools",
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=5,
        server_header=False,  # with the lines above: exactly jobfair.webserver's options
    )


if __name__ == "__main__":
    main(int(sys.argv[1]), *(sys.argv[2:3]))
