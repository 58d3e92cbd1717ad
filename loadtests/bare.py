"""A bare Starlette endpoint (``GET /`` -> 204) served exactly like ``jobfair web``.

The click benchmark's baseline: same framework, same uvicorn options (uvloop, httptools, no
access log), no Kafka and no PostgreSQL, so ``recordClick``'s req/s divided by this one is
the share of the ceiling that the real work leaves. Run: ``python -m loadtests.bare PORT``.
"""

from __future__ import annotations

import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


async def empty(request: Request) -> Response:
    return Response(status_code=204)


def main(port: int) -> None:
    app = Starlette(routes=[Route("/", empty, methods=["GET", "POST"])])
    uvicorn.run(app, host="127.0.0.1", port=port, loop="uvloop", http="httptools",
                log_level="warning", access_log=False, server_header=False)


if __name__ == "__main__":
    main(int(sys.argv[1]))
