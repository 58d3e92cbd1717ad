"""Routes of clicks and live counts: recordClick, post counts, the fair's SSE feed and its JSON
snapshot, the host page and overlay. ``web.app.routes()`` includes this list."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web.live import clicks, feed, pages


def routes() -> list[BaseRoute]:
    return [
        Route("/api/clicks", clicks.record_click, methods=["POST"]),
        Route("/api/posts/{post_id}/counts", clicks.post_counts, methods=["GET"]),
        Route("/api/fairs/{fair_id}/live", feed.stream_live_counts, methods=["GET"]),
        Route("/api/fairs/{fair_id}/live/counts", feed.get_live_counts, methods=["GET"]),
        # pages
        Route("/host/{fair_id}", pages.host, methods=["GET"]),
        Route("/host/{fair_id}/overlay", pages.host, methods=["GET"]),
    ]
