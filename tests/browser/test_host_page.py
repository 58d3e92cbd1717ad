"""The host's live page in real Chromium: numbers pushed by SSE change as people check in and
apply through the API.

A real ``jobfair web`` process (uvicorn) and a real worker on the session's Kafka and
PostgreSQL. The page is opened first, then check-ins and applications go through the HTTP API;
the test waits until the page shows the new numbers (never sleep-then-assert). Screenshots of
the page and its transparent OBS variant go to tests/artifacts/.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2 as httpx
import pytest

from jobfair.settings import Settings
from tests.browser.conftest import launch
from tests.conftest import ARTIFACTS, poll

pytestmark = [pytest.mark.browser, pytest.mark.integration]
MAMA_FLEX = {"window_start": "09:00", "window_end": "15:00", "days": [1, 2, 3, 4, 5],
             "remote_share": 0.0, "school_run_compatible": True}


def make_fair(api: httpx.Client, auth: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    start = datetime.now(UTC) - timedelta(minutes=5)

    def made(path: str, body: dict[str, Any]) -> dict[str, Any]:
        r = api.post(path, headers=auth, json=body)
        assert r.status_code in (201, 202), r.text
        ident = r.json()["id"]
        found: dict[str, Any] = poll(
            lambda: (g := api.get(f"{path}/{ident}", headers=auth)).status_code == 200
            and g.json(), timeout=60, what=f"{path} projected")
        return found

    fair = made("/api/fairs", {"name": "招聘夜市·直播带岗", "kind": "night_market",
                               "starts_at": start.isoformat(),
                               "ends_at": (start + timedelta(hours=4)).isoformat()})
    employer = made("/api/employers", {"fair_id": fair["id"], "name": "明珠电商直播基地",
                                       "booth": "A03", "interview_tables": 2,
                                       "slot_minutes": 10})
    posts = [
        made("/api/posts", {"employer_id": employer["id"], "title": "直播运营助理",
                            "description": "弹性上下班，可接送孩子。", "headcount": 5,
                            "flex": MAMA_FLEX})["id"],
        made("/api/posts", {"employer_id": employer["id"], "title": "客服专员",
                            "description": "男女不限，提供午餐。", "headcount": 8})["id"],
    ]
    return fair, posts


def test_host_page_numbers_follow_checkins_and_applications(
    web_url: str, settings: Settings
) -> None:
    from playwright.sync_api import sync_playwright

    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    with httpx.Client(base_url=web_url, timeout=15) as api, sync_playwright() as pw:
        fair, posts = make_fair(api, auth)
        entrance = fair["entrance_qr_url"].rsplit("/", 1)[1]
        browser = launch(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(f"{web_url}/host/{fair['id']}")
            page.wait_for_function(
                "Number(document.getElementById('live').dataset.seq) >= 1", timeout=20000)
            assert page.inner_text("#n-checked-in") == "0"
            assert page.inner_text("#n-applications") == "0"
            assert "直播运营助理" in page.inner_text("#mama-posts")
            for i in range(3):
                r = api.post("/api/checkins", json={
                    "token": entrance, "name": f"观众{i}", "phone": f"1370000{i:04d}",
                    "consent": True})
                assert r.status_code == 200, r.text
                token = r.json()["applicant_token"]
                r = api.post("/api/applications", json={"post_id": posts[i % 2]},
                             headers={"authorization": f"Bearer {token}"})
                assert r.status_code == 202, r.text
            page.wait_for_function(
                "document.getElementById('n-checked-in').textContent === '3' && "
                "document.getElementById('n-applications').textContent === '3'",
                timeout=15000)
            assert page.inner_text("#n-on-site") == "3"
            assert page.inner_text("#n-per-minute") == "3"
            top = page.inner_text("#top-posts")
            assert "直播运营助理" in top and "投递 2" in top and "还剩 5/5" in top
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "host-page.png"), full_page=True)

            overlay = browser.new_page(viewport={"width": 1280, "height": 720})
            overlay.goto(f"{web_url}/host/{fair['id']}/overlay")
            overlay.wait_for_function(
                "document.getElementById('n-checked-in').textContent === '3'", timeout=20000)
            background = overlay.evaluate("getComputedStyle(document.body).backgroundColor")
            assert background in ("rgba(0, 0, 0, 0)", "transparent")
            overlay.screenshot(path=str(ARTIFACTS / "host-overlay.png"), omit_background=True)
        finally:
            browser.close()
