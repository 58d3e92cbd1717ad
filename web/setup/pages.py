"""Organiser pages (server-rendered, laptop and phone): log in, fairs, employers, posts,
flagged posts with the reasons and an override form, print materials.

Reads the setup projection (``web.setup.reads``); every form post goes through
``web.setup.commands`` (the same events and rules as the API). Log-in takes the organiser token
or an employer staff token and keeps the role in the signed session cookie; every form carries
the session's CSRF token (``web.auth``). Staff see and edit only their own employer's posts.
Writes follow post/redirect/get; the outcome is shown once as a flash message.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from web.applicants import occupancy
from web.auth import (
    HOST,
    ORGANISER,
    Actor,
    actor_for_token,
    can_edit_employer,
    check_csrf,
    csrf_token,
    log_in,
    log_out,
    session_actor,
)
from web.command_errors import CommandError, NotFound
from web.context import Context, context_of
from web.setup import commands as cmd
from web.setup import post_commands as post_cmd
from web.setup import reads as read
from web.setup import rooms
from web.setup import schemas as sch
from web.setup.forms import (
    employer_form,
    fair_form,
    int_field,
    post_form,
    validate,
)
from web.templating import render as page

HOME = "/organiser"
SAVED = "已保存。"
DAYS = ((1, "一"), (2, "二"), (3, "三"), (4, "四"), (5, "五"), (6, "六"), (7, "日"))


def render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    context.update(actor=session_actor(request), csrf=csrf_token(request),
                   flash=request.session.pop("flash", None), kinds=sch.KINDS, days=DAYS)
    return page(request, f"organiser/{name}", context, status)


def go(url: str) -> Response:
    return RedirectResponse(url, status_code=303)


def flash(request: Request, text: str, kind: str = "ok", **extra: Any) -> None:
    request.session["flash"] = {"kind": kind, "text": text, **extra}


def flash_error(request: Request, exc: CommandError) -> None:
    flash(request, exc.message_zh, "error", violations=exc.extra.get("violations", []),
          exemptions=exc.extra.get("exemptions", []))


async def submit(request: Request, run: Callable[[Context], Awaitable[cmd.Written]],
                 done: str | Callable[[cmd.Written], str]) -> cmd.Written | CommandError:
    """The organiser form shape, written once: run the command (validation included), flash
    ``done`` or the refusal (with screening violations), return what came back."""
    try:
        written = await run(context_of(request))
    except CommandError as exc:
        flash_error(request, exc)
        return exc
    flash(request, done if isinstance(done, str) else done(written))
    return written


async def signed_in(request: Request) -> FormData:
    """The posted form after the CSRF check."""
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    return form


def _id(request: Request, name: str) -> UUID:
    try:
        return UUID(request.path_params[name])
    except ValueError:
        raise NotFound(f"no such {name}", code=f"unknown_{name.removesuffix('_id')}") from None


def _who(request: Request, *, organiser: bool = False) -> Actor | None:
    actor = session_actor(request)
    if actor is None or actor.role == HOST or (organiser and actor.role != ORGANISER):
        return None
    return actor


async def save(request: Request, here: str,
               run: Callable[[Context, FormData], Awaitable[cmd.Written]]) -> Response:
    """An edit form's POST: CSRF check, the command, "已保存。" or the refusal, back to ``here``."""
    form = await signed_in(request)
    await submit(request, lambda ctx: run(ctx, form), SAVED)
    return go(here)


def post_edit(form: FormData) -> dict[str, Any]:
    data = {**post_form(form), "version": int_field(form, "version")}
    if form.get("status") in ("closed", "published"):
        data["status"] = form.get("status")
    return data


async def lists(request: Request, fair_id: UUID, statuses: list[str] | None = None,
                **how: bool) -> dict[str, Any]:
    return await read.fair_lists(request.state.settings, request.state.pool, fair_id,
                                 statuses, **how)


# --- log-in ----------------------------------------------------------------------------------

async def login(request: Request) -> Response:
    if request.method == "GET":
        return render(request, "login.html")
    form = await signed_in(request)
    token = form.get("token")
    actor = await actor_for_token(request, token.strip()) if isinstance(token, str) else None
    if actor is None or actor.role == HOST:
        flash(request, "令牌不正确，请检查后重试。", "error")
        return render(request, "login.html", status=401)
    await log_in(request, actor)
    # Staff land on their booth's interview console (面试台); the post editor is one tap away.
    return go(HOME if actor.role == ORGANISER else f"/booth/{actor.employer_id}")


async def logout(request: Request) -> Response:
    await signed_in(request)
    await log_out(request)
    return go(f"{HOME}/login")


# --- fairs -----------------------------------------------------------------------------------

async def fairs(request: Request) -> Response:
    actor = _who(request)
    if actor is None:
        return go(f"{HOME}/login")
    if actor.role != ORGANISER:
        return go(f"{HOME}/employers/{actor.employer_id}")
    if request.method == "POST":
        form = await signed_in(request)
        w = await submit(request, lambda ctx: cmd.create_fair(
            ctx, actor, validate(sch.CREATE_FAIR, fair_form(form))), "招聘会已创建。")
        return go(HOME if isinstance(w, CommandError) else f"{HOME}/fairs/{w.body['id']}")
    rows = await read.fetch_fairs(request.state.pool)
    return render(request, "fairs.html",
                  fairs=[read.fair_json(request.state.settings, r) for r in rows])


async def fair(request: Request) -> Response:
    actor, fair_id = _who(request, organiser=True), _id(request, "fair_id")
    if actor is None:
        return go(f"{HOME}/login")
    here = f"{HOME}/fairs/{fair_id}"
    if request.method == "POST":
        return await save(request, here, lambda ctx, form: cmd.update_fair(
            ctx, actor, fair_id, validate(sch.UPDATE_FAIR, {
                **fair_form(form), "version": int_field(form, "version")})))
    shown = await lists(request, fair_id, secrets=True)
    return render(request, "fair.html", **shown, flagged=[
        p for p in shown["posts"] if p["status"] in ("needs_review", "rejected")],
        occupancy=await occupancy.occupancy(request.state.pool, fair_id),
        rooms=await rooms.rooms_of(request.state.settings, request.state.pool, fair_id),
        exit_url=occupancy.exit_url(shown["fair"]["entrance_qr_url"]))


async def add_employer(request: Request) -> Response:
    actor, fair_id = _who(request, organiser=True), _id(request, "fair_id")
    if actor is None:
        return go(f"{HOME}/login")
    form = await signed_in(request)
    w = await submit(request, lambda ctx: cmd.create_employer(ctx, actor, validate(
        sch.CREATE_EMPLOYER, {**employer_form(form), "fair_id": str(fair_id)})), "用人单位已添加。")
    if isinstance(w, CommandError):
        return go(f"{HOME}/fairs/{fair_id}")
    return go(f"{HOME}/employers/{w.body['id']}")


async def add_room(request: Request) -> Response:
    """The fair page's 直播间 form: createRoom (``web.setup.rooms``)."""
    actor, fair_id = _who(request, organiser=True), _id(request, "fair_id")
    if actor is None:
        return go(f"{HOME}/login")
    form = await signed_in(request)
    data = {"fair_id": str(fair_id), "name": str(form.get("name") or "").strip()}
    if form.get("platform"):
        data["platform"] = str(form.get("platform")).strip()
    await submit(request, lambda ctx: rooms.create_room(
        ctx, actor, validate(rooms.CREATE_ROOM, data)), "直播间已创建。")
    return go(f"{HOME}/fairs/{fair_id}#rooms")


async def flagged(request: Request) -> Response:
    actor, fair_id = _who(request, organiser=True), _id(request, "fair_id")
    if actor is None:
        return go(f"{HOME}/login")
    shown = await lists(request, fair_id, ["needs_review", "rejected"], employers=False)
    return render(request, "flagged.html", **shown)


async def print_materials(request: Request) -> Response:
    actor, fair_id = _who(request, organiser=True), _id(request, "fair_id")
    if actor is None:
        return go(f"{HOME}/login")
    return render(request, "print.html", **await lists(request, fair_id, ["published"]))


# --- employers and posts ---------------------------------------------------------------------

async def employer(request: Request) -> Response:
    actor, employer_id = _who(request), _id(request, "employer_id")
    if actor is None:
        return go(f"{HOME}/login")
    if not can_edit_employer(actor, str(employer_id)):
        raise NotFound(f"no employer {employer_id}", code="unknown_employer")
    here = f"{HOME}/employers/{employer_id}"
    if request.method == "POST":
        return await save(request, here, lambda ctx, form: cmd.update_employer(
            ctx, actor, employer_id, validate(sch.UPDATE_EMPLOYER, {
                **employer_form(form), "version": int_field(form, "version")})))
    settings, pool = request.state.settings, request.state.pool
    row = await read.fetch_employer(pool, employer_id)
    if row is None:
        raise NotFound(f"no employer {employer_id}", code="unknown_employer")
    posts = [read.post_json(settings, p) for p in await read.fetch_posts(
        pool, employer_id=employer_id)]
    return render(request, "employer.html", posts=posts, employer=read.employer_json(
        settings, row, secrets=actor.role == ORGANISER))


async def add_post(request: Request) -> Response:
    actor, employer_id = _who(request), _id(request, "employer_id")
    if actor is None:
        return go(f"{HOME}/login")
    form = await signed_in(request)
    w = await submit(request, lambda ctx: post_cmd.create_post(ctx, actor, validate(
        sch.CREATE_POST, {**post_form(form), "employer_id": str(employer_id)})),
        lambda w: "岗位已提交，需组织方人工审核后发布。" if w.body.get("needs_review")
        else "岗位已发布。")
    if isinstance(w, CommandError):
        post_id = w.extra.get("post_id")
        return go(f"{HOME}/posts/{post_id}" if post_id else f"{HOME}/employers/{employer_id}")
    return go(f"{HOME}/posts/{w.body['id']}")


async def post(request: Request) -> Response:
    actor, post_id = _who(request), _id(request, "post_id")
    if actor is None:
        return go(f"{HOME}/login")
    pool, settings = request.state.pool, request.state.settings
    row = await read.fetch_post(pool, post_id)
    if row is None or not can_edit_employer(actor, str(row["employer_id"])):
        raise NotFound(f"no post {post_id}", code="unknown_post")
    here = f"{HOME}/posts/{post_id}"
    if request.method == "POST":
        return await save(request, here, lambda ctx, form: post_cmd.update_post(
            ctx, actor, post_id, validate(sch.UPDATE_POST, post_edit(form))))
    audit = [read.audit_json(a) for a in await read.fetch_audit(pool, post_id)]
    return render(request, "post.html", post=read.post_json(settings, row), audit=audit)


async def review(request: Request) -> Response:
    actor, post_id = _who(request, organiser=True), _id(request, "post_id")
    if actor is None:
        return go(f"{HOME}/login")
    form = await signed_in(request)
    back = form.get("back") if form.get("back") in ("flagged", "post") else "post"
    w = await submit(request, lambda ctx: post_cmd.review_post(ctx, actor, post_id, validate(
        sch.REVIEW_POST, {"decision": form.get("decision"),
                          "reason": str(form.get("reason") or "").strip(),
                          "version": int_field(form, "version")})), "审核结果已记录。")
    fair_id = None if isinstance(w, CommandError) else w.body.get("fair_id")
    if back == "flagged" and fair_id:
        return go(f"{HOME}/fairs/{fair_id}/flagged")
    return go(f"{HOME}/posts/{post_id}")
