"""Patched behaviour 5 (see ``streams.faustfix``): Faust table writes the agents can rely on.

``changelog_ready`` fetches the changelog topic's partitions before a write: with
``use_partitioner=True`` Faust hashes the key with the producer's metadata, and on a fresh topic
that metadata may not be there yet, so the write would raise after the batch is already in
PostgreSQL. Cheap once the metadata is cached. ``put_table`` writes local state only when the
app says it has no changelog (``FencedApp.write_changelog``, off in agent tests that run an
agent through ``agent.test_context()`` with no worker and so no changelog topics).
Private names: ``Producer._ensure_producer``, ``Table.data``, ``Table.changelog_topic``.
"""

from __future__ import annotations

from typing import Any


async def changelog_ready(table: Any) -> None:
    if not getattr(table.app, "write_changelog", True):
        return  # agent tests' test_context: tables are local only
    producer = table.app.producer._ensure_producer()  # the aiokafka producer
    await producer.partitions_for(table.changelog_topic.get_topic_name())


async def put_table(table: Any, key: bytes, value: Any) -> None:
    """``table[key] = value`` (local state + changelog record) once the changelog's metadata is
    known, or only the local state when the app has no changelog."""
    await changelog_ready(table)
    if getattr(table.app, "write_changelog", True):
        table[key] = value
    else:
        table.data[key] = value
