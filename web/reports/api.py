"""getFairReport (organiser): one fair's figures in the contract's shape, live.

Computed by ``jobfair.reporting.detail.fair_figures`` (the report upward's own function) and
shared by every viewer of the fair in this process (``web.reports.cache``). The organiser
figures page and the fair page poll this endpoint.
"""

from __future__ import annotations

from uuid import UUID

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from jobfair.reporting import UnknownFair
from web.auth import require_organiser
from web.command_errors import NotFound
from web.openapi import ORGANISER_ONLY, Operation, operation
from web.reports.cache import FiguresCache, figures_cache

FIG = {"type": "integer", "minimum": 0}
REPORT_SCHEMA = {
    "type": "object",
    "required": [
        "fair_id",
        "posts",
        "openings",
        "employers",
        "registered",
        "checked_in",
        "women",
        "applications",
        "interviews",
        "offers",
        "mama_posts",
        "mama_applications",
        "mama_offers",
        "rooms",
    ],
    "properties": {
        **{
            k: FIG
            for k in (
                "posts",
                "openings",
                "employers",
                "registered",
                "checked_in",
                "on_site",
                "gender_stated",
                "women",
                "applications",
                "interviews",
                "interviews_waiting",
                "no_shows",
                "offers",
                "mama_posts",
                "mama_openings",
                "mama_applications",
                "mama_offers",
                "complaints",
                "complaints_open",
                "service_started",
                "completed_1131",
            )
        },
        "fair_id": {"type": "string"},
        "rooms": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["room_id", "name", "clicks", "registrations", "applications"],
            },
        },
        "employers_detail": {"type": "array", "items": {"type": "object"}},
        "posts_detail": {"type": "array", "items": {"type": "object"}},
        "service_1131": {"type": "object"},
    },
}


def cache_of(request: Request) -> FiguresCache:
    return figures_cache(request.app.state, request.state.pool, request.state.registry)


def fair_uuid(request: Request) -> UUID:
    try:
        return UUID(request.path_params["fair_id"])
    except ValueError:
        raise NotFound("fair ids are UUIDs", code="unknown_fair") from None


async def live_figures(request: Request, fair_id: UUID) -> dict[str, object]:
    try:
        return await cache_of(request).get(fair_id)
    except UnknownFair:
        raise NotFound(
            f"no fair {fair_id}", code="unknown_fair", message_zh="找不到这场招聘会。"
        ) from None


@operation(
    Operation(
        "getFairReport",
        "One fair's figures (published posts only), per employer, post and room (organiser)",
        auth="organiser",
        response_schema=REPORT_SCHEMA,
        responses={
            200: "the figures",
            **ORGANISER_ONLY,
            404: "unknown fair",
        },
    )
)
async def get_fair_report(request: Request) -> Response:
    await require_organiser(request)
    return JSONResponse(await live_figures(request, fair_uuid(request)))
