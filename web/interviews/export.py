"""Staff export of their own applicants (CSV or Excel), with the contact details the consent
text promised and nothing more: "我同意主办方使用我的姓名和手机号……仅在我报名某单位时提供给
该单位" — so name and phone of those who applied to this employer, the post, and where the
application stands. No gender, no other employer's applicants, no one who withdrew.

Reads ``application`` (+ ``applicant``, ``post``, ``interview``); answers
``/booth/{employer_id}/export.csv|xlsx`` for the employer's staff (session) or an organiser.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from web.applicants.reads import STATUS_ZH
from web.interviews.booth import LABELS, employer_id_of, staff_of

ROWS = """
SELECT a.name, a.phone, p.title, ap.status, i.starts_at, i.table_no, i.status AS interview
FROM application ap JOIN post p ON p.id = ap.post_id
JOIN applicant a ON a.id = ap.applicant_id
LEFT JOIN interview i ON i.application_id = ap.id AND i.status <> 'cancelled'
WHERE p.employer_id = $1 AND ap.status <> 'withdrawn'
ORDER BY p.title, ap.submitted_at
"""
HEADER = ["姓名", "手机号", "应聘岗位", "报名状态", "面试时间", "面试桌", "面试结果"]


def table(rows: list[Any]) -> list[list[str]]:
    out = [HEADER]
    for r in rows:
        when = r["starts_at"]
        out.append(
            [
                r["name"],
                r["phone"],
                r["title"],
                STATUS_ZH.get(r["status"], r["status"]),
                when.isoformat(timespec="minutes") if when else "",
                str(r["table_no"]) if r["table_no"] else "",
                LABELS.get(r["interview"], "") if r["interview"] else "",
            ]
        )
    return out


async def export(request: Request) -> Response:
    employer_id = employer_id_of(request)
    if staff_of(request, employer_id) is None:
        return RedirectResponse("/organiser/login", status_code=303)
    kind = request.path_params["kind"]
    if kind not in ("csv", "xlsx"):
        return Response("csv 或 xlsx", status_code=404, media_type="text/plain; charset=utf-8")
    rows = table(list(await request.state.pool.fetch(ROWS, employer_id)))
    name = f"applicants-{str(employer_id)[:8]}"
    if kind == "xlsx":
        book = Workbook()
        sheet = book.active
        sheet.title = "报名者"
        for line in rows:
            sheet.append(line)
        buf = io.BytesIO()
        book.save(buf)
        return Response(
            buf.getvalue(),
            headers={"content-disposition": f'attachment; filename="{name}.xlsx"'},
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    # BOM: Excel on Windows opens UTF-8 CSV with Chinese correctly only with it.
    return Response(
        "\ufeff" + text.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}.csv"'},
    )
