"""Consumes ``fairsetup``, ``checkins``, ``applications`` and ``interviews`` (all keyed by fair
id, co-partitioned); keeps table ``fair-schedules`` (fair id -> ``FairState.to_value()``);
writes PostgreSQL via ``agents.scheduling_store``; produces the scheduler's decisions to
``interviews``.

One writer per fair: a single agent at concurrency=1 reads the four topics as one stream, so a
fair's check-ins, applications, setup changes and outcome commands reach its FairSchedule one
at a time in partition order; no lock is needed. Per batch (``stream.take_events``): decode,
group by fair, load each fair's state from the table (from PostgreSQL's setup projection when
an event arrives before the setup event it needs, since the topics interleave freely), apply
the events, project the changed records in one transaction, then write the table once per fair
and publish the decisions. A redelivered batch changes nothing: FairSchedule ignores a repeated
application, and a repeated outcome command that is already in effect counts as accepted.

Why not the batch runner of ``agents.runtime``: the unit of work is a fair, not an event. Each
fair's events run in one transaction from the state read from the table, and the table is
written after it; a refusal from PostgreSQL here is a scheduler bug (a constraint broken by the
state), so the fair's events are set aside (dead-lettered) and table and projection stay as
they were, instead of being replayed one by one from a state they were computed against. The
parts of the policy are shared: ``with_db``, ``dead_letter``, ``guarded_batch``.

No-shows: a timer sends ``NoShowSweepRequested`` every ``SWEEP_S`` for each fair this worker
holds that has someone booked or waiting; the sweep runs in the batch loop like any command,
because a Faust table cannot be written from a timer.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

import asyncpg
import faust
import orjson
from prometheus_client import Counter

from agents import scheduling_store as store
from agents.runtime import AgentDeps, fenced, guarded_batch
from agents.scheduling_state import CommandResult, FairState
from domain.scheduling import Event as Decision
from domain.scheduling import SchedulingError
from streams import topics as specs
from streams.applications import ApplicationSubmitted, ApplicationWithdrawn
from streams.checkins import ApplicantRegistered, CheckedIn, CheckedOut
from streams.events import BadEvent, Event, decode
from streams.fairsetup import SETUP_EVENTS, FairCreated
from streams.faustfix import put_table
from streams.fence import LATE, late_by
from streams.interviews import (
    COMMANDS,
    DECISIONS,
    InterviewOutcomeRequested,
    NoShowSweepRequested,
)

AGENT = "schedule-interviews"
SWEEP_S = 5.0
HANDLED = (ApplicationSubmitted, ApplicationWithdrawn, CheckedIn, *SETUP_EVENTS, *COMMANDS)
KNOWN = (*HANDLED, *DECISIONS, ApplicantRegistered, CheckedOut)
log = logging.getLogger(__name__)
Outcome = tuple[dict[str, Any], list[Decision], list[CommandResult], list[str]]


def parse(raw: bytes | None) -> Event | None:
    """The event if this agent acts on it, None for a known event it does not need."""
    ev: Event = decode(raw, *KNOWN)
    if not isinstance(ev, HANDLED):
        return None
    ids = ["fair_id"]
    if isinstance(ev, InterviewOutcomeRequested):
        ids += ["event_id", "interview_id"]
    for name in ids:
        try:
            UUID(str(getattr(ev, name)))
        except ValueError:
            raise BadEvent("bad_id", f"{name} must be a UUID") from None
    return ev


def register(app: faust.App, deps: AgentDeps) -> Any:
    table = app.Table(
        # Keyed by the message key bytes (fair id): changelog partition = source partition, so
        # a fair's schedule is recovered on the worker that owns the fair's partitions.
        "fair-schedules", default=dict, key_type=bytes, use_partitioner=True,
    )
    source = app.topic(
        specs.SETUP.name, specs.CHECKINS.name, specs.APPLICATIONS.name, specs.INTERVIEWS.name,
        key_serializer="raw", value_serializer="raw", internal=False,
    )
    decisions = Counter("jobfair_interview_decisions", "Scheduler decisions published",
                        ["type"], registry=deps.metrics.registry)
    skipped = Counter("jobfair_scheduling_skipped", "Events the scheduler did not apply",
                      ["reason"], registry=deps.metrics.registry)
    synced: set[str] = set()  # fairs whose projection was rewritten in full since start
    window = deps.settings.batch_window_ms / 1000

    @app.agent(source, name=AGENT, concurrency=1)
    async def schedule_interviews(stream: Any) -> None:
        try:
            async for events in stream.take_events(deps.settings.batch_max, within=window):
                await guarded_batch(
                    deps, AGENT, events,
                    lambda batch: process_batch(deps, table, synced, batch, decisions, skipped),
                    on_failure=synced.clear,  # see below
                )
        except BaseException:
            # A batch may be in PostgreSQL but not in the table: after the restart, rewrite
            # each fair's projection from the table before trusting diffs again.
            synced.clear()
            raise

    @app.timer(SWEEP_S)  # type: ignore[untyped-decorator]
    async def sweep_no_shows() -> None:
        at = deps.now().isoformat()
        for key, value in list(table.items()):
            if isinstance(value, dict) and value.get("tick"):
                fair_id = key.decode()
                cmd = NoShowSweepRequested(event_id=str(uuid.uuid4()), fair_id=fair_id, at=at)
                await deps.topics.interviews.send(key=cmd.key, value=cmd.to_bytes())

    return schedule_interviews


async def process_batch(deps: AgentDeps, table: Any, synced: set[str], events: Sequence[Any],
                        decisions: Counter, skipped: Counter) -> None:
    deps.metrics.batch_size.labels(AGENT).observe(len(events))
    corrections = timedelta(minutes=deps.settings.correction_window_min)
    by_fair: dict[str, list[tuple[Any, Event]]] = {}
    for ev in events:
        # The 503 fence: a record appended after its deadline is not applied here either (the
        # topic's own agent dead-letters it; interviews has none, so it is dead-lettered here).
        if ev.message.topic == specs.INTERVIEWS.name:
            if await fenced(deps, AGENT, ev):
                continue
        elif late_by(ev.message) is not None:
            skipped.labels(LATE).inc()
            continue
        try:
            parsed = parse(ev.message.value)
        except BadEvent as exc:
            if ev.message.topic == specs.INTERVIEWS.name:
                await deps.dead_letter(AGENT, ev, exc.reason, exc.detail)
            else:  # another agent owns that topic and dead-letters it once
                skipped.labels(exc.reason).inc()
            continue
        if parsed is not None:
            fair_id = str(parsed.fair_id)  # type: ignore[attr-defined]
            by_fair.setdefault(fair_id, []).append((ev, parsed))
    for fair_id, items in by_fair.items():
        key = fair_id.encode()
        before = table[key] or None
        full = fair_id not in synced
        try:
            done = await deps.with_db(
                AGENT, lambda conn, f=fair_id, i=items, b=before, full=full:  # type: ignore[misc]
                _apply(conn, f, b, [e for _, e in i], full=full, window=corrections)
            )
        except asyncpg.PostgresError as exc:
            # The state broke a constraint (a scheduler bug): keep table and projection as they
            # were and set the events aside for a person to look at.
            log.error("%s: fair %s batch refused by PostgreSQL: %s", AGENT, fair_id, exc)
            for ev, _ in items:
                await deps.dead_letter(AGENT, ev, "rejected_by_database", str(exc)[:500])
            continue
        if done is None:
            skipped.labels("unknown_fair").inc(len(items))
            continue
        value, made, _, skips = done
        for reason in skips:
            skipped.labels(reason).inc()
        await put_table(table, key, value)
        synced.add(fair_id)
        for d in made:
            body = d.to_dict()
            await deps.topics.interviews.send(key=key, value=orjson.dumps(body))
            decisions.labels(body["type"]).inc()
    deps.metrics.events.labels(AGENT).inc(len(events))


async def _apply(conn: asyncpg.Connection, fair_id: str, before: dict[str, Any] | None,
                 events: list[Event], *, full: bool,
                 window: timedelta = timedelta(minutes=15)) -> Outcome | None:
    """All effects of one fair's events in this batch, inside the caller's transaction."""
    state = FairState.from_value(before) if before else None
    first = events[0]
    if state is None and isinstance(first, FairCreated):
        state = FairState.new(fair_id, first.kind, datetime.fromisoformat(first.starts_at),
                              datetime.fromisoformat(first.ends_at))
    made: list[Decision] = []
    if state is None or _needs_setup(state, events):
        state = await _load_setup(conn, fair_id, state, made)
        if state is None:
            return None
    state.correction_window = window
    results: list[CommandResult] = []
    skips: list[str] = []
    for ev in events:
        out, result, skip = state.handle(ev)
        made += out
        if result is not None:
            results.append(result)
        if skip is not None:
            skips.append(skip)
    swept = state.schedule.expire_no_shows(state.now)
    state.note_outcomes(swept)
    made += swept
    value = state.to_value()
    value["tick"] = state.tick_due()
    await store.project(conn, UUID(fair_id), before, value, made, results, full=full)
    return value, made, results, skips


def _needs_setup(state: FairState, events: list[Event]) -> bool:
    """An application names a post this state has not seen (its PostCreated is still on its
    way on the fairsetup topic)."""
    return any(isinstance(e, ApplicationSubmitted) and e.post_id not in state.posts
               for e in events)


async def _load_setup(conn: asyncpg.Connection, fair_id: str, state: FairState | None,
                      made: list[Decision]) -> FairState | None:
    """Bring the state up to PostgreSQL's setup projection (web accepted the event only after
    checking the post there, so the projection has it)."""
    found = await store.load_setup(conn, UUID(fair_id))
    if found is None:
        return state
    fair, employers, posts = found
    if state is None:
        state = FairState.new(fair_id, fair["kind"], fair["starts_at"], fair["ends_at"])
    now = state.now
    for e in employers:
        if not state.has_employer(str(e["id"])):
            try:
                made += state.add_employer(str(e["id"]), e["booth"], e["interview_tables"],
                                           e["slot_minutes"], now)
            except SchedulingError as exc:
                log.warning("%s: employer %s not scheduled: %s", AGENT, e["id"], exc.code)
    for p in posts:
        if str(p["id"]) not in state.posts:
            made += state.put_post(str(p["id"]), str(p["employer_id"]), p["headcount"],
                                   p["status"], now)
    return state
