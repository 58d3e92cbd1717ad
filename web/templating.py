"""The one Jinja environment of web/ (``web/templates``) and the page helpers built on it.

Made lazily, once per process, on the first page rendered (never at import time), with every
filter the templates use: ``hhmm`` (venue clock time), ``local`` / ``local_input`` (organiser
date-times). Pages call :func:`render`; a command error shown as a page goes through
:func:`error_page`, with the same status the API would answer (``web.errors.status_of``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from domain.applicants import checkin_time_label
from web.command_errors import CommandError
from web.errors import status_of
from web.setup.forms import local_input, local_text

DIRECTORY = Path(__file__).parent / "templates"


@cache
def templates() -> Jinja2Templates:
    # csp_nonce: the nonce of this response's Content-Security-Policy (web.identity.headers);
    # every inline <script> carries it.
    made = Jinja2Templates(directory=str(DIRECTORY), context_processors=[
        lambda request: {"csp_nonce": request.scope.get("csp_nonce", "")}])
    made.env.filters["hhmm"] = lambda t: checkin_time_label(t) if t else ""
    made.env.filters["local"] = local_text
    made.env.filters["local_input"] = local_input
    return made


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return templates().TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, exc: CommandError) -> Response:
    return render(request, "applicant/error.html", {"code": exc.code,
                                                    "message": exc.message_zh},
                  status_of(exc))
