"""Start-up reachability checks: one line naming the address and what to do, not a traceback.

Called by the ``worker``, ``web`` and ``provision`` entry points before they start serving.
"""

from __future__ import annotations

import asyncio
import socket

from jobfair.db import create_pool
from jobfair.errors import ServiceUnreachable


def check_broker(bootstrap: str, timeout: float = 3.0) -> None:
    """Something listens at a bootstrap address. The Kafka clients themselves (Faust, aiokafka)
    then wait out a broker that is still starting; a kafka-python admin client here would add
    its own bootstrap back-off (seen: tens of seconds on a loaded machine)."""
    _tcp_reachable(bootstrap, "Kafka", "JOBFAIR_KAFKA_BOOTSTRAP", timeout=timeout)


def check_database(dsn: str, wait: float = 5.0) -> None:
    async def probe() -> None:
        pool = await create_pool(dsn, max_size=1, wait=wait)
        await pool.close()

    asyncio.run(probe())


def _tcp_reachable(servers: str, what: str, setting: str, timeout: float) -> None:
    """Fail in seconds, not after a client's long bootstrap back-off, when nothing listens."""
    errors = []
    for server in servers.split(","):
        host, _, port = server.strip().rpartition(":")
        try:
            with socket.create_connection((host or "localhost", int(port)), timeout=timeout):
                return
        except (OSError, ValueError) as exc:
            errors.append(f"{server.strip()}: {exc.strerror if isinstance(exc, OSError) else exc}")
    raise ServiceUnreachable(
        f"cannot reach {what} at {servers} ({'; '.join(errors)}); start it or fix {setting}"
    )
