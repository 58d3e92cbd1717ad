"""Routes of the applicant journey (issue 4): registration, check-in, applications and the
applicant's pages. ``web.app.routes()`` includes this list; the pages are HTML and not in
``/openapi.json``.
"""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web.applicants import api, journey, occupancy, pages


def routes() -> list[BaseRoute]:
    return [
        Route("/api/applicants", api.register_applicant, methods=["POST"]),
        Route("/api/checkins", api.check_in, methods=["POST"]),
        Route("/api/checkouts", api.check_out, methods=["POST"]),
        Route("/api/applications", api.apply, methods=["POST"]),
        Route("/api/applications/mine", api.list_my_applications, methods=["GET"]),
        Route("/api/applications/withdrawals", api.withdraw_application, methods=["POST"]),
        Route("/api/interviews/declines", api.decline_interview, methods=["POST"]),
        Route("/api/recommendations", api.get_recommendations, methods=["GET"]),
        # pages
        Route("/f/{token}", pages.entrance, methods=["GET"]),
        Route("/f/{token}", pages.entrance_submit, methods=["POST"]),
        Route("/me/{fair_id}", pages.home, methods=["GET"]),
        Route("/me/{fair_id}/apply", pages.apply_submit, methods=["POST"]),
        Route("/me/{fair_id}/applications/partial", pages.my_applications_partial,
              methods=["GET"]),
        Route("/me/{fair_id}/posts/{post_id}", journey.post_detail, methods=["GET"]),
        Route("/me/{fair_id}/needs", journey.needs, methods=["GET", "POST"]),
        Route("/me/{fair_id}/take-back", journey.take_back, methods=["POST"]),
        Route("/me/{fair_id}/checkout", journey.check_out, methods=["POST"]),
        Route("/x/{token}", journey.exit_page, methods=["GET", "POST"]),
        Route("/", journey.root, methods=["GET"]),
        Route("/organiser/fairs/{fair_id}/exit-poster.svg", occupancy.exit_poster,
              methods=["GET"]),
        Route("/b/{token}", pages.booth, methods=["GET"]),
        Route("/p/{token}", pages.post_page, methods=["GET"]),
        Route("/p/{token}", pages.post_submit, methods=["POST"]),
    ]
