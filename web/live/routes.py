"""Routes of clicks and live counts: recordClick, post counts, the fair's SSE feed and its JSON
snapshot, room counts, the presented post and host-state heartbeat, the host screen, overlays,
host log-in and control (issue 11). ``web.app.routes()`` includes this list."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web.live import clicks, feed, pages, rooms, share


def routes() -> list[BaseRoute]:
    return [
        Route("/api/clicks", clicks.record_click, methods=["POST"]),
        Route("/api/posts/{post_id}/counts", clicks.post_counts, methods=["GET"]),
        Route("/api/fairs/{fair_id}/live", feed.stream_live_counts, methods=["GET"]),
        Route("/api/fairs/{fair_id}/live/counts", feed.get_live_counts, methods=["GET"]),
        Route("/api/rooms/{room_id}/counts", rooms.room_counts, methods=["GET"]),
        Route("/api/fairs/{fair_id}/presenting", rooms.present_post, methods=["POST"]),
        Route("/api/fairs/{fair_id}/host-state", rooms.get_host_state, methods=["GET"]),
        # pages
        Route("/host/{fair_id}", pages.host, methods=["GET"]),
        Route("/host/{fair_id}/overlay", pages.host, methods=["GET"]),
        Route("/host/{fair_id}/login", pages.login, methods=["GET", "POST"]),
        Route("/host/{fair_id}/present", pages.present, methods=["POST"]),
        Route("/host/{fair_id}/qr.png", pages.fair_qr, methods=["GET"]),
        Route("/p/{token}/og.png", share.og_image, methods=["GET"]),
    ]
