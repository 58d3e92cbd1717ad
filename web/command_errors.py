"""What a command refuses with: one base class, no HTTP in it.

Commands (``web/<feature>/commands.py``) take plain values or a :class:`web.context.Context`
and raise these; the CLI, ``jobfair dev --demo`` and tests catch them like any exception, and
only ``web.errors`` turns them into HTTP statuses (one table, one exception handler).

    CommandError              {"error": code, "detail": str, **extra}
    ├── Invalid               malformed input or a field of the wrong shape
    ├── Unauthenticated       missing or wrong credentials (bearer, applicant token)
    ├── Forbidden             authenticated but not allowed
    ├── NotFound              unknown fair, post, employer, interview, ...
    ├── Conflict              contradicts the current state (stale version, already done)
    ├── Gone                  an expired QR token or a closed fair
    ├── Unprocessable         well-formed but breaks a rule (e.g. equal-employment)
    ├── TooMany               too many attempts (login codes); retry after ``retry_after`` s
    └── Unavailable           a dependency is down now (the broker); retry shortly
        └── Unconfirmed       it took the request but did not confirm it in time: the
                              outcome is unknown (504); retry with the same id

``code`` is stable and machine-readable; ``extra`` carries details such as ``field``,
``message_zh`` (the page's Chinese message) or screening ``violations``.
"""

from __future__ import annotations

from typing import Any


class CommandError(Exception):
    code = "bad_request"

    def __init__(self, detail: str, *, code: str | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        if code:
            self.code = code
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "detail": self.detail, **self.extra}

    @property
    def message_zh(self) -> str:
        """The message for a page: the Chinese one when the command gave it."""
        return str(self.extra.get("message_zh") or self.detail)


class Invalid(CommandError):
    code = "bad_request"


class Unauthenticated(CommandError):
    code = "unauthorized"


class Forbidden(CommandError):
    code = "forbidden"


class NotFound(CommandError):
    code = "not_found"


class Conflict(CommandError):
    code = "conflict"


class Gone(CommandError):
    code = "gone"


class Unprocessable(CommandError):
    code = "unprocessable"


class Unavailable(CommandError):
    """A dependency is down now; ``retry_after`` (seconds, default 2) goes into the
    ``Retry-After`` header (``web.errors``)."""

    code = "unavailable"

    def __init__(self, detail: str, *, code: str | None = None, **extra: Any) -> None:
        extra.setdefault("retry_after", 2)
        super().__init__(detail, code=code, **extra)


class Unconfirmed(Unavailable):
    """The dependency may have done it: the request reached it but no confirmation came within
    the bound (503 with ``"recorded": "unknown"``, ``Retry-After``). A retry with the same
    idempotency key is safe; without one the effect may happen once
    (``web.publish.BrokerUnconfirmed``; a plain 503 ``BrokerUnavailable`` promises the record
    is never counted)."""

    code = "unconfirmed"


class TooMany(CommandError):
    """Too many attempts from this client or for this subject; ``retry_after`` (seconds) goes
    into the ``Retry-After`` header."""

    code = "rate_limited"
