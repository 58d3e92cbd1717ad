"""Routes of interview scheduling (issue 5): the interview API, the booth console and the
applicant's interview view, listed once and spliced into ``web.app.routes()``."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web import booth_console, interviews, my_interviews


def routes() -> list[BaseRoute]:
    return [
        Route("/api/interviews", interviews.list_interviews, methods=["GET"]),
        Route("/api/interviews/outcomes", interviews.record_interview_outcome, methods=["POST"]),
        *booth_console.routes(),
        *my_interviews.routes(),
    ]
