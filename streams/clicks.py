"""Click events: a person opened or tapped a job post (page view, livestream link, QR poster).

Produced by web (``web.live.combiner``) to topic ``clicks`` keyed by ``post_id``; consumed by
``agents.clicks``. A web process gathers the clicks on one post that arrive within a few
milliseconds into ONE :class:`ClicksRecorded` record (``record_id`` is its idempotency key
under redelivery). Within it, clicks are grouped by ``(source, room_id)``: ``n`` clicks that
carried no client id (nobody can retry them with the same id, so no id travels) plus the
``click_ids`` a beacon supplied (a retried beacon sends the same id; counted once while the id
is kept, ``JOBFAIR_CLICK_ID_WINDOW_HOURS``).

:class:`ClickRecorded` (one click per record) is the earlier format: still read by the agent
(records already in the topic), no longer produced by web.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from streams.events import Event, event


@event
@dataclass(frozen=True)
class ClickRecorded(Event):
    TYPE = "ClickRecorded"
    KEY = "post_id"

    click_id: str
    post_id: str
    fair_id: str
    at: str  # ISO 8601, set by the web process that received the click
    source: str | None = None  # e.g. a livestream room; bounded to 64 chars at the edge
    room_id: str | None = None


@event
@dataclass(frozen=True)
class ClicksRecorded(Event):
    """Many clicks on one post, combined at the edge. ``groups`` is a list of
    ``{"source": str|None, "room_id": str|None, "n": int, "click_ids": [str, ...]}``."""

    TYPE = "ClicksRecorded"
    KEY = "post_id"

    record_id: str
    post_id: str
    fair_id: str
    at: str  # ISO 8601: when the web process closed the group
    groups: list[dict[str, Any]]

    @property
    def total(self) -> int:
        return sum(g["n"] + len(g["click_ids"]) for g in self.groups)
