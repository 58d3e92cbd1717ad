"""Routes of clicks and live counts: recordClick, post counts, the fair's SSE feed and its JSON
snapshot. ``web.app.routes()`` includes this list."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web.live import clicks, feed


def routes() -> list[BaseRoute]:
    return [
        Route("/api/clicks", clicks.record_click, methods=["POST"]),
        Route("/api/posts/{post_id}/counts", clicks.post_counts, methods=["GET"]),
        Route("/api/fairs/{fair_id}/live", feed.stream_live_counts, methods=["GET"]),
        Route("/api/fairs/{fair_id}/live/counts", feed.get_live_counts, methods=["GET"]),
    ]
