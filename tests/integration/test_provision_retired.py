"""`jobfair provision` deletes the changelog topics of Faust tables the project retired
(``streams.topics.RETIRED_TABLES``) and leaves every other topic alone."""

from __future__ import annotations

import time

import pytest
from kafka import KafkaAdminClient
from kafka.admin import NewTopic

from jobfair.provision import provision_topics
from jobfair.settings import Settings
from streams.topics import ALL_TOPICS, retired_changelog_topics

pytestmark = pytest.mark.integration


def test_provision_deletes_retired_changelog_topics(settings: Settings) -> None:
    assert settings.kafka_bootstrap
    retired = retired_changelog_topics(settings.app_id)
    kept = f"{settings.app_id}-fair-schedules-changelog"
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    try:
        present = set(admin.list_topics())
        admin.create_topics([NewTopic(t, 1, 1) for t in [*retired, kept] if t not in present])
        assert set(retired) | {kept} <= set(admin.list_topics())
        said: list[str] = []
        provision_topics(settings, settings.kafka_bootstrap, progress=said.append)
        assert any("retired" in line for line in said)
        # Deletion completes asynchronously on the broker: poll with a deadline.
        deadline = time.monotonic() + 30
        left = set(admin.list_topics())
        while set(retired) & left and time.monotonic() < deadline:
            time.sleep(0.2)
            left = set(admin.list_topics())
        assert not set(retired) & left
        assert kept in left and {t.name for t in ALL_TOPICS} <= left
        said.clear()
        provision_topics(settings, settings.kafka_bootstrap, progress=said.append)
        assert not any("retired" in line for line in said)  # nothing left to delete
    finally:
        admin.close()
