"""The context a command runs in: settings, the PostgreSQL pool, the event publisher, a clock.

Built once per process by whoever runs commands: the web lifespan (``context_of(request)``
hands the same values to every handler), ``jobfair dev --demo`` and tests (their own pool and
publisher). Commands read it and never see a Request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from jobfair.settings import Settings

if TYPE_CHECKING:  # no HTTP at run time: the demo loader and the CLI import this module
    from starlette.requests import Request


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Context:
    settings: Settings
    pool: Any
    publisher: Any  # web.publish.Publisher or anything with `async publish(spec, event)`
    now: Callable[[], datetime] = field(default=utc_now)
    wait_s: float = 5.0  # how long a write waits for its projection before answering pending
    clicks: Any = None  # web.live.combiner.ClickCombiner (web); None: one record per click


def context_of(request: Request) -> Context:
    """The lifespan's context (made once per app, kept in the lifespan state)."""
    ctx: Context = request.state.ctx
    return ctx
