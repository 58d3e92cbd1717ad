"""Routes of interview scheduling (issue 5): the interview API, the booth console and the
applicant's interview view. ``web.app.routes()`` includes this list."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web.interviews import api, booth, export, mine

B = booth.HOME  # /booth


def routes() -> list[BaseRoute]:
    return [
        Route("/api/interviews", api.list_interviews, methods=["GET"]),
        Route("/api/interviews/outcomes", api.record_interview_outcome, methods=["POST"]),
        # pages
        Route(f"{B}/{{employer_id}}", booth.console, methods=["GET"]),
        Route(f"{B}/{{employer_id}}/queue", booth.queue, methods=["GET"]),
        Route(f"{B}/{{employer_id}}/outcome", booth.outcome, methods=["POST"]),
        Route(f"{B}/{{employer_id}}/export.{{kind:str}}", export.export, methods=["GET"]),
        Route("/me/{fair_id}/interviews", mine.page, methods=["GET"]),
        Route("/me/{fair_id}/interviews/partial", mine.partial, methods=["GET"]),
    ]
