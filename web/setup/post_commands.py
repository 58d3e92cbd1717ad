"""Post writes: validate the terms, screen them (equal-employment rules), publish one event to
``fairsetup`` and wait for its row; refusals are kept in the screening audit trail.

Same shape, context and errors as ``web.setup.commands`` (fairs, employers), whose helpers
(``publish``, ``settle``, ``pending``, ``check_version``) these use. A post that breaks the
rules raises ``Unprocessable`` (``post_not_compliant``) with the violations; a text that needs a
person's judgement is held as ``needs_review`` until an organiser reviews it.
"""

from __future__ import annotations

import uuid
from typing import Any
from uuid import UUID

from domain.flexwork import FlexibleWork, FlexWorkInvalid, mama_reasons
from domain.screening import Screening, screen_post
from domain.tokens import new_qr_code
from streams import fairsetup as ev
from web.auth import ORGANISER, Actor, can_edit_employer
from web.command_errors import Conflict, Forbidden, Invalid, NotFound, Unprocessable
from web.context import Context
from web.projection import wait_for_row
from web.setup import reads as read
from web.setup.commands import Written, check_version, current, pending, publish, settle

FLEX_KEYS = ("window_start", "window_end", "days", "remote_share", "school_run_compatible",
             "flexible_start", "hours_per_week")
POST_FIELDS = ("title", "description", "headcount", "flex", "pay_min", "pay_max", "location")


def post_terms(data: dict[str, Any]) -> dict[str, Any]:
    """Validated post fields; flexible-work terms may come as ``flex`` or as top-level keys."""
    flex_in = data.get("flex")
    loose = {k: data[k] for k in FLEX_KEYS if k in data}
    if loose:
        flex_in = {**(flex_in or {}), **loose}
    flex = None
    if flex_in is not None:
        try:
            flex = FlexibleWork.from_dict(flex_in)
        except FlexWorkInvalid as exc:
            raise Invalid(f"flex.{exc.field}: {exc.message}", code="invalid_flex",
                             field=f"flex.{exc.field}") from None
    pay_min, pay_max = data.get("pay_min"), data.get("pay_max")
    if pay_min is not None and pay_max is not None and pay_max < pay_min:
        raise Unprocessable("pay_max must not be below pay_min", code="pay_range_invalid",
                            field="pay_max")
    reasons = mama_reasons(flex) if flex else []
    return {
        "title": data["title"], "description": data.get("description") or "",
        "headcount": data["headcount"], "flex": flex.to_dict() if flex else None,
        "is_mama": bool(reasons), "mama_reasons": reasons, "pay_min": pay_min,
        "pay_max": pay_max, "location": data.get("location"),
    }


def screen(terms: dict[str, Any]) -> Screening:
    return screen_post(terms["title"], terms["description"], terms["location"] or "")


def screened_status(s: Screening) -> str:
    if not s.ok:
        return ev.REJECTED
    return ev.NEEDS_REVIEW if s.needs_review else ev.PUBLISHED


def not_compliant(post_id: UUID, s: Screening, detail: str) -> Unprocessable:
    d = s.to_dict()
    return Unprocessable(detail, code="post_not_compliant", violations=d["violations"],
                         message_zh="岗位内容违反平等就业规定，未发布。请按下列说明修改后重新提交。",
                         exemptions=d["exemptions"], rules_version=d["rules_version"],
                         post_id=str(post_id), status=ev.REJECTED)


def _post_answer(ctx: Context, row: Any, status: int) -> Written:
    body = read.post_json(ctx.settings, row)
    body["needs_review"] = row["status"] == ev.NEEDS_REVIEW
    return Written(status, body)


async def create_post(ctx: Context, actor: Actor, data: dict[str, Any]) -> Written:
    post_id = UUID(data["id"]) if data.get("id") else uuid.uuid4()
    existing = await read.fetch_post(ctx.pool, post_id)
    if existing is not None:
        return _post_answer(ctx, existing, 200)
    employer = await read.fetch_employer(ctx.pool, UUID(data["employer_id"]))
    if employer is None:
        raise NotFound(f"no employer {data['employer_id']}", code="unknown_employer",
                       field="employer_id")
    if not can_edit_employer(actor, str(employer["id"])):
        raise Forbidden("staff may only post for their own employer", code="forbidden")
    terms = post_terms(data)
    s = screen(terms)
    status = screened_status(s)
    await publish(ctx, ev.PostCreated(
        event_id=str(uuid.uuid4()), fair_id=str(employer["fair_id"]), post_id=str(post_id),
        employer_id=str(employer["id"]), status=status, qr_code=new_qr_code().hex(),
        screening=s.to_dict(), at=ctx.now().isoformat(), actor=actor.label, **terms,
    ))
    row = await wait_for_row(ctx.pool, read.POSTS + " WHERE p.id = $1", post_id,
                             timeout=ctx.wait_s)
    if not s.ok:
        raise not_compliant(post_id, s, "the post breaks equal-employment rules and was not "
                            "published; fix the text or ask an organiser to review it")
    return pending(post_id) if row is None else _post_answer(ctx, row, 201)


async def update_post(ctx: Context, actor: Actor, post_id: UUID,
                      data: dict[str, Any]) -> Written:
    cur = await read.fetch_post(ctx.pool, post_id)
    if cur is None or not can_edit_employer(actor, str(cur["employer_id"])):
        raise NotFound(f"no post {post_id}", code="unknown_post")
    check_version(data, cur["version"])
    merged = {k: cur[k] for k in POST_FIELDS}
    merged["flex"] = read.post_json(ctx.settings, cur)["flex"]
    merged.update({k: v for k, v in data.items() if k in POST_FIELDS or k in FLEX_KEYS})
    terms = post_terms(merged)
    s = screen(terms)
    event_id, version = str(uuid.uuid4()), cur["version"] + 1
    now, fair_id = ctx.now().isoformat(), str(cur["fair_id"])
    if not s.ok:
        # The published version stays; the refused text is kept in the audit trail only.
        await publish(ctx, ev.PostEditRejected(
            event_id=event_id, fair_id=fair_id, post_id=str(post_id), version=version,
            proposed=terms, screening=s.to_dict(), at=now, actor=actor.label))
        await wait_for_row(ctx.pool, "SELECT 1 FROM post_screening WHERE id = $1",
                           UUID(event_id), timeout=ctx.wait_s)
        raise not_compliant(post_id, s, "the edit breaks equal-employment rules; the post "
                            "keeps its previous version")
    await publish(ctx, ev.PostUpdated(
        event_id=event_id, fair_id=fair_id, post_id=str(post_id),
        employer_id=str(cur["employer_id"]), version=version,
        status=_next_status(cur, data.get("status"), s), screening=s.to_dict(), at=now,
        actor=actor.label, **terms,
    ))
    row = await settle(ctx, read.POSTS + " WHERE p.id = $1 AND p.version >= $2", post_id,
                        version, event_id)
    return pending(post_id) if row is None else _post_answer(ctx, row, 200)


def _next_status(cur: Any, asked: str | None, s: Screening) -> str:
    if asked == ev.CLOSED:
        return ev.CLOSED
    if cur["status"] == ev.CLOSED and asked != ev.PUBLISHED:
        return ev.CLOSED  # editing a closed post does not reopen it by surprise
    status = screened_status(s)
    if status == ev.PUBLISHED and cur["status"] == ev.REJECTED and cur["decided_by"] not in (
        None, "screening"
    ):
        return ev.NEEDS_REVIEW  # an organiser rejected it: a person looks again
    return status


async def review_post(ctx: Context, actor: Actor, post_id: UUID,
                      data: dict[str, Any]) -> Written:
    if actor.role != ORGANISER:
        raise Forbidden("only an organiser may review posts", code="forbidden")
    cur = current(await read.fetch_post(ctx.pool, post_id), "post", post_id, data)
    decision = data["decision"]
    status = ev.PUBLISHED if decision == "approved" else ev.REJECTED
    # Confirming what the rules decided (rejecting a post screening rejected) is a real
    # review; repeating a person's decision, or approving a published post, is not.
    by_person = cur["decided_by"] not in (None, "screening")
    if cur["status"] == ev.CLOSED or (cur["status"] == status and (
            status == ev.PUBLISHED or by_person)):
        raise Conflict(f"the post is already {cur['status']}", code="nothing_to_review",
                       status=cur["status"])
    event_id, version = str(uuid.uuid4()), cur["version"] + 1
    await publish(ctx, ev.PostReviewed(
        event_id=event_id, fair_id=str(cur["fair_id"]), post_id=str(post_id), version=version,
        reviewed_version=cur["version"], decision=decision, previous_status=cur["status"],
        status=status, reason=data["reason"].strip(), at=ctx.now().isoformat(),
        actor=actor.label,
    ))
    row = await settle(ctx, read.POSTS + " WHERE p.id = $1 AND p.version >= $2", post_id,
                        version, event_id)
    return pending(post_id) if row is None else _post_answer(ctx, row, 200)
