"""``jobfair dev``: the whole platform on one machine, stopped cleanly by Ctrl-C or SIGTERM.

Starts (unless configured servers are given) an Apache Kafka broker and a PostgreSQL server
from ``jobfair.local``, provisions topics and schema, then runs and supervises the stream
worker(s) and the web process as child processes (the production shape, in miniature). A
child that dies is restarted. Stop: children get SIGTERM, then SIGKILL after a grace period,
then the servers stop; the whole stop takes under ten seconds and leaves nothing running.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from jobfair.errors import JobfairError
from jobfair.settings import Settings

CHILD_GRACE_S = 4.0
READY_TIMEOUT_S = 180.0


class _Stop(Exception):
    """Raised in the main thread by SIGTERM/SIGINT to unwind into the shutdown path."""


def say(line: str) -> None:
    print(f"[jobfair dev] {line}", flush=True)


@dataclass
class Child:
    name: str
    argv: list[str]
    env: dict[str, str]
    proc: subprocess.Popen[bytes] | None = None
    restarts: int = 0

    def start(self) -> None:
        self.proc = subprocess.Popen(self.argv, env=self.env, start_new_session=True)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            _signal_group(self.proc, signal.SIGTERM)


@dataclass
class DevStack:
    settings: Settings
    stoppers: list[Callable[[], None]] = field(default_factory=list)
    children: list[Child] = field(default_factory=list)

    def shutdown(self) -> None:
        for child in self.children:
            child.stop()
        deadline = time.monotonic() + CHILD_GRACE_S
        for child in self.children:
            if child.proc is None:
                continue
            try:
                child.proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                say(f"{child.name} did not stop in {CHILD_GRACE_S:.0f} s; killing it")
            _signal_group(child.proc, signal.SIGKILL)
            child.proc.wait()
        for stop in reversed(self.stoppers):
            try:
                stop()
            except Exception as exc:  # keep stopping the rest; report what failed
                say(f"while stopping: {type(exc).__name__}: {exc}")


def _signal_group(proc: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    try:
        import os

        os.killpg(proc.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _secrets(data_dir: Path, settings: Settings) -> Settings:
    """Keep generated tokens across runs so printed QR codes and tokens stay valid."""
    path = data_dir / "secrets.json"
    stored: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}
    stored.setdefault("organiser_token", secrets.token_urlsafe(24))
    stored.setdefault("secret_key", secrets.token_urlsafe(32))
    path.write_text(json.dumps(stored))
    path.chmod(0o600)
    return settings.replace(
        organiser_token=settings.organiser_token or stored["organiser_token"],
        secret_key=settings.secret_key or stored["secret_key"],
    )


def _start_servers(stack: DevStack, data_dir: Path) -> Settings:
    from jobfair.local.procs import LocalServerError

    settings = stack.settings
    cache = settings.cache_dir.expanduser()
    try:
        if not settings.kafka_bootstrap:
            broker: Any
            if settings.broker_kind == "tansu":
                from jobfair.local.tansu import LocalTansu

                broker = LocalTansu(data_dir / "tansu", progress=say)
            else:
                from jobfair.local.kafka import LocalKafka

                broker = LocalKafka(data_dir / "kafka", cache_dir=cache, progress=say,
                                    partitions_default=settings.topic_partitions)
            stack.stoppers.append(broker.stop)
            settings = settings.replace(kafka_bootstrap=broker.start())
        else:
            say(f"using Kafka at {settings.kafka_bootstrap}")
        if not settings.database_url:
            from jobfair.local.postgres import LocalPostgres

            db = LocalPostgres(_postgres_dir(data_dir), progress=say)
            stack.stoppers.append(db.stop)
            settings = settings.replace(database_url=db.start())
        else:
            from jobfair.db import describe

            say(f"using PostgreSQL at {describe(settings.database_url)}")
    except LocalServerError as exc:
        raise JobfairError(str(exc)) from None
    return settings


def _postgres_dir(data_dir: Path) -> Path:
    """As root the server runs as an unprivileged user, who must be able to reach its files;
    a checkout under a private home (mode 700) is not, so use /var/tmp keyed by the checkout."""
    import hashlib
    import os

    wanted = data_dir / "postgres"
    if os.geteuid() != 0 or all(p.stat().st_mode & 0o001 for p in [data_dir, *data_dir.parents]):
        return wanted
    key = hashlib.sha1(str(data_dir).encode()).hexdigest()[:10]
    alt = Path("/var/tmp") / f"jobfair-postgres-{key}"
    say(f"database files in {alt} ({wanted} is not reachable by the postgres user)")
    return alt


def _wait_healthy(url: str, children: list[Child]) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    last = ""
    while time.monotonic() < deadline:
        for child in children:
            if child.proc is not None and child.proc.poll() is not None:
                raise JobfairError(f"{child.name} exited with code {child.proc.returncode} "
                                   "during start-up (see its messages above)")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except urllib.error.HTTPError as exc:
            body = json.loads(exc.read() or b"{}")
            waiting = ", ".join(f"{k}: {v}" for k, v in body.items() if v != "ok" and k != "status")
            if waiting != last:
                say(f"waiting for {waiting}")
                last = waiting
        except OSError:
            pass
        time.sleep(0.5)
    raise JobfairError(f"platform not healthy after {READY_TIMEOUT_S:.0f} s ({last})")


def run_dev(settings: Settings, *, demo: bool, workers: int) -> int:
    data_dir = settings.data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    stack = DevStack(_secrets(data_dir, settings))

    def on_signal(signum: int, frame: FrameType | None) -> None:
        raise _Stop()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        started = time.monotonic()
        settings = stack.settings = _start_servers(stack, data_dir)
        from jobfair.devstate import clear_state, write_state

        write_state(data_dir, settings)  # lets `jobfair report` find these servers
        stack.stoppers.append(lambda: clear_state(data_dir))
        from jobfair.provision import provision_database, provision_topics

        assert settings.kafka_bootstrap and settings.database_url
        provision_topics(settings, settings.kafka_bootstrap, progress=say)
        asyncio.run(provision_database(settings.database_url, progress=say))
        env = _child_env(settings)
        py = [sys.executable, "-m", "jobfair.cli"]
        from jobfair.local.procs import free_port

        for i in range(workers):
            metrics_port = free_port()
            worker_env = {**env, "JOBFAIR_WORKER_METRICS_PORT": str(metrics_port)}
            stack.children.append(Child(f"worker-{i + 1}", [*py, "worker"], worker_env))
        stack.children.append(Child("web", [*py, "web"], env))
        for child in stack.children:
            child.start()
        say(f"started {workers} worker(s) and web; waiting for /healthz")
        _wait_healthy(f"{settings.base_url}/healthz", stack.children)
        if demo:
            from jobfair.demo import load_demo

            say(load_demo(settings))
        _banner(settings, time.monotonic() - started, stack.children)
        _supervise(stack.children)
    except _Stop:
        say("stopping…")
    except JobfairError as exc:
        say(f"error: {exc}")
        _shutdown(stack)
        return 1
    _shutdown(stack)
    return 0


def _shutdown(stack: DevStack) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    started = time.monotonic()
    stack.shutdown()
    say(f"stopped in {time.monotonic() - started:.1f} s")


def _child_env(settings: Settings) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBFAIR_")}
    env.update(settings.to_env())
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _supervise(children: list[Child]) -> None:
    while True:
        for child in children:
            assert child.proc is not None
            code = child.proc.poll()
            if code is not None:
                child.restarts += 1
                say(f"{child.name} exited with code {code}; restarting (restart {child.restarts})")
                child.start()
        time.sleep(0.5)


def _banner(settings: Settings, took: float, children: list[Child]) -> None:
    base = settings.base_url
    lines = [
        f"ready in {took:.1f} s",
        f"  organiser      {base}/organiser   (log in with the organiser token below)",
        f"  health         {base}/healthz",
        f"  metrics        {base}/metrics",
        *(f"  {c.name} metrics http://{settings.host}:{c.env['JOBFAIR_WORKER_METRICS_PORT']}/metrics"
          for c in children if c.name.startswith("worker")),
        f"  API            {base}/openapi.json",
        f"  kafka          {settings.kafka_bootstrap}",
        f"  organiser token {settings.organiser_token}",
        "press Ctrl-C to stop",
    ]
    for line in lines:
        say(line)
