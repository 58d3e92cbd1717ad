"""Does Faust's ``processing_guarantee="exactly_once"`` make the ``streams.faustfix`` patches
unnecessary on Apache Kafka? An experiment, not part of the suite. Run from the repository root:

    .venv/bin/python -m pytest -p tests.conftest docs/faust-upstream/exactly_once_experiment.py -s

It starts the test suite's local Kafka 4.2 (KRaft, one broker) and PostgreSQL, then, for each
configuration, runs ``jobfair worker`` as a subprocess, produces clicks with unique ids straight
to topic ``clicks`` in four waves and restarts the worker between waves (SIGTERM while batches
are in flight, SIGKILL, SIGTERM). It then waits (with a deadline) until PostgreSQL has counted
every click and prints, per configuration: clicks sent, counted, lost (never counted by the
deadline). Double counts are impossible by construction (the click id ledger), so "counted ==
sent" is exact. Part A (no broker) runs the upstream bug reproductions on an app configured
with exactly_once.

Configurations: at_least_once + unpatched Faust, exactly_once + unpatched Faust,
exactly_once + the fence (``streams.faustfix``). "Unpatched" swaps the app class and Stream
class that ``streams.app.create_app`` uses for Faust's own in the worker process.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import faust
import pytest
from faust.types import TP
from kafka import KafkaProducer

from jobfair.settings import Settings
from streams.clicks import ClickRecorded
from tests.conftest import WorkerProcess, child_env

# jobfair's settings refuse unknown JOBFAIR_* variables, so the guarantee reaches Faust (which
# reads JOBFAIR_FAUST_* through env_prefix) only once the settings are loaded: set it in the
# environment just before the app is built.
WORKER = """
import os
import sys
import faust
import jobfair.worker
import streams.app as app_module
build_app = app_module.create_app
def create_app(settings, **kw):
    os.environ["JOBFAIR_FAUST_PROCESSING_GUARANTEE"] = {guarantee!r}
    app = build_app(settings, **kw)
    print("processing_guarantee", app.conf.processing_guarantee, type(app).__name__,
          app.conf.Stream.__name__, flush=True)
    return app
jobfair.worker.create_app = create_app
if {unpatched!r}:
    class PlainApp(faust.App):
        idempotent_producer = True
        write_changelog = True
        on_consumer_reread = None
    app_module.JobfairApp = PlainApp
    app_module.AckAfterBatchStream = faust.Stream
from jobfair.cli import main
sys.exit(main(["worker"]))
"""


class ExperimentWorker(WorkerProcess):
    def __init__(self, settings: Settings, log: Path, guarantee: str, unpatched: bool) -> None:
        super().__init__(settings, log)
        self.guarantee, self.unpatched = guarantee, unpatched

    def start(self) -> None:
        code = WORKER.format(guarantee=self.guarantee, unpatched=self.unpatched)
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", code], env=child_env(self.settings),
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )


def test_part_a_upstream_bugs_with_exactly_once() -> None:
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        app = faust.App("eos-a", broker="kafka://127.0.0.1:1",
                        processing_guarantee="exactly_once")
        c = app.consumer
        tp = TP("clicks", 0)
        c._acked[tp] = [3, 4, 5]
        never = c._new_offset(tp)
        c._committed_offset[tp] = 10
        c._acked[tp] = [11, 12]
        one = c._new_offset(tp)
        print(f"\n[A] exactly_once: _new_offset commits {never} past a never-committed hole "
              f"and {one} past a one-record hole (patch 3 still needed: {never == 6})")
        from faust.transport.drivers import aiokafka as fa

        print(f"[A] exactly_once: Producer._settings_extra in a transaction -> "
              f"{fa.Producer._settings_extra.__qualname__} adds idempotence (patch 4 moot)")
        from streams.faustfix import close_unstarted_consumer

        close_unstarted_consumer(app)
    finally:
        loop.close()
        asyncio.set_event_loop(None)


CONFIGS = [("at_least_once", True), ("exactly_once", True), ("exactly_once", False)]


@pytest.mark.parametrize(("guarantee", "unpatched"), CONFIGS)
def test_part_b_restarts(settings: Settings, db: Callable[..., Any], tmp_path: Path,
                         guarantee: str, unpatched: bool) -> None:
    # A fresh consumer group per configuration, so each starts from never-committed offsets.
    s = settings.replace(app_id=f"eos-{guarantee}-{'plain' if unpatched else 'fenced'}-"
                                f"{uuid.uuid4().hex[:6]}")
    fair, employer = uuid.uuid4(), uuid.uuid4()
    db("INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
       "($1, 'eos', 'onsite', now(), now() + interval '1 day')", fair)
    db("INSERT INTO employer (id, fair_id, name, booth, interview_tables, slot_minutes) "
       "VALUES ($1, $2, 'e', 'A1', 1, 10)", employer, fair)
    posts = []
    for _ in range(8):
        post = uuid.uuid4()
        db("INSERT INTO post (id, fair_id, employer_id, title, headcount) "
           "VALUES ($1, $2, $3, 'p', 5)", post, fair, employer)
        db("INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2)", post, fair)
        posts.append(str(post))
    worker = ExperimentWorker(s, tmp_path / "worker.log", guarantee, unpatched)
    producer = KafkaProducer(bootstrap_servers=s.kafka_bootstrap, acks="all")
    sent = 0
    worker.start()
    try:
        for wave, sig in enumerate([signal.SIGTERM, signal.SIGKILL, signal.SIGTERM, None]):
            for i in range(1500):
                post = posts[i % len(posts)]
                click = ClickRecorded(click_id=str(uuid.uuid4()), post_id=post,
                                      fair_id=str(fair), at="2026-11-22T10:00:00+00:00")
                producer.send("clicks", key=click.key, value=click.to_bytes())
                sent += 1
            producer.flush()
            if sig is not None:
                time.sleep(1.0 + wave)  # let the worker be mid-batch when the signal comes
                worker.restart(sig)
        deadline = time.monotonic() + 150
        counted = 0
        while time.monotonic() < deadline:
            counted = db("SELECT coalesce(sum(clicks), 0)::bigint AS n FROM post_counts "
                         "WHERE post_id = ANY($1::uuid[])", posts)[0]["n"]
            if counted >= sent:
                break
            time.sleep(1)
    finally:
        producer.close()
        worker.stop()
    log = worker.log.read_text(errors="replace")
    rereads = log.count("never reached an agent")
    print(f"\n[B] {guarantee:14s} {'unpatched' if unpatched else 'fenced':9s} sent {sent} "
          f"counted {counted} lost {sent - counted} (re-reads logged: {rereads}; "
          f"worker log errors: {log.count('ERROR')})")
    os.makedirs("tests/artifacts", exist_ok=True)
    Path(f"tests/artifacts/eos-{guarantee}-{unpatched}.log").write_text(log)
