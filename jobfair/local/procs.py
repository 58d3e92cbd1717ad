"""Process plumbing shared by the local server runners: spawn, wait for ready, stop, reap.

A runner spawns one server process (java, postgres, tansu) with `ChildProcess`. The child gets
its own session and process group, so stopping it signals the whole group and nothing it forked
is left behind. Its stdout and stderr go to a log file in the runner's workdir; the last lines
of that log travel with every `LocalServerError`.

Three layers make sure a server never outlives the Python process that started it:

1. `stop()` on the runner (or leaving its `with` block): polite signal, bounded wait, SIGKILL.
2. A `weakref.finalize` per child: runs when the runner is garbage collected or, because
   finalizers default to ``atexit=True``, when the interpreter exits normally. The only
   module-level registry of live runners is the one `weakref.finalize` keeps itself.
3. ``PR_SET_PDEATHSIG`` (Linux): the kernel SIGKILLs the child when its parent dies without
   running atexit (SIGKILL, OOM). It fires when the *spawning thread* exits, so it is only set
   when spawning from the main thread; from other threads layers 1 and 2 still apply.

Exceptions::

    LocalServerError   one human line saying what failed and what to do; .log_tail has context
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import pwd
import signal
import socket
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

_PR_SET_PDEATHSIG = 1


class LocalServerError(Exception):
    """A local server could not be prepared, started or stopped.

    The message is one line naming what failed and what to do about it; ``log_tail`` holds the
    end of the server's log (empty when the failure happened before it started).
    """

    def __init__(self, message: str, log_tail: str = "") -> None:
        super().__init__(message)
        self.log_tail = log_tail


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now (racy by nature)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def ensure_port_free(port: int, what: str) -> None:
    """Raise `LocalServerError` if something already listens on 127.0.0.1:`port`.

    SO_REUSEADDR makes a port held only by TIME_WAIT sockets count as free, as it does for the
    servers themselves; on Linux it still refuses a port with a live listener.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            raise LocalServerError(
                f"{what}: port 127.0.0.1:{port} is already in use: stop what listens there "
                "or choose another port"
            ) from None


def port_accepts(port: int) -> bool:
    """Return True if a TCP connection to 127.0.0.1:`port` is accepted."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def default_cache_dir() -> Path:
    """Return ~/.cache/jobfair (callers honour $JOBFAIR_CACHE_DIR and pass the result in)."""
    return Path.home() / ".cache" / "jobfair"


def tail(path: Path, lines: int = 40) -> str:
    """Return the last `lines` lines of a log file, or "" if it does not exist yet."""
    try:
        with path.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(0, fh.tell() - 64 * 1024))
            text = fh.read().decode("utf-8", "replace")
    except FileNotFoundError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def run_tool(
    argv: Sequence[str],
    *,
    what: str,
    log_path: Path,
    user: pwd.struct_passwd | None = None,
    stdin_text: str | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 300.0,
    error_marker: str | None = None,
) -> None:
    """Run a short-lived setup command to completion, appending its output to `log_path`.

    `error_marker` is for tools that report failures only in their output (postgres --single
    exits 0 after an ERROR): if it appears in what this run wrote, that is a failure too.
    """
    with log_path.open("ab") as log:
        offset = log.tell()
        log.write(f"$ {' '.join(argv)}\n".encode())
        log.flush()
        try:
            result = subprocess.run(
                argv,
                input=stdin_text.encode() if stdin_text is not None else None,
                stdin=subprocess.DEVNULL if stdin_text is None else None,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                timeout=timeout,
                check=False,
                start_new_session=True,
                user=user.pw_uid if user else None,
                group=user.pw_gid if user else None,
                extra_groups=_groups(user),
            )
        except subprocess.TimeoutExpired:
            raise LocalServerError(
                f"{what} did not finish within {timeout:.0f} s: see {log_path}", tail(log_path)
            ) from None
    failed = result.returncode != 0
    if not failed and error_marker is not None:
        with log_path.open("rb") as fh:
            fh.seek(offset)
            failed = error_marker.encode() in fh.read()
    if failed:
        raise LocalServerError(
            f"{what} failed (exit code {result.returncode}): see {log_path}", tail(log_path)
        )


def _groups(user: pwd.struct_passwd | None) -> list[int] | None:
    """Supplementary groups for `user`, as ``setpriv --init-groups`` would set them."""
    return os.getgrouplist(user.pw_name, user.pw_gid) if user else None


def _set_parent_death_signal() -> None:
    # Runs in the child between fork and exec, after Popen dropped privileges: the kernel
    # clears the death signal on credential changes, so it has to be set after that.
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _peek_exit(pid: int) -> int | None:
    """Exit code (negative signal number) of an exited child, None if running; never reaps.

    WNOWAIT leaves the zombie in place: while it exists its pid (and so its process group id)
    cannot be reused, which keeps the final killpg from hitting an unrelated group.
    """
    try:
        info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return -1
    if info is None:
        return None
    return info.si_status if info.si_code == os.CLD_EXITED else -info.si_status


def _shutdown(popen: subprocess.Popen[bytes], sig: int, group: bool, timeout: float) -> None:
    """Signal, wait up to `timeout`, SIGKILL the whole group, reap. Safe to call twice."""
    if popen.returncode is not None:
        return
    if _peek_exit(popen.pid) is None:
        with contextlib.suppress(ProcessLookupError):
            if group:
                os.killpg(popen.pid, sig)
            else:
                os.kill(popen.pid, sig)
        deadline = time.monotonic() + timeout
        while _peek_exit(popen.pid) is None and time.monotonic() < deadline:
            time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(popen.pid, signal.SIGKILL)  # stragglers, or the leader itself on timeout
    popen.wait()


class ChildProcess:
    """One long-running server process in its own process group, logging to a file."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        log_path: Path,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        user: pwd.struct_passwd | None = None,
        stop_signal: int = signal.SIGTERM,
        signal_group: bool = True,
    ) -> None:
        self.log_path = log_path
        self._stop_signal = stop_signal
        self._signal_group = signal_group
        on_main_thread = threading.current_thread() is threading.main_thread()
        with log_path.open("ab") as log:
            self._popen: subprocess.Popen[bytes] = subprocess.Popen(
                list(argv),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=cwd,
                start_new_session=True,
                preexec_fn=(
                    _set_parent_death_signal if on_main_thread and sys.platform == "linux" else None
                ),
                user=user.pw_uid if user else None,
                group=user.pw_gid if user else None,
                extra_groups=_groups(user),
            )
        # The finaliser holds the Popen, never the runner, so the runner can still be collected.
        self._finalizer = weakref.finalize(
            self, _shutdown, self._popen, stop_signal, signal_group, 5.0
        )

    @property
    def pid(self) -> int:
        """Process id of the server, which is also its process group id."""
        return self._popen.pid

    def exit_code(self) -> int | None:
        """Return the exit code if the process has exited, else None (does not reap)."""
        if self._popen.returncode is not None:
            return self._popen.returncode
        return _peek_exit(self._popen.pid)

    def stop(self, timeout: float) -> None:
        """Send the stop signal, wait up to `timeout` seconds, then SIGKILL the group; reap."""
        _shutdown(self._popen, self._stop_signal, self._signal_group, timeout)
        self._finalizer.detach()

    def signal_group(self, sig: int) -> None:
        """Send `sig` to the whole process group (SIGSTOP/SIGCONT for fault tests)."""
        if self.exit_code() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._popen.pid, sig)

    def kill(self) -> None:
        """SIGKILL the whole process group now and reap the leader."""
        _shutdown(self._popen, signal.SIGKILL, True, 0.0)
        self._finalizer.detach()


def wait_until_ready(
    proc: ChildProcess,
    ready: Callable[[], bool],
    *,
    what: str,
    timeout: float,
    interval: float = 0.1,
) -> None:
    """Poll `ready()` until it returns True; raise if `proc` dies or `timeout` passes.

    On any failure the process group is stopped and reaped before the exception propagates.
    """
    deadline = time.monotonic() + timeout
    try:
        while (code := proc.exit_code()) is None and not ready():
            if time.monotonic() >= deadline:
                raise LocalServerError(
                    f"{what} was not ready after {timeout:.0f} s: see {proc.log_path}",
                    tail(proc.log_path),
                )
            time.sleep(interval)
        if code is not None:
            raise LocalServerError(
                f"{what} exited with code {code} while starting: see {proc.log_path}",
                tail(proc.log_path),
            )
    except BaseException:
        proc.stop(timeout=5.0)  # a half-started server must not linger (also on Ctrl-C)
        raise
