"""HTML form fields -> the JSON shapes of the setup API, validated by the same JSON Schemas.

Used by ``web.setup.pages``: a form post becomes exactly the body ``createFair``/``createPost``/...
would receive, so pages and API share one set of rules (``web.setup.schemas``) and one write
path (``web.setup.commands``). Values going back into forms are formatted here too.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from streams.fields import ascii_int, bad_value
from web.command_errors import Invalid
from web.openapi import StrictValidator
from web.setup.commands import FAIR_TZ

Form = Mapping[str, Any]


def validate(schema: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    bad = bad_value(data)
    if bad is not None:
        raise Invalid(f"{bad[0]}: {bad[1]}", code="invalid_request", field=bad[0])
    error = next(iter(sorted(StrictValidator(schema).iter_errors(data),
                             key=lambda e: e.path)), None)
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path) or "form"
        raise Invalid(f"{where}: {error.message}", code="invalid_request", field=where)
    return data


def _text(form: Form, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def int_field(form: Form, name: str) -> int | str | None:
    raw = _text(form, name)
    if not raw:
        return None
    number = ascii_int(raw)  # streams.fields: ASCII digits only ('²'.isdigit() is True)
    return raw if number is None else number  # the schema names the field if not a number


def fair_form(form: Form) -> dict[str, Any]:
    return {"name": _text(form, "name"), "kind": _text(form, "kind"),
            "starts_at": _text(form, "starts_at"), "ends_at": _text(form, "ends_at"),
            "venue": _text(form, "venue") or None,
            "venue_cap": int_field(form, "venue_cap") if _text(form, "venue_cap") else None}


def employer_form(form: Form) -> dict[str, Any]:
    return {"name": _text(form, "name"), "booth": _text(form, "booth"),
            "interview_tables": int_field(form, "interview_tables"),
            "slot_minutes": int_field(form, "slot_minutes")}


def post_form(form: Any) -> dict[str, Any]:
    """Post fields; the flexible-work block becomes ``flex`` when any of it is filled in."""
    data: dict[str, Any] = {
        "title": _text(form, "title"), "description": _text(form, "description"),
        "headcount": int_field(form, "headcount"), "pay_min": int_field(form, "pay_min"),
        "pay_max": int_field(form, "pay_max"), "location": _text(form, "location") or None,
    }
    days = sorted({n for d in form.getlist("days")
                   if isinstance(d, str) and (n := ascii_int(d)) is not None})
    remote = int_field(form, "remote_percent")
    flex: dict[str, Any] = {
        "window_start": _text(form, "window_start") or None,
        "window_end": _text(form, "window_end") or None,
        "days": days,
        "remote_share": remote / 100 if isinstance(remote, int) else 0.0,
        "school_run_compatible": form.get("school_run_compatible") == "on",
        "flexible_start": form.get("flexible_start") == "on",
        "hours_per_week": int_field(form, "hours_per_week"),
    }
    if isinstance(remote, str):
        raise Invalid("remote_percent: a whole number from 0 to 100", code="invalid_request",
                         field="remote_percent")
    filled = any(v not in (None, [], 0.0, False) for v in flex.values())
    data["flex"] = flex if filled else None
    return data


def local_input(value: datetime | str | None) -> str:
    """A value for <input type=datetime-local>, in the fairs' local time."""
    if value is None:
        return ""
    at = datetime.fromisoformat(value) if isinstance(value, str) else value
    return at.astimezone(FAIR_TZ).strftime("%Y-%m-%dT%H:%M")


def local_text(value: datetime | str | None) -> str:
    return local_input(value).replace("T", " ")
