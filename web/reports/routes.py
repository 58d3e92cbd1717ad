"""Routes of fair figures and the report on the organiser side (issue 12).
``web.app.routes()`` includes this list."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from web.reports import api, pages

F = "/organiser/fairs/{fair_id}"


def routes() -> list[BaseRoute]:
    return [
        Route("/api/fairs/{fair_id}/report", api.get_fair_report, methods=["GET"]),
        Route(f"{F}/figures", pages.figures_page, methods=["GET"]),
        Route(f"{F}/figures/partial", pages.figures_partial, methods=["GET"]),
        Route(f"{F}/report", pages.report_page, methods=["GET"]),
        Route(f"{F}/report.csv", pages.report_download, methods=["GET"]),
        Route(f"{F}/report.xlsx", pages.report_download, methods=["GET"]),
    ]
