"""Run a throwaway-grade PostgreSQL server on loopback for `jobfair dev` and tests.

Data flow: OS server binaries (/usr/lib/postgresql/N/bin) --initdb--> ``workdir/data``
--postgres--> dsn "postgresql://jobfair:jobfair@127.0.0.1:PORT/jobfair"; server output goes
to ``workdir/postgres.log``.

For development and tests only: authentication is ``trust`` (any local client may connect as
any role; the server listens on 127.0.0.1 alone), and fsync, synchronous_commit and
full_page_writes are off, so an OS crash can lose or corrupt data. A workdir that was
initialised before is reused, so `jobfair dev` keeps its data between runs.

PostgreSQL refuses to run as root. Under root the server runs as the ``postgres`` system user
(or ``jobfair``, created with ``useradd --system`` if neither exists), which must own the
workdir and be able to reach it: every parent directory needs the search (x) bit for it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from jobfair.local.procs import (
    ChildProcess,
    LocalServerError,
    Runner,
    ensure_port_free,
    free_port,
    port_accepts,
    run_tool,
    wait_until_ready,
)

_INSTALL = "apt-get install postgresql (make setup does it)"
_SOCKET_PATH_MAX = 107  # sun_path is 108 bytes on Linux, including the terminating NUL


def find_bin_dir() -> Path:
    """Newest /usr/lib/postgresql/*/bin (Debian layout), else the directory of `initdb` on PATH."""
    versions = sorted(
        (p for p in Path("/usr/lib/postgresql").glob("*/bin") if p.parent.name.isdigit()),
        key=lambda p: int(p.parent.name),
    )
    if versions:
        return versions[-1]
    initdb = shutil.which("initdb")
    if initdb is None:
        raise LocalServerError(f"PostgreSQL server binaries (initdb) not found: {_INSTALL}")
    return Path(initdb).resolve().parent


def _service_user() -> pwd.struct_passwd:
    """The unprivileged account to run PostgreSQL as when we are root; created if missing."""
    for name in ("postgres", "jobfair"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            pass
    subprocess.run(
        [
            "useradd",
            "--system",
            "--user-group",
            "--no-create-home",
            "--shell",
            "/usr/sbin/nologin",
            "jobfair",
        ],
        check=True,
        capture_output=True,
    )
    return pwd.getpwnam("jobfair")


def _check_reachable(workdir: Path, user: pwd.struct_passwd) -> None:
    groups = set(os.getgrouplist(user.pw_name, user.pw_gid))
    for parent in workdir.resolve().parents:
        st = parent.stat()
        if st.st_uid == user.pw_uid:
            bit = 0o100
        elif st.st_gid in groups:
            bit = 0o010
        else:
            bit = 0o001
        if not st.st_mode & bit:
            raise LocalServerError(
                f"postgres: {workdir} is not reachable by the user {user.pw_name!r} the server "
                f"runs as ({parent} is mode {st.st_mode & 0o777:o}): as root, use a workdir "
                "whose parents all allow search, e.g. Path(tempfile.mkdtemp())"
            )


def _chown_tree(path: Path, user: pwd.struct_passwd) -> None:
    os.chown(path, user.pw_uid, user.pw_gid)
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chown(os.path.join(root, name), user.pw_uid, user.pw_gid, follow_symlinks=False)


class LocalPostgres(Runner):
    """A PostgreSQL server on 127.0.0.1 with role and database ``jobfair`` (dev/test only)."""

    def __init__(
        self,
        workdir: Path,
        *,
        port: int | None = None,
        bin_dir: Path | None = None,
        progress: Callable[[str], None] = print,
    ) -> None:
        self.workdir = workdir
        self.dsn = ""
        self._port = port
        self._bin_dir = bin_dir
        self._progress = progress
        self._proc: ChildProcess | None = None

    @property
    def pid(self) -> int | None:
        """Process id of the postmaster (also its process group id), None when stopped."""
        return self._proc.pid if self._proc else None

    def start(self, timeout: float = 60.0) -> str:
        """Initialise the cluster on first use, start the server, wait until it is ready."""
        if self._proc is not None:
            return self.dsn
        bin_dir = self._bin_dir or find_bin_dir()
        postgres = bin_dir / "postgres"
        if not (bin_dir / "initdb").is_file() or not postgres.is_file():
            raise LocalServerError(f"PostgreSQL server binaries not found in {bin_dir}: {_INSTALL}")
        port = self._port or free_port()
        ensure_port_free(port, "postgres")
        self.workdir.mkdir(parents=True, exist_ok=True)
        user = None
        if os.geteuid() == 0:
            user = _service_user()
            _check_reachable(self.workdir, user)
            if self.workdir.stat().st_uid != user.pw_uid:
                _chown_tree(self.workdir, user)
        data = self.workdir / "data"
        log = self.workdir / "postgres.log"
        # Written only after the database exists, so an interrupted first start is redone.
        initialised = self.workdir / "initialised"
        if not initialised.is_file():
            self._progress(f"postgres: initialising a new cluster in {data}…")
            shutil.rmtree(data, ignore_errors=True)
            self._initdb(bin_dir, data, log, user)
            initialised.write_text(f"{bin_dir}\n")
        self._progress(f"postgres: starting server on 127.0.0.1:{port}…")
        started = time.monotonic()
        self._proc = ChildProcess(
            [str(postgres), "-D", str(data), *self._settings(port)],
            log_path=log,
            cwd=self.workdir,
            user=user,
            # SIGINT is "fast shutdown"; only the postmaster is signalled so that it can end
            # its backends in order (SIGINT to a backend would just cancel its query).
            stop_signal=signal.SIGINT,
            signal_group=False,
        )
        try:
            wait_until_ready(
                self._proc,
                lambda: self._accepting(data, port),
                what="postgres server",
                timeout=timeout,
            )
        except BaseException:
            self._proc = None  # wait_until_ready has already stopped and reaped it
            raise
        self.dsn = f"postgresql://jobfair:jobfair@127.0.0.1:{port}/jobfair"
        self._progress(f"postgres: ready in {time.monotonic() - started:.1f} s")
        return self.dsn

    def stop(self, timeout: float = 10.0) -> None:
        """Fast shutdown (SIGINT to the postmaster), SIGKILL after `timeout`; idempotent."""
        if self._proc is not None:
            self._proc.stop(timeout)
            self._proc = None

    def kill(self) -> None:
        """SIGKILL the server and its backends now, as a crash would (for fault tests)."""
        if self._proc is not None:
            self._proc.kill()
            self._proc = None

    def _initdb(self, bin_dir: Path, data: Path, log: Path, user: pwd.struct_passwd | None) -> None:
        # C.UTF-8: byte-order collation (stable across machines) that still knows the case of
        # non-ASCII letters; --no-sync because this cluster is disposable.
        run_tool(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                "jobfair",
                "-A",
                "trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            what="postgres: initdb",
            log_path=log,
            user=user,
            timeout=120.0,
        )
        # Single-user mode needs no port, socket or client library to create the database.
        run_tool(
            [str(bin_dir / "postgres"), "--single", "-D", str(data), "postgres"],
            what="postgres: creating database jobfair",
            log_path=log,
            user=user,
            stdin_text="CREATE DATABASE jobfair;\nALTER ROLE jobfair PASSWORD 'jobfair';\n",
            timeout=60.0,
            error_marker="ERROR:",
        )

    def _settings(self, port: int) -> list[str]:
        socket_dir = str(self.workdir)
        if len(f"{socket_dir}/.s.PGSQL.{port}") > _SOCKET_PATH_MAX:
            socket_dir = ""  # no Unix socket rather than a failed start; TCP is what we use
        settings = {
            "listen_addresses": "127.0.0.1",
            "port": str(port),
            "unix_socket_directories": socket_dir,
            # Durability traded for speed: dev and test data only (see module docstring).
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "200",
            "shared_buffers": "256MB",
        }
        return [arg for key, value in settings.items() for arg in ("-c", f"{key}={value}")]

    def _accepting(self, data: Path, port: int) -> bool:
        # pg_ctl's own test: line 8 of postmaster.pid reads "ready" once connections are
        # accepted. The pid check skips a stale file left by a crashed earlier server.
        try:
            lines = (data / "postmaster.pid").read_text().splitlines()
        except FileNotFoundError:
            return False
        return (
            len(lines) >= 8
            and self._proc is not None
            and lines[0].strip() == str(self._proc.pid)
            and lines[7].strip() == "ready"
            and port_accepts(port)
        )
