"""Issue 13, personal data and pages: erasure and retention keep the report exact; every response
has security headers; applicant forms from another site are refused.

Real web app (in-process), worker, Kafka and PostgreSQL. The retention test makes a fair that
ended long ago by moving its end into the past in PostgreSQL, then runs the same sweep as
``jobfair retention``.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import asyncpg
import pytest
from starlette.testclient import TestClient

from jobfair.reporting.query import fair_report
from jobfair.retention import sweep
from jobfair.settings import Settings
from tests.conftest import poll
from tests.integration.fairkit import Fair, bearer, make_fair, organiser, person

pytestmark = pytest.mark.integration
ORIGIN = "http://testserver"


@pytest.fixture
def client(phone_client: TestClient) -> TestClient:
    return phone_client


def report(settings: Settings, fair_id: str) -> dict[str, Any]:
    async def run() -> dict[str, Any]:
        conn = await asyncpg.connect(settings.database_url)
        try:
            return (await fair_report(conn, fair_id=uuid.UUID(fair_id))).to_dict()
        finally:
            await conn.close()

    return asyncio.run(run())


def populate(client: TestClient, fair: Fair, first: int) -> list[dict[str, Any]]:
    """Three applicants (two women, one man) checked in, each applying to the first post."""
    people = []
    for n, gender in enumerate(("女", "女性", "男")):
        r = client.post(
            "/api/checkins",
            json={"token": fair.entrance_token, **person(first + n), "gender": gender},
        )
        assert r.status_code in (200, 202), r.text
        people.append(r.json())
    for who in people:
        poll(
            lambda w=who: (
                client.post(
                    "/api/applications",
                    headers=bearer(w["applicant_token"]),
                    json={"post_id": fair.post_ids[0]},
                ).status_code
                == 202
            ),
            timeout=30,
            what="application accepted",
        )
    return people


def settled(settings: Settings, fair_id: str) -> dict[str, Any]:
    def ready() -> dict[str, Any] | None:
        r = report(settings, fair_id)
        return r if r["totals"].get("applications") == 3 else None

    out: dict[str, Any] = poll(ready, timeout=30, what="report to count 3 applications")
    return out


def test_erasure_by_herself_or_an_organiser_keeps_the_report_exact(
    client: TestClient, settings: Settings, db: Callable[..., Any]
) -> None:
    fair = make_fair(client, settings, posts=1)
    people = populate(client, fair, 11)
    before = settled(settings, fair.id)
    assert before["totals"]["women"] == 2
    me, other = people[0], people[1]
    refused = client.post(
        "/api/applicants/erase",
        headers=bearer(other["applicant_token"]),
        json={"applicant_id": me["applicant_id"]},
    )
    assert (refused.status_code, refused.json()["error"]) == (403, "not_yourself")
    mine = client.post(
        "/api/applicants/erase",
        headers=bearer(me["applicant_token"]),
        json={"applicant_id": me["applicant_id"]},
    )
    assert mine.status_code == 202, mine.text
    by_organiser = client.post(
        "/api/applicants/erase",
        headers=organiser(settings),
        json={"applicant_id": people[2]["applicant_id"]},
    )
    assert by_organiser.status_code == 202
    rows = db(
        "SELECT name, phone, gender, erased_at FROM applicant WHERE id = ANY($1::uuid[])",
        [uuid.UUID(p["applicant_id"]) for p in (me, people[2])],
    )
    assert sorted(r["gender"] for r in rows) == ["其他", "女"]
    assert all(r["name"] is None and r["phone"] is None and r["erased_at"] for r in rows)
    r = client.get("/api/applications/mine", headers=bearer(me["applicant_token"]))
    assert (r.status_code, r.json()["error"]) == (401, "applicant_erased")
    again = client.post("/api/checkins", json={"token": fair.entrance_token, **person(11)})
    assert (again.status_code, again.json()["error"]) == (410, "applicant_erased")
    assert report(settings, fair.id) == before


def test_retention_erases_fairs_past_their_period_and_nothing_else(
    client: TestClient, settings: Settings, db: Callable[..., Any]
) -> None:
    old, current = make_fair(client, settings, posts=1), make_fair(client, settings, posts=1)
    populate(client, old, 21)
    populate(client, current, 31)
    db(
        "UPDATE fair SET starts_at = starts_at - make_interval(days => $2 + 2), "
        "ends_at = ends_at - make_interval(days => $2 + 1) WHERE id = $1",
        uuid.UUID(old.id),
        settings.retention_contact_days,
    )
    before = settled(settings, old.id)

    async def run() -> Any:
        conn = await asyncpg.connect(settings.database_url)
        try:
            return await sweep(conn, settings, datetime.now(UTC))
        finally:
            await conn.close()

    assert asyncio.run(run()).applicants_erased >= 3
    left = db(
        "SELECT fair_id, count(*) FILTER (WHERE name IS NOT NULL) AS named "
        "FROM applicant WHERE fair_id = ANY($1::uuid[]) GROUP BY fair_id",
        [uuid.UUID(old.id), uuid.UUID(current.id)],
    )
    assert {str(r["fair_id"]): r["named"] for r in left} == {old.id: 0, current.id: 3}
    assert report(settings, old.id) == before
    assert asyncio.run(run()).applicants_erased == 0  # idempotent


# --- headers and forms ------------------------------------------------------------------------


def test_every_response_has_security_headers_and_scripts_carry_the_nonce(
    client: TestClient, settings: Settings
) -> None:
    fair = make_fair(client, settings, posts=1)
    for path in (
        "/healthz",
        "/openapi.json",
        f"/f/{fair.entrance_token}",
        "/organiser/login",
        f"/host/{fair.id}",
        f"/host/{fair.id}/overlay",
        "/no/such/page",
        f"/api/fairs/{fair.id}/live/counts",
    ):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self' 'nonce-" in csp, path
        assert (h["x-frame-options"], h["x-content-type-options"], h["referrer-policy"]) == (
            "DENY",
            "nosniff",
            "same-origin",
        ), path
    page = client.get(f"/host/{fair.id}")
    nonce = re.search(r"'nonce-([^']+)'", page.headers["content-security-policy"])
    assert nonce is not None
    assert f'<script nonce="{nonce.group(1)}">' in page.text
    assert "<script>" not in page.text


def test_applicant_forms_from_another_site_are_refused(
    client: TestClient, settings: Settings
) -> None:
    fair = make_fair(client, settings, posts=1)
    form = {**person(41), "consent": "on"}
    for headers in (
        {"origin": "https://evil.example"},
        {"origin": "null"},
        {"origin": "", "referer": "https://evil.example/x"},
    ):
        r = client.post(f"/f/{fair.entrance_token}", data=form, headers=headers)
        assert (r.status_code, r.json()["error"]) == (403, "cross_site_form"), headers
        login_csrf = client.post(
            f"/me/{fair.id}/verify",
            headers=headers,
            data={"phone": "13900000041", "code": "123456"},
        )
        assert login_csrf.status_code == 403
    r = client.post(f"/f/{fair.entrance_token}", data=form, follow_redirects=False)
    assert r.status_code == 303  # the same form from this site's own page
    referer_only = client.post(
        f"/me/{fair.id}/apply",
        data={"post_id": fair.post_ids[0]},
        headers={"origin": "", "referer": f"{ORIGIN}/me/{fair.id}"},
        follow_redirects=False,
    )
    assert referer_only.status_code == 303


def test_she_withdraws_consent_from_her_own_page(
    client: TestClient, settings: Settings, db: Callable[..., Any]
) -> None:
    fair = make_fair(client, settings, posts=1)
    r = client.post(
        f"/f/{fair.entrance_token}", data={**person(51), "consent": "on"}, follow_redirects=False
    )
    assert r.status_code == 303
    home = poll(
        lambda: (p := client.get(f"/me/{fair.id}")).status_code == 200 and p,
        timeout=30,
        what="her home page",
    )
    assert f'href="/me/{fair.id}/erase"' in home.text
    assert "确认注销" in client.get(f"/me/{fair.id}/erase").text
    done = client.post(f"/me/{fair.id}/erase")
    assert done.status_code == 202 and "已注销" in done.text
    rows = db("SELECT name, phone FROM applicant WHERE fair_id = $1", uuid.UUID(fair.id))
    assert [(r["name"], r["phone"]) for r in rows] == [(None, None)]
    assert client.get(f"/me/{fair.id}").status_code == 401  # signed out on her phone
    cross = client.post(f"/me/{fair.id}/erase", headers={"origin": "https://evil.example"})
    assert cross.status_code == 403
