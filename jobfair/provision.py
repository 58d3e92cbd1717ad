"""``jobfair provision``: create or upgrade topics (Kafka) and schema (PostgreSQL).

Topics come from ``streams.topics.ALL_TOPICS`` through kafka-python's admin client: missing
topics are created, existing ones get more partitions if configured higher and their configs
brought in line, and changelog topics of retired Faust tables (``streams.topics.RETIRED_TABLES``)
are deleted. Migrations are the numbered files in ``jobfair/migrations``, applied in order
under a PostgreSQL advisory lock (two provisioners never race); a file whose checksum differs
from the applied one stops provisioning. Running it twice changes nothing the second time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import asyncpg

from jobfair.db import create_pool
from jobfair.errors import MigrationError, ServiceUnreachable
from jobfair.settings import Settings
from streams.topics import ALL_TOPICS, retired_changelog_topics

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
LOCK_KEY = 0x6A6F62666169  # "jobfai": one advisory lock id for all provisioners
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Migration:
    version: str
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def load_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    found = []
    for path in sorted(directory.glob("*.sql")):
        version = path.name.split("_", 1)[0]
        if not version.isdigit():
            raise MigrationError(f"migration {path.name} must start with a number, e.g. 0002_")
        found.append(Migration(version, path.name, path.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"two migrations share a number in {directory}")
    return found


async def migrate(
    conn: asyncpg.Connection, migrations: list[Migration], progress: Progress = print
) -> list[str]:
    """Apply pending migrations; returns the names applied now."""
    await conn.execute("SELECT pg_advisory_lock($1)", LOCK_KEY)
    try:
        await conn.execute(
            """CREATE TABLE IF NOT EXISTS schema_migration (
                   version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
                   applied_at timestamptz NOT NULL DEFAULT now())"""
        )
        applied = {
            r["version"]: r for r in await conn.fetch("SELECT * FROM schema_migration")
        }
        done: list[str] = []
        for m in migrations:
            row = applied.get(m.version)
            if row is not None:
                if row["checksum"] != m.checksum:
                    raise MigrationError(
                        f"migration {m.name} changed after it was applied "
                        f"(checksum {row['checksum'][:12]} → {m.checksum[:12]}); never edit an "
                        "applied migration, add a new numbered file instead"
                    )
                continue
            progress(f"database: applying {m.name}")
            try:
                async with conn.transaction():
                    await conn.execute(m.sql)
                    await conn.execute(
                        "INSERT INTO schema_migration (version, name, checksum) "
                        "VALUES ($1, $2, $3)", m.version, m.name, m.checksum,
                    )
            except asyncpg.PostgresError as exc:
                raise MigrationError(f"migration {m.name} failed: {exc}") from None
            done.append(m.name)
        return done
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", LOCK_KEY)


async def provision_database(dsn: str, progress: Progress = print) -> list[str]:
    pool = await create_pool(dsn, max_size=1)
    try:
        async with pool.acquire() as conn:
            done = await migrate(cast(asyncpg.Connection, conn), load_migrations(), progress)
    finally:
        await pool.close()
    progress(f"database: schema up to date ({len(done)} migration(s) applied now)")
    return done


def provision_topics(settings: Settings, bootstrap: str, progress: Progress = print) -> list[str]:
    """Create missing topics, grow partitions, align configs, delete retired changelog topics;
    returns the topics created."""
    from kafka import KafkaAdminClient
    from kafka.admin import ConfigResource, ConfigResourceType, NewPartitions, NewTopic
    from kafka.errors import KafkaError

    try:
        admin = KafkaAdminClient(
            bootstrap_servers=bootstrap.split(","), client_id="jobfair-provision",
            request_timeout_ms=15000,
        )
    except KafkaError as exc:
        raise ServiceUnreachable(
            f"cannot reach Kafka at {bootstrap} ({type(exc).__name__}); start the broker or fix "
            "JOBFAIR_KAFKA_BOOTSTRAP"
        ) from None
    min_isr = 2 if settings.replication_factor >= 3 else 1
    try:
        existing = set(admin.list_topics())
        missing = [t for t in ALL_TOPICS if t.name not in existing]
        if missing:
            admin.create_topics([
                NewTopic(t.name, settings.topic_partitions, settings.replication_factor,
                         topic_configs=t.configs(min_isr))
                for t in missing
            ])
        present = [t for t in ALL_TOPICS if t.name in existing]
        if present:
            described = admin.describe_topics([t.name for t in present])
            grow = {
                _topic_name(d): NewPartitions(settings.topic_partitions)
                for d in described if len(d["partitions"]) < settings.topic_partitions
            }
            if grow:
                progress(f"kafka: growing partitions of {', '.join(sorted(grow))}")
                admin.create_partitions(grow)
            admin.alter_configs([
                ConfigResource(ConfigResourceType.TOPIC, t.name, configs=t.configs(min_isr))
                for t in present
            ])
        retired = sorted(set(retired_changelog_topics(settings.app_id)) & existing)
        if retired:
            progress(f"kafka: deleting changelog topics of retired tables: {', '.join(retired)}")
            admin.delete_topics(retired)
    finally:
        admin.close()
    created = [t.name for t in missing]
    progress(
        f"kafka: {len(ALL_TOPICS)} topics ready ({len(created)} created, "
        f"{settings.topic_partitions} partitions, replication {settings.replication_factor})"
    )
    return created


def _topic_name(described: dict[str, object]) -> str:
    # kafka-python 2.x says "topic", 3.x follows the protocol schema and says "name".
    return str(described.get("name") or described.get("topic"))
