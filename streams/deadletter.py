"""Dead letters: messages an agent could not process, with why and where they came from.

Every agent sends undecodable or rejected messages here (topic ``deadletter``, keyed by the
source topic) and carries on; ``agents.deadletters`` projects them to PostgreSQL table
``dead_letter`` so an operator can list and replay them.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

import orjson

from streams.events import Event, event
from streams.topics import CHECKINS


@event
@dataclass(frozen=True)
class DeadLettered(Event):
    TYPE = "DeadLettered"
    KEY = "source"
    CHECK_VALUES = False  # carries whatever was refused, described

    source: str  # topic name
    partition: int
    offset: int
    reason: str  # short code, e.g. bad_json, missing_field, unknown_post
    detail: str
    payload_b64: str  # the original value, byte for byte
    agent: str
    at: str

    @property
    def payload(self) -> bytes:
        return base64.b64decode(self.payload_b64)


#: Fields of topic ``checkins`` that carry personal data (ApplicantRegistered).
PERSONAL = ("name", "phone", "gender")


def redact(raw: bytes | None) -> bytes:
    """A ``checkins`` message with name, phone and gender blanked: personal data may travel on
    topic checkins only, never to topic deadletter or table dead_letter."""
    try:
        data = orjson.loads(raw or b"")
    except orjson.JSONDecodeError:
        data = None
    if not isinstance(data, dict):
        return orjson.dumps({"redacted": "undecodable checkins message",
                             "bytes": len(raw or b"")})
    for key in PERSONAL:
        if key in data:
            data[key] = "[redacted]"
    return orjson.dumps(data)


def dead_letter(
    *, source: str, partition: int, offset: int, reason: str, detail: str,
    payload: bytes | None, agent: str, at: str,
) -> DeadLettered:
    """The dead-letter record; a message from topic ``checkins`` is always redacted."""
    if source == CHECKINS.name:
        payload = redact(payload)
    return DeadLettered(
        source=source, partition=partition, offset=offset, reason=reason, detail=detail[:500],
        payload_b64=base64.b64encode(payload or b"").decode(), agent=agent, at=at,
    )
