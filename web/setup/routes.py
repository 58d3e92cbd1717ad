"""Routes of fair setup (issue 3): the organiser API, print materials and organiser pages.

``web.app.routes()`` includes this list; JSON operations carry their OpenAPI ``Operation``.
"""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web.setup import api, pages, posters, rooms

BOTH = ["GET", "POST"]
H = pages.HOME  # /organiser


def routes() -> list[BaseRoute]:
    return [
        Route("/api/fairs", api.create_fair, methods=["POST"]),
        Route("/api/fairs", api.list_fairs, methods=["GET"]),
        Route("/api/fairs/{fair_id}", api.get_fair, methods=["GET"]),
        Route("/api/fairs/{fair_id}", api.update_fair, methods=["PATCH"]),
        Route("/api/fairs/{fair_id}/employers", api.list_employers, methods=["GET"]),
        Route("/api/fairs/{fair_id}/posters", posters.get_posters, methods=["GET"]),
        Route("/api/employers", api.create_employer, methods=["POST"]),
        Route("/api/employers/{employer_id}", api.get_employer, methods=["GET"]),
        Route("/api/employers/{employer_id}", api.update_employer, methods=["PATCH"]),
        Route("/api/posts", api.create_post, methods=["POST"]),
        Route("/api/posts", api.list_posts, methods=["GET"]),
        Route("/api/posts/{post_id}", api.get_post, methods=["GET"]),
        Route("/api/posts/{post_id}", api.update_post, methods=["PATCH"]),
        Route("/api/posts/{post_id}/review", api.review_post, methods=["POST"]),
        Route("/api/posts/{post_id}/screening", api.post_screening, methods=["GET"]),
        Route("/api/posters/{kind}/{ident}", posters.get_poster, methods=["GET"]),
        Route("/api/qr/{kind}/{ident}", posters.get_qr_image, methods=["GET"]),
        Route("/api/rooms", rooms.create, methods=["POST"]),
        Route("/api/rooms/{room_id}", rooms.get_room, methods=["GET"]),
        Route("/api/fairs/{fair_id}/rooms", rooms.list_rooms, methods=["GET"]),
        Route("/api/rooms/{room_id}/posts/{post_id}/qr.png", rooms.room_qr, methods=["GET"]),
        # pages
        Route(f"{H}/login", pages.login, methods=BOTH),
        Route(f"{H}/logout", pages.logout, methods=["POST"]),
        Route(H, pages.fairs, methods=BOTH),
        Route(f"{H}/fairs/{{fair_id}}", pages.fair, methods=BOTH),
        Route(f"{H}/fairs/{{fair_id}}/employers", pages.add_employer, methods=["POST"]),
        Route(f"{H}/fairs/{{fair_id}}/rooms", pages.add_room, methods=["POST"]),
        Route(f"{H}/fairs/{{fair_id}}/flagged", pages.flagged, methods=["GET"]),
        Route(f"{H}/fairs/{{fair_id}}/print", pages.print_materials, methods=["GET"]),
        Route(f"{H}/employers/{{employer_id}}", pages.employer, methods=BOTH),
        Route(f"{H}/employers/{{employer_id}}/posts", pages.add_post, methods=["POST"]),
        Route(f"{H}/posts/{{post_id}}", pages.post, methods=BOTH),
        Route(f"{H}/posts/{{post_id}}/review", pages.review, methods=["POST"]),
    ]
