"""Click events: a person opened or tapped a job post (page view, livestream link, QR poster).

Produced by web ``recordClick`` to topic ``clicks`` keyed by ``post_id``; consumed by
``agents.clicks``. ``click_id`` is made at the edge (the beacon may supply it, so a retried
beacon carries the same id) and is the idempotency key all the way to PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass

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
