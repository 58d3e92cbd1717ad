"""One-time login codes: requestLoginCode, verifyLoginCode and the help desk's code.

Data flow: ``request_code`` (fair, phone, client) derives the applicant id from the phone
(``domain.applicants.applicant_id_for``), and when that applicant exists and limits allow,
stores an HMAC of a fresh code in PostgreSQL ``login_code`` (shared by every web process) and
hands the code to the SMS sender (``web.identity.sms``). It answers the same whether or not the
phone is registered. ``verify_code`` finds her newest live code, counts a wrong guess on the
code, the applicant and the client (``login_failure``), and on a match marks the code used
(single use, in one UPDATE) and issues a token of her current generation
(``web.identity.credentials``). ``helpdesk_code`` is the organiser's recovery: after checking
her ID in person, staff get a code on screen (no SMS), and every earlier token is revoked.

Limits (per phone = per applicant id, per client = HMAC of the client address), all in
PostgreSQL so they hold across processes: one code a minute and 5 an hour per phone, 30 codes
an hour per client; 5 wrong guesses per code, 10 per phone and 50 per client per hour, then
429 rate_limited with Retry-After. Codes live ``JOBFAIR_LOGIN_CODE_TTL_S`` (300 s).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from domain.applicants import PhoneInvalid, applicant_id_for, normalise_phone
from domain.identity import code_digest, codes_match, new_login_code
from web.command_errors import TooMany, Unauthenticated, Unprocessable
from web.context import Context
from web.identity import credentials
from web.identity.sms import Sender

HOUR = timedelta(hours=1)
PHONE_SENDS_PER_HOUR, PHONE_SEND_GAP = 5, timedelta(seconds=60)
CLIENT_SENDS_PER_HOUR = 30
GUESSES_PER_CODE, PHONE_FAILURES_PER_HOUR, CLIENT_FAILURES_PER_HOUR = 5, 10, 50

SENDS = """
SELECT count(*) FILTER (WHERE applicant_id = $1) AS phone,
       count(*) FILTER (WHERE client_key = $2) AS client,
       max(created_at) FILTER (WHERE applicant_id = $1) AS last
FROM login_code WHERE (applicant_id = $1 OR client_key = $2) AND created_at > $3
"""
INSERT_CODE = """
INSERT INTO login_code (applicant_id, fair_id, code_digest, purpose, client_key, created_at,
                        expires_at)
VALUES ($1, $2, $3, $4, $5, $6, $7)
"""
FAILURES = """
SELECT count(*) FILTER (WHERE applicant_id = $1) AS phone,
       count(*) FILTER (WHERE client_key = $2) AS client,
       min(at) FILTER (WHERE applicant_id = $1) AS first_phone,
       min(at) FILTER (WHERE client_key = $2) AS first_client
FROM login_failure WHERE (applicant_id = $1 OR client_key = $2) AND at > $3
"""
LIVE_CODE = """
SELECT id, code_digest FROM login_code
WHERE applicant_id = $1 AND used_at IS NULL AND expires_at > $2 AND attempts < $3
ORDER BY created_at DESC LIMIT 1
"""
USE_CODE = "UPDATE login_code SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id"
MISS = "UPDATE login_code SET attempts = attempts + 1 WHERE id = $1"
FAIL = "INSERT INTO login_failure (applicant_id, client_key, at) VALUES ($1, $2, $3)"
FORGIVE = "DELETE FROM login_failure WHERE applicant_id = $1"
RETIRE = "UPDATE login_code SET used_at = $2 WHERE applicant_id = $1 AND used_at IS NULL"

INVALID_ZH = "验证码不正确或已过期，请重新获取。"


@dataclass(frozen=True)
class Phone:
    fair_id: str
    number: str
    applicant_id: str


def phone_of(ctx: Context, fair_id: str, raw: str) -> Phone:
    try:
        number = normalise_phone(raw)
    except PhoneInvalid as exc:
        raise Unprocessable(
            "phone must be an 11-digit mainland mobile number",
            code="invalid_phone",
            field="phone",
            message_zh=exc.message_zh,
        ) from None
    return Phone(fair_id, number, applicant_id_for(ctx.settings.secret, fair_id, number))


def client_key(ctx: Context, client: str) -> bytes:
    """An HMAC of the client address: limits without storing addresses."""
    return hmac.digest(ctx.settings.secret, b"jobfair/client/" + client.encode(), hashlib.sha256)[
        :16
    ]


def _wait(now: datetime, since: datetime | None, window: timedelta) -> int:
    return 60 if since is None else max(1, int((since + window - now).total_seconds()))


def too_many(retry_after: int) -> TooMany:
    return TooMany(
        "too many login codes or wrong codes; wait before trying again",
        retry_after=retry_after,
        message_zh="尝试次数过多，请稍后再试。",
    )


async def _store(ctx: Context, phone: Phone, client: bytes, purpose: str) -> str:
    now = ctx.now()
    code = new_login_code()
    await ctx.pool.execute(
        INSERT_CODE,
        UUID(phone.applicant_id),
        UUID(phone.fair_id),
        code_digest(ctx.settings.secret, phone.applicant_id, code),
        purpose,
        client,
        now,
        now + timedelta(seconds=ctx.settings.login_code_ttl_s),
    )
    return code


async def request_code(
    ctx: Context, sender: Sender, fair_id: str, raw_phone: str, client: str
) -> bool:
    """Send a code if the phone has an applicant at this fair; True when one was sent."""
    phone = phone_of(ctx, fair_id, raw_phone)
    key, now = client_key(ctx, client), ctx.now()
    sent = await ctx.pool.fetchrow(SENDS, UUID(phone.applicant_id), key, now - HOUR)
    if sent["client"] >= CLIENT_SENDS_PER_HOUR or sent["phone"] >= PHONE_SENDS_PER_HOUR:
        raise too_many(_wait(now, sent["last"], HOUR))
    if sent["last"] is not None and now - sent["last"] < PHONE_SEND_GAP:
        raise too_many(_wait(now, sent["last"], PHONE_SEND_GAP))
    row = await credentials.current(ctx.pool, phone.applicant_id)
    if row is None or row["erased_at"] is not None or str(row["fair_id"]) != fair_id:
        return False  # same answer: the API does not tell who is registered
    await sender.send(phone.number, await _store(ctx, phone, key, "sms"))
    return True


async def verify_code(
    ctx: Context, fair_id: str, raw_phone: str, typed: str, client: str
) -> dict[str, Any]:
    """verifyLoginCode: her id and a fresh token, or 401 login_code_invalid / 429."""
    phone = phone_of(ctx, fair_id, raw_phone)
    key, now, pool = client_key(ctx, client), ctx.now(), ctx.pool
    failed = await pool.fetchrow(FAILURES, UUID(phone.applicant_id), key, now - HOUR)
    if failed["phone"] >= PHONE_FAILURES_PER_HOUR:
        raise too_many(_wait(now, failed["first_phone"], HOUR))
    if failed["client"] >= CLIENT_FAILURES_PER_HOUR:
        raise too_many(_wait(now, failed["first_client"], HOUR))
    live = await pool.fetchrow(LIVE_CODE, UUID(phone.applicant_id), now, GUESSES_PER_CODE)
    if live is None or not codes_match(
        ctx.settings.secret, phone.applicant_id, typed, bytes(live["code_digest"])
    ):
        if live is not None:
            await pool.execute(MISS, live["id"])
        await pool.execute(FAIL, UUID(phone.applicant_id), key, now)
        raise Unauthenticated(
            "the code is wrong, used or expired; request a new one",
            code="login_code_invalid",
            message_zh=INVALID_ZH,
        )
    if await pool.fetchval(USE_CODE, live["id"], now) is None:  # a racing verify used it
        raise Unauthenticated(
            "the code was already used", code="login_code_invalid", message_zh=INVALID_ZH
        )
    row = await credentials.current(pool, phone.applicant_id)
    if row is None or row["erased_at"] is not None:
        raise credentials.erased()
    token = credentials.issue(ctx, phone.applicant_id, fair_id, int(row["generation"]))
    return {"applicant_id": phone.applicant_id, "applicant_token": token}


async def helpdesk_code(ctx: Context, fair_id: str, raw_phone: str) -> dict[str, Any]:
    """The help desk's recovery after an ID check: every earlier token and code of hers is
    revoked and a code is returned to show her (she types it on her phone)."""
    phone = phone_of(ctx, fair_id, raw_phone)
    row = await credentials.current(ctx.pool, phone.applicant_id)
    if row is None or str(row["fair_id"]) != fair_id:
        raise Unprocessable(
            "no applicant with this phone at this fair",
            code="unknown_applicant",
            field="phone",
            message_zh="本场招聘会没有这个手机号的登记。",
        )
    await credentials.revoke(ctx, phone.applicant_id)
    await ctx.pool.execute(RETIRE, UUID(phone.applicant_id), ctx.now())
    await ctx.pool.execute(FORGIVE, UUID(phone.applicant_id))  # her ID was checked in person
    code = await _store(ctx, phone, client_key(ctx, "helpdesk"), "helpdesk")
    expires = ctx.now() + timedelta(seconds=ctx.settings.login_code_ttl_s)
    return {"applicant_id": phone.applicant_id, "code": code, "expires_at": expires.isoformat()}
