"""Run a throwaway-grade PostgreSQL server on loopback for `jobfair dev` and tests.

Data flow: OS server binaries (/usr/lib/postgresql/N/bin) --initdb--> ``workdir/data``
--postgres--> dsn "postgresql://jobfair:jobfair@127.0.0.1:PORT/jobfair"; server output goes
to ``workdir/postgres.log``.

For development and tests only: authentication is ``trust`` (any local client may connect as
any role; the server listens on 127.0.0.1 alone). Commits are durable against a crash of
PostgreSQL itself (``synchronous_commit=on``: the agents commit consumer offsets only after
their transaction, so an acknowledged-but-lost commit would lose accepted events for good),
but fsync and full_page_writes are off, so an OS crash or power cut can lose or corrupt data.
A workdir that was initialised before is reused, so `jobfair dev` keeps its data between runs.

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
from collections.abc import Callable
from pathlib import Path

from jobfair.local.procs import ChildProcess, LocalServerError, port_accepts, run_tool
from jobfair.local.server import LocalServer

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


class LocalPostgres(LocalServer):
    """A PostgreSQL server on 127.0.0.1 with role and database ``jobfair`` (dev/test only)."""

    name = "postgres"
    start_timeout = 60.0

    def __init__(
        self,
        workdir: Path,
        *,
        port: int | None = None,
        bin_dir: Path | None = None,
        progress: Callable[[str], None] = print,
    ) -> None:
        super().__init__(workdir, port=port, progress=progress)
        self._bin_dir = bin_dir
        self._user: pwd.struct_passwd | None = None

    @property
    def dsn(self) -> str:
        """"postgresql://jobfair:jobfair@127.0.0.1:PORT/jobfair" once started, else ""."""
        return self.address

    def _prepare(self, port: int, timeout: float) -> None:
        """Find the binaries, hand the workdir to the service user under root, initdb once."""
        bin_dir = self._bin_dir = self._bin_dir or find_bin_dir()
        if not (bin_dir / "initdb").is_file() or not (bin_dir / "postgres").is_file():
            raise LocalServerError(f"PostgreSQL server binaries not found in {bin_dir}: {_INSTALL}")
        if os.geteuid() == 0:
            self._user = _service_user()
            _check_reachable(self.workdir, self._user)
            if self.workdir.stat().st_uid != self._user.pw_uid:
                _chown_tree(self.workdir, self._user)
        data = self.workdir / "data"
        # Written only after the database exists, so an interrupted first start is redone.
        initialised = self.workdir / "initialised"
        if not initialised.is_file():
            self._progress(f"postgres: initialising a new cluster in {data}…")
            shutil.rmtree(data, ignore_errors=True)
            self._initdb(bin_dir, data, self.workdir / "postgres.log", self._user)
            initialised.write_text(f"{bin_dir}\n")

    def _spawn(self, port: int) -> ChildProcess:
        assert self._bin_dir is not None
        return ChildProcess(
            [str(self._bin_dir / "postgres"), "-D", str(self.workdir / "data"),
             *self._settings(port)],
            log_path=self.workdir / "postgres.log",
            cwd=self.workdir,
            user=self._user,
            # SIGINT is "fast shutdown"; only the postmaster is signalled so that it can end
            # its backends in order (SIGINT to a backend would just cancel its query).
            stop_signal=signal.SIGINT,
            signal_group=False,
        )

    def _ready(self, port: int) -> bool:
        return self._accepting(self.workdir / "data", port)

    def _address_for(self, port: int) -> str:
        return f"postgresql://jobfair:jobfair@127.0.0.1:{port}/jobfair"

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
            # A commit is acknowledged only once its WAL is written: a crash of PostgreSQL
            # (not of the OS) loses nothing committed. fsync off: an OS crash or power cut can
            # lose or corrupt data (see module docstring); speed for dev and test data only.
            "fsync": "off",
            "synchronous_commit": "on",
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
