"""Live fair counts: ``streamLiveCounts`` (Server-Sent Events) and ``getLiveCounts`` (JSON).

Reads PostgreSQL ``post_counts``, ``fair_counts``, ``checkin`` (written by the click,
check-in, application and interview agents) and pushes snapshots to browsers (the host page,
the OBS overlay, applicants' phones).

Pushed, not polled: the agents' writes to those tables fire triggers (migration 0012) that
``NOTIFY fair_changed, '<fair id>'`` inside the writer's transaction, so the notice arrives at
commit, once per fair per transaction. Each web process holds ONE listening connection
(:class:`LiveHub`); a notice wakes that fair's :class:`FairFeed`, which runs one snapshot query
(PostgreSQL renders the JSON) and fans the changed snapshot out to every subscriber's one-slot
queue: thousands of viewers of a fair cost one query per change per process, and a slow viewer
skips to the newest snapshot instead of queueing old ones (each is the full state). Notices
that arrive during a query coalesce into one more query. A feed also refreshes every
``interval`` (5 s: ``checkins_last_minute`` ages without any write) and after the listening
connection is re-established (notices sent while it was down are lost). A feed stops
``linger`` seconds after its last viewer leaves.

Bounded (issue 13): a snapshot carries at most ``MAX_SNAPSHOT_POSTS`` posts (in booth order)
and ``posts_total``, the fair's published posts; 10,000 posts made a 3 MB snapshot per change.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from prometheus_client import CollectorRegistry, Counter, Gauge
from sse_starlette import EventSourceResponse
from starlette.requests import Request
from starlette.responses import Response

from web.command_errors import NotFound
from web.notices import FAIR_CHANGED, listen
from web.openapi import Operation, operation

log = logging.getLogger(__name__)
INTERVAL_S = 5.0  # fallback refresh; changes are pushed by NOTIFY
LINGER_S = 5.0
KEEPALIVE_S = 10.0
PING_S = 15
MAX_SNAPSHOT_POSTS = 1000  # posts in one snapshot (posts_total says how many there are)

# One round trip; PostgreSQL builds the JSON so the web process only compares and forwards.
SNAPSHOT = f"""
SELECT json_build_object(
    'fair_id', f.id, 'name', f.name, 'kind', f.kind,
    'registered', COALESCE(fc.registered, 0), 'checked_in', COALESCE(fc.checked_in, 0),
    'on_site', COALESCE(fc.on_site, 0),
    'checkins_last_minute', (
        SELECT count(*) FROM checkin k
        WHERE k.fair_id = f.id AND k.checked_in_at > now() - interval '1 minute'),
    'posts_total', (SELECT count(*) FROM post t
                    WHERE t.fair_id = f.id AND t.status = 'published'),
    'posts', COALESCE((
        SELECT json_agg(json_build_object(
            'post_id', p.id, 'title', p.title, 'employer', e.name, 'booth', e.booth,
            'headcount', p.headcount, 'is_mama', p.is_mama,
            'clicks', COALESCE(c.clicks, 0), 'applications', COALESCE(c.applications, 0),
            'waitlisted', COALESCE(c.waitlisted, 0),
            'interviews_scheduled', COALESCE(c.interviews_scheduled, 0),
            'offers', COALESCE(c.offers, 0),
            'remaining', GREATEST(p.headcount - COALESCE(c.offers, 0), 0),
            'full', p.headcount <= COALESCE(c.offers, 0)
        ) ORDER BY e.booth, p.title, p.id)
        FROM (SELECT p.* FROM post p JOIN employer e ON e.id = p.employer_id
              WHERE p.fair_id = f.id AND p.status = 'published'
              ORDER BY e.booth, p.title, p.id LIMIT {MAX_SNAPSHOT_POSTS}) p
        JOIN employer e ON e.id = p.employer_id
        LEFT JOIN post_counts c ON c.post_id = p.id), '[]'::json)
)::text
FROM fair f LEFT JOIN fair_counts fc ON fc.fair_id = f.id
WHERE f.id = $1
"""


class FairFeed:
    """The shared snapshot query of one fair, run when the fair changes."""

    def __init__(self, hub: LiveHub, fair_id: UUID) -> None:
        self.hub, self.fair_id = hub, fair_id
        self.subscribers: set[asyncio.Queue[str]] = set()
        self.latest: str | None = None
        self.seq = 0
        self._last_body: str | None = None
        self._changed = asyncio.Event()
        self._querying = False
        self.task: asyncio.Task[None] | None = None

    @property
    def idle(self) -> bool:
        """No query running and none asked for."""
        return not self._changed.is_set() and not self._querying

    def wake(self) -> None:
        """The fair changed (a notice, or notices may have been missed): query again."""
        self._changed.set()

    async def poll_once(self) -> None:
        self._querying = True
        try:
            body = await self.hub.pool.fetchval(SNAPSHOT, self.fair_id)
        finally:
            self._querying = False
        self.hub.polls.inc()
        if body is None or body == self._last_body:
            return
        self._last_body = body
        self.seq += 1
        at = datetime.now(UTC).isoformat(timespec="milliseconds")
        self.latest = f'{{"seq":{self.seq},"at":"{at}",{body[1:]}'
        for queue in self.subscribers:
            if queue.full():
                queue.get_nowait()  # the viewer is behind: the newest snapshot replaces it
            queue.put_nowait(self.latest)

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        idle_since: float | None = None
        while True:
            self._changed.clear()  # a notice from now on means one more query
            try:
                await self.poll_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # PostgreSQL away: keep viewers connected, retry
                log.warning("live feed: snapshot query failed (%s)", type(exc).__name__)
                await asyncio.sleep(1.0)
                self._changed.set()
            if self.subscribers:
                idle_since = None
            elif idle_since is None:
                idle_since = loop.time()
            elif loop.time() - idle_since >= self.hub.linger:
                self.hub.feeds.pop(self.fair_id, None)
                return
            wait = self.hub.interval if self.subscribers else min(self.hub.interval,
                                                                   self.hub.linger)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), wait)


class LiveHub:
    """All feeds of one web process and its one listening connection."""

    def __init__(self, pool: Any, registry: CollectorRegistry | None, *,
                 interval: float = INTERVAL_S, linger: float = LINGER_S,
                 previous: LiveHub | None = None) -> None:
        self.pool, self.interval, self.linger = pool, interval, linger
        self.feeds: dict[UUID, FairFeed] = {}
        self.listening = asyncio.Event()  # set while notices arrive (tests wait on it)
        self._listener: asyncio.Task[None] | None = None
        self.viewers: Gauge
        self.polls: Counter
        self.notices: Counter
        if previous is not None:  # same registry: its metrics cannot be registered twice
            self.viewers, self.polls = previous.viewers, previous.polls
            self.notices = previous.notices
            return
        self.viewers = Gauge("jobfair_live_viewers", "Open live-count streams", registry=registry)
        self.polls = Counter("jobfair_live_snapshot_queries",
                             "Snapshot queries run by live feeds", registry=registry)
        self.notices = Counter("jobfair_live_notifications",
                               "fair_changed notices received from PostgreSQL", registry=registry)

    def feed(self, fair_id: UUID) -> FairFeed:
        if self._listener is None or self._listener.done():
            self._listener = asyncio.create_task(self._listen(), name="live-listener")
        feed = self.feeds.get(fair_id)
        if feed is None or feed.task is None or feed.task.done():
            feed = self.feeds[fair_id] = FairFeed(self, fair_id)
            feed.task = asyncio.create_task(feed.run(), name=f"live-feed-{fair_id}")
        return feed

    def _notified(self, payload: str) -> None:
        self.notices.inc()
        with contextlib.suppress(ValueError):
            feed = self.feeds.get(UUID(payload))
            if feed is not None:
                feed.wake()

    def _refresh_all(self) -> None:
        for feed in list(self.feeds.values()):
            feed.wake()

    async def _listen(self) -> None:
        """One listening connection (``web.notices``); after each (re)connection every feed
        queries once: notices sent meanwhile are gone."""
        await listen(self.pool, FAIR_CHANGED, self._notified, self._refresh_all,
                     keepalive_s=KEEPALIVE_S, listening=self.listening)

    @contextlib.asynccontextmanager
    async def subscribe(self, fair_id: UUID) -> AsyncIterator[asyncio.Queue[str]]:
        feed = self.feed(fair_id)
        queue: asyncio.Queue[str] = asyncio.Queue(maxsize=1)
        if feed.latest is not None:
            queue.put_nowait(feed.latest)  # a new viewer sees the current state at once
        feed.subscribers.add(queue)
        self.viewers.inc()
        try:
            yield queue
        finally:
            feed.subscribers.discard(queue)
            self.viewers.dec()

    async def close(self) -> None:
        tasks = [f.task for f in self.feeds.values() if f.task is not None]
        if self._listener is not None:
            tasks.append(self._listener)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self.feeds.clear()


def hub(request: Request) -> LiveHub:
    """The process's hub, made on first use and tied to the lifespan's pool."""
    state = request.app.state
    current: LiveHub | None = getattr(state, "live_hub", None)
    if current is None or current.pool is not request.state.pool:
        current = state.live_hub = LiveHub(request.state.pool, request.state.registry,
                                           previous=current)
    return current


async def _fair(request: Request) -> UUID:
    try:
        fair_id = UUID(request.path_params["fair_id"])
    except ValueError:
        raise NotFound("fair ids are UUIDs", code="unknown_fair") from None
    if await request.state.pool.fetchval("SELECT 1 FROM fair WHERE id = $1", fair_id) is None:
        raise NotFound(f"no fair {fair_id}", code="unknown_fair")
    return fair_id


SNAPSHOT_SCHEMA = {
    "type": "object",
    "required": ["seq", "fair_id", "checked_in", "on_site", "posts"],
    "properties": {
        "seq": {"type": "integer"}, "fair_id": {"type": "string"},
        "checked_in": {"type": "integer"}, "on_site": {"type": "integer"},
        "checkins_last_minute": {"type": "integer"},
        "posts_total": {"type": "integer",
                        "description": "published posts of the fair; `posts` holds at most "
                                       f"{MAX_SNAPSHOT_POSTS} of them"},
        "posts": {"type": "array", "items": {"type": "object"}},
    },
}


@operation(Operation(
    "streamLiveCounts", "Server-Sent Events: a JSON snapshot of the fair's counts on every change",
    responses={200: "text/event-stream of `counts` events", 404: "unknown fair"},
    response_schema=SNAPSHOT_SCHEMA, content_type="text/event-stream",
))
async def stream_live_counts(request: Request) -> Response:
    fair_id = await _fair(request)
    live = hub(request)

    async def events() -> AsyncIterator[dict[str, str]]:
        async with live.subscribe(fair_id) as queue:
            while True:
                snapshot = await queue.get()
                yield {"event": "counts", "data": snapshot}

    return EventSourceResponse(
        events(), ping=PING_S,
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@operation(Operation(
    "getLiveCounts", "The fair's current counts snapshot (what streamLiveCounts pushes)",
    responses={200: "the snapshot", 404: "unknown fair"}, response_schema=SNAPSHOT_SCHEMA,
))
async def get_live_counts(request: Request) -> Response:
    fair_id = await _fair(request)
    feed = hub(request).feeds.get(fair_id)
    if feed is not None and feed.latest is not None:
        body = feed.latest
    else:
        text = await request.state.pool.fetchval(SNAPSHOT, fair_id)
        at = datetime.now(UTC).isoformat(timespec="milliseconds")
        body = f'{{"seq":0,"at":"{at}",{text[1:]}'
    return Response(body, media_type="application/json")
