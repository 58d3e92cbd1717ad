"""Local PostgreSQL and Kafka servers on loopback for `jobfair dev` and the integration tests.

Each runner owns one child process tree started from a workdir it is given:

    LocalKafka     real Apache Kafka (KRaft) from jars fetched by Maven   -> .bootstrap
    LocalTansu     Tansu, memory-only Kafka-compatible broker (no Java)    -> .bootstrap
    LocalPostgres  PostgreSQL server binaries of the OS, run unprivileged  -> .dsn

All raise `LocalServerError` (one actionable line plus ``.log_tail``) and are context managers.
"""

from __future__ import annotations

from jobfair.local.kafka import KAFKA_VERSION, LocalKafka, ensure_kafka_jars
from jobfair.local.postgres import LocalPostgres
from jobfair.local.procs import LocalServerError, default_cache_dir, free_port
from jobfair.local.tansu import LocalTansu

__all__ = [
    "KAFKA_VERSION",
    "LocalKafka",
    "LocalPostgres",
    "LocalServerError",
    "LocalTansu",
    "default_cache_dir",
    "ensure_kafka_jars",
    "free_port",
]
