"""Routes of identity (issue 13): login codes, help desk, erasure, token rotation.
``web.app.routes()`` includes this list."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web.identity import api, pages, rotation


def routes() -> list[BaseRoute]:
    return [
        Route("/api/login-codes", api.request_login_code, methods=["POST"]),
        Route("/api/login-codes/verify", api.verify_login_code, methods=["POST"]),
        Route("/api/login-codes/helpdesk", api.issue_help_desk_code, methods=["POST"]),
        Route("/api/applicants/erase", api.erase_applicant, methods=["POST"]),
        Route("/api/tokens/employer", rotation.rotate_employer_token, methods=["POST"]),
        Route("/api/tokens/host", rotation.rotate_host_token, methods=["POST"]),
        # pages
        Route("/me/{fair_id}/login", pages.login, methods=["GET"]),
        Route("/me/{fair_id}/code", pages.send_code, methods=["POST"]),
        Route("/me/{fair_id}/verify", pages.verify, methods=["POST"]),
        Route("/me/{fair_id}/erase", pages.erase, methods=["GET", "POST"]),
        Route("/organiser/fairs/{fair_id}/helpdesk", pages.helpdesk, methods=["GET", "POST"]),
    ]
