"""Organiser pages (server-rendered, laptop and phone): log in, fairs, employers, posts,
flagged posts with the reasons and an override form, print materials.

Reads the setup projection (``web.setup.reads``); every form post goes through
``web.setup.commands`` (the same events and rules as the API). Log-in takes the organiser token
or an employer staff token and keeps the role in the signed session cookie; every form carries
the session's CSRF token (``web.auth``). Staff see and edit only their own employer's posts.
Writes follow post/redirect/get; the outcome is shown once as a flash message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.templating import Jinja2Templates

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
from web.errors import ApiError, Forbidden, NotFound
from web.setup import commands as cmd
from web.setup import reads as read
from web.setup import schemas as sch
from web.setup.forms import (
    employer_form,
    fair_form,
    int_field,
    local_input,
    local_text,
    post_form,
    validate,
)

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent.parent / "templates"))
TEMPLATES.env.filters["local"] = local_text
TEMPLATES.env.filters["local_input"] = local_input
HOME = "/organiser"
DAYS = ((1, "一"), (2, "二"), (3, "三"), (4, "四"), (5, "五"), (6, "六"), (7, "日"))


def _ctx(request: Request) -> cmd.SetupContext:
    s = request.state
    return cmd.SetupContext(settings=s.settings, pool=s.pool, publisher=s.publisher)


def render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    context.update(actor=session_actor(request), csrf=csrf_token(request),
                   flash=request.session.pop("flash", None), kinds=sch.KINDS, days=DAYS)
    return TEMPLATES.TemplateResponse(request, f"organiser/{name}", context,
                                      status_code=status)


def go(url: str) -> Response:
    return RedirectResponse(url, status_code=303)


def flash(request: Request, text: str, kind: str = "ok", **extra: Any) -> None:
    request.session["flash"] = {"kind": kind, "text": text, **extra}


def flash_error(request: Request, exc: ApiError) -> None:
    flash(request, exc.detail, "error", violations=exc.extra.get("violations", []),
          exemptions=exc.extra.get("exemptions", []))


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
    log_in(request, actor)
    return go(HOME if actor.role == ORGANISER else f"{HOME}/employers/{actor.employer_id}")


async def logout(request: Request) -> Response:
    await signed_in(request)
    log_out(request)
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
        try:
            w = await cmd.create_fair(_ctx(request), actor,
                                      validate(sch.CREATE_FAIR, fair_form(form)))
        except ApiError as exc:
            flash_error(request, exc)
            return go(HOME)
        flash(request, "招聘会已创建。")
        return go(f"{HOME}/fairs/{w.body['id']}")
    rows = await read.fetch_fairs(request.state.pool)
    return render(request, "fairs.html",
                  fairs=[read.fair_json(request.state.settings, r) for r in rows])


async def fair(request: Request) -> Response:
    actor, fair_id = _who(request, organiser=True), _id(request, "fair_id")
    if actor is None:
        return go(f"{HOME}/login")
    here = f"{HOME}/fairs/{fair_id}"
    if request.method == "POST":
        form = await signed_in(request)
        try:
            await cmd.update_fair(_ctx(request), actor, fair_id, validate(
                sch.UPDATE_FAIR, {**fair_form(form), "version": int_field(form, "version")}))
            flash(request, "已保存。")
        except ApiError as exc:
            flash_error(request, exc)
        return go(here)
    settings, pool = request.state.settings, request.state.pool
    row = await read.fetch_fair(pool, fair_id)
    if row is None:
        raise NotFound(f"no fair {fair_id}", code="unknown_fair")
    employers = [read.employer_json(settings, e) for e in await read.fetch_employers(pool,
                                                                                      fair_id)]
    posts = [read.post_json(settings, p) for p in await read.fetch_posts(pool, fair_id=fair_id)]
    return render(request, "fair.html", fair=read.fair_json(settings, row, secrets=True),
                  employers=employers, posts=posts,
                  flagged=[p for p in posts if p["status"] in ("needs_review", "rejected")])


async def add_employer(request: Request) -> Response:
    actor, fair_id = _who(request, organiser=True), _id(request, "fair_id")
    if actor is None:
        return go(f"{HOME}/login")
    form = await signed_in(request)
    try:
        w = await cmd.create_employer(_ctx(request), actor, validate(
            sch.CREATE_EMPLOYER, {**employer_form(form), "fair_id": str(fair_id)}))
    except ApiError as exc:
        flash_error(request, exc)
        return go(f"{HOME}/fairs/{fair_id}")
    flash(request, "用人单位已添加。")
    return go(f"{HOME}/employers/{w.body['id']}")


async def flagged(request: Request) -> Response:
    actor, fair_id = _who(request, organiser=True), _id(request, "fair_id")
    if actor is None:
        return go(f"{HOME}/login")
    settings, pool = request.state.settings, request.state.pool
    row = await read.fetch_fair(pool, fair_id)
    if row is None:
        raise NotFound(f"no fair {fair_id}", code="unknown_fair")
    posts = [read.post_json(settings, p) for p in await read.fetch_posts(
        pool, fair_id=fair_id, statuses=["needs_review", "rejected"])]
    return render(request, "flagged.html", fair=read.fair_json(settings, row), posts=posts)


async def print_materials(request: Request) -> Response:
    actor, fair_id = _who(request, organiser=True), _id(request, "fair_id")
    if actor is None:
        return go(f"{HOME}/login")
    settings, pool = request.state.settings, request.state.pool
    row = await read.fetch_fair(pool, fair_id)
    if row is None:
        raise NotFound(f"no fair {fair_id}", code="unknown_fair")
    employers = [read.employer_json(settings, e) for e in await read.fetch_employers(pool,
                                                                                      fair_id)]
    posts = [read.post_json(settings, p) for p in await read.fetch_posts(
        pool, fair_id=fair_id, statuses=["published"])]
    return render(request, "print.html", fair=read.fair_json(settings, row),
                  employers=employers, posts=posts)


# --- employers and posts ---------------------------------------------------------------------

async def employer(request: Request) -> Response:
    actor, employer_id = _who(request), _id(request, "employer_id")
    if actor is None:
        return go(f"{HOME}/login")
    if not can_edit_employer(actor, str(employer_id)):
        raise NotFound(f"no employer {employer_id}", code="unknown_employer")
    here = f"{HOME}/employers/{employer_id}"
    if request.method == "POST":
        form = await signed_in(request)
        try:
            if actor.role != ORGANISER:
                raise Forbidden("only organisers edit employers", code="forbidden")
            await cmd.update_employer(_ctx(request), actor, employer_id, validate(
                sch.UPDATE_EMPLOYER, {**employer_form(form),
                                      "version": int_field(form, "version")}))
            flash(request, "已保存。")
        except ApiError as exc:
            flash_error(request, exc)
        return go(here)
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
    try:
        w = await cmd.create_post(_ctx(request), actor, validate(
            sch.CREATE_POST, {**post_form(form), "employer_id": str(employer_id)}))
    except ApiError as exc:
        flash_error(request, exc)
        post_id = exc.extra.get("post_id")
        return go(f"{HOME}/posts/{post_id}" if post_id else f"{HOME}/employers/{employer_id}")
    done = "岗位已提交，需组织方人工审核后发布。" if w.body.get("needs_review") else "岗位已发布。"
    flash(request, done)
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
        form = await signed_in(request)
        data = {**post_form(form), "version": int_field(form, "version")}
        if form.get("status") in ("closed", "published"):
            data["status"] = form.get("status")
        try:
            await cmd.update_post(_ctx(request), actor, post_id, validate(sch.UPDATE_POST, data))
            flash(request, "已保存。")
        except ApiError as exc:
            flash_error(request, exc)
        return go(here)
    audit = [read.audit_json(a) for a in await read.fetch_audit(pool, post_id)]
    return render(request, "post.html", post=read.post_json(settings, row), audit=audit)


async def review(request: Request) -> Response:
    actor, post_id = _who(request, organiser=True), _id(request, "post_id")
    if actor is None:
        return go(f"{HOME}/login")
    form = await signed_in(request)
    back = form.get("back") if form.get("back") in ("flagged", "post") else "post"
    try:
        data = validate(sch.REVIEW_POST, {"decision": form.get("decision"),
                                          "reason": str(form.get("reason") or "").strip(),
                                          "version": int_field(form, "version")})
        w = await cmd.review_post(_ctx(request), actor, post_id, data)
        flash(request, "审核结果已记录。")
        fair_id = w.body.get("fair_id")
    except ApiError as exc:
        flash_error(request, exc)
        fair_id = None
    if back == "flagged" and fair_id:
        return go(f"{HOME}/fairs/{fair_id}/flagged")
    return go(f"{HOME}/posts/{post_id}")


def routes() -> list[BaseRoute]:
    both = ["GET", "POST"]
    return [
        Route(f"{HOME}/login", login, methods=both),
        Route(f"{HOME}/logout", logout, methods=["POST"]),
        Route(HOME, fairs, methods=both),
        Route(f"{HOME}/fairs/{{fair_id}}", fair, methods=both),
        Route(f"{HOME}/fairs/{{fair_id}}/employers", add_employer, methods=["POST"]),
        Route(f"{HOME}/fairs/{{fair_id}}/flagged", flagged, methods=["GET"]),
        Route(f"{HOME}/fairs/{{fair_id}}/print", print_materials, methods=["GET"]),
        Route(f"{HOME}/employers/{{employer_id}}", employer, methods=both),
        Route(f"{HOME}/employers/{{employer_id}}/posts", add_post, methods=["POST"]),
        Route(f"{HOME}/posts/{{post_id}}", post, methods=both),
        Route(f"{HOME}/posts/{{post_id}}/review", review, methods=["POST"]),
    ]
