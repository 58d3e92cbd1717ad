"""The one Jinja environment of web/ (``web/templates``) and the page helpers built on it.

Made lazily, once per process, on the first page rendered (never at import time), with every
filter the templates use: ``hhmm`` (venue clock time), ``local`` / ``local_input`` (organiser
date-times), ``rule_zh`` (a screening code's Chinese name, ``domain.screening.explain``),
``status_zh`` (a post status in Chinese). Pages call :func:`render`; a command error shown as a
page goes through :func:`error_page`, with the same status the API would answer
(``web.errors.status_of``).
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from domain.applicants import checkin_time_label
from domain.screening.explain import rule_name_zh
from web.command_errors import CommandError
from web.errors import status_of
from web.setup.forms import local_input, local_text

DIRECTORY = Path(__file__).parent / "templates"
# Post review statuses as organisers and booth staff read them (codes stay in the API).
STATUS_ZH = {"published": "已发布", "rejected": "已驳回", "needs_review": "待审核",
             "closed": "已关闭", "draft": "草稿", "approved": "批准发布",
             "screening": "自动审核", "organiser": "主办方", "pending": "处理中"}


def status_zh(code: str | None) -> str:
    """A post status, review decision or actor label in Chinese ("staff:<id>": 单位工作人员)."""
    if not code:
        return ""
    if code.startswith("staff:"):
        return "单位工作人员"
    return STATUS_ZH.get(code, code)


@cache
def templates() -> Jinja2Templates:
    # csp_nonce: the nonce of this response's Content-Security-Policy (web.identity.headers);
    # every inline <script> carries it.
    made = Jinja2Templates(directory=str(DIRECTORY), context_processors=[
        lambda request: {"csp_nonce": request.scope.get("csp_nonce", "")}])
    made.env.filters["hhmm"] = lambda t: checkin_time_label(
        datetime.fromisoformat(t) if isinstance(t, str) else t) if t else ""
    made.env.filters["rule_zh"] = rule_name_zh
    made.env.filters["status_zh"] = status_zh
    made.env.filters["local"] = local_text
    made.env.filters["local_input"] = local_input
    return made


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return templates().TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, exc: CommandError) -> Response:
    return render(request, "applicant/error.html", {"code": exc.code,
                                                    "message": exc.message_zh},
                  status_of(exc))
