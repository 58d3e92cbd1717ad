"""Personal data has a lifetime: erasure of one applicant and the periodic retention job.

Data flow: eraseApplicant (``web.identity.api``, the applicant herself or an organiser) and
``jobfair retention`` (this module's ``run``, from cron or a systemd timer; it finds a running
``jobfair dev`` like ``jobfair report`` does) both call ``erase``, which in one transaction
sets the applicant's name and phone to NULL, reduces a stated gender to the category the
report counts (``女`` or ``其他``; ``jobfair_is_woman`` / ``jobfair_gender_stated`` of
migration 0006 give the same answers before and after), marks the row ``erased_at``, bumps her
credential generation (every token and page cookie of hers stops at once, ``web.identity``)
and deletes her login codes. The row, its id and everything keyed by the id (check-ins,
applications, interviews) stay, so every aggregate the report and the boards show
(``jobfair.reporting``, views of migration 0006) is exact after erasure.

``run`` erases every applicant of a fair that ended more than
``JOBFAIR_RETENTION_CONTACT_DAYS`` ago and deletes login codes, login failures and page
sessions a day after they stopped mattering. The ``checkins`` topic, the other place names and
phones travel, deletes its records after ``streams.topics.CHECKINS.retention_ms`` (shorter than
the contact retention, so the topic never outlives the database copy).

Not erased here (owned elsewhere; see notes): free-text complaint notes and service records.
"""

from __future__ import annotations

import asyncio
import json
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from domain.tokens import MAX_GENERATION
from jobfair.settings import Settings

ANONYMISE = """
UPDATE applicant a SET name = NULL, phone = NULL, erased_at = $2,
       gender = CASE WHEN jobfair_is_woman(a.gender) THEN '女'
                     WHEN jobfair_gender_stated(a.gender) THEN '其他' END
WHERE a.id = ANY($1::uuid[]) AND a.erased_at IS NULL
RETURNING a.id
"""
CREDENTIALS = """
UPDATE applicant_credential SET erased_at = $2, generation = generation % $3 + 1
WHERE applicant_id = ANY($1::uuid[]) AND erased_at IS NULL
"""
CODES = "DELETE FROM login_code WHERE applicant_id = ANY($1::uuid[])"
EXPIRED = """
SELECT a.id FROM applicant a JOIN fair f ON f.id = a.fair_id
WHERE a.erased_at IS NULL AND f.ends_at < $1 ORDER BY a.id LIMIT $2
"""
PRUNE = {
    "login_codes": "DELETE FROM login_code WHERE expires_at < $1",
    "login_failures": "DELETE FROM login_failure WHERE at < $1",
    "sessions": "DELETE FROM web_session WHERE expires_at < $1 OR ended_at < $1",
}
BATCH = 1000


async def erase(conn: Any, applicant_ids: list[UUID], now: datetime) -> int:
    """Erase these applicants (idempotent); how many were erased now."""
    async with conn.transaction():
        erased = await conn.fetch(ANONYMISE, applicant_ids, now)
        await conn.execute(CREDENTIALS, applicant_ids, now, MAX_GENERATION)
        await conn.execute(CODES, applicant_ids)
    return len(erased)


@dataclass(frozen=True)
class Swept:
    applicants_erased: int
    login_codes: int
    login_failures: int
    sessions: int


async def sweep(conn: Any, settings: Settings, now: datetime) -> Swept:
    """One retention pass over the database."""
    cutoff = now - timedelta(days=settings.retention_contact_days)
    erased = 0
    while ids := [r["id"] for r in await conn.fetch(EXPIRED, cutoff, BATCH)]:
        erased += await erase(conn, ids, now)
    pruned = {}
    for kind, sql in PRUNE.items():
        status = await conn.execute(sql, now - timedelta(days=1))
        pruned[kind] = int(status.split()[-1])
    return Swept(erased, **pruned)


def run(settings: Settings) -> int:
    """``jobfair retention``: one pass, its counts printed as JSON."""
    from jobfair.db import create_pool
    from jobfair.report import database_url

    async def once() -> Swept:
        pool = await create_pool(database_url(settings), max_size=1)
        try:
            async with pool.acquire() as conn:
                return await sweep(conn, settings, datetime.now(UTC))
        finally:
            await pool.close()

    swept = asyncio.run(once())
    json.dump(asdict(swept), sys.stdout)
    sys.stdout.write("\n")
    return 0
