"""Consumes ``applications``; writes PostgreSQL ``application`` and ``post_counts``
(``applications``, ``waitlisted``); keeps table ``fair-applications`` (fair id -> post id ->
[applications, waitlisted]) as the agent's live state.

Per batch (``stream.take_events``): decode, dead-letter what is malformed or names an unknown
post or a post of another fair, then one transaction: lock the batch's posts, drop application
ids already stored (a repeat or a redelivery), decide submitted / waitlisted / post_closed in
arrival order (``domain.applicants.plan_applications``: a post with no remaining openings is
已招满 and takes applications onto a visible waitlist), insert, and add exactly the inserted
rows to the counters. One table write per fair per batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg
import faust

from agents import applications_store as store
from agents.runtime import AgentDeps, decode_batch, guarded_batch, write_table
from domain.applicants import application_id_for, plan_applications
from streams.applications import ApplicationSubmitted
from streams.events import BadEvent, decode

AGENT = "count-applications"
Parsed = tuple[ApplicationSubmitted, UUID, UUID, UUID, UUID, datetime]  # ev, app, who, post, fair
Rejected = tuple[Any, str, str]
Totals = dict[UUID, dict[str, list[int]]]  # fair -> post -> [applications, waitlisted]


def parse_application(raw: bytes | None) -> Parsed:
    """Decode and validate one application message; BadEvent names what is wrong."""
    ev = decode(raw, ApplicationSubmitted)
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
    try:
        at = datetime.fromisoformat(ev.at)
    except ValueError:
        raise BadEvent("bad_time", "'at' is not ISO 8601") from None
    if at.tzinfo is None:
        raise BadEvent("bad_time", "'at' has no time zone")
    return (ev, *ids, at)


def register(app: faust.App, deps: AgentDeps) -> Any:
    table = app.Table(
        # Keyed by the message key bytes (fair id): changelog partition = source partition.
        "fair-applications", default=dict, key_type=bytes,
        use_partitioner=True,
    )
    window = deps.settings.batch_window_ms / 1000

    @app.agent(deps.topics.applications, name=AGENT, concurrency=1)
    async def count_applications(stream: Any) -> None:
        async for events in stream.take_events(deps.settings.batch_max, within=window):
            await guarded_batch(deps, AGENT, events,
                                lambda batch: process_batch(deps, table, batch))

    return count_applications


async def process_batch(deps: AgentDeps, table: Any, events: Sequence[Any]) -> None:
    parsed = await decode_batch(deps, AGENT, events, parse_application)
    if parsed:
        totals, rejected = await _apply(deps, parsed)
        for ev, reason, detail in rejected:
            await deps.dead_letter(AGENT, ev, reason, detail)
        await write_table(table, {
            key: {**table[key], **posts}
            for key, posts in ((str(fair).encode(), p) for fair, p in totals.items())
        })
    deps.metrics.events.labels(AGENT).inc(len(events))


async def _apply(
    deps: AgentDeps, parsed: list[tuple[Any, Parsed]]
) -> tuple[Totals, list[Rejected]]:
    try:
        return await deps.with_db(AGENT, lambda conn: apply_batch(conn, parsed))
    except asyncpg.PostgresError:
        # Not connectivity: some event's data was refused. Replay one by one to isolate it.
        totals: Totals = {}
        rejected: list[Rejected] = []
        for item in parsed:
            try:
                one, bad = await deps.with_db(
                    AGENT, lambda conn, item=item: apply_batch(conn, [item])  # type: ignore[misc]
                )
            except asyncpg.PostgresError as exc:
                rejected.append((item[0], "rejected_by_database", str(exc)[:500]))
                continue
            for fair_id, posts in one.items():
                totals.setdefault(fair_id, {}).update(posts)
            rejected.extend(bad)
        return totals, rejected


async def apply_batch(
    conn: asyncpg.Connection, parsed: Sequence[tuple[Any, Parsed]]
) -> tuple[Totals, list[Rejected]]:
    """All effects of one batch, inside the caller's transaction."""
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
    facts = {str(p[1]): (p[2], p[4], p[0].source, p[5]) for p in reversed(fresh)}
    added = await store.insert_applications(conn, plans, facts)
    totals: Totals = {}
    for post_id, (fair_id, applications, waitlisted) in (
        await store.add_post_counts(conn, added)
    ).items():
        totals.setdefault(fair_id, {})[str(post_id)] = [applications, waitlisted]
    return totals, rejected
