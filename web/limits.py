"""Abuse limits (issue 13 item 5): fixed-window counters in PostgreSQL shared by every web
process, with the rules of ``JOBFAIR_RATE_LIMITS`` (``jobfair.ratelimits``).

- Check-ins and registrations: one upsert per request on ``rate_limit`` (migration 0011)
  counting the client address and the fair; over a limit -> 429 ``rate_limited`` with
  ``Retry-After`` (the window's end).
- Log-in and bearer failures (``web.auth.actor_for_token``): each failure adds one to the
  client's counter; past ``auth_slow`` the answer is delayed (up to 2 s), past ``auth_lock``
  every log-in or bearer from that client is refused with 429 until the window ends. The lock
  is read from PostgreSQL at most once a second per client and process.
- Clicks (``recordClick``): refused on a post that is not published (409) or of a fair that
  has ended (410); otherwise counted against per-client and per-post limits WITHOUT a database
  round trip: each process adds its own hits to the last totals it read and sends its hits in
  one upsert every ``SYNC_S`` (100 ms), reading back the shared totals. Excess clicks are
  answered 202 like any click but not sent to Kafka and not counted
  (``jobfair_clicks_excess_total``). Across P processes a client gets at most the limit plus
  what the other P-1 processes admit for it in one sync interval (each process knows the others'
  hits at most ~100 ms late); never more than P times the limit. A post's state (status, the
  fair's end) is read from PostgreSQL at most every ``POST_CACHE_S`` per post and process, so a
  post rejected or a fair ended mid-stream refuses clicks within 5 s.

Client addresses are kept only as keyed hashes (``JOBFAIR_SECRET_KEY``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from typing import Any

from prometheus_client import CollectorRegistry, Counter
from starlette.requests import Request

from jobfair import ratelimits
from jobfair.settings import Settings
from web.command_errors import Conflict, Gone, TooMany

log = logging.getLogger(__name__)
SYNC_S = 0.1
LOCK_CACHE_S = 1.0
POST_CACHE_S = 5.0
ADD = """
INSERT INTO rate_limit AS r (key, window_start, hits)
SELECT k, to_timestamp(w), n FROM unnest($1::text[], $2::float8[], $3::bigint[]) AS t(k, w, n)
ON CONFLICT (key, window_start) DO UPDATE SET hits = r.hits + EXCLUDED.hits
RETURNING key, extract(epoch FROM window_start)::float8 AS w, hits
"""
READ = "SELECT hits FROM rate_limit WHERE key = $1 AND window_start = to_timestamp($2)"
PRUNE = "DELETE FROM rate_limit WHERE window_start < now() - interval '1 day'"
POST_STATE = """
SELECT p.status, f.ends_at FROM post p JOIN fair f ON f.id = p.fair_id WHERE p.id = $1::uuid
"""
Slot = tuple[str, float]  # (key, window start in epoch seconds)


def _window(rule: ratelimits.Rule, now: float) -> tuple[float, float]:
    """(start of the window ``now`` falls in, seconds until it ends)."""
    start = now - now % rule.seconds
    return start, start + rule.seconds - now


class Limits:
    def __init__(self, settings: Settings, registry: CollectorRegistry) -> None:
        parsed = ratelimits.parse(settings.rate_limits)
        self.enabled, self.rules = parsed.enabled, parsed.rules
        self.pool: Any = None  # the web process's pool, from the app's lifespan (start)
        self._salt = (settings.secret_key or "jobfair").encode()[:64]
        self._pending: dict[Slot, int] = {}
        self._seen: dict[Slot, int] = {}
        self._locks: dict[str, tuple[float, int, float]] = {}  # client -> (window, hits, read)
        self._posts: dict[str, tuple[str, float, float]] = {}  # click_gate's post states
        self._clients: dict[str, str] = {}  # host -> its keyed hash (click_gate)
        self._task: asyncio.Task[None] | None = None
        self.excess = Counter(
            "jobfair_clicks_excess",
            "Clicks accepted (202) but not counted: over a per-client or per-post limit",
            registry=registry,
        )
        self.limited = Counter(
            "jobfair_rate_limited",
            "Requests refused with 429 rate_limited",
            ["limit"],
            registry=registry,
        )
        for name in self.rules:  # a series per limit from the start: 0 is data, absence is not
            self.limited.labels(name)

    # -- lifecycle -------------------------------------------------------------------------

    def start(self, pool: Any) -> None:
        self.pool = pool
        if self.enabled and self._task is None:
            self._task = asyncio.create_task(self._sync_forever(), name="rate-limit-sync")

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        with contextlib.suppress(Exception):
            await self.sync()

    async def _sync_forever(self) -> None:
        last_prune = time.monotonic()
        while True:
            await asyncio.sleep(SYNC_S)
            try:
                await self.sync()
                if time.monotonic() - last_prune > 60:
                    last_prune = time.monotonic()
                    await self.pool.execute(PRUNE)
            except Exception as exc:  # the database is down: limits wait, clicks go on
                log.warning("rate limit sync failed: %s", type(exc).__name__)

    async def sync(self) -> None:
        """Send this process's click hits; read back the shared totals."""
        now = time.time()
        pending, self._pending = self._pending, {}
        self._seen = {s: n for s, n in self._seen.items() if s[1] + self._span(s[0]) > now}
        # Keys past half their limit are re-read even without new hits here (adding 0), so
        # this process learns the other processes' hits on them within one sync.
        hot = {
            s: 0
            for s, n in self._seen.items()
            if s not in pending and 2 * n >= self.rules[s[0].partition(":")[0]].count
        }
        if not pending and not hot:
            return
        sent = {**hot, **pending}
        try:
            rows = await self.pool.fetch(
                ADD, [k for k, _ in sent], [w for _, w in sent], list(sent.values())
            )
        except BaseException:
            for slot, n in pending.items():  # counted again at the next sync
                self._pending[slot] = self._pending.get(slot, 0) + n
            raise
        for row in rows:
            self._seen[(row["key"], row["w"])] = row["hits"]

    def _span(self, key: str) -> int:
        return self.rules[key.partition(":")[0]].seconds

    # -- keys ------------------------------------------------------------------------------

    def client(self, request: Request) -> str:
        return self._hash(request.client.host if request.client else "unknown")

    def _hash(self, host: str) -> str:
        return hashlib.blake2b(host.encode(), key=self._salt, digest_size=12).hexdigest()

    def _too_many(self, name: str, retry_after: float) -> TooMany:
        self.limited.labels(name).inc()
        wait = int(retry_after) + 1
        return TooMany(
            f"too many requests ({name}); retry after {wait} s",
            code="rate_limited",
            retry_after=wait,
            limit=name,
            message_zh=f"请求过于频繁，请 {wait} 秒后再试。",
        )

    # -- check-ins and registrations -------------------------------------------------------

    async def admit(self, request: Request, what: str, fair_id: str) -> None:
        """Count one check-in or registration (``what``: checkins | registrations) for the
        client and the fair; 429 over either limit."""
        if not self.enabled:
            return
        now = time.time()
        slots = {}
        for scope, who in (("client", self.client(request)), ("fair", fair_id)):
            name = f"{what}_{scope}"
            start, _ = _window(self.rules[name], now)
            slots[name] = (f"{name}:{who}", start)
        rows = await self.pool.fetch(
            ADD, [k for k, _ in slots.values()], [w for _, w in slots.values()], [1] * len(slots)
        )
        hits = {row["key"].partition(":")[0]: row["hits"] for row in rows}
        for name, count in hits.items():
            rule = self.rules[name]
            if count > rule.count:
                raise self._too_many(name, _window(rule, now)[1])

    # -- authentication failures -----------------------------------------------------------

    async def auth_gate(self, request: Request) -> None:
        """429 while the client is locked out after too many failed log-ins or bearers."""
        if not self.enabled:
            return
        rule, now = self.rules["auth_lock"], time.time()
        start, left = _window(rule, now)
        key = self.client(request)
        cached = self._locks.get(key)
        if cached is None or cached[0] != start or time.monotonic() - cached[2] > LOCK_CACHE_S:
            hits = await self.pool.fetchval(READ, f"auth_lock:{key}", start) or 0
            cached = self._locks[key] = (start, hits, time.monotonic())
            if len(self._locks) > 100_000:
                self._locks.clear()
        if cached[1] >= rule.count:
            raise self._too_many("auth_lock", left)

    async def auth_failed(self, request: Request) -> None:
        """Count a failed log-in or bearer; slow the answer past ``auth_slow``, 429 at the
        lock."""
        if not self.enabled:
            return
        lock, slow, now = self.rules["auth_lock"], self.rules["auth_slow"], time.time()
        start, left = _window(lock, now)
        key = self.client(request)
        rows = await self.pool.fetch(ADD, [f"auth_lock:{key}"], [start], [1])
        hits = rows[0]["hits"]
        self._locks[key] = (start, hits, time.monotonic())
        if hits >= lock.count:
            raise self._too_many("auth_lock", left)
        if hits > slow.count:
            await asyncio.sleep(min(2.0, 0.05 * 2 ** min(hits - slow.count, 6)))

    # -- clicks ----------------------------------------------------------------------------

    async def click_gate(self, host: str, post_id: str) -> bool:
        """True: record the click. False: accept it (202) but do not count it (over a limit).
        Raises 409 ``post_not_published`` / 410 ``fair_closed``. A hit costs two clock reads
        and a dict look-up (the fair's end is kept as epoch seconds; no datetime per request);
        with limits on, also ``count_click`` on the client's cached key."""
        now = time.time()
        cached = self._posts.get(post_id)
        if cached is None or time.monotonic() > cached[2]:
            cached = await self._post_state(post_id)
        status, ends_at, _ = cached
        if status != "published":
            raise Conflict(f"the post is {status}, not published", code="post_not_published")
        if ends_at <= now:
            raise Gone("the fair has ended", code="fair_closed")
        if not self.enabled or self.count_click(self._client_of(host), post_id, now):
            return True
        self.excess.inc()
        return False

    def _client_of(self, host: str) -> str:
        """``client()`` of a host, hashed once per host and process (bounded)."""
        key = self._clients.get(host)
        if key is None:
            if len(self._clients) >= 100_000:
                self._clients.clear()
            key = self._clients[host] = self._hash(host)
        return key

    def count_click(self, client: str, post_id: str, now: float) -> bool:
        """Whether this click is within the per-client and per-post limits (then it is
        counted); no I/O: the hits reach PostgreSQL at the next sync."""
        slots = []
        for name, who in (("clicks_client", client), ("clicks_post", post_id)):
            rule = self.rules[name]
            slot = (f"{name}:{who}", _window(rule, now)[0])
            if self._seen.get(slot, 0) + self._pending.get(slot, 0) >= rule.count:
                return False
            slots.append(slot)
        for slot in slots:
            self._pending[slot] = self._pending.get(slot, 0) + 1
        return True

    async def _post_state(self, post_id: str) -> tuple[str, float, float]:
        """(status, the fair's end in epoch seconds, cached until: monotonic seconds)."""
        row = await self.pool.fetchrow(POST_STATE, post_id)
        if row is None:  # not cached: the post may be created a moment later
            return "unknown", float("inf"), 0.0
        if len(self._posts) > 100_000:
            self._posts.clear()
        cached = self._posts[post_id] = (
            row["status"],
            row["ends_at"].timestamp(),
            time.monotonic() + POST_CACHE_S,
        )
        return cached


def limits_of(request: Request) -> Limits:
    limits: Limits = request.state.limits
    return limits
