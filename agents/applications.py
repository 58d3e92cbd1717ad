"""Consumes ``applications``; writes PostgreSQL ``application`` and ``post_counts``
(``applications``, ``waitlisted``). A withdrawal (``ApplicationWithdrawn``: withdrawApplication
or declineInterview) marks the application withdrawn and takes it out of the counts, once
(``application.withdrawn_at``); the scheduling agent frees its interview on the same event.

Supplies ``parse_application`` and ``apply_batch`` to the batch runner (``agents.runtime``,
which decodes, runs the transaction, replays and dead-letters). ``apply_batch``: reject what
names an unknown post or a post of another fair, lock the batch's posts, drop application ids
already stored (a repeat or a redelivery), decide submitted / waitlisted / post_closed in
arrival order (``domain.applicants.plan_applications``: a post with no remaining openings is
已招满 and takes applications onto a visible waitlist), insert, and add exactly the inserted
rows to the counters. Later statuses (interview, outcome) follow the application's interview
(``agents.application_status``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast
from uuid import UUID

import asyncpg
import faust

from agents import application_status, rooms_store
from agents import applications_store as store
from agents.runtime import AgentDeps, BatchAgent, Items, Rejected, register_batch_agent
from domain.applicants import application_id_for, plan_applications
from streams.applications import ApplicationSubmitted, ApplicationWithdrawn
from streams.events import BadEvent, aware_time, decode

AGENT = "count-applications"
Parsed = tuple[ApplicationSubmitted, UUID, UUID, UUID, UUID, datetime]  # ev, app, who, post, fair
Withdrawal = tuple[ApplicationWithdrawn, UUID, UUID, datetime]  # ev, application, fair, at


def parse_application(raw: bytes | None) -> Parsed | Withdrawal:
    """Decode and validate one application message; BadEvent names what is wrong."""
    got = cast(ApplicationSubmitted | ApplicationWithdrawn,
               decode(raw, ApplicationSubmitted, ApplicationWithdrawn))
    if isinstance(got, ApplicationWithdrawn):
        ev_w = got
        try:
            return (ev_w, UUID(ev_w.application_id), UUID(ev_w.fair_id), aware_time(ev_w.at))
        except ValueError:
            raise BadEvent("bad_id", "application and fair ids must be UUIDs") from None
    ev = got
    try:
        ids = (UUID(ev.application_id), UUID(ev.applicant_id), UUID(ev.post_id),
               UUID(ev.fair_id))
    except ValueError:
        raise BadEvent("bad_id", "application, applicant, post and fair ids must be UUIDs") \
            from None
    if str(ids[0]) != application_id_for(str(ids[1]), str(ids[2])):
        # The id is derived, never chosen: anything else would let one applicant apply twice.
        raise BadEvent("bad_id", "application_id is not derived from applicant and post")
    if ev.source is not None and len(ev.source) > 64:
        raise BadEvent("bad_field", "source longer than 64 characters")
    return (ev, *ids, aware_time(ev.at))


async def apply_batch(conn: asyncpg.Connection,
                      items: Items[Parsed | Withdrawal]) -> list[Rejected]:
    """All effects of some applications and withdrawals, inside the runner's transaction
    (in arrival order: a withdrawal follows its application on the fair's partition)."""
    parsed: list[tuple[Any, Parsed]] = []
    withdrawn: list[Withdrawal] = []
    for ev, p in items:
        if isinstance(p[0], ApplicationWithdrawn):
            withdrawn.append(p)
        else:
            parsed.append((ev, p))
    await application_status.lock_fairs(
        conn, {p[4] for _, p in parsed} | {w[2] for w in withdrawn})
    rejected = await _apply_submitted(conn, parsed)
    for w in withdrawn:
        await store.withdraw(conn, w[1], w[3])
    return rejected


async def _apply_submitted(conn: asyncpg.Connection, parsed: list[tuple[Any, Parsed]]) -> \
        list[Rejected]:
    if not parsed:
        return []
    posts = await store.lock_posts(conn, sorted({p[3] for _, p in parsed}))
    rejected: list[Rejected] = []
    good: list[Parsed] = []
    for ev, p in parsed:
        post = posts.get(p[3])
        if post is None:
            rejected.append((ev, "unknown_post", "no post with this post_id"))
        elif post.fair_id != p[4]:
            rejected.append((ev, "wrong_fair", "the post belongs to another fair"))
        else:
            good.append(p)
    done = await store.existing(conn, [p[1] for p in good])
    fresh = [p for p in good if p[1] not in done]
    plans = plan_applications(
        (post.fill for post in posts.values()), [(str(p[1]), str(p[3])) for p in fresh]
    )
    facts = {str(p[1]): (p[2], p[4], p[0].source, p[5], rooms_store.room_uuid(p[0].room_id))
             for p in reversed(fresh)}
    added = await store.insert_applications(conn, plans, facts)
    await store.add_post_counts(conn, added)
    # An interview the scheduler booked before this row existed sets its status now.
    await application_status.sync_from_interviews(conn, [p[1] for p in fresh])
    return rejected


SPEC = BatchAgent(AGENT, parse_application, apply_batch)


def register(app: faust.App, deps: AgentDeps) -> Any:
    return register_batch_agent(app, deps, deps.topics.applications, SPEC)
