"""``jobfair web``: one uvicorn process serving ``web.app`` (uvloop + httptools).

Checks the broker and database first so an unreachable server is one line, not a traceback.
Scale out by running more of these behind a load balancer; they share nothing but Kafka and
PostgreSQL.
"""

from __future__ import annotations

import uvicorn

from jobfair.checks import check_broker, check_database
from jobfair.settings import Settings
from web.app import create_app


def serve(settings: Settings) -> int:
    bootstrap, dsn = settings.require_servers()
    check_broker(bootstrap)
    check_database(dsn)
    uvicorn.run(
        create_app(settings), host=settings.host, port=settings.port, loop="uvloop",
        http="httptools", log_level=settings.log_level.lower(), access_log=False,
        timeout_graceful_shutdown=5, server_header=False,
    )
    return 0
