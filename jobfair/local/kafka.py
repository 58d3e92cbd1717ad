"""Run a real single-node Apache Kafka (KRaft) broker on loopback for `jobfair dev` and tests.

Data flow: infra/kafka/pom.xml --mvn--> jar cache (~/.cache/jobfair/kafka-4.2.0/libs)
--> `java kafka.Kafka server.properties` in `workdir` --> bootstrap "127.0.0.1:PORT".

The broker is its own controller (combined KRaft mode, one static voter), listens only on
127.0.0.1, keeps its log segments in ``workdir/data`` and writes everything it prints to
``workdir/broker.log``. Storage is formatted once; a later start on the same workdir keeps
the topics (the controller port may change between runs because the voter set is static).

A `Quorum` makes the same runner one node of a multi-node cluster (`LocalKafkaCluster` in
``jobfair.local.cluster``): fixed node id, controller port, voter list, cluster id and
replication settings shared by every node.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jobfair.local.kafka_admin import kafka_metadata_ok
from jobfair.local.procs import (
    ChildProcess,
    LocalServerError,
    free_port,
    port_accepts,
    run_tool,
)
from jobfair.local.server import LocalServer

KAFKA_VERSION = "4.2.0"

_POM = Path(__file__).resolve().parents[2] / "infra" / "kafka" / "pom.xml"
_NEED_SETUP = "run `make setup` (installs openjdk-17-jre-headless and maven)"

# Root at WARN keeps the log readable; the one INFO logger kept is the "Kafka Server started"
# line, so a reader of broker.log can tell a slow start from a silent one.
_LOG4J2 = """\
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.stdout.ref = STDOUT
logger.started.name = kafka.server.KafkaRaftServer
logger.started.level = INFO
"""


def _require(tool: str, what: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise LocalServerError(f"{what} not found: {_NEED_SETUP}")
    return path


def ensure_kafka_jars(cache_dir: Path, progress: Callable[[str], None] = print) -> Path:
    """Return the directory of Kafka jars in `cache_dir`, fetching them with Maven if needed.

    The jars are copied into a staging directory that replaces ``libs`` only when Maven
    succeeds; the marker written last holds a hash of the pom, so editing the pom refetches
    and an interrupted fetch is never mistaken for a complete one. A file lock lets parallel
    test sessions share one fetch.
    """
    home = cache_dir / f"kafka-{KAFKA_VERSION}"
    libs = home / "libs"
    marker = home / "complete"
    if not _POM.is_file():
        raise LocalServerError(f"{_POM} not found: run jobfair from a source checkout")
    stamp = hashlib.sha256(_POM.read_bytes()).hexdigest()
    if _is_complete(marker, libs, stamp):
        return libs
    _require("java", "Java 17")
    mvn = _require("mvn", "Maven")
    home.mkdir(parents=True, exist_ok=True)
    with (home / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _is_complete(marker, libs, stamp):  # another process fetched while we waited
            return libs
        progress(
            f"kafka: fetching Apache Kafka {KAFKA_VERSION} jars from Maven Central "
            "(first run only, ~100 MB)…"
        )
        marker.unlink(missing_ok=True)
        staging = home / "libs.partial"
        shutil.rmtree(staging, ignore_errors=True)
        log = home / "fetch.log"
        log.unlink(missing_ok=True)
        run_tool(
            [
                mvn,
                "-q",
                "-B",
                "-f",
                str(_POM),
                "dependency:copy-dependencies",
                f"-DoutputDirectory={staging}",
                "-DincludeScope=runtime",
            ],
            what="Maven could not fetch the Kafka jars (check access to Maven Central)",
            log_path=log,
            timeout=900.0,
        )
        shutil.rmtree(libs, ignore_errors=True)
        staging.rename(libs)
        marker.write_text(stamp + "\n")
    return libs


def _is_complete(marker: Path, libs: Path, stamp: str) -> bool:
    try:
        return marker.read_text().strip() == stamp and libs.is_dir()
    except FileNotFoundError:
        return False


def new_cluster_id() -> str:
    """A KRaft cluster id as `kafka-storage random-uuid` makes it, without starting a JVM."""
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cid.startswith("-"):  # Kafka rejects ids that look like command-line flags
            return cid


@dataclass(frozen=True)
class Quorum:
    """This node's place in a KRaft cluster whose nodes are all broker and controller."""

    node_id: int
    controller_port: int
    voters: str  # "1@127.0.0.1:P1,2@127.0.0.1:P2,..."
    cluster_id: str
    replication: int  # default and internal topics' replication factor
    min_insync: int


class LocalKafka(LocalServer):
    """A real Kafka broker+controller on 127.0.0.1, for development and tests only."""

    name = "kafka"
    start_timeout = 120.0

    def __init__(
        self,
        workdir: Path,
        *,
        cache_dir: Path,
        port: int | None = None,
        partitions_default: int = 4,
        progress: Callable[[str], None] = print,
        quorum: Quorum | None = None,
        max_heap: str = "768m",
    ) -> None:
        super().__init__(workdir, port=port, progress=progress)
        self._cache_dir = cache_dir
        self._partitions = partitions_default
        self._quorum = quorum
        self._max_heap = max_heap

    @property
    def bootstrap(self) -> str:
        """"127.0.0.1:PORT" once started, else ""."""
        return self.address

    def _prepare(self, port: int, timeout: float) -> None:
        """Fetch jars if needed, write the config, format storage once."""
        java = _require("java", "Java 17")
        self._libs = ensure_kafka_jars(self._cache_dir, self._progress)
        q = self._quorum
        (self.workdir / "server.properties").write_text(
            self._server_properties(port, q.controller_port if q else free_port())
        )
        (self.workdir / "log4j2.properties").write_text(_LOG4J2)
        if (self.workdir / "data" / "meta.properties").exists():
            return
        # A short-lived JVM: C1 only and the serial collector start measurably faster.
        run_tool(
            [
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                self._logging,
                "-cp",
                f"{self._libs}/*",
                "kafka.tools.StorageTool",
                "format",
                "--config",
                str(self.workdir / "server.properties"),
                "--cluster-id",
                q.cluster_id if q else new_cluster_id(),
            ],
            what="kafka: formatting storage",
            log_path=self.workdir / "broker.log",
            timeout=min(timeout, 60.0),
        )

    @property
    def _logging(self) -> str:
        return f"-Dlog4j2.configurationFile={self.workdir / 'log4j2.properties'}"

    def _spawn(self, port: int) -> ChildProcess:
        # -UsePerfData: no hsperfdata files left in /tmp; the broker is not meant for jstat.
        return ChildProcess(
            [
                _require("java", "Java 17"),
                "-Xms256m",
                f"-Xmx{self._max_heap}",
                "-XX:+UseG1GC",
                "-XX:MaxGCPauseMillis=20",
                "-XX:+ExplicitGCInvokesConcurrent",
                "-XX:-UsePerfData",
                "-Djava.awt.headless=true",
                self._logging,
                "-cp",
                f"{self._libs}/*",
                "kafka.Kafka",
                str(self.workdir / "server.properties"),
            ],
            log_path=self.workdir / "broker.log",
            cwd=self.workdir,
        )

    def _ready(self, port: int) -> bool:
        return port_accepts(port) and kafka_metadata_ok(self._address_for(port))

    def _address_for(self, port: int) -> str:
        return f"127.0.0.1:{port}"

    def _server_properties(self, port: int, controller_port: int) -> str:
        data = self.workdir / "data"
        q = self._quorum
        # One broker: internal topics cannot have more than one replica.
        replicas, min_isr = (str(q.replication), str(q.min_insync)) if q else ("1", "1")
        settings = {
            "process.roles": "broker,controller",
            "node.id": str(q.node_id) if q else "1",
            # Static voters (not --standalone): the quorum lives in config, so the controller
            # port can differ on the next start over the same storage.
            "controller.quorum.voters": q.voters if q else f"1@127.0.0.1:{controller_port}",
            "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs": str(data),
            "num.partitions": str(self._partitions),
            "default.replication.factor": replicas,
            "min.insync.replicas": min_isr,
            "offsets.topic.replication.factor": replicas,
            "transaction.state.log.replication.factor": replicas,
            "transaction.state.log.min.isr": min_isr,
            "share.coordinator.state.topic.replication.factor": replicas,
            "share.coordinator.state.topic.min.isr": min_isr,
            # Fewer internal partitions make the first consumer group join quicker in tests.
            "offsets.topic.num.partitions": "8",
            "transaction.state.log.num.partitions": "8",
            # After a kill the controller keeps the dead broker's registration until its session
            # expires (default 9 s); heartbeats travel over loopback only, so a short session is
            # safe and makes restarts and leader failover in fault tests quick.
            "broker.heartbeat.interval.ms": "500",
            "broker.session.timeout.ms": "3000",
            # Nobody else will join: do not hold the first rebalance back for 3 s.
            "group.initial.rebalance.delay.ms": "0",
            # Topics are declared in streams/ and created explicitly; a typo must fail loudly.
            "auto.create.topics.enable": "false",
        }
        return "".join(f"{key}={value}\n" for key, value in settings.items())
