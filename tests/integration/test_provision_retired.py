"""`jobfair provision` deletes the changelog topics of Faust tables the project retired
(``streams.topics.RETIRED_TABLES``) and leaves every other topic alone."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from kafka import KafkaAdminClient
from kafka.admin import NewTopic

from jobfair.provision import provision_topics
from jobfair.settings import Settings
from streams.topics import ALL_TOPICS, retired_changelog_topics

pytestmark = pytest.mark.integration


def topics_when(admin: KafkaAdminClient, ok: Callable[[set[str]], bool]) -> set[str]:
    """The broker's topics once ``ok`` holds for them (creation and deletion complete
    asynchronously on the broker), or as they are at the deadline."""
    deadline = time.monotonic() + 30
    names = set(admin.list_topics())
    while not ok(names) and time.monotonic() < deadline:
        time.sleep(0.2)
        names = set(admin.list_topics())
    return names


def test_provision_deletes_retired_changelog_topics(settings: Settings) -> None:
    assert settings.kafka_bootstrap
    retired = set(retired_changelog_topics(settings.app_id))
    kept = f"{settings.app_id}-fair-schedules-changelog"
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    try:
        present = set(admin.list_topics())
        admin.create_topics([NewTopic(t, 1, 1) for t in [*sorted(retired), kept]
                             if t not in present])
        assert retired | {kept} <= topics_when(admin, lambda n: retired | {kept} <= n)
        said: list[str] = []
        provision_topics(settings, settings.kafka_bootstrap, progress=said.append)
        assert any("retired" in line for line in said)
        left = topics_when(admin, lambda n: not retired & n)
        assert not retired & left
        assert kept in left and {t.name for t in ALL_TOPICS} <= left
        said.clear()
        provision_topics(settings, settings.kafka_bootstrap, progress=said.append)
        assert not any("retired" in line for line in said)  # nothing left to delete
    finally:
        admin.close()
