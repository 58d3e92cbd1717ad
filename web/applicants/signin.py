"""Which fair and which applicant an applicant page is for, written once for every feature.

Reads the fair named in the path (``web.applicants.commands.fair_by_id``: PostgreSQL) and her
cookie for that fair (``web.applicants.auth.cookie_applicant``: the signed token, no lookup).
:func:`signed_in` answers either both or the page to show instead: the error page for an
unknown fair, or 请先签到 (``applicant/signin.html``, 401) when this phone is not signed in.
Used by the applicant, identity and support pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from domain.tokens import ApplicantClaims
from web.applicants import commands as flow
from web.applicants.auth import cookie_applicant
from web.command_errors import CommandError
from web.context import context_of
from web.templating import error_page, render


@dataclass(frozen=True)
class SignedIn:
    fair: Any
    fair_id: str
    claims: ApplicantClaims


async def fair_of_path(request: Request) -> Any:
    """The fair named by the path's ``fair_id`` (NotFound/Invalid as the command raises)."""
    return await flow.fair_by_id(context_of(request), request.path_params["fair_id"])


async def signed_in(request: Request) -> SignedIn | Response:
    """The fair and her claims, or the page to answer instead: the error, or 请先签到."""
    try:
        fair = await fair_of_path(request)
    except CommandError as exc:
        return error_page(request, exc)
    fair_id = str(fair["id"])
    claims = cookie_applicant(request, fair_id)
    if claims is None:
        return render(request, "applicant/signin.html", {"fair": fair}, 401)
    return SignedIn(fair, fair_id, claims)
