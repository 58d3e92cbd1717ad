"""The booth console and the applicant's interview view in real Chromium.

A real ``jobfair web`` process and a real worker on the session's Kafka and PostgreSQL; the
fair, the applicant's check-in and application go through the API. Staff log in on a tablet-
sized page, tap "到场" then "录用"; the applicant's phone-sized page follows by itself.
Screenshots are kept in tests/artifacts/.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx2 as httpx
import pytest

from jobfair.settings import Settings
from tests.browser.conftest import launch
from tests.conftest import ARTIFACTS, poll
from web.applicants.auth import cookie_name

pytestmark = [pytest.mark.browser, pytest.mark.integration]


def _fair(api: httpx.Client, auth: dict[str, str]) -> dict[str, Any]:
    from datetime import UTC, datetime, timedelta

    start = datetime.now(UTC) - timedelta(minutes=5)

    def made(path: str, body: dict[str, Any]) -> dict[str, Any]:
        r = api.post(path, headers=auth, json=body)
        assert r.status_code in (201, 202), r.text
        ident = r.json()["id"]
        def projected() -> dict[str, Any] | None:
            got = api.get(f"{path}/{ident}", headers=auth)
            return got.json() if got.status_code == 200 else None

        return poll(projected, timeout=60, what=f"{path} projected")

    fair = made("/api/fairs", {"name": "女性专场招聘会", "kind": "onsite",
                               "starts_at": start.isoformat(),
                               "ends_at": (start + timedelta(hours=4)).isoformat()})
    employer = made("/api/employers", {"fair_id": fair["id"], "name": "明珠电商",
                                       "booth": "B12", "interview_tables": 2,
                                       "slot_minutes": 15})
    post = made("/api/posts", {"employer_id": employer["id"], "title": "电商客服",
                               "headcount": 3, "description": "男女不限，弹性上下班。"})
    return {"fair": fair, "employer": employer, "post": post}


def test_staff_taps_arrived_and_offer_and_the_applicant_sees_it(
    settings: Settings, web_url: str
) -> None:
    from playwright.sync_api import expect, sync_playwright

    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    with httpx.Client(base_url=web_url, timeout=15) as api:
        made = _fair(api, auth)
        fair_id, employer_id = made["fair"]["id"], made["employer"]["id"]
        staff_token = api.get(f"/api/employers/{employer_id}", headers=auth).json()["staff_token"]
        entrance = made["fair"]["entrance_qr_url"].rsplit("/", 1)[1]
        r = api.post("/api/checkins", json={"token": entrance, "name": "李娟",
                                            "phone": f"138{uuid.uuid4().int % 10**8:08d}",
                                            "consent": True})
        assert r.status_code in (200, 202), r.text
        token = r.json()["applicant_token"]
        me = {"authorization": f"Bearer {token}"}
        assert api.post("/api/applications", headers=me,
                        json={"post_id": made["post"]["id"]}).status_code == 202
        poll(lambda: api.get("/api/interviews", headers=me).json(), timeout=60,
             what="the applicant's interview")

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = launch(pw)
        try:
            phone = browser.new_context(viewport={"width": 390, "height": 800}, locale="zh-CN")
            phone.add_cookies([{"name": cookie_name(fair_id), "value": token,
                                "url": web_url, "httpOnly": True, "sameSite": "Lax"}])
            mine = phone.new_page()
            mine.goto(f"{web_url}/me/{fair_id}/interviews")
            card = mine.locator("[data-interview]")
            expect(card).to_contain_text("B12 号展位")
            expect(card).to_contain_text("前面还有 0 人")

            tablet = browser.new_context(viewport={"width": 800, "height": 1100},
                                         locale="zh-CN")
            booth = tablet.new_page()
            booth.goto(f"{web_url}/organiser/login")
            booth.fill("#token", staff_token)
            booth.click("button[type=submit]")
            booth.wait_for_url(f"**/booth/{employer_id}")  # staff land on the console
            row = booth.locator("li[data-interview]").first
            expect(row).to_contain_text("李娟")
            expect(row).to_contain_text("电商客服")
            row.locator("button[data-outcome=arrived]").click()
            expect(booth.locator("li[data-status=arrived]")).to_have_count(1, timeout=15_000)
            expect(mine.locator("[data-status=arrived]")).to_be_visible(timeout=15_000)

            booth.locator("li[data-status=arrived] button[data-outcome=offer]").click()
            booth.locator("[data-action=confirm-offer]").click()  # 录用 asks first
            expect(booth.locator("li[data-status=offer]")).to_have_count(1, timeout=15_000)
            booth.screenshot(path=str(ARTIFACTS / "booth-console.png"), full_page=True)
            expect(mine.locator("[data-status=offer]")).to_contain_text("录用", timeout=15_000)
            mine.screenshot(path=str(ARTIFACTS / "applicant-interviews.png"), full_page=True)
        finally:
            browser.close()
