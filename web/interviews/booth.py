"""The booth console (面试台): employer staff on a tablet see who comes next and record
到场 / 未到 / 录用 / 未录用, without a stray tap ever recording what nobody meant.

Reads the ``interview`` projection (with the queue number, the post and the check-in time);
each tap posts a CSRF-checked form to ``web.interviews.commands.record_outcome`` (the same
command and checks as recordInterviewOutcome). Without JavaScript it is post/redirect/get;
with it, the page posts by fetch and merges the returned rows in place (``booth/console.html``).

Why it cannot misfire:
- every row has the same four buttons in the same places in every state; a button that does
  not apply is disabled, never replaced by another one, and rows never reorder or disappear
  while the page is open (they are merged by id; new ones are appended);
- 录用 asks first: the first tap only opens a confirm line below the buttons, whose
  确认录用 sits where no button was; a double tap lands on a disabled button;
- a recorded outcome can be corrected for ``JOBFAIR_CORRECTION_WINDOW_MIN`` minutes through
  更正 (a separate control on that line), which enables the other outcomes of that row;
- messages are a fixed toast that never pushes the rows.
Staff log in at ``/organiser/login`` and land here (``web.setup.pages.login``); the applicant's
name is shown because she applied to this employer (PIPL); her phone only in the export
(``web.interviews.export``), as the consent text promised.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlencode
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
LABELS = {
    "scheduled": "待面试",
    "arrived": "已到场",
    "offer": "已录用",
    "rejected": "未录用",
    "no_show": "未到场",
    "cancelled": "已取消",
}
BUTTONS = (("arrived", "到场"), ("no_show", "未到"), ("offer", "录用"), ("rejected", "未录用"))
QUEUE = """
SELECT i.interview_id, i.queue_no, i.table_no, i.starts_at, i.ends_at, i.status, i.remote,
       i.video_link, i.outcome_at, p.title AS post_title,
       CASE WHEN a.erased_at IS NULL THEN a.name ELSE '（已注销）' END AS applicant_name,
       c.checked_in_at
FROM interview i JOIN post p ON p.id = i.post_id
LEFT JOIN applicant a ON a.id = i.applicant_id
LEFT JOIN checkin c ON c.fair_id = i.fair_id AND c.applicant_id = i.applicant_id
WHERE i.employer_id = $1 AND (i.status IN ('scheduled', 'arrived') OR i.updated_at > now()
      - interval '30 minutes' OR i.interview_id = ANY($2::uuid[]))
ORDER BY i.queue_no NULLS LAST, i.starts_at, i.table_no
LIMIT 200
"""
EMPLOYER = "SELECT id, fair_id, name, booth, interview_tables FROM employer WHERE id = $1"
WAITING = """
SELECT count(*) FROM interview_waitlist WHERE employer_id = $1 AND state = 'waitlisted'
"""


def employer_id_of(request: Request) -> UUID:
    return read.parse_id(request.path_params["employer_id"], "employer")


def staff_of(request: Request, employer_id: UUID) -> Actor | None:
    actor = session_actor(request)
    if actor is None or not can_edit_employer(actor, str(employer_id)):
        return None
    return actor


def _ids(*values: Any) -> list[UUID]:
    out = []
    for v in values:
        try:
            out.append(UUID(str(v)))
        except ValueError:
            continue
    return out


def taps(row: Any, *, correcting: bool, confirming: bool) -> dict[str, bool]:
    """Which of the four fixed buttons are enabled for this row now."""
    status = row["status"]
    if confirming or status == "cancelled":
        return dict.fromkeys(OUTCOMES, False)
    if correcting:
        return {o: o != status for o in OUTCOMES}
    forward = {"scheduled": ("arrived", "no_show"), "arrived": ("offer", "rejected")}
    return {o: o in forward.get(status, ()) for o in OUTCOMES}


async def _context(
    request: Request, employer_id: UUID, *, confirm: str = "", correct: str = ""
) -> dict[str, Any]:
    pool = request.state.pool
    employer = await pool.fetchrow(EMPLOYER, employer_id)
    if employer is None:
        raise NotFound("no such employer", code="unknown_employer")
    ctx = context_of(request)
    window = timedelta(minutes=ctx.settings.correction_window_min)
    now = ctx.now()
    rows = await pool.fetch(QUEUE, employer_id, _ids(confirm, correct))
    view = []
    for r in rows:
        iid = str(r["interview_id"])
        can_correct = (
            r["outcome_at"] is not None
            and r["status"] != "cancelled"
            and now - r["outcome_at"] <= window
        )
        correcting = can_correct and correct == iid
        confirming = confirm == iid and (r["status"] == "arrived" or correcting)
        view.append(
            {
                "r": r,
                "id": iid,
                "can_correct": can_correct,
                "correcting": correcting,
                "confirming": confirming,
                "enabled": taps(r, correcting=correcting, confirming=confirming),
            }
        )
    return {
        "employer": employer,
        "rows": view,
        "labels": LABELS,
        "buttons": BUTTONS,
        "csrf": csrf_token(request),
        "home": HOME,
        "window_min": ctx.settings.correction_window_min,
        "waiting": await pool.fetchval(WAITING, employer_id),
        "confirm": confirm,
        "correct": correct,
        "flash": request.session.pop("booth_flash", None),
    }


def _state(request: Request) -> tuple[str, str]:
    q = request.query_params
    return (q.get("confirm") or "")[:40], (q.get("correct") or "")[:40]


async def console(request: Request) -> Response:
    employer_id = employer_id_of(request)
    if staff_of(request, employer_id) is None:
        return RedirectResponse("/organiser/login", status_code=303)
    confirm, correct = _state(request)
    ctx = await _context(request, employer_id, confirm=confirm, correct=correct)
    return render(request, "booth/console.html", ctx)


async def queue(request: Request) -> Response:
    employer_id = employer_id_of(request)
    if staff_of(request, employer_id) is None:
        return Response("请重新登录", status_code=401, media_type="text/plain; charset=utf-8")
    confirm, correct = _state(request)
    ctx = await _context(request, employer_id, confirm=confirm, correct=correct)
    return render(request, "booth/_queue.html", ctx)


async def outcome(request: Request) -> Response:
    """One tap. 录用 without ``confirmed`` only opens the confirm line; ``correct`` marks a
    correction (the command checks the window either way)."""
    employer_id = employer_id_of(request)
    actor = staff_of(request, employer_id)
    if actor is None:
        return RedirectResponse("/organiser/login", status_code=303)
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    result = str(form.get("outcome") or "")
    interview_id = str(form.get("interview_id") or "")[:40]
    correcting = interview_id if form.get("correct") == "1" else ""
    status, confirm, flash = 200, "", None
    if result not in OUTCOMES:
        status, flash = 400, {"kind": "error", "text": "无法识别的面试结果。"}
    elif result == "offer" and form.get("confirmed") != "1":
        confirm = interview_id  # ask first; nothing is recorded
    else:
        try:
            status, _ = await flow.record_outcome(context_of(request), actor, interview_id, result)
            text = f"已登记：{LABELS[result]}" if status == 200 else "已提交，正在处理…"
            flash, correcting = {"kind": "ok", "text": text}, ""
        except CommandError as exc:
            status, flash = status_of(exc), {"kind": "error", "text": exc.message_zh}
    if flash:
        request.session["booth_flash"] = flash
    if request.headers.get("x-requested-with") == "fetch":
        ctx = await _context(request, employer_id, confirm=confirm, correct=correcting)
        return render(request, "booth/_queue.html", ctx, 200 if status < 300 else status)
    query = urlencode({k: v for k, v in (("confirm", confirm), ("correct", correcting)) if v})
    return RedirectResponse(
        f"{HOME}/{employer_id}" + (f"?{query}" if query else ""), status_code=303
    )
