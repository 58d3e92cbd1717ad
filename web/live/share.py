"""Sharing a post link in chat apps (issue 11): Open Graph tags for the post page and its
card image.

``share_tags`` gives the post page (``web.applicants.pages``, template ``_og.html``) a Chinese
title and description (employer, booth, openings left, 妈妈岗, pay) and an absolute image URL;
``og_image`` answers that URL (``/p/{token}/og.png``) with a PNG of the link's QR code (segno;
a chat card then doubles as something to scan from another screen). The image route takes the
same signed post token as the page, so it names nothing new; no personal data, no room.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response

from domain.tokens import QrKind
from web.applicants import commands as flow
from web.applicants import reads as read
from web.command_errors import CommandError, NotFound
from web.context import context_of
from web.setup.reads import QR_PATHS
from web.setup.rooms import cached_qr_png
from web.templating import error_page

MAX_DESCRIPTION = 120


def _pay(post: Any) -> str | None:
    lo, hi = post.pay_min, post.pay_max
    if lo and hi:
        return f"月薪 {lo}–{hi} 元"
    if lo or hi:
        return f"月薪 {lo} 元起" if lo else f"月薪最高 {hi} 元"
    return None


def share_tags(request: Request, post: Any, fair: Any) -> dict[str, str]:
    """Open Graph values of a post page opened from ``request`` (its token, maybe a room)."""
    base = request.state.settings.base_url
    token = quote(request.path_params["token"])
    room = request.query_params.get("r")
    url = f"{base}/p/{token}" + (f"?r={quote(room)}" if room else "")
    left = (
        "已招满（可报名候补）"
        if post.remaining <= 0
        else f"招 {post.headcount} 人，还剩 {post.remaining} 个名额"
    )
    parts = [
        f"{post.employer_name} · {post.booth} 号展位",
        left,
        "妈妈岗：时间灵活，可兼顾家庭" if post.is_mama else None,
        _pay(post),
        f"“{fair['name']}”扫码或点开即可报名",
    ]
    description = "；".join(p for p in parts if p)[:MAX_DESCRIPTION]
    return {
        "title": f"{post.title} · {post.employer_name}｜{fair['name']}",
        "description": description,
        "url": url,
        "image": f"{base}/p/{token}/og.png",
        "site_name": "招聘会",
    }


async def og_image(request: Request) -> Response:
    """The card image of a post link: its QR code as a PNG (publishable posts only)."""
    ctx = context_of(request)
    try:
        code = flow.qr_claims(ctx, request.path_params["token"], QrKind.POST)
        post_id = await request.state.pool.fetchval(read.POST_ID_BY_CODE, code)
        post = None if post_id is None else await read.one_post(request.state.pool, post_id)
        if post is None or post.status != "published":
            raise NotFound(
                "no post has this QR code",
                code="unknown_post",
                message_zh="找不到这个岗位，它可能已下线。",
            )
    except CommandError as exc:
        return error_page(request, exc)
    url = f"{ctx.settings.base_url}/{QR_PATHS[QrKind.POST]}/{request.path_params['token']}"
    return Response(
        cached_qr_png(url, 12),
        media_type="image/png",
        headers={"cache-control": "public, max-age=3600"},
    )
