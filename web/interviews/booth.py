"""The booth console: employer staff on a phone or tablet at the booth see who comes next (with
the post she applied for) and record "到场 / 未到 / 录用 / 未录用" with one tap.

Reads the ``interview`` projection; each tap posts a CSRF-checked form that goes through
``web.interviews.commands.record_outcome`` (the same command and checks as recordInterviewOutcome).
Without JavaScript it is post/redirect/get; with it, the page posts by fetch and swaps in the
queue fragment, which it also polls every few seconds so the queue moves without a reload.
Staff log in at ``/organiser/login`` with their staff token (``web.auth``); the applicant's name
is shown because she applied to this employer (PIPL); her phone is never shown.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from streams.interviews import OUTCOMES
from web.auth import Actor, can_edit_employer, check_csrf, csrf_token, session_actor
from web.command_errors import CommandError, NotFound
from web.context import context_of
from web.errors import status_of
from web.interviews import commands as flow
from web.interviews import reads as read
from web.templating import render

HOME = "/booth"
LABELS = {"scheduled": "待面试", "arrived": "已到场", "offer": "已录用", "rejected": "未录用",
          "no_show": "未到场"}
QUEUE = """
SELECT i.interview_id, i.table_no, i.starts_at, i.ends_at, i.status, i.remote, i.video_link,
       p.title AS post_title, a.name AS applicant_name
FROM interview i JOIN post p ON p.id = i.post_id
LEFT JOIN applicant a ON a.id = i.applicant_id
WHERE i.employer_id = $1 AND (i.status IN ('scheduled', 'arrived') OR i.updated_at > now()
      - interval '30 minutes')
ORDER BY i.status NOT IN ('scheduled', 'arrived'), i.starts_at, i.table_no
LIMIT 200
"""
EMPLOYER = "SELECT id, fair_id, name, booth, interview_tables FROM employer WHERE id = $1"
WAITING = """
SELECT count(*) FROM interview_waitlist WHERE employer_id = $1 AND state = 'waitlisted'
"""


def _employer_id(request: Request) -> UUID:
    return read.parse_id(request.path_params["employer_id"], "employer")


def _staff(request: Request, employer_id: UUID) -> Actor | None:
    actor = session_actor(request)
    if actor is None or not can_edit_employer(actor, str(employer_id)):
        return None
    return actor


async def _context(request: Request, employer_id: UUID) -> dict[str, Any]:
    pool = request.state.pool
    employer = await pool.fetchrow(EMPLOYER, employer_id)
    if employer is None:
        raise NotFound("no such employer", code="unknown_employer")
    rows = await pool.fetch(QUEUE, employer_id)
    return {
        "employer": employer, "rows": rows, "labels": LABELS, "csrf": csrf_token(request),
        "waiting": await pool.fetchval(WAITING, employer_id), "home": HOME,
        "flash": request.session.pop("booth_flash", None),
    }


async def console(request: Request) -> Response:
    employer_id = _employer_id(request)
    if _staff(request, employer_id) is None:
        return RedirectResponse("/organiser/login", status_code=303)
    ctx = await _context(request, employer_id)
    return render(request, "booth/console.html", ctx)


async def queue(request: Request) -> Response:
    employer_id = _employer_id(request)
    if _staff(request, employer_id) is None:
        return Response("请重新登录", status_code=401, media_type="text/plain; charset=utf-8")
    ctx = await _context(request, employer_id)
    return render(request, "booth/_queue.html", ctx)


async def outcome(request: Request) -> Response:
    employer_id = _employer_id(request)
    actor = _staff(request, employer_id)
    if actor is None:
        return RedirectResponse("/organiser/login", status_code=303)
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    result = str(form.get("outcome") or "")
    status = 400
    if result not in OUTCOMES:
        text, kind = "无法识别的面试结果。", "error"
    else:
        try:
            status, _ = await flow.record_outcome(context_of(request), actor,
                                                  form.get("interview_id"), result)
            text, kind = (f"已登记：{LABELS[result]}" if status == 200
                          else "已提交，正在处理…"), "ok"
        except CommandError as exc:
            status = status_of(exc)
            text, kind = exc.message_zh, "error"
    request.session["booth_flash"] = {"kind": kind, "text": text}
    if request.headers.get("x-requested-with") == "fetch":
        ctx = await _context(request, employer_id)
        return render(request, "booth/_queue.html", ctx, 200 if status < 300 else status)
    return RedirectResponse(f"{HOME}/{employer_id}", status_code=303)
