"""Kafka admin calls the local runners make: is a broker ready, who leads a partition.

Data flow: bootstrap "127.0.0.1:P[,...]" -> kafka-python ``KafkaAdminClient`` -> metadata.
kafka-python 3 leaves the socket of a refused connection unclosed (it learns peers from the
metadata, and a cluster's peers may be down or not listening yet); every call here runs inside
`collecting_leaked_sockets`, so no ResourceWarning reaches whoever collects garbage next.
"""

from __future__ import annotations

import contextlib
import gc
import warnings
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def collecting_leaked_sockets() -> Iterator[None]:
    """kafka-python 3 drops, unclosed, the socket of a connection a dead node refused (it
    learns the node from metadata); collect those here, quietly, instead of leaving a
    ResourceWarning to whoever runs the garbage collector next (pytest's -W error)."""
    try:
        yield
    finally:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()


def kafka_metadata_ok(bootstrap: str) -> bool:
    """Return True if a Kafka admin metadata call against `bootstrap` lists at least one broker."""
    with collecting_leaked_sockets():  # a cluster's peers may not listen yet
        try:
            admin = admin_client(bootstrap, client_id="jobfair-local-probe",
                                 bootstrap_timeout_ms=3000, request_timeout_ms=3000)
        except Exception:  # any failure means "not ready yet"; the caller polls again
            return False
        try:
            return bool(admin.describe_cluster().get("brokers"))
        except Exception:
            return False
        finally:
            admin.close()


def admin_client(bootstrap: str, **options: Any) -> Any:
    """A kafka-python admin client for `bootstrap` ("host:port[,host:port]")."""
    # Imported here: only the runners need a Kafka client, not every `jobfair` command.
    # kafka-python 3.0 loads its protocol schemas with the deprecated
    # importlib.resources.read_text, which is an error under `-W error`; it is not ours to fix.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from kafka import KafkaAdminClient

    options = {"client_id": "jobfair-local-admin", "request_timeout_ms": 5000, **options}
    return KafkaAdminClient(bootstrap_servers=bootstrap.split(","), **options)
