"""A three-node Apache Kafka KRaft cluster on loopback, from the same Maven jars, for fault tests.

Data flow: ports picked up front -> one `Quorum` per node (static voters, one cluster id,
replication 3, ``min.insync.replicas`` 2) -> `LocalKafka` per node in ``workdir/node-N``,
all launched before any is waited for (a quorum needs a majority) -> bootstrap
"127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3".

Every node is broker and controller. A node killed with `kill_node` is started again on the
same ports and storage with `restart_node`; `leader_of` asks the cluster which node leads a
partition, so a test can kill exactly that one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from jobfair.local.kafka import (
    LocalKafka,
    Quorum,
    ensure_kafka_jars,
    new_cluster_id,
)
from jobfair.local.kafka_admin import admin_client as _admin
from jobfair.local.kafka_admin import collecting_leaked_sockets
from jobfair.local.procs import LocalServerError, free_port
from jobfair.local.server import Managed


class LocalKafkaCluster(Managed):
    """`size` Kafka nodes (broker+controller) on 127.0.0.1; dev/test only."""

    def __init__(
        self,
        workdir: Path,
        *,
        cache_dir: Path,
        size: int = 3,
        min_insync: int = 2,
        partitions_default: int = 4,
        progress: Callable[[str], None] = print,
    ) -> None:
        self.workdir = workdir
        self._cache_dir = cache_dir
        self._progress = progress
        ports = [(free_port(), free_port()) for _ in range(size)]
        voters = ",".join(f"{i + 1}@127.0.0.1:{c}" for i, (_, c) in enumerate(ports))
        cluster_id = new_cluster_id()
        self.nodes = [
            LocalKafka(
                workdir / f"node-{i + 1}",
                cache_dir=cache_dir,
                port=port,
                partitions_default=partitions_default,
                progress=progress,
                quorum=Quorum(i + 1, controller, voters, cluster_id, size, min_insync),
                max_heap="512m",
            )
            for i, (port, controller) in enumerate(ports)
        ]
        self.bootstrap = ",".join(f"127.0.0.1:{port}" for port, _ in ports)

    def start(self, timeout: float | None = 180.0) -> str:
        """Launch every node, then wait for each and for all of them in the metadata."""
        ensure_kafka_jars(self._cache_dir, self._progress)
        timeout = 180.0 if timeout is None else timeout
        try:
            for node in self.nodes:
                node.launch(timeout)
            for node in self.nodes:
                node.wait_ready(timeout)
            self.wait_for_brokers(len(self.nodes), timeout)
        except BaseException:
            self.stop()
            raise
        return self.bootstrap

    def stop(self, timeout: float = 10.0) -> None:
        for node in self.nodes:
            node.stop(timeout)

    def kill_node(self, node_id: int) -> None:
        """SIGKILL node `node_id` (1-based, as in the voter list)."""
        self.nodes[node_id - 1].kill()

    def restart_node(self, node_id: int, timeout: float = 120.0) -> None:
        self.nodes[node_id - 1].start(timeout)

    def leader_of(self, topic: str, partition: int) -> int:
        """Node id leading `topic`'s `partition` now; -1 while it has none or nobody answers."""
        with collecting_leaked_sockets():
            try:
                admin = _admin(self.live_bootstrap)
            except Exception:  # no live node answers metadata right now
                return -1
            try:
                for desc in admin.describe_topics([topic]):
                    for p in desc["partitions"]:
                        # kafka-python 3 names the fields as the protocol does; 2.x did not.
                        if p.get("partition_index", p.get("partition")) == partition:
                            return int(p.get("leader_id", p.get("leader", -1)))
            except Exception:
                return -1
            finally:
                admin.close()
        raise LocalServerError(f"kafka cluster: no partition {topic}[{partition}]")

    @property
    def live_bootstrap(self) -> str:
        """Bootstrap of the nodes this object has running (admin calls avoid killed ones)."""
        return ",".join(n.bootstrap for n in self.nodes if n.pid is not None) or self.bootstrap

    def wait_for_brokers(self, count: int, timeout: float = 60.0) -> None:
        """Poll until the cluster metadata lists `count` live brokers."""
        deadline = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < deadline:
            with collecting_leaked_sockets():
                try:
                    admin = _admin(self.live_bootstrap)
                    try:
                        seen = len(admin.describe_cluster().get("brokers", []))
                    finally:
                        admin.close()
                except Exception:  # not reachable yet: poll again
                    seen = 0
            if seen >= count:
                return
            time.sleep(0.2)
        raise LocalServerError(f"kafka cluster: {seen} of {count} brokers after {timeout:.0f} s")
