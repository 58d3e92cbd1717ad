"""PostgreSQL effects of the scheduling agent: ``interview``, ``interview_waitlist``,
``interview_event``, ``interview_command``, ``post_counts`` (``interviews_scheduled``,
``offers``) and ``application.status`` (``agents.application_status``).

Every function takes a connection inside the agent's batch transaction. The projection is of
the scheduler's state, not of its events: a batch writes each interview and unbooked
application whose record changed (``diff``), and the first batch of a fair after the worker
starts writes them all and deletes rows the recovered state does not know (``full``), so a
crash between the PostgreSQL commit and the table's changelog write cannot leave the two
disagreeing. Counters are set to the state's totals, never incremented, so any replay is exact.
The exclusion constraints are checked at commit, on the batch's final rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg
import orjson

from agents import application_status
from agents.scheduling_state import CommandResult
from domain.scheduling import Event as Decision
from domain.scheduling import InterviewOutcomeRecorded, InterviewScheduled

FAIR = "SELECT id, kind, starts_at, ends_at FROM fair WHERE id = $1"
EMPLOYERS = """
SELECT id, booth, interview_tables, slot_minutes FROM employer WHERE fair_id = $1 ORDER BY id
"""
POSTS = "SELECT id, employer_id, headcount, status FROM post WHERE fair_id = $1 ORDER BY id"

UPSERT_INTERVIEWS = """
INSERT INTO interview (interview_id, fair_id, application_id, applicant_id, employer_id, post_id,
                       remote, booth, table_no, starts_at, ends_at, status, video_link,
                       from_waitlist)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[],
                     $7::bool[], $8::text[], $9::int[], $10::timestamptz[], $11::timestamptz[],
                     $12::text[], $13::text[], $14::bool[])
ON CONFLICT (interview_id) DO UPDATE SET
    booth = EXCLUDED.booth, table_no = EXCLUDED.table_no, starts_at = EXCLUDED.starts_at,
    ends_at = EXCLUDED.ends_at, status = EXCLUDED.status, video_link = EXCLUDED.video_link,
    from_waitlist = interview.from_waitlist OR EXCLUDED.from_waitlist, updated_at = now()
"""
DELETE_UNKNOWN_INTERVIEWS = """
DELETE FROM interview WHERE fair_id = $1 AND NOT (interview_id = ANY($2::uuid[]))
"""
UPSERT_WAITLIST = """
INSERT INTO interview_waitlist (application_id, fair_id, applicant_id, employer_id, post_id,
                                remote, seq, state, reason)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::bool[],
                     $7::bigint[], $8::text[], $9::text[])
ON CONFLICT (application_id) DO UPDATE SET
    state = EXCLUDED.state, reason = EXCLUDED.reason, updated_at = now()
"""
DELETE_WAITLIST = "DELETE FROM interview_waitlist WHERE application_id = ANY($1::uuid[])"
DELETE_UNKNOWN_WAITLIST = """
DELETE FROM interview_waitlist WHERE fair_id = $1 AND NOT (application_id = ANY($2::uuid[]))
"""
ENSURE_COUNTS = """
INSERT INTO post_counts (post_id, fair_id)
SELECT id, fair_id FROM post WHERE id = ANY($1::uuid[])
ON CONFLICT (post_id) DO NOTHING
"""
SET_SCHEDULED = """
UPDATE post_counts c SET interviews_scheduled = u.n, updated_at = now()
FROM unnest($1::uuid[], $2::bigint[]) AS u(post_id, n)
WHERE c.post_id = u.post_id AND c.interviews_scheduled <> u.n
"""
SET_OFFERS = """
UPDATE post_counts c SET offers = u.n, updated_at = now()
FROM unnest($1::uuid[], $2::bigint[]) AS u(post_id, n)
WHERE c.post_id = u.post_id AND c.offers <> u.n
"""
INSERT_EVENTS = """
INSERT INTO interview_event (event_id, fair_id, type, interview_id, application_id, payload,
                             occurred_at)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::jsonb[],
                     $7::timestamptz[])
ON CONFLICT (event_id) DO NOTHING
"""
INSERT_COMMANDS = """
INSERT INTO interview_command (event_id, fair_id, interview_id, outcome, accepted, error, detail,
                               at)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::bool[], $6::text[],
                     $7::text[], $8::timestamptz[])
ON CONFLICT (event_id) DO NOTHING
"""
# When each outcome was recorded (the correction window), from the decisions themselves.
SET_OUTCOME_AT = """
UPDATE interview i SET outcome_at = u.at
FROM unnest($1::uuid[], $2::timestamptz[]) AS u(interview_id, at)
WHERE i.interview_id = u.interview_id
"""
# The booth's short number: next per employer, in booking order, given once (one writer per
# fair, inside its advisory lock).
NUMBER_QUEUE = """
UPDATE interview i SET queue_no = n.q
FROM (SELECT x.interview_id,
             COALESCE((SELECT max(m.queue_no) FROM interview m
                       WHERE m.employer_id = x.employer_id), 0)
             + row_number() OVER (PARTITION BY x.employer_id
                                  ORDER BY x.starts_at, x.table_no, x.interview_id) AS q
      FROM interview x WHERE x.fair_id = $1 AND x.queue_no IS NULL) n
WHERE i.interview_id = n.interview_id
"""
COUNTED = ("scheduled", "arrived", "offer", "rejected")  # interviews_scheduled: not no-shows


async def load_setup(conn: asyncpg.Connection, fair_id: UUID) -> \
        tuple[Any, list[Any], list[Any]] | None:
    """The fair, its employers and its posts as projected by the setup agent, or None."""
    fair = await conn.fetchrow(FAIR, fair_id)
    if fair is None:
        return None
    return fair, list(await conn.fetch(EMPLOYERS, fair_id)), list(await conn.fetch(POSTS, fair_id))


def _by_id(value: dict[str, Any] | None, section: str, ident: str) -> dict[str, Any]:
    if value is None:
        return {}
    return {d[ident]: d for d in value["schedule"][section]}


async def project(
    conn: asyncpg.Connection, fair_id: UUID, before: dict[str, Any] | None,
    after: dict[str, Any], decisions: Sequence[Decision], results: Sequence[CommandResult],
    *, full: bool,
) -> None:
    """Write what changed between two saved states of one fair (everything when ``full``),
    and the status of the changed interviews' applications (``agents.application_status``)."""
    await application_status.lock_fairs(conn, [fair_id])
    old_iv = {} if full else _by_id(before, "interviews", "interview_id")
    new_iv = _by_id(after, "interviews", "interview_id")
    changed = [d for i, d in new_iv.items() if old_iv.get(i) != d]
    from_waitlist = {
        d.interview_id for d in decisions if isinstance(d, InterviewScheduled) and d.from_waitlist
    }
    if changed:
        await conn.execute(UPSERT_INTERVIEWS, *_columns(changed, fair_id, from_waitlist))
        await conn.execute(NUMBER_QUEUE, fair_id)
        await application_status.sync_from_interviews(
            conn, [UUID(d["application_id"]) for d in changed])
    last = {d.interview_id: d.occurred_at for d in decisions
            if isinstance(d, InterviewOutcomeRecorded)}
    if last:
        await conn.execute(SET_OUTCOME_AT, [UUID(i) for i in last],
                           [datetime.fromisoformat(t) for t in last.values()])
    if full:
        await conn.execute(DELETE_UNKNOWN_INTERVIEWS, fair_id, [UUID(i) for i in new_iv])
    await _waitlist(conn, fair_id, before, after, full=full)
    posts = {d["post_id"] for d in changed}
    # offers is written only where an offer came or went, so the column stays exact without
    # overwriting a post this scheduler never saw an offer for.
    offer_posts = {d["post_id"] for i, d in new_iv.items()
                   if (d["status"] == "offer") != (old_iv.get(i, {}).get("status") == "offer")}
    await _counts(conn, sorted(posts), sorted(offer_posts), new_iv.values())
    await _ledger(conn, fair_id, decisions, results)


def _columns(rows: list[dict[str, Any]], fair_id: UUID, from_waitlist: set[str]) -> list[Any]:
    return [
        [UUID(d["interview_id"]) for d in rows], [fair_id] * len(rows),
        [UUID(d["application_id"]) for d in rows], [UUID(d["applicant_id"]) for d in rows],
        [UUID(d["employer_id"]) for d in rows], [UUID(d["post_id"]) for d in rows],
        [d["remote"] for d in rows], [d["booth"] for d in rows], [d["table"] for d in rows],
        [datetime.fromisoformat(d["starts_at"]) for d in rows],
        [datetime.fromisoformat(d["ends_at"]) for d in rows], [d["status"] for d in rows],
        [d["video_link"] for d in rows], [d["interview_id"] in from_waitlist for d in rows],
    ]


async def _waitlist(conn: asyncpg.Connection, fair_id: UUID, before: dict[str, Any] | None,
                    after: dict[str, Any], *, full: bool) -> None:
    old = {} if full else _by_id(before, "applications", "application_id")
    new = _by_id(after, "applications", "application_id")
    changed = [d for i, d in new.items() if old.get(i) != d]
    waiting = [d for d in changed if d["interview_id"] is None]
    booked = [UUID(d["application_id"]) for d in changed if d["interview_id"] is not None]
    if waiting:
        await conn.execute(
            UPSERT_WAITLIST, [UUID(d["application_id"]) for d in waiting],
            [fair_id] * len(waiting), [UUID(d["applicant_id"]) for d in waiting],
            [UUID(d["employer_id"]) for d in waiting], [UUID(d["post_id"]) for d in waiting],
            [d["remote"] for d in waiting], [d["seq"] for d in waiting],
            [d["state"] for d in waiting], [d["reason"] for d in waiting],
        )
    if booked:
        await conn.execute(DELETE_WAITLIST, booked)
    if full:
        unbooked = [UUID(i) for i, d in new.items() if d["interview_id"] is None]
        await conn.execute(DELETE_UNKNOWN_WAITLIST, fair_id, unbooked)


async def _counts(conn: asyncpg.Connection, posts: list[str], offer_posts: list[str],
                  interviews: Any) -> None:
    """Set the posts' counters to the state's totals (replays recompute the same values)."""
    if not posts and not offer_posts:
        return
    scheduled = dict.fromkeys(posts, 0)
    offers = dict.fromkeys(offer_posts, 0)
    for d in interviews:
        if d["post_id"] in scheduled:
            scheduled[d["post_id"]] += d["status"] in COUNTED
        if d["post_id"] in offers:
            offers[d["post_id"]] += d["status"] == "offer"
    await conn.execute(ENSURE_COUNTS, [UUID(p) for p in {*posts, *offer_posts}])
    await conn.execute(SET_SCHEDULED, [UUID(p) for p in posts], [scheduled[p] for p in posts])
    await conn.execute(SET_OFFERS, [UUID(p) for p in offer_posts],
                       [offers[p] for p in offer_posts])


async def _ledger(conn: asyncpg.Connection, fair_id: UUID, decisions: Sequence[Decision],
                  results: Sequence[CommandResult]) -> None:
    if decisions:
        dicts = [d.to_dict() for d in decisions]
        await conn.execute(
            INSERT_EVENTS, [UUID(d["event_id"]) for d in dicts], [fair_id] * len(dicts),
            [d["type"] for d in dicts],
            [UUID(d["interview_id"]) if "interview_id" in d else None for d in dicts],
            [UUID(d["application_id"]) for d in dicts],
            [orjson.dumps(d).decode() for d in dicts],
            [datetime.fromisoformat(d["occurred_at"]) for d in dicts],
        )
    if results:
        await conn.execute(
            INSERT_COMMANDS, [UUID(r.event_id) for r in results], [fair_id] * len(results),
            [UUID(r.interview_id) for r in results], [r.outcome[:20] for r in results],
            [r.accepted for r in results], [r.error for r in results],
            [(r.detail or "")[:500] or None for r in results], [r.at for r in results],
        )
