"""`jobfair provision` on real servers: idempotent, refuses an edited migration, grows topics."""

from __future__ import annotations

import asyncio
from pathlib import Path

import asyncpg
import pytest
from kafka import KafkaAdminClient

from jobfair.errors import MigrationError
from jobfair.provision import (
    Migration,
    _topic_name,
    load_migrations,
    migrate,
    provision_topics,
)
from jobfair.settings import Settings
from streams.topics import ALL_TOPICS

pytestmark = pytest.mark.integration


def run_migrate(dsn: str, migrations: list[Migration]) -> list[str]:
    async def go() -> list[str]:
        conn = await asyncpg.connect(dsn)
        try:
            return await migrate(conn, migrations, progress=lambda s: None)
        finally:
            await conn.close()

    return asyncio.run(go())


def test_migrations_are_applied_once_and_never_edited(settings: Settings) -> None:
    assert settings.database_url
    migrations = load_migrations()
    assert run_migrate(settings.database_url, migrations) == []  # the fixture applied them
    edited = [Migration(m.version, m.name, m.sql + "\n-- edited") for m in migrations]
    with pytest.raises(MigrationError, match="changed after it was applied"):
        run_migrate(settings.database_url, edited)


def test_concurrent_provisioners_serialise_on_the_lock(settings: Settings) -> None:
    assert settings.database_url
    dsn = settings.database_url

    async def both() -> list[list[str]]:
        extra = Migration("9001", "9001_probe.sql", "CREATE TABLE probe_9001 (x int);")

        async def one() -> list[str]:
            conn = await asyncpg.connect(dsn)
            try:
                return await migrate(conn, [*load_migrations(), extra], progress=lambda s: None)
            finally:
                await conn.close()

        return list(await asyncio.gather(one(), one()))

    results = asyncio.run(both())
    assert sorted(results) == [[], ["9001_probe.sql"]]


def test_bad_migration_names_are_refused(tmp_path: Path) -> None:
    (tmp_path / "abc_first.sql").write_text("SELECT 1;")
    with pytest.raises(MigrationError, match="must start with a number"):
        load_migrations(tmp_path)


def test_provisioning_topics_twice_creates_nothing_new(
    settings: Settings,
) -> None:
    assert settings.kafka_bootstrap
    assert provision_topics(settings, settings.kafka_bootstrap, progress=lambda s: None) == []
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    try:
        names = {t.name for t in ALL_TOPICS}
        assert names <= set(admin.list_topics())
        described = {
            _topic_name(d): len(d["partitions"]) for d in admin.describe_topics(list(names))
        }
        assert set(described) == names
        assert set(described.values()) == {settings.topic_partitions}
    finally:
        admin.close()
