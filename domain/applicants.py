"""Applicant identity and the rules of filling posts: pure, no I/O, the clock passed in.

Data flow: web/ calls normalise_phone and applicant_id_for when a phone registers or checks in
(so a repeat scan from any phone maps to the same applicant without the phone leaving the
``checkins`` topic); agents/applications calls plan_applications inside its batch transaction
to decide, per new application, whether it is submitted or goes onto the post's waitlist;
agents/checkins calls occupancy_change for each check-in or check-out. Nothing is read or
written here.

Filling rule. A post's remaining openings are ``headcount - offers`` (offers are written by the
interview agent). While it is above zero an application is ``submitted``; at zero the post is
已招满 and a new application is ``waitlisted``, visibly, with its place in line: never refused,
never silently dropped. Every application gets a per-post sequence number in arrival order; a
waitlisted application's place is the count of waitlisted applications with a lower number,
plus one, so the place is exact without renumbering anyone.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

__all__ = [
    "CHINA_TZ",
    "POST_CLOSED",
    "SUBMITTED",
    "WAITLISTED",
    "PhoneInvalid",
    "PlannedApplication",
    "PostFill",
    "applicant_id_for",
    "application_id_for",
    "checkin_time_label",
    "normalise_phone",
    "occupancy_change",
    "plan_applications",
]

# Fairs run in mainland China (no daylight saving): pages show local wall-clock time.
CHINA_TZ = timezone(timedelta(hours=8), "CST")
SUBMITTED = "submitted"
WAITLISTED = "waitlisted"
# The post was closed (withdrawn by the employer or an organiser) before the application was
# considered: kept and shown to the applicant, not counted as an application to the post.
POST_CLOSED = "post_closed"

_ID_LABEL = b"jobfair/applicant-id/v1"
_APPLICATION_NS = uuid.UUID("3c8f0a52-6f1e-4a7e-9d41-0b7a3f6e2c15")
_SEPARATORS = re.compile(r"[\s\-()（）.]")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")


class PhoneInvalid(ValueError):
    """Not a mainland mobile number; ``message_zh`` is for the form."""

    message_zh = "请填写11位手机号码（以13-19开头）。"


def normalise_phone(raw: str) -> str:
    """The 11-digit mainland mobile number in ``raw`` or PhoneInvalid.

    Accepts full-width digits, spaces, dashes and brackets, and a +86 / 0086 / 86 prefix,
    because people type numbers the way they read them off a card.
    """
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw))
    for prefix in ("+86", "0086", "86"):
        if text.startswith(prefix) and len(text) == len(prefix) + 11:
            text = text[len(prefix) :]
            break
    if not _MOBILE.fullmatch(text):
        # The message never repeats the input: it may be a phone number.
        raise PhoneInvalid("not an 11-digit mainland mobile number")
    return text


def applicant_id_for(secret: bytes, fair_id: str, phone: str) -> str:
    """The applicant's id at one fair: an HMAC of the normalised phone, shaped as a UUID.

    The same phone at the same fair always gives the same id (a repeat scan is recognised);
    the id reveals nothing about the phone without the secret, and differs between fairs.
    """
    key = hmac.digest(secret, _ID_LABEL, hashlib.sha256)
    digest = hmac.digest(key, uuid.UUID(fair_id).bytes + phone.encode("ascii"), hashlib.sha256)
    return str(uuid.UUID(bytes=digest[:16], version=4))


def application_id_for(applicant_id: str, post_id: str) -> str:
    """One application per applicant per post: a repeat maps to the same id."""
    return str(uuid.uuid5(_APPLICATION_NS, f"{applicant_id}:{post_id}"))


def checkin_time_label(at: datetime) -> str:
    """'19:02' in venue time, for "已签到 19:02"."""
    return at.astimezone(CHINA_TZ).strftime("%H:%M")


@dataclass(frozen=True, slots=True)
class PostFill:
    """One post's state when a batch starts (read under a row lock)."""

    post_id: str
    headcount: int
    offers: int
    last_seq: int  # the highest sequence number handed out so far (0: none)
    open: bool = True  # published; a closed post takes no application

    @property
    def remaining(self) -> int:
        return max(self.headcount - self.offers, 0)


@dataclass(frozen=True, slots=True)
class PlannedApplication:
    application_id: str
    post_id: str
    status: str  # SUBMITTED or WAITLISTED
    seq: int


def plan_applications(
    posts: Iterable[PostFill], new: Sequence[tuple[str, str]]
) -> list[PlannedApplication]:
    """Decide each new ``(application_id, post_id)`` in arrival order.

    Duplicates of an id inside ``new`` are decided once (the first wins). Offers do not change
    inside a batch, so a post is full for the whole batch or for none of it.
    """
    state = {p.post_id: p for p in posts}
    next_seq = {p.post_id: p.last_seq for p in state.values()}
    seen: set[str] = set()
    out: list[PlannedApplication] = []
    for application_id, post_id in new:
        if application_id in seen:
            continue
        seen.add(application_id)
        post = state[post_id]
        next_seq[post_id] += 1
        status = WAITLISTED if post.remaining <= 0 else SUBMITTED
        if not post.open:
            status = POST_CLOSED
        out.append(PlannedApplication(application_id, post_id, status, next_seq[post_id]))
    return out


def occupancy_change(
    kind: str, had_checkin: bool, was_on_site: bool
) -> tuple[int, int]:
    """``(checked_in, on_site)`` deltas of one check-in or check-out event.

    kind is "in" or "out". A first check-in counts once in both; a re-entry after leaving
    counts on site again but not as a new check-in; checking out of a fair one never entered,
    or twice, changes nothing.
    """
    if kind == "in":
        if not had_checkin:
            return 1, 1
        return (0, 0) if was_on_site else (0, 1)
    if kind == "out":
        return (0, -1) if had_checkin and was_on_site else (0, 0)
    raise ValueError(f"kind must be 'in' or 'out', not {kind!r}")
