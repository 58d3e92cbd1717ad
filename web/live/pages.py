"""Host pages: the big-number live page ``/host/{fair_id}`` and its transparent OBS overlay
``/host/{fair_id}/overlay``.

Reads the fair (``web.applicants.commands.fair_by_id``); the numbers themselves arrive in the
browser from streamLiveCounts (``web.live.feed``), so the page is rendered once.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from web.applicants.commands import fair_by_id
from web.command_errors import CommandError
from web.context import context_of
from web.templating import error_page, render


async def host(request: Request) -> Response:
    """The host's big-number page; ``/overlay`` is the transparent variant for OBS."""
    try:
        fair = await fair_by_id(context_of(request), request.path_params["fair_id"])
    except CommandError as exc:
        return error_page(request, exc)
    overlay = request.url.path.endswith("/overlay")
    return render(request, "host/live.html", {"fair": fair, "fair_id": str(fair["id"]),
                                              "overlay": overlay})
