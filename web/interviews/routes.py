"""Routes of interview scheduling (issue 5): the interview API, the booth console and the
applicant's interview view. ``web.app.routes()`` includes this list."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web.interviews import api, booth, mine


def routes() -> list[BaseRoute]:
    return [
        Route("/api/interviews", api.list_interviews, methods=["GET"]),
        Route("/api/interviews/outcomes", api.record_interview_outcome, methods=["POST"]),
        *booth.routes(),
        *mine.routes(),
    ]
