"""One definition of every field kind, for the API's JSON Schemas and the event decoders.

web/ builds its request schemas from the fragments here (``UUID_SCHEMA``, :func:`line`,
:func:`para`, ``TIME``) and ``web.openapi.json_body`` runs :func:`bad_value` over every body;
``streams.events.from_dict`` runs the same checks over every decoded event, so a value the API
accepts is a value the agents accept (issue 13: no accepted-then-dead-lettered event):

- ids: canonical UUIDs, exactly 36 characters (``$`` in a Python pattern also matches before
  a trailing newline; the length bound and :func:`is_uuid`'s fullmatch do not);
- text: no NUL, no C0 control character other than tab, newline and carriage return, no DEL;
  one-line fields (names, titles, sources) no line breaks or tabs either;
- times: ISO 8601 between ``MIN_TIME`` and ``MAX_TIME`` (QR tokens carry 32-bit expiry
  seconds, which end in 2106);
- integers: JSON integers, never whole-number floats (``3.0``), never booleans.

Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

_UUID = "[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}"
UUID_RE = re.compile(_UUID)
UUID_SCHEMA: dict[str, Any] = {
    "type": "string",
    "format": "uuid",
    "minLength": 36,
    "maxLength": 36,
    "pattern": f"^{_UUID}$",
}

# Characters no text field may hold (PostgreSQL text refuses NUL; the rest break pages/logs).
CONTROL = "\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f"
BAD_TEXT = re.compile(f"[{CONTROL}]")
BAD_LINE = re.compile("[\\x00-\\x1f\\x7f\\u2028\\u2029]")

MIN_TIME = datetime(2000, 1, 1, tzinfo=UTC)
MAX_TIME = datetime(2100, 1, 1, tzinfo=UTC)
CST = timezone(timedelta(hours=8))
TIME: dict[str, Any] = {
    "type": "string",
    "minLength": 10,
    "maxLength": 40,
    "description": "ISO 8601 date-time between 2000 and 2100; without an offset it is China "
    "Standard Time (+08:00)",
}


def line(lo: int, hi: int, *, nullable: bool = False, blank: bool = False) -> dict[str, Any]:
    """A one-line text field of ``lo``..``hi`` characters (not only spaces unless ``blank``)."""
    out: dict[str, Any] = {
        "type": ["string", "null"] if nullable else "string",
        "minLength": lo,
        "maxLength": hi,
        "not": {"type": "string", "pattern": BAD_LINE.pattern},
    }
    if not blank:
        out["pattern"] = r"\S"
    return out


def para(lo: int, hi: int, *, nullable: bool = False) -> dict[str, Any]:
    """A multi-line text field: line breaks and tabs allowed, other control characters not."""
    return {
        "type": ["string", "null"] if nullable else "string",
        "minLength": lo,
        "maxLength": hi,
        "not": {"type": "string", "pattern": BAD_TEXT.pattern},
    }


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and len(value) == 36 and UUID_RE.fullmatch(value) is not None


def bounded_time(text: str) -> datetime:
    """The time ``text`` names (China Standard Time without an offset); ValueError if it is
    not ISO 8601 or lies outside [MIN_TIME, MAX_TIME)."""
    if not isinstance(text, str) or len(text) > 40:
        raise ValueError("not an ISO 8601 date-time")
    at = datetime.fromisoformat(text)  # ValueError if malformed
    if at.tzinfo is None:
        at = at.replace(tzinfo=CST)
    if not MIN_TIME <= at < MAX_TIME:
        raise ValueError(f"outside {MIN_TIME.year}-{MAX_TIME.year}")
    return at


def ascii_int(raw: str) -> int | None:
    """A form field's whole number in ASCII digits (``'²'.isdigit()`` is True but no int)."""
    text = raw.strip()
    digits = text[1:] if text[:1] == "-" else text
    if not digits or len(digits) > 12 or not (digits.isascii() and digits.isdigit()):
        return None
    return int(text)


def bad_value(data: Any, path: str = "") -> tuple[str, str] | None:
    """(field path, reason) of the first string with a control character in ``data`` (any
    nesting), or None. The universal rule of both edges; one-line fields add theirs."""
    if isinstance(data, str):
        return (path or "body", "control character") if BAD_TEXT.search(data) else None
    if isinstance(data, dict):
        for key, value in data.items():
            where = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and BAD_TEXT.search(key):
                return where, "control character in a name"
            found = bad_value(value, where)
            if found:
                return found
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found = bad_value(value, f"{path}.{i}" if path else str(i))
            if found:
                return found
    return None


def has_float(data: Any) -> bool:
    """Whether ``data`` holds a float anywhere (then integer fields need the strict check)."""
    if isinstance(data, float):
        return True
    if isinstance(data, dict):
        return any(has_float(v) for v in data.values())
    if isinstance(data, list):
        return any(has_float(v) for v in data)
    return False


def field_error(name: str, value: Any) -> tuple[str, str] | None:
    """(reason, what) is wrong with an event field ``name`` = ``value`` by the rules every
    event follows (``id``/``*_id`` canonical UUIDs: ``bad_id``; ``at``/``*_at`` bounded times:
    ``bad_time``; strings without control characters: ``bad_text``), or None."""
    if not isinstance(value, str):
        return None
    if (name == "id" or name.endswith("_id")) and not is_uuid(value):
        return "bad_id", "not a canonical UUID"
    if name == "at" or name.endswith("_at"):
        try:
            bounded_time(value)
        except ValueError as exc:
            return "bad_time", str(exc)[:80]
    if BAD_TEXT.search(value):
        return "bad_text", "control character"
    return None
