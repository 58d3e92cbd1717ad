"""Routes of 1131 services and complaints (issue 12). ``web.app.routes()`` includes this list."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web.support import api, pages, queue

BOTH = ["GET", "POST"]


def routes() -> list[BaseRoute]:
    return [
        Route("/api/services", api.record_service, methods=["POST"]),
        Route("/api/services/mine", api.get_service_record, methods=["GET"]),
        Route("/api/complaints", api.file_complaint, methods=["POST"]),
        Route("/api/complaints", api.list_complaints, methods=["GET"]),
        Route("/api/complaints", api.update_complaint, methods=["PATCH"]),
        # pages
        Route("/me/{fair_id}/services", pages.my_services, methods=BOTH),
        Route("/me/{fair_id}/services/qr.png", pages.my_pass_qr, methods=["GET"]),
        Route("/f/{token}/complaint", pages.helpdesk_complaint, methods=BOTH),
        Route("/complaints/{complaint_id}", pages.complaint_status, methods=["GET"]),
        Route("/desk/{code}", pages.desk, methods=BOTH),
        Route("/organiser/fairs/{fair_id}/complaints", queue.organiser_queue, methods=BOTH),
        Route("/organiser/fairs/{fair_id}/helpdesk-qr.png", queue.helpdesk_qr, methods=["GET"]),
        Route(
            "/organiser/employers/{employer_id}/complaints",
            queue.employer_complaints,
            methods=["GET"],
        ),
    ]
