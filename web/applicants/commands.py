"""Applicant commands, shared by the API (``web.applicants.api``), the pages
(``web.applicants.pages``) and tests: resolve a QR token to its fair, validate identity, publish
``ApplicantRegistered`` / ``CheckedIn`` / ``CheckedOut`` (topic ``checkins``) and
``ApplicationSubmitted`` (topic ``applications``), and wait briefly for the projection so the
caller gets the result now (``web.projection.wait_for_row``).

Every function takes a ``web.context.Context`` and plain values (never a Request) and raises
``web.command_errors`` with a stable ``code`` and a ``message_zh`` for the page; nothing here
logs or returns a name or phone number.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from domain.applicants import (
    CHINA_TZ,
    PhoneInvalid,
    applicant_id_for,
    application_id_for,
    normalise_phone,
)
from domain.tokens import QrKind, TokenError, verify_qr_token
from streams.applications import ApplicationSubmitted
from streams.checkins import (
    CHANNEL_CHECKIN,
    CHANNEL_REMOTE,
    ApplicantRegistered,
    CheckedIn,
    CheckedOut,
)
from streams.topics import APPLICATIONS, CHECKINS
from web.applicants import reads as read
from web.applicants.auth import verify
from web.command_errors import (
    CommandError,
    Conflict,
    Forbidden,
    Gone,
    Invalid,
    NotFound,
    Unprocessable,
)
from web.context import Context
from web.identity import credentials
from web.projection import wait_for_row
from web.setup.rooms import room_of_fair

# How each token failure is answered: a forged code is refused, an expired one is gone.
TOKEN_STATUS = {"token_forged": Forbidden, "token_expired": Gone}


def zh(exc_type: type[CommandError], detail: str, code: str, message_zh: str) -> CommandError:
    return exc_type(detail, code=code, message_zh=message_zh)


def qr_claims(ctx: Context, token: str, kind: QrKind) -> bytes:
    """The QR code's opaque reference, or a 4xx naming what is wrong with the token."""
    try:
        claims = verify_qr_token(ctx.settings.secret, token, int(ctx.now().timestamp()),
                                 expect=kind)
    except TokenError as exc:
        raise TOKEN_STATUS.get(exc.code, Invalid)(
            f"QR token refused: {exc.code}", code=exc.code, message_zh=exc.message_zh
        ) from None
    return claims.code


async def fair_by_qr(ctx: Context, token: str) -> Any:
    row = await ctx.pool.fetchrow(read.FAIR_BY_CODE, qr_claims(ctx, token,
                                                                           QrKind.FAIR))
    if row is None:
        raise zh(NotFound, "no fair has this QR code", "unknown_fair",
                 "找不到这场招聘会，请扫描现场张贴的二维码。")
    return row


async def fair_by_id(ctx: Context, fair_id: str) -> Any:
    try:
        ident = UUID(fair_id)
    except ValueError:
        ident = None
    row = None if ident is None else await ctx.pool.fetchrow(read.FAIR_BY_ID, ident)
    if row is None:
        raise zh(NotFound, f"no fair {fair_id}", "unknown_fair", "找不到这场招聘会。")
    return row


def require_open(ctx: Context, fair: Any) -> None:
    if ctx.now() >= fair["ends_at"]:
        raise zh(Gone, "the fair has ended", "fair_closed",
                 f"“{fair['name']}”已经结束，感谢关注。")


def require_checkin_open(ctx: Context, fair: Any) -> None:
    """Check-in opens JOBFAIR_CHECKIN_OPENS_MIN minutes before the fair starts; earlier scans
    would inflate 已签到 and 在场 for a day that has not begun."""
    opens = fair["starts_at"] - timedelta(minutes=ctx.settings.checkin_opens_min)
    if ctx.now() < opens:
        local, start = opens.astimezone(CHINA_TZ), fair["starts_at"].astimezone(CHINA_TZ)
        raise zh(Conflict, f"check-in opens at {opens.isoformat()}", "checkin_not_open",
                 f"签到尚未开始：{local.month}月{local.day}日 {local:%H:%M} 起可以签到"
                 f"（“{fair['name']}”{start:%H:%M} 开始）。")


@dataclass(frozen=True)
class Person:
    applicant_id: str
    name: str
    phone: str
    gender: str | None


def person(ctx: Context, fair_id: str, data: dict[str, Any]) -> Person:
    """Validate name, phone, consent and the optional gender self-description."""
    if data.get("consent") is not True:
        raise zh(Unprocessable, "consent must be true to register", "consent_required",
                 "请勾选同意，我们才能为您登记并推荐岗位。")
    name = str(data.get("name") or "").strip()
    if not 1 <= len(name) <= 50 or not name.isprintable():
        raise zh(Unprocessable, "name must be 1 to 50 printable characters", "invalid_name",
                 "请填写姓名（1-50个字）。")
    try:
        phone = normalise_phone(str(data.get("phone") or ""))
    except PhoneInvalid as exc:
        raise zh(Unprocessable, "phone must be an 11-digit mainland mobile number",
                 "invalid_phone", exc.message_zh) from None
    gender = str(data.get("gender") or "").strip()[:20] or None
    ident = applicant_id_for(ctx.settings.secret, fair_id, phone)
    return Person(ident, name, phone, gender)


async def register(ctx: Context, fair: Any, who: Person, channel: str,
                   room_id: str | None = None) -> bool:
    """Claim the phone's identity and publish the registration; True once it is projected.
    A phone that already has an applicant is refused (409 phone_needs_verification): a phone
    number alone never yields an existing applicant's token (``web.identity.credentials``)."""
    pool = ctx.pool
    await credentials.claim(ctx, who.applicant_id, str(fair["id"]))
    at = ctx.now().isoformat()
    try:
        await ctx.publisher.publish(CHECKINS, ApplicantRegistered(
            event_id=str(uuid.uuid4()), applicant_id=who.applicant_id, fair_id=str(fair["id"]),
            name=who.name, phone=who.phone, consent_at=at, channel=channel, at=at,
            gender=who.gender, room_id=room_id,
        ))
    except BaseException:
        await credentials.release(ctx, who.applicant_id)  # not registered: she may retry
        raise
    if channel != CHANNEL_CHECKIN:
        return await wait_for_row(pool, read.APPLICANT_EXISTS, UUID(who.applicant_id),
                                  timeout=ctx.wait_s) is not None
    return False  # the check-in that follows waits for its own row


async def register_remote(ctx: Context, fair_id: str, data: dict[str, Any]) -> dict[str, Any]:
    """registerApplicant: the new applicant's id and token (``"status": "pending"`` until the
    registration is projected); a phone already registered: 409 phone_needs_verification.
    ``data["room_id"]``: the livestream room she came through (404 unknown_room if it is not
    a room of this fair)."""
    fair = await fair_by_id(ctx, fair_id)
    require_open(ctx, fair)
    room_id = await known_room(ctx, fair["id"], data.get("room_id"))
    who = person(ctx, str(fair["id"]), data)
    done = await register(ctx, fair, who, CHANNEL_REMOTE, room_id)
    out = {"applicant_id": who.applicant_id,
           "applicant_token": credentials.issue(ctx, who.applicant_id, str(fair["id"]), 1)}
    return out if done else {**out, "status": "pending"}


@dataclass(frozen=True)
class CheckInResult:
    applicant_id: str
    applicant_token: str
    already_checked_in: bool
    checked_in_at: datetime | None  # None: not projected yet (pending)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "applicant_id": self.applicant_id, "applicant_token": self.applicant_token,
            "already_checked_in": self.already_checked_in,
            "checked_in_at": self.checked_in_at.isoformat() if self.checked_in_at else None,
        }
        if self.checked_in_at is None:
            out["status"] = "pending"
        return out


async def check_in(ctx: Context, fair: Any, data: dict[str, Any]) -> CheckInResult:
    """Check in by name+phone+consent (a new applicant) or an applicant token; a repeat is
    recognised. The phone of an existing applicant alone: 409 phone_needs_verification."""
    fair_id = str(fair["id"])
    require_open(ctx, fair)
    require_checkin_open(ctx, fair)
    token = data.get("applicant_token")
    if token:
        claims = verify(ctx.settings.secret, str(token), int(ctx.now().timestamp()))
        if claims.fair_id != fair_id:
            raise zh(Forbidden, "the applicant token is for another fair",
                     "applicant_other_fair", "您的登记属于另一场招聘会，请重新填写信息签到。")
        await credentials.check(ctx.pool, claims)
        applicant_id, generation = claims.applicant_id, claims.generation
        if not await ctx.pool.fetchrow(read.APPLICANT_EXISTS, UUID(applicant_id)):
            raise zh(Conflict, "registration not projected yet; retry in a moment",
                     "registration_pending", "登记信息还在处理中，请稍后再试。")
    else:
        if not (data.get("name") or data.get("phone")):
            raise zh(Unprocessable, "send name, phone and consent, or an applicant_token",
                     "identity_required", "请填写姓名和手机号。")
        who = person(ctx, fair_id, data)
        applicant_id, generation = who.applicant_id, 1
        await register(ctx, fair, who, CHANNEL_CHECKIN)
    key = (UUID(fair_id), UUID(applicant_id))
    pool = ctx.pool
    row = await pool.fetchrow(read.CHECKIN, *key)
    token_out = credentials.issue(ctx, applicant_id, fair_id, generation)
    if row is not None and row["left_at"] is None:
        return CheckInResult(applicant_id, token_out, True, row["checked_in_at"])
    await ctx.publisher.publish(CHECKINS, CheckedIn(
        event_id=str(uuid.uuid4()), applicant_id=applicant_id, fair_id=fair_id,
        at=ctx.now().isoformat(),
    ))
    if row is not None:  # back after leaving: the first check-in time stands
        return CheckInResult(applicant_id, token_out, True, row["checked_in_at"])
    seen = await wait_for_row(pool, read.CHECKIN, *key, timeout=ctx.wait_s)
    return CheckInResult(applicant_id, token_out, False,
                         None if seen is None else seen["checked_in_at"])


async def check_out(ctx: Context, applicant_id: str, fair_id: str) -> bool:
    """Publish a check-out if the applicant is on site; False if they were not."""
    row = await ctx.pool.fetchrow(read.CHECKIN, UUID(fair_id), UUID(applicant_id))
    if row is None or row["left_at"] is not None:
        return False
    await ctx.publisher.publish(CHECKINS, CheckedOut(
        event_id=str(uuid.uuid4()), applicant_id=applicant_id, fair_id=fair_id,
        at=ctx.now().isoformat(),
    ))
    return True


async def known_room(ctx: Context, fair_id: Any, room_id: Any) -> str | None:
    """``room_id`` if given and a room of the fair; 404 unknown_room if given and not."""
    if not room_id:
        return None
    found = await room_of_fair(ctx.pool, room_id, fair_id)
    if found is None:
        raise zh(NotFound, f"no room {room_id} in this fair", "unknown_room",
                 "找不到这个直播间。")
    return found


async def apply(
    ctx: Context, applicant_id: str, fair_id: str, post_id: str, source: str | None = None,
    room_id: str | None = None,
) -> dict[str, Any]:
    """Apply once per post; a repeat answers with the same application id and status.
    ``room_id``: the livestream room whose link she applied from (404 if not of this fair)."""
    post = await read.one_post(ctx.pool, UUID(post_id))
    if post is None or post.status in ("needs_review", "rejected"):
        raise zh(NotFound, f"no post {post_id}", "unknown_post", "找不到这个岗位。")
    if post.fair_id != fair_id:
        raise zh(Conflict, "the post belongs to another fair than the applicant's",
                 "post_of_other_fair", "这个岗位属于另一场招聘会，请在该招聘会现场扫码报名。")
    application_id = application_id_for(applicant_id, post_id)
    pool = ctx.pool
    row = await pool.fetchrow(read.APPLICATION, UUID(application_id))
    if row is None:
        if post.status == "closed":
            raise zh(Conflict, "the post is closed", "post_closed", "这个岗位已停止招聘。")
        fair = await fair_by_id(ctx, fair_id)
        require_open(ctx, fair)
        room = await known_room(ctx, fair_id, room_id)
        await ctx.publisher.publish(APPLICATIONS, ApplicationSubmitted(
            application_id=application_id, applicant_id=applicant_id, post_id=post_id,
            fair_id=fair_id, at=ctx.now().isoformat(), source=source, room_id=room,
        ))
        row = await wait_for_row(pool, read.APPLICATION, UUID(application_id), timeout=ctx.wait_s)
    status = "pending" if row is None else row["status"]
    out: dict[str, Any] = {"application_id": application_id, "post_id": post_id,
                           "status": status, "status_zh": read.STATUS_ZH.get(status, status)}
    if status == "waitlisted":
        mine = await read.my_applications(pool, UUID(applicant_id), UUID(fair_id))
        out["waitlist_position"] = next(
            (a["waitlist_position"] for a in mine if a["application_id"] == application_id), None
        )
    return out
