"""``application.status`` after the application was taken: the one rule both writers use.

The applications agent inserts an application as ``submitted``, ``waitlisted`` or
``post_closed``; from then on its interview decides it. The scheduling agent writes the
``interview`` row and the applications agent the ``application`` row, in separate consumers,
so either may come first; both call ``sync_from_interviews`` in their transaction after their
own write, holding ``lock_fairs`` first, so whichever commits second sees the other's row.

Interview status -> application status: scheduled -> interview_scheduled,
arrived -> interviewed, offer -> offer, rejected -> rejected, no_show -> no_show,
cancelled (withdrawn or declined by her) -> withdrawn.
(The API contract's ``applied`` is the stored ``submitted``; web maps it.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from uuid import UUID

import asyncpg

FROM_INTERVIEW = {
    "scheduled": "interview_scheduled",
    "arrived": "interviewed",
    "offer": "offer",
    "rejected": "rejected",
    "no_show": "no_show",
    "cancelled": "withdrawn",
}
_CASE = "CASE i.status " + " ".join(
    f"WHEN '{k}' THEN '{v}'" for k, v in FROM_INTERVIEW.items()) + " END"
SYNC = f"""
UPDATE application a SET status = {_CASE}, updated_at = now()
FROM interview i
WHERE i.application_id = a.id AND a.id = ANY($1::uuid[]) AND a.status <> {_CASE}
"""
# Two-key advisory locks: a namespace apart from jobfair.provision's one-key lock.
LOCK_FAIR = "SELECT pg_advisory_xact_lock(7405, hashtext($1::text))"


async def lock_fairs(conn: asyncpg.Connection, fair_ids: Iterable[UUID]) -> None:
    """Serialise this transaction with the other writer's for the same fairs (sorted: no
    deadlock). Take it before any row lock."""
    for fair_id in sorted(set(fair_ids)):
        await conn.execute(LOCK_FAIR, str(fair_id))


async def sync_from_interviews(conn: asyncpg.Connection, application_ids: Sequence[UUID]) -> None:
    """Set each application's status from its interview, where it has one."""
    if application_ids:
        await conn.execute(SYNC, list(application_ids))
