"""Applicant credentials: who holds an identity, and which token generation is in force.

Data flow: the first registration or check-in with a phone claims the applicant's identity in
PostgreSQL ``applicant_credential`` (``claim``; of two racing registrations only one wins); a
later one with the same phone gets 409 ``phone_needs_verification`` and must prove the phone
(``web.identity.codes``). Tokens are issued here only (``issue``): short-lived
(``JOBFAIR_APPLICANT_TOKEN_TTL_H``) and stamped with the current generation; ``revoke`` bumps
the generation (help desk, erasure) so every earlier token stops at once. ``check`` is what
every use of a token runs (``web.identity.gate`` for bearers and page cookies, the check-in
command for a token in a body).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from domain.tokens import MAX_GENERATION, ApplicantClaims, issue_applicant_token
from jobfair.retention import erase
from web.command_errors import Conflict, Gone, NotFound, Unauthenticated
from web.context import Context

CLAIM = """
INSERT INTO applicant_credential (applicant_id, fair_id, claimed_at) VALUES ($1, $2, $3)
ON CONFLICT (applicant_id) DO NOTHING RETURNING generation
"""
CURRENT = """
SELECT applicant_id, fair_id, generation, erased_at FROM applicant_credential
WHERE applicant_id = ANY($1::uuid[])
"""
RELEASE = """
DELETE FROM applicant_credential c WHERE applicant_id = $1 AND generation = 1
  AND NOT EXISTS (SELECT 1 FROM applicant a WHERE a.id = c.applicant_id)
"""
REVOKE = """
UPDATE applicant_credential SET generation = generation % $2 + 1
WHERE applicant_id = $1 AND erased_at IS NULL RETURNING generation
"""

APPLICANT_ROW = "SELECT id FROM applicant WHERE id = $1"

NEEDS_VERIFICATION_ZH = "这个手机号已经登记过。为保护您的信息，请用短信验证码登录。"
ERASED_ZH = "这个手机号在本场招聘会的登记已注销。如需帮助，请到服务台咨询。"


def phone_needs_verification() -> Conflict:
    return Conflict(
        "an applicant with this phone exists; prove the phone with requestLoginCode and "
        "verifyLoginCode",
        code="phone_needs_verification",
        message_zh=NEEDS_VERIFICATION_ZH,
    )


def erased() -> Gone:
    return Gone("this applicant was erased", code="applicant_erased", message_zh=ERASED_ZH)


async def claim(ctx: Context, applicant_id: str, fair_id: str) -> int:
    """Claim a new identity (its generation, 1), or raise phone_needs_verification (409) /
    applicant_erased (410) when the phone already has one."""
    generation = await ctx.pool.fetchval(CLAIM, UUID(applicant_id), UUID(fair_id), ctx.now())
    if generation is not None:
        return int(generation)
    row = (await ctx.pool.fetch(CURRENT, [UUID(applicant_id)]))[0]
    raise erased() if row["erased_at"] is not None else phone_needs_verification()


async def release(ctx: Context, applicant_id: str) -> None:
    """Undo a claim whose registration could not be published (nothing else refers to it)."""
    await ctx.pool.execute(RELEASE, UUID(applicant_id))


async def current(pool: Any, applicant_id: str) -> Any:
    """The credential row (generation, erased_at), or None."""
    rows = await pool.fetch(CURRENT, [UUID(applicant_id)])
    return rows[0] if rows else None


def issue(ctx: Context, applicant_id: str, fair_id: str, generation: int) -> str:
    expires = ctx.now() + timedelta(hours=ctx.settings.applicant_token_ttl_h)
    return issue_applicant_token(
        ctx.settings.secret,
        applicant_id,
        fair_id,
        expires_at=int(expires.timestamp()),
        generation=generation,
    )


async def revoke(ctx: Context, applicant_id: str) -> int:
    """End every token of this applicant; the new generation (for a token issued now)."""
    generation = await ctx.pool.fetchval(REVOKE, UUID(applicant_id), MAX_GENERATION)
    if generation is None:
        raise erased()
    return int(generation)


def refusal(claims: ApplicantClaims, row: Any) -> str | None:
    """Why a signed, unexpired token is refused now (a code), or None when it is good."""
    if row is None:
        return "applicant_token_revoked"
    if row["erased_at"] is not None:
        return "applicant_erased"
    if row["generation"] != claims.generation or str(row["fair_id"]) != claims.fair_id:
        return "applicant_token_revoked"
    return None


def revoked_error(code: str) -> Unauthenticated:
    return Unauthenticated(
        "this applicant token was revoked or its applicant erased; sign in again with a login code",
        code=code,
        message_zh="登录已失效，请重新用短信验证码登录。",
    )


async def check(pool: Any, claims: ApplicantClaims) -> None:
    """Raise 401 unless the token's generation is the applicant's current one."""
    code = refusal(claims, await current(pool, claims.applicant_id))
    if code is not None:
        raise revoked_error(code)


async def generation_of(pool: Any, applicant_id: str, fair_id: str, now: datetime) -> int:
    """The generation for a token issued now to a projected applicant (legacy rows have no
    credential yet: claim it)."""
    gen = await pool.fetchval(CLAIM, UUID(applicant_id), UUID(fair_id), now)
    if gen is not None:
        return int(gen)
    row = await current(pool, applicant_id)
    if row["erased_at"] is not None:
        raise erased()
    return int(row["generation"])


async def erase_applicant(ctx: Context, applicant_id: str) -> None:
    """eraseApplicant (API and her page): her personal data erased now (``jobfair.retention``),
    every token of hers revoked; 409 while her registration is not projected yet."""
    if await ctx.pool.fetchval(APPLICANT_ROW, UUID(applicant_id)) is None:
        if await current(ctx.pool, applicant_id) is not None:
            raise Conflict(
                "registration not projected yet; retry in a moment",
                code="registration_pending",
                message_zh="登记信息还在处理中，请稍后再试。",
            )
        raise NotFound(f"no applicant {applicant_id}", code="unknown_applicant")
    async with ctx.pool.acquire() as conn:
        await erase(conn, [UUID(applicant_id)], ctx.now())
