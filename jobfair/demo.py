"""``jobfair dev --demo``: a demo 招聘夜市 with employers and posts (idempotent: fixed ids).

Writes PostgreSQL ``fair``, ``employer``, ``post`` and ``post_counts`` directly; the ids are
derived from fixed names, so loading twice changes nothing.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

from jobfair.db import create_pool
from jobfair.settings import Settings

NS = uuid.UUID("6f1c1e9e-2f0a-4c59-9a57-3f0d8e8b7a10")
EMPLOYERS = (
    ("明珠电商直播基地", "A03", 2, 10, (("直播运营助理（妈妈岗）", 5), ("客服专员（可居家）", 8))),
    ("社区家政服务中心", "B12", 3, 15, (("育婴师", 6), ("社区助餐点帮厨", 4), ("收银员", 3))),
)


def demo_ids() -> tuple[uuid.UUID, list[uuid.UUID]]:
    fair = uuid.uuid5(NS, "fair")
    posts = [uuid.uuid5(NS, f"post:{e[0]}:{p[0]}") for e in EMPLOYERS for p in e[4]]
    return fair, posts


async def _load(dsn: str, now: datetime) -> str:
    fair_id, _ = demo_ids()
    pool = await create_pool(dsn, max_size=1)
    try:
        async with pool.acquire() as conn, conn.transaction():
            await conn.execute(
                "INSERT INTO fair (id, name, kind, starts_at, ends_at, venue) "
                "VALUES ($1, $2, 'night_market', $3, $4, $5) ON CONFLICT (id) DO NOTHING",
                fair_id, "演示：妇联女性就业招聘夜市", now - timedelta(hours=1),
                now + timedelta(days=1), "步行街广场",
            )
            for name, booth, tables, slot, posts in EMPLOYERS:
                emp_id = uuid.uuid5(NS, f"employer:{name}")
                await conn.execute(
                    "INSERT INTO employer (id, fair_id, name, booth, interview_tables, "
                    "slot_minutes) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
                    emp_id, fair_id, name, booth, tables, slot,
                )
                for title, headcount in posts:
                    post_id = uuid.uuid5(NS, f"post:{name}:{title}")
                    await conn.execute(
                        "INSERT INTO post (id, fair_id, employer_id, title, headcount) "
                        "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING",
                        post_id, fair_id, emp_id, title, headcount,
                    )
                    await conn.execute(
                        "INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2) "
                        "ON CONFLICT (post_id) DO NOTHING", post_id, fair_id,
                    )
    finally:
        await pool.close()
    return f"demo fair {fair_id} loaded with {sum(len(e[4]) for e in EMPLOYERS)} posts"


def load_demo(settings: Settings) -> str:
    assert settings.database_url
    return asyncio.run(_load(settings.database_url, datetime.now(UTC)))
