"""Local PostgreSQL and Kafka servers on loopback for `jobfair dev` and the integration tests.

Each runner owns one child process tree started from a workdir it is given:

    LocalKafka     real Apache Kafka (KRaft) from jars fetched by Maven   -> .bootstrap
    LocalKafkaCluster  three such nodes, replication 3 (fault tests)      -> .bootstrap
    LocalTansu     Tansu, memory-only Kafka-compatible broker (no Java)    -> .bootstrap
    LocalPostgres  PostgreSQL server binaries of the OS, run unprivileged  -> .dsn

All share `LocalServer`'s lifecycle (start, stop, kill, pause/resume; the port is kept across
restarts), raise `LocalServerError` (one actionable line plus ``.log_tail``) and are context
managers.
"""

from __future__ import annotations

from jobfair.local.cluster import LocalKafkaCluster
from jobfair.local.kafka import KAFKA_VERSION, LocalKafka, ensure_kafka_jars
from jobfair.local.postgres import LocalPostgres
from jobfair.local.procs import LocalServerError, default_cache_dir, free_port
from jobfair.local.server import LocalServer
from jobfair.local.tansu import LocalTansu

__all__ = [
    "KAFKA_VERSION",
    "LocalKafka",
    "LocalKafkaCluster",
    "LocalPostgres",
    "LocalServer",
    "LocalServerError",
    "LocalTansu",
    "default_cache_dir",
    "ensure_kafka_jars",
    "free_port",
]
