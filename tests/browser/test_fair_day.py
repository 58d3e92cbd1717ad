"""Issue 12 acceptance in real Chromium: a fair run through its day, and its figures.

A real ``jobfair web`` process and worker on the session's Kafka and PostgreSQL. Setup,
check-ins (with and without a stated gender, one remote registration, one check-out),
applications (three from her recommended posts: job referrals), interviews and outcomes go
through the public API, as the floor's devices send them. Then, in the browser: a staff
tablet opens the URL in her personal QR code (decoded from the PNG on her page) and taps the
services; her phone files a named complaint from her page; a help-desk visitor files an
anonymous one from the help desk's QR; the organiser takes one up in the queue. The
organiser's fair page, figures page, report page, getFairReport, the CSV and the XLSX
(opened with openpyxl) must all show exactly the figures the events imply. Screenshots of
each page go to tests/artifacts/ (looked at by a person). Waits are polls with deadlines.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2 as httpx
import pytest

from jobfair.reporting.figures import FIGURES
from jobfair.settings import Settings
from tests.browser.conftest import launch, web_process
from tests.conftest import ARTIFACTS, WorkerProcess, poll
from web.applicants.auth import cookie_name

pytestmark = [pytest.mark.browser, pytest.mark.integration]
PHONE = {"width": 390, "height": 844}
TABLET = {"width": 820, "height": 1180}
LAPTOP = {"width": 1366, "height": 900}
MAMA = {
    "window_start": "09:00",
    "window_end": "15:00",
    "days": [1, 2, 3, 4, 5],
    "remote_share": 0.0,
    "school_run_compatible": True,
}

# What the events below imply (README "Report figures"). Interviews: the scheduler books the
# six applications of people on site (an onsite fair books a remote registrant only once she
# checks in); four get an outcome (offer, rejected, no_show, arrived), two wait.
EXPECTED = {
    "employers": 2,
    "posts": 3,
    "openings": 10,
    "registered": 6,
    "checked_in": 5,
    "on_site": 4,
    "gender_stated": 4,
    "women": 3,
    "applications": 7,
    "interviews": 3,
    "interviews_waiting": 2,
    "no_shows": 1,
    "offers": 1,
    "mama_posts": 1,
    "mama_openings": 3,
    "mama_applications": 2,
    "mama_offers": 1,
    "service_started": 2,
    "completed_1131": 1,
    "complaints": 2,
    "complaints_open": 2,
}


def _made(api: httpx.Client, auth: dict[str, str], path: str, body: dict[str, Any]) -> Any:
    r = api.post(path, headers=auth, json=body)
    assert r.status_code in (201, 202), r.text
    ident = r.json()["id"]

    def projected() -> Any:
        got = api.get(f"{path}/{ident}", headers=auth)
        return got.json() if got.status_code == 200 else None

    return poll(projected, timeout=60, what=f"{path} projected")


def run_the_day(api: httpx.Client, auth: dict[str, str]) -> dict[str, Any]:
    start = datetime.now(UTC) - timedelta(minutes=5)
    fair = _made(
        api,
        auth,
        "/api/fairs",
        {
            "name": "春风行动女性专场",
            "kind": "onsite",
            "starts_at": start.isoformat(),
            "ends_at": (start + timedelta(hours=6)).isoformat(),
            "venue": "市民中心",
        },
    )
    e1 = _made(
        api,
        auth,
        "/api/employers",
        {
            "fair_id": fair["id"],
            "name": "巧手家政",
            "booth": "A1",
            "interview_tables": 2,
            "slot_minutes": 15,
        },
    )
    e2 = _made(
        api,
        auth,
        "/api/employers",
        {
            "fair_id": fair["id"],
            "name": "城东物流",
            "booth": "A2",
            "interview_tables": 2,
            "slot_minutes": 15,
        },
    )
    p1 = _made(
        api,
        auth,
        "/api/posts",
        {
            "employer_id": e1["id"],
            "title": "育婴师",
            "headcount": 3,
            "description": "男女不限，弹性上下班。",
            "flex": MAMA,
        },
    )
    p2 = _made(
        api,
        auth,
        "/api/posts",
        {"employer_id": e1["id"], "title": "保洁", "headcount": 2, "description": "男女不限。"},
    )
    p3 = _made(
        api,
        auth,
        "/api/posts",
        {
            "employer_id": e2["id"],
            "title": "分拣员",
            "headcount": 5,
            "description": "男女不限，包午餐。",
        },
    )
    entrance = fair["entrance_qr_url"].rsplit("/", 1)[1]
    people = []
    for n, gender in enumerate(["女", "女", "男", None, "女性"]):
        body = {
            "token": entrance,
            "name": f"求职者{n}",
            "consent": True,
            "phone": f"136{uuid.uuid4().int % 10**8:08d}",
        }
        if gender:
            body["gender"] = gender
        r = api.post("/api/checkins", json=body)
        assert r.status_code in (200, 202), r.text
        people.append(r.json())
    r = api.post(
        "/api/applicants",
        json={
            "fair_id": fair["id"],
            "name": "线上求职者",
            "phone": f"135{uuid.uuid4().int % 10**8:08d}",
            "consent": True,
        },
    )
    assert r.status_code in (201, 202), r.text
    remote = r.json()
    tokens = [{"authorization": f"Bearer {p['applicant_token']}"} for p in people]
    remote_auth = {"authorization": f"Bearer {remote['applicant_token']}"}
    poll(
        lambda: api.post("/api/checkouts", headers=tokens[4]).status_code == 202,
        timeout=30,
        what="a check-out",
    )
    applications = [
        (0, p1, "1131"),
        (0, p2, "1131"),
        (0, p3, "1131"),
        (1, p1, None),
        (2, p3, None),
        (3, p2, None),
    ]
    for who, post, source in applications:
        body = {"post_id": post["id"], **({"source": source} if source else {})}
        r = api.post("/api/applications", headers=tokens[who], json=body)
        assert r.status_code == 202, r.text
    assert (
        api.post("/api/applications", headers=remote_auth, json={"post_id": p3["id"]}).status_code
        == 202
    )

    on_site = {p["applicant_id"] for p in people}

    def interviews() -> list[dict[str, Any]] | None:
        got = api.get("/api/interviews", headers=auth, params={"fair_id": fair["id"]}).json()
        return got if len([i for i in got if i["applicant_id"] in on_site]) == 6 else None

    booked = {
        (i["applicant_id"], i["post_id"]): i["interview_id"]
        for i in poll(interviews, timeout=60, what="6 on-site interviews booked")
    }
    for who, post, outcome in (
        (0, p1, "offer"),
        (1, p1, "rejected"),
        (2, p3, "no_show"),
        (3, p2, "arrived"),
    ):
        r = api.post(
            "/api/interviews/outcomes",
            headers=auth,
            json={
                "interview_id": booked[(people[who]["applicant_id"], post["id"])],
                "outcome": outcome,
            },
        )
        assert r.status_code in (200, 202), r.text
    return {"fair": fair, "people": people, "e1": e1, "entrance": entrance}


@pytest.fixture
def site(settings: Settings, worker: WorkerProcess) -> Iterator[str]:
    """A real ``jobfair web`` process, ready when it serves a page: this test needs the web
    app, the worker and the databases, not /healthz's broker verdict (tested elsewhere)."""
    with web_process(settings, "fair-day", ready="/organiser/login") as url:
        yield url


def test_a_fair_day_shows_exact_figures_everywhere(settings: Settings, site: str) -> None:
    web_url = site
    from openpyxl import load_workbook  # type: ignore[import-untyped]
    from playwright.sync_api import expect, sync_playwright

    from tests.browser.qr import decode_qr

    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with httpx.Client(base_url=web_url, timeout=15) as api, sync_playwright() as pw:
        day = run_the_day(api, auth)
        fair_id = day["fair"]["id"]
        expected = EXPECTED
        she, other = day["people"][0], day["people"][1]
        assert (
            api.post(
                "/api/services",
                headers=auth,
                json={"applicant_id": other["applicant_id"], "service": "policy_briefing"},
            ).status_code
            == 202
        )
        browser = launch(pw)
        try:
            # Her phone: the personal QR and, later, her record.
            phone = browser.new_context(viewport=PHONE, locale="zh-CN")
            phone.add_cookies(
                [
                    {
                        "name": cookie_name(fair_id),
                        "value": she["applicant_token"],
                        "url": web_url,
                        "httpOnly": True,
                        "sameSite": "Lax",
                    }
                ]
            )
            mine = phone.new_page()
            mine.goto(f"{web_url}/me/{fair_id}/services")
            expect(mine.locator("h1")).to_have_text("我的就业服务（1131）")
            qr = mine.request.get(f"{web_url}/me/{fair_id}/services/qr.png")
            desk_url = decode_qr(qr.body())
            assert desk_url.startswith(f"{web_url}/desk/"), desk_url
            code = desk_url.rsplit("/", 1)[1]
            assert she["applicant_id"] not in code and "求职者" not in desk_url

            # The organiser logs in on her laptop and a desk tablet (same token).
            laptop = browser.new_context(viewport=LAPTOP, locale="zh-CN")
            org = laptop.new_page()
            tablet = browser.new_context(viewport=TABLET, locale="zh-CN")
            desk = tablet.new_page()
            for page in (org, desk):
                page.goto(f"{web_url}/organiser/login")
                page.fill("#token", settings.organiser_token or "")
                page.click("button[type=submit]")
                page.wait_for_url("**/organiser**")
            desk.goto(f"{web_url}/desk/{code}")  # what the tablet's QR scanner opens
            for service, label in (
                ("policy_briefing", "政策宣讲"),
                ("career_guidance", "职业指导"),
                ("skills_training", "技能培训"),
            ):
                desk.click(f"button[data-service={service}]")
                expect(desk.locator("#done")).to_contain_text(label)
            expect(desk.locator("#record")).to_contain_text("岗位推荐")
            expect(desk.locator("text=已完成 1131")).to_be_visible(timeout=15_000)
            desk.screenshot(path=str(ARTIFACTS / "desk-1131.png"), full_page=True)
            mine.reload()
            expect(mine.locator("text=您已完成“1131”全部服务")).to_be_visible()

            # A named complaint from the second woman's page.
            phone2 = browser.new_context(viewport=PHONE, locale="zh-CN")
            phone2.add_cookies(
                [
                    {
                        "name": cookie_name(fair_id),
                        "value": other["applicant_token"],
                        "url": web_url,
                        "httpOnly": True,
                        "sameSite": "Lax",
                    }
                ]
            )
            hers = phone2.new_page()
            hers.goto(f"{web_url}/me/{fair_id}/services")
            hers.check("input[name=kind][value=pregnancy_test]")
            hers.select_option("#employer_id", day["e1"]["id"])
            hers.fill("#note", "面试时要求先去做孕检")
            hers.click("form.stack button[type=submit]")
            expect(hers.locator("#filed")).to_be_visible()
            expect(hers.locator("#my-complaints")).to_contain_text("已收到")
            hers.screenshot(path=str(ARTIFACTS / "applicant-services.png"), full_page=True)

            # An anonymous complaint from the help desk's QR (the entrance token).
            visitor = browser.new_context(viewport=PHONE, locale="zh-CN").new_page()
            visitor.goto(f"{web_url}/f/{day['entrance']}/complaint")
            visitor.check("input[name=kind][value=marriage_childbearing_question]")
            visitor.click("form.stack button[type=submit]")
            status_link = visitor.locator("#status-link").get_attribute("href") or ""
            visitor.screenshot(path=str(ARTIFACTS / "helpdesk-complaint.png"), full_page=True)
            assert status_link.startswith(f"{web_url}/complaints/"), status_link
            visitor.goto(status_link)
            expect(visitor.locator("#status")).to_have_text("已收到")

            # The organiser takes the named one up.
            org.goto(f"{web_url}/organiser/fairs/{fair_id}/complaints")
            named = org.locator(".complaint", has_text="面试时要求先去做孕检")
            named.locator("select[name=status]").select_option("in_progress")
            named.locator("input[name=note]").fill("已联系用人单位核实")
            named.locator("button[type=submit]").click()
            expect(org.locator(".complaint[data-status=in_progress]")).to_have_count(1)
            org.screenshot(path=str(ARTIFACTS / "organiser-complaints.png"), full_page=True)
            # The employer's page shows the open complaint naming it (kind and count only).
            org.goto(f"{web_url}/organiser/employers/{day['e1']['id']}")
            expect(org.locator("#employer-complaints")).to_contain_text("要求孕检 1 件")
            expect(org.locator("#employer-complaints")).not_to_contain_text("先去做孕检")
            hers.reload()
            expect(hers.locator("#my-complaints")).to_contain_text("处理中")

            # The figures: getFairReport, the fair page, the figures page.
            seen: list[dict[str, Any]] = []

            def report() -> dict[str, Any] | None:
                got: dict[str, Any] = api.get(f"/api/fairs/{fair_id}/report", headers=auth).json()
                seen[:] = [{k: got.get(k) for k in expected}]
                return got if seen[0] == expected else None

            try:
                body = poll(report, timeout=60, what="getFairReport equal to the events")
            except AssertionError:
                assert seen[0] == expected  # shows which figure differs
                raise
            assert body["service_1131"] == {
                "service_started": 2,
                "step_policy": 2,
                "step_guidance": 1,
                "step_referrals": 1,
                "completed_1131": 1,
            }
            org.goto(f"{web_url}/organiser/fairs/{fair_id}")
            for key in (
                "registered",
                "checked_in",
                "on_site",
                "applications",
                "interviews",
                "interviews_waiting",
                "no_shows",
                "offers",
                "mama_posts",
                "mama_applications",
                "mama_offers",
                "complaints",
                "completed_1131",
            ):
                expect(org.locator(f"#fair-figures [data-fig={key}] b")).to_have_text(
                    str(expected[key]), timeout=15_000
                )
            expect(org.locator("#fair-figures [data-fig=women] b")).to_have_text("3/4")
            expect(org.locator("a[href$='/overlay']")).to_have_count(1)
            org.screenshot(path=str(ARTIFACTS / "organiser-fair-figures.png"), full_page=True)
            org.goto(f"{web_url}/organiser/fairs/{fair_id}/figures")
            e1 = org.locator(f"#fig-employers tr[data-employer='{day['e1']['id']}'] td")
            expect(e1).to_have_text(["A1", "巧手家政", "2", "5", "4", "1", "3", "0", "1", "1/2/1"])
            expect(org.locator("#fig-1131 [data-step=completed_1131]")).to_have_text("1")
            org.screenshot(path=str(ARTIFACTS / "organiser-figures.png"), full_page=True)

            # The report page and its downloads hold the same figures.
            org.goto(f"{web_url}/organiser/fairs/{fair_id}/report")
            expect(org.locator("table[data-level=场次]")).to_contain_text("春风行动女性专场")
            org.screenshot(path=str(ARTIFACTS / "organiser-report.png"), full_page=True)
            with org.expect_download() as got:
                org.click("#download-xlsx")
            assert got.value.suggested_filename.endswith(".xlsx")
            path = ARTIFACTS / "fair-day-report.xlsx"
            got.value.save_as(path)
            book = load_workbook(path, read_only=True)
            head, *rows = list(book["场次"].iter_rows(values_only=True))
            labels = {f.key: f.label for f in FIGURES}
            (row,) = rows
            in_xlsx = {k: row[head.index(labels[k])] for k in expected if k in labels}
            assert in_xlsx == {k: v for k, v in expected.items() if k in labels}
            csv_text = org.request.get(f"{web_url}/organiser/fairs/{fair_id}/report.csv").text()
            table = list(csv.reader(io.StringIO(csv_text.lstrip("\ufeff"))))
            fair_row = next(r for r in table[1:] if r[0] == "场次")
            assert {k: int(fair_row[table[0].index(labels[k])]) for k in in_xlsx} == in_xlsx
        finally:
            browser.close()
