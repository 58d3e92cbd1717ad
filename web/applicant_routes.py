"""Routes of the applicant journey and the live counts (issue 4), listed once.

``web.app.routes()`` includes them. JSON operations carry their OpenAPI ``Operation``; the
pages (``web.applicant_pages``) and host pages are HTML and not in ``/openapi.json``.
"""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web import applicant_pages as pages
from web import applicants, live


def routes() -> list[BaseRoute]:
    return [
        Route("/api/applicants", applicants.register_applicant, methods=["POST"]),
        Route("/api/checkins", applicants.check_in, methods=["POST"]),
        Route("/api/checkouts", applicants.check_out, methods=["POST"]),
        Route("/api/applications", applicants.apply, methods=["POST"]),
        Route("/api/applications/mine", applicants.list_my_applications, methods=["GET"]),
        Route("/api/recommendations", applicants.get_recommendations, methods=["GET"]),
        Route("/api/fairs/{fair_id}/live", live.stream_live_counts, methods=["GET"]),
        Route("/api/fairs/{fair_id}/live/counts", live.get_live_counts, methods=["GET"]),
        *pages.routes(),
    ]
