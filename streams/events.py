"""Event records: frozen dataclasses encoded as JSON with a ``type`` field.

Agents consume raw bytes and decode here, so a poison message (bad JSON, wrong type, missing
field) becomes a :class:`BadEvent` with a reason that goes to the dead-letter topic, instead
of an exception inside Faust's deserialiser that would kill the agent. Field values are held to
the same definitions as the API's request schemas (``streams.fields``: canonical UUID ids,
bounded times, text without control characters, integers that are not floats), so an event the
API could have accepted is never dead-lettered for its values.

Event families live in their own modules (``streams.clicks``, ...) and register here with
:func:`event`.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Hashable
from datetime import datetime
from typing import Any, ClassVar, TypeVar

import orjson

from streams.fields import field_error

E = TypeVar("E", bound="Event")

_REGISTRY: dict[str, type[Event]] = {}
MAX_EVENT_BYTES = 64 * 1024


class BadEvent(ValueError):
    """The payload is not a valid event; ``reason`` is a short machine-readable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclasses.dataclass(frozen=True)
class Event:
    TYPE: ClassVar[str] = ""
    KEY: ClassVar[str] = ""  # the field whose value is the message key
    CHECK_VALUES: ClassVar[bool] = True  # streams.fields rules (off for raw dead letters)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.TYPE, **dataclasses.asdict(self)}

    def to_bytes(self) -> bytes:
        # Same bytes as orjson.dumps(self.to_dict()) without asdict's recursive deep copy (the
        # hot path of recordClick): orjson writes nested dicts, lists and dataclasses itself.
        data: dict[str, Any] = {"type": self.TYPE}
        for name in _field_names(typing.cast(Hashable, type(self))):
            data[name] = getattr(self, name)
        return orjson.dumps(data)

    @property
    def key(self) -> bytes:
        return str(getattr(self, self.KEY)).encode()


@functools.cache
def _field_names(cls: Any) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def event(cls: type[E]) -> type[E]:
    """Class decorator: register an event type for :func:`decode`."""
    if not cls.TYPE or cls.TYPE in _REGISTRY:
        raise TypeError(f"event type {cls.TYPE!r} missing or registered twice")
    _REGISTRY[cls.TYPE] = cls
    return cls


def aware_time(text: str, name: str = "at") -> datetime:
    """An event's ISO 8601 time field with its zone; ``BadEvent("bad_time")`` otherwise."""
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise BadEvent("bad_time", f"{name!r} is not ISO 8601: {text[:40]!r}") from None
    if at.tzinfo is None:
        raise BadEvent("bad_time", f"{name!r} has no time zone")
    return at


def decode(raw: bytes | None, *expected: type[E]) -> E:
    """Decode one message value into one of the ``expected`` event types or raise BadEvent."""
    if raw is None:
        raise BadEvent("empty", "message has no value")
    if len(raw) > MAX_EVENT_BYTES:
        raise BadEvent("too_large", f"{len(raw)} bytes > {MAX_EVENT_BYTES}")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadEvent("bad_json", str(exc)[:200]) from None
    if not isinstance(data, dict):
        raise BadEvent("bad_shape", "event is not a JSON object")
    kind = data.pop("type", None)
    cls = _REGISTRY.get(kind) if isinstance(kind, str) else None
    if cls is None or (expected and cls not in expected):
        names = ", ".join(c.TYPE for c in expected) or "a known event"
        raise BadEvent("unexpected_type", f"type {kind!r}, expected {names}")
    return typing.cast(E, from_dict(cls, data))


@functools.cache
def _schema(cls: Any) -> tuple[tuple[str, Any, bool], ...]:
    """(name, type hint, required) per field; resolved once per class, not per message."""
    hints = typing.get_type_hints(cls)
    return tuple(
        (f.name, hints[f.name],
         f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        for f in dataclasses.fields(cls)
    )


def from_dict(cls: type[E], data: dict[str, Any]) -> E:
    kwargs: dict[str, Any] = {}
    for name, hint, required in _schema(typing.cast(Hashable, cls)):
        if name not in data:
            if required:
                raise BadEvent("missing_field", f"{cls.TYPE} needs field {name!r}")
            continue
        value = data[name]
        if not _matches(value, hint):
            raise BadEvent(
                "bad_field", f"{cls.TYPE}.{name} has wrong type {type(value).__name__}"
            )
        if cls.CHECK_VALUES:
            problem = field_error(name, value)
            if problem:
                raise BadEvent(problem[0], f"{cls.TYPE}.{name}: {problem[1]}")
        kwargs[name] = value
    return cls(**kwargs)


def _matches(value: Any, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, arg) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is Any:
        return True
    if origin in (list, tuple):
        return isinstance(value, list)
    if origin is dict:
        return isinstance(value, dict)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)

