"""``jobfair report FAIR_ID``: the figures organisers report upward, read from PostgreSQL.

Reads ``fair``, ``post`` and ``post_counts``; prints a short table (text) for a person.
"""

from __future__ import annotations

import asyncio
from uuid import UUID

from jobfair.db import create_pool
from jobfair.errors import ConfigError
from jobfair.settings import Settings

TOTALS = """
SELECT f.name, f.kind, count(p.id) AS posts, coalesce(sum(p.headcount), 0) AS openings,
       coalesce(sum(c.clicks), 0) AS clicks, coalesce(sum(c.applications), 0) AS applications,
       coalesce(sum(c.interviews_scheduled), 0) AS interviews,
       coalesce(sum(c.offers), 0) AS offers
FROM fair f LEFT JOIN post p ON p.fair_id = f.id LEFT JOIN post_counts c ON c.post_id = p.id
WHERE f.id = $1 GROUP BY f.id
"""


def print_report(settings: Settings, fair_id: str) -> int:
    try:
        fid = UUID(fair_id)
    except ValueError:
        raise ConfigError(f"{fair_id!r} is not a fair id (a UUID)") from None
    _, dsn = settings.require_servers()

    async def fetch() -> dict[str, object] | None:
        pool = await create_pool(dsn, max_size=1)
        try:
            row = await pool.fetchrow(TOTALS, fid)
            return dict(row) if row else None
        finally:
            await pool.close()

    row = asyncio.run(fetch())
    if row is None:
        raise ConfigError(f"no fair {fair_id}")
    labels = {"name": "场次 fair", "kind": "类型 kind", "posts": "岗位数 posts",
              "openings": "招聘人数 openings", "clicks": "点击 clicks",
              "applications": "投递 applications", "interviews": "面试 interviews",
              "offers": "达成意向 offers"}
    for key, label in labels.items():
        print(f"{label:<22} {row[key]}")
    return 0
