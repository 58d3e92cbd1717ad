"""Live fair figures for organisers, computed once per change per web process.

The organiser fair page and the figures page poll ``getFairReport`` (JSON) every few seconds.
Every viewer of a fair in this process shares one :class:`FiguresCache` entry: the figures
(``jobfair.reporting.detail.fair_figures``, the report's own computation) are recomputed only
when the fair has changed since the last computation, and viewers asking at the same moment
await the same computation. "Changed" comes from PostgreSQL: the agents' writes fire
``NOTIFY fair_changed, '<fair id>'`` (migrations 0008, 0009, 0012); this process holds one
listening connection for it (``web.notices.listen``, the loop the live feeds use too).
Writes that send no notice (an interview outcome alone) are picked up at the latest
``max_age_s`` later, so a figure is never older than that while someone is looking, and an
idle fair costs no query at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from prometheus_client import CollectorRegistry, Counter

from jobfair.reporting.detail import fair_figures
from web.notices import FAIR_CHANGED, listen

MAX_AGE_S = 10.0


@dataclass
class _Entry:
    figures: dict[str, Any] | None = None
    computed_at: float = 0.0
    dirty: bool = True
    running: asyncio.Task[dict[str, Any]] | None = None


@dataclass
class FiguresCache:
    pool: Any
    registry: CollectorRegistry | None = None
    max_age_s: float = MAX_AGE_S
    entries: dict[UUID, _Entry] = field(default_factory=dict)
    computations: Counter = field(init=False)
    _listener: asyncio.Task[None] | None = None
    _listening: asyncio.Event = field(default_factory=asyncio.Event)

    def __post_init__(self) -> None:
        self.computations = Counter(
            "jobfair_fair_figures_computations",
            "Fair figure computations (organiser pages)",
            registry=self.registry,
        )

    def changed(self, fair_id: UUID) -> None:
        entry = self.entries.get(fair_id)
        if entry is not None:
            entry.dirty = True

    async def get(self, fair_id: UUID) -> dict[str, Any]:
        """The fair's figures, recomputed only if it changed (or is older than max_age_s)."""
        self._listen()
        if not self._listening.is_set():  # compute after LISTEN, or notices could be missed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._listening.wait(), 2.0)
        entry = self.entries.setdefault(fair_id, _Entry())
        fresh = time.monotonic() - entry.computed_at < self.max_age_s
        if entry.figures is not None and not entry.dirty and fresh:
            return entry.figures
        if entry.running is None or entry.running.done():
            entry.dirty = False  # a notice from now on means one more computation
            entry.running = asyncio.create_task(self._compute(fair_id, entry))
        return await asyncio.shield(entry.running)

    async def _compute(self, fair_id: UUID, entry: _Entry) -> dict[str, Any]:
        try:
            async with self.pool.acquire() as conn:
                figures = await fair_figures(conn, fair_id)
        except BaseException:
            entry.dirty = True
            raise
        self.computations.inc()
        entry.figures, entry.computed_at = figures, time.monotonic()
        return figures

    def _listen(self) -> None:
        """One listening connection (``web.notices.listen``), started on first use."""
        if self._listener is None or self._listener.done():
            self._listener = asyncio.create_task(
                listen(
                    self.pool,
                    FAIR_CHANGED,
                    self._notified,
                    self._all_dirty,  # (re)connected: notices may have been missed
                    keepalive_s=self.max_age_s,
                    listening=self._listening,
                    on_lost=self._all_dirty,
                ),
                name="figures-listener",
            )

    def _notified(self, payload: str) -> None:
        with contextlib.suppress(ValueError):
            self.changed(UUID(payload))

    def _all_dirty(self) -> None:
        for entry in self.entries.values():
            entry.dirty = True

    async def close(self) -> None:
        tasks: list[asyncio.Task[Any]] = [
            e.running for e in self.entries.values() if e.running is not None
        ]
        if self._listener is not None:
            tasks.append(self._listener)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def figures_cache(state: Any, pool: Any, registry: CollectorRegistry | None) -> FiguresCache:
    """The process's cache, made on first use and tied to the lifespan's pool."""
    current: FiguresCache | None = getattr(state, "figures_cache", None)
    if current is None or current.pool is not pool:
        if current is not None:
            cache = FiguresCache(pool, None)
            cache.computations = current.computations
        else:
            cache = FiguresCache(pool, registry)
        state.figures_cache = current = cache
    return current
