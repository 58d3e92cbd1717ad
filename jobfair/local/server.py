"""The lifecycle every local server shares: start once, wait until ready, stop, kill, pause.

Data flow: a subclass says how to prepare its workdir (``_prepare``), which command to run
(``_spawn``), when it is ready (``_ready``) and what address to hand out (``_address_for``);
`LocalServer.start` does the rest in one order for all of them:

    launch: port (given, or free and then kept) -> ensure free -> workdir -> _prepare -> _spawn
    wait_ready: poll _ready until true (or stop the server and raise) -> address

`start` is launch then wait_ready; a cluster launches all its nodes before waiting for any.

The chosen port is kept, so a server stopped or killed and started again (as the fault tests
do) listens where its clients already point. ``pause``/``resume`` send SIGSTOP/SIGCONT to the
whole process group: a server that stops answering without closing its connections.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Self

from jobfair.local.procs import ChildProcess, ensure_port_free, free_port, wait_until_ready


class Managed:
    """``with x:`` starts x and stops it, whatever happens inside (servers and the cluster)."""

    def start(self, timeout: float | None = None) -> str:
        raise NotImplementedError

    def stop(self, timeout: float = 10.0) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class LocalServer(Managed):
    """One server process on 127.0.0.1 owned by this object; ``with`` starts and stops it."""

    name = "server"  # "kafka", "tansu", "postgres": prefixes progress lines and errors
    start_timeout = 60.0

    def __init__(
        self,
        workdir: Path,
        *,
        port: int | None = None,
        progress: Callable[[str], None] = print,
    ) -> None:
        self.workdir = workdir
        self.port = port
        self._progress = progress
        self._proc: ChildProcess | None = None
        self._address = ""
        self._launched_at = 0.0

    # What a subclass supplies -------------------------------------------------------------

    def _prepare(self, port: int, timeout: float) -> None:
        """One-time work before the first start (format storage, initdb); default none."""

    def _spawn(self, port: int) -> ChildProcess:
        raise NotImplementedError

    def _ready(self, port: int) -> bool:
        raise NotImplementedError

    def _address_for(self, port: int) -> str:
        raise NotImplementedError

    # The shared lifecycle -----------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """Process id (and process group id) of the running server, None when stopped."""
        return self._proc.pid if self._proc else None

    @property
    def address(self) -> str:
        """What clients connect to; "" until the first successful start."""
        return self._address

    def start(self, timeout: float | None = None) -> str:
        """Prepare if needed, start the server, wait until it is ready; idempotent."""
        if self._proc is not None and self._address:
            return self._address
        self.launch(timeout)
        return self.wait_ready(timeout)

    def launch(self, timeout: float | None = None) -> None:
        """Prepare and spawn without waiting (a cluster launches every node, then waits)."""
        if self._proc is not None:
            return
        timeout = self.start_timeout if timeout is None else timeout
        port = self.port = self.port or free_port()
        ensure_port_free(port, self.name)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._address = ""
        self._prepare(port, timeout)
        self._progress(f"{self.name}: starting on 127.0.0.1:{port}…")
        self._launched_at = time.monotonic()
        self._proc = self._spawn(port)

    def wait_ready(self, timeout: float | None = None) -> str:
        """Wait until the launched server is ready; stop it and raise if it is not in time."""
        if self._proc is None or self.port is None:
            raise RuntimeError(f"{self.name}: wait_ready() before launch()")
        if self._address:
            return self._address
        port = self.port
        try:
            wait_until_ready(
                self._proc,
                lambda: self._ready(port),
                what=f"{self.name} server",
                timeout=self.start_timeout if timeout is None else timeout,
            )
        except BaseException:
            self._proc = None  # wait_until_ready has already stopped and reaped it
            raise
        self._address = self._address_for(port)
        self._progress(f"{self.name}: ready in {time.monotonic() - self._launched_at:.1f} s")
        return self._address

    def stop(self, timeout: float = 10.0) -> None:
        """The server's polite stop signal, SIGKILL after `timeout`; idempotent."""
        if self._proc is not None:
            self._proc.stop(timeout)
            self._proc = None

    def kill(self) -> None:
        """SIGKILL the server's whole process group now, as a crash would (fault tests)."""
        if self._proc is not None:
            self._proc.kill()
            self._proc = None

    def pause(self) -> None:
        """SIGSTOP the process group: connections stay open, nothing answers (fault tests)."""
        if self._proc is not None:
            self._proc.signal_group(signal.SIGSTOP)

    def resume(self) -> None:
        """SIGCONT the process group after `pause`."""
        if self._proc is not None:
            self._proc.signal_group(signal.SIGCONT)
