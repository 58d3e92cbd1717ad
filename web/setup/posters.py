"""Print materials: A4 SVG posters and bare QR images for a fair's entrance, booths and posts.

Reads the setup projection (``web.setup.reads``), signs the QR URLs there and draws with
``domain.posters``. Open to the organiser (bearer token, or the page session so a browser link
can print them) and to employer staff for their own booth and posts. Only published posts get
a poster: a QR code must never lead an applicant to a post nobody approved.

No poster stalls the process (issue 13): a page holds at most ``MAX_LINES`` body lines, so a
booth with more posts says "共 N 个岗位" and lists its first ones; how many fit is found by
bisection (a handful of renders, each bounded), and drawing runs in a worker thread, at most
``RENDERS`` at once, never on the event loop.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any
from uuid import UUID

import anyio
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from domain.posters import FOOTER_Y, LINE_GAP, MIN_BODY_SIZE, QR_SIZE, poster_svg, qr_png
from web.auth import (
    ORGANISER,
    Actor,
    bearer_actor,
    can_edit_employer,
    can_see_fair,
    session_actor,
)
from web.command_errors import Conflict, NotFound, Unauthenticated
from web.openapi import Operation, operation
from web.setup import reads as read

CST = timezone(timedelta(hours=8))
KIND_ZH = {"onsite": "现场招聘会", "night_market": "招聘夜市", "community": "招聘会进社区",
           "livestream": "直播带岗", "online": "网络招聘会"}
KINDS = ("fair", "booth", "post")
# Body lines an A4 page can hold at the smallest legible size (below the code): more never fit.
MAX_LINES = int((FOOTER_Y - QR_SIZE) / (MIN_BODY_SIZE * LINE_GAP))
RENDERS = anyio.CapacityLimiter(2)
FOOTER = "本招聘会所有岗位均经平等就业审核：不限性别、不问婚育、不查孕检。扫码仅需姓名和手机号。"


async def _actor(request: Request) -> Actor:
    actor = await bearer_actor(request) or session_actor(request)
    if actor is None:
        raise Unauthenticated("log in as organiser or send a bearer token", code="unauthorized")
    return actor


def _when(start: datetime, end: datetime) -> str:
    a, b = start.astimezone(CST), end.astimezone(CST)
    tail = b.strftime("%H:%M") if a.date() == b.date() else b.strftime("%m月%d日 %H:%M")
    return f"{a.strftime('%Y年%m月%d日 %H:%M')} – {tail}"


def _pay(post: dict[str, Any]) -> str | None:
    lo, hi = post["pay_min"], post["pay_max"]
    if lo is None and hi is None:
        return None
    if lo is not None and hi is not None:
        return f"月薪 {lo}–{hi} 元"
    return f"月薪 {lo} 元起" if lo is not None else f"月薪最高 {hi} 元"


def _flex_line(flex: dict[str, Any] | None) -> str | None:
    if not flex:
        return None
    parts = []
    if flex.get("window_start"):
        parts.append(f"工作时间 {flex['window_start']}–{flex['window_end']}")
    if flex.get("remote_share"):
        parts.append(f"居家办公约 {round(flex['remote_share'] * 100)}%")
    if flex.get("hours_per_week"):
        parts.append(f"每周约 {flex['hours_per_week']} 小时")
    return "，".join(parts) or None


def _svg(title: str, subtitle: str, url: str, lines: list[str]) -> str:
    """The poster with as many of ``lines`` as fit at a legible size (those from the end are
    dropped): bisection over at most ``MAX_LINES`` lines, O(log) renders of bounded size."""
    lines = [line[:300] for line in lines if line][:MAX_LINES]

    def draw(n: int) -> str | None:
        try:
            return poster_svg(title=title[:80], subtitle=subtitle[:120], qr_url=url,
                              lines=lines[:n], footer=FOOTER)
        except ValueError:
            return None

    best = draw(len(lines))
    if best is not None:
        return best
    lo, hi = 0, len(lines)  # draw(lo) fits (or lo == 0), draw(hi) does not
    best = draw(0)
    if best is None:
        raise ValueError("the title alone does not fit on a poster")
    while hi - lo > 1:
        mid = (lo + hi) // 2
        svg = draw(mid)
        if svg is None:
            hi = mid
        else:
            lo, best = mid, svg
    return best


async def _draw(title: str, subtitle: str, url: str, lines: list[str]) -> str:
    """``_svg`` in a worker thread: the event loop keeps answering (/healthz) meanwhile."""
    return await anyio.to_thread.run_sync(_svg, title, subtitle, url, lines, limiter=RENDERS)


async def _render(request: Request, actor: Actor, kind: str, ident: UUID) -> tuple[str, str]:
    """(poster SVG, QR URL) for one fair, booth or post the actor may print."""
    settings, pool = request.state.settings, request.state.pool
    if kind == "fair":
        row = await read.fetch_fair(pool, ident)
        if row is None or not can_see_fair(actor, str(ident)):
            raise NotFound(f"no fair {ident}", code="unknown_fair")
        fair = read.fair_json(settings, row)
        mama = sum(p["is_mama"] for p in map(lambda r: read.post_json(settings, r),
                   await read.fetch_posts(pool, fair_id=ident, statuses=["published"])))
        lines = [_when(row["starts_at"], row["ends_at"]), row["venue"] or "",
                 f"{KIND_ZH.get(row['kind'], '')} · {fair['employers']} 家用人单位 · "
                 f"{fair['published_posts']} 个岗位" + (f"（妈妈岗 {mama} 个）" if mama else "")]
        return await _draw(row["name"], "扫码入场登记 · Scan to check in", fair["entrance_qr_url"],
                    lines), fair["entrance_qr_url"]
    if kind == "booth":
        row = await read.fetch_employer(pool, ident)
        if row is None or not can_edit_employer(actor, str(ident)):
            raise NotFound(f"no employer {ident}", code="unknown_employer")
        emp = read.employer_json(settings, row)
        rows = await read.fetch_posts(pool, employer_id=ident, statuses=["published"])
        posts = [read.post_json(settings, r) for r in rows[:MAX_LINES]]
        lines = [f"{p['title']}（招 {p['headcount']} 人）" + ("· 妈妈岗" if p["is_mama"] else "")
                 for p in posts]
        if len(rows) > len(posts):
            lines = [f"共 {len(rows)} 个岗位，扫码查看全部", *lines[:MAX_LINES - 1]]
        return await _draw(row["name"], f"展位 {row['booth']} · 扫码看岗位、排队面试",
                    emp["booth_qr_url"], lines), emp["booth_qr_url"]
    row = await read.fetch_post(pool, ident)
    if row is None or not can_edit_employer(actor, str(row["employer_id"])):
        raise NotFound(f"no post {ident}", code="unknown_post")
    post = read.post_json(settings, row)
    if post["status"] != "published":
        raise Conflict(f"the post is {post['status']}, not published", code="post_not_published")
    lines = [x for x in (
        _pay(post), f"招聘 {post['headcount']} 人", post["location"],
        ("妈妈岗：" + "、".join(post["mama_reasons"])) if post["is_mama"] else None,
        _flex_line(post["flex"]), post["description"][:200],
    ) if x]
    return await _draw(post["title"], f"{row['employer_name']} · 展位 {row['booth']}",
                post["post_qr_url"], lines), post["post_qr_url"]


async def _requested(request: Request) -> tuple[str, UUID, str, str]:
    """(kind, id, poster SVG, QR URL) of the poster the path names, for the calling actor."""
    actor = await _actor(request)
    kind, ident = _kind_and_id(request)
    svg, url = await _render(request, actor, kind, ident)
    return kind, ident, svg, url


def _kind_and_id(request: Request) -> tuple[str, UUID]:
    kind = request.path_params["kind"]
    if kind not in KINDS:
        raise NotFound("posters are for a fair, booth or post", code="unknown_poster_kind")
    try:
        return kind, UUID(request.path_params["ident"])
    except ValueError:
        raise NotFound("ids are UUIDs", code=f"unknown_{'employer' if kind == 'booth' else kind}"
                       ) from None


@operation(Operation(
    "getPosters", "Index of a fair's print materials: entrance, booth and post posters",
    auth="organiser", responses={200: "poster links", 401: "no token", 404: "unknown fair"},
    response_schema={"type": "array", "items": {"type": "object"}},
))
async def get_posters(request: Request) -> Response:
    actor = await _actor(request)
    try:
        fair_id = UUID(request.path_params["fair_id"])
    except ValueError:
        raise NotFound("fair ids are UUIDs", code="unknown_fair") from None
    settings, pool = request.state.settings, request.state.pool
    row = await read.fetch_fair(pool, fair_id)
    if row is None or actor.role != ORGANISER:
        raise NotFound(f"no fair {fair_id}", code="unknown_fair")
    fair = read.fair_json(settings, row)
    out = [_entry("fair", fair["id"], row["name"], fair["entrance_qr_url"])]
    for e in await read.fetch_employers(pool, fair_id):
        emp = read.employer_json(settings, e)
        out.append(_entry("booth", emp["id"], f"{e['booth']} {e['name']}", emp["booth_qr_url"]))
    for p in await read.fetch_posts(pool, fair_id=fair_id, statuses=["published"]):
        post = read.post_json(settings, p)
        out.append(_entry("post", post["id"], f"{p['booth']} {p['title']}",
                          post["post_qr_url"]))
    return JSONResponse(out)


def _entry(kind: str, ident: str, title: str, url: str) -> dict[str, str]:
    return {"kind": kind, "id": ident, "title": title, "qr_url": url,
            "poster_url": f"/api/posters/{kind}/{ident}", "qr_png_url": f"/api/qr/{kind}/{ident}"}


@operation(Operation(
    "getPoster", "A printable A4 poster (SVG) for a fair entrance, a booth or a post",
    auth="organiser", content_type="image/svg+xml", response_schema={"type": "string"},
    responses={200: "the poster", 401: "no token", 404: "unknown", 409: "post not published"},
))
async def get_poster(request: Request) -> Response:
    kind, ident, svg, _ = await _requested(request)
    return Response(svg, media_type="image/svg+xml",
                    headers={"content-disposition": f'inline; filename="{kind}-{ident}.svg"'})


@operation(Operation(
    "getQrImage", "The bare QR code (PNG) of a fair, booth or post, for slides and streams",
    auth="organiser", content_type="image/png", response_schema={"type": "string"},
    responses={200: "PNG", 401: "no token", 404: "unknown", 409: "post not published"},
))
async def get_qr_image(request: Request) -> Response:
    *_, url = await _requested(request)
    return Response(qr_png(url, scale=10), media_type="image/png")
