"""Organiser pages of fair figures (issue 12): the live figures section of the fair page, the
full figures page, and the report as a page and a CSV/XLSX download.

Organiser session only (``web.setup.pages``' log-in). Figures come from the process's shared
cache (``web.reports.cache``: one computation per change, however many organisers look);
the page refreshes its figures partial every few seconds (``templates/_poll.html``). The
report and its downloads are ``jobfair report``'s: ``jobfair.reporting.fair_report`` and its
CSV/XLSX export, run on demand.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import Response

from domain.support import STEP_ZH
from jobfair.reporting import UnknownFair, fair_report
from jobfair.reporting.export import header, rows, to_csv, write_xlsx
from jobfair.reporting.figures import BY_KEY, women_share
from web.command_errors import CommandError, NotFound
from web.reports.api import fair_uuid, live_figures
from web.setup.pages import _who, go, render
from web.templating import error_page

HOME = "/organiser"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADLINE = (
    "registered",
    "checked_in",
    "on_site",
    "applications",
    "interviews_waiting",
    "interviews",
    "no_shows",
    "offers",
    "mama_posts",
    "mama_applications",
    "mama_offers",
    "complaints",
    "completed_1131",
)
LABELS = {
    **{k: f.label for k, f in BY_KEY.items()},
    "on_site": "现在在场",
    "women": "其中女性",
    "waitlisted": "候补",
}


def _context(figures: dict[str, Any]) -> dict[str, Any]:
    return {
        "f": figures,
        "labels": LABELS,
        "headline": [k for k in HEADLINE if k in figures],
        "women_share": women_share(figures),
        "steps": STEP_ZH,
    }


async def _organiser_fair(request: Request) -> tuple[UUID, dict[str, Any]] | Response:
    if _who(request, organiser=True) is None:
        return go(f"{HOME}/login")
    try:
        fair_id = fair_uuid(request)
        return fair_id, await live_figures(request, fair_id)
    except CommandError as exc:
        return error_page(request, exc)


async def figures_page(request: Request) -> Response:
    got = await _organiser_fair(request)
    if isinstance(got, Response):
        return got
    return render(request, "figures.html", **_context(got[1]), full=True)


async def figures_partial(request: Request) -> Response:
    """The figures block alone (the fair page and figures page poll it)."""
    got = await _organiser_fair(request)
    if isinstance(got, Response):
        return Response("", status_code=401)
    full = request.query_params.get("full") == "1"
    return render(request, "_figures.html", **_context(got[1]), full=full)


async def _report(request: Request) -> Any:
    """The fair's report (``jobfair report``'s computation), or the page to show instead: the
    log-in for a non-organiser, an error page for an unknown fair."""
    if _who(request, organiser=True) is None:
        return go(f"{HOME}/login")
    fair_id = fair_uuid(request) if _is_uuid(request) else None
    if fair_id is None:
        return error_page(
            request, NotFound("no such fair", code="unknown_fair", message_zh="找不到这场招聘会。")
        )
    async with request.state.pool.acquire() as conn:
        try:
            return await fair_report(conn, fair_id=fair_id)
        except UnknownFair:
            return error_page(
                request,
                NotFound(
                    f"no fair {fair_id}", code="unknown_fair", message_zh="找不到这场招聘会。"
                ),
            )


def _is_uuid(request: Request) -> bool:
    try:
        UUID(request.path_params["fair_id"])
    except ValueError:
        return False
    return True


async def report_page(request: Request) -> Response:
    report = await _report(request)
    if isinstance(report, Response):
        return report
    levels = rows(report)
    return render(request, "report.html", fair=report.fairs[0], head=header(report), levels=levels)


async def report_download(request: Request) -> Response:
    report = await _report(request)
    if isinstance(report, Response):
        return report
    fmt = request.url.path.rsplit(".", 1)[-1]
    name = f"report-{report.fairs[0].starts_at.date().isoformat()}-{report.fairs[0].fair_id}"
    if fmt == "csv":
        return Response(
            to_csv(report).encode("utf-8"),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )
    body = await asyncio.to_thread(_xlsx_bytes, report)
    return Response(
        body,
        media_type=XLSX,
        headers={"Content-Disposition": f'attachment; filename="{name}.xlsx"'},
    )


def _xlsx_bytes(report: Any) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.xlsx"
        write_xlsx(report, path)
        return path.read_bytes()
