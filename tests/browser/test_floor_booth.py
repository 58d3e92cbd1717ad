"""Issue 10 item 1 in real Chromium on a booth tablet (1024×768): staff log in and land on the
console; rows tell people apart; the four outcome buttons never move; every button tapped
twice (once fast, as a double tap, and again 0.7 s later at the same spot, after the row has
redrawn) records at most what the person meant; 录用 asks first; a stray offer corrected
within the window leaves the post's counts exact; the export holds name and phone only.
Screenshots in tests/artifacts/ (booth-*.png)."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable
from typing import Any

import httpx2 as httpx
import pytest

from jobfair.settings import Settings
from tests.browser import floorkit as kit
from tests.browser.conftest import launch
from tests.conftest import ARTIFACTS, poll

pytestmark = [pytest.mark.browser, pytest.mark.integration]


def commands(db: Callable[..., Any], interview_id: str) -> list[tuple[str, bool]]:
    rows = db(
        "SELECT outcome, accepted FROM interview_command WHERE interview_id = $1 "
        "ORDER BY at, event_id",
        uuid.UUID(interview_id),
    )
    return [(r["outcome"], r["accepted"]) for r in rows]


def test_booth_console_cannot_misfire(
    settings: Settings, web_url: str, db: Callable[..., Any]
) -> None:
    from playwright.sync_api import expect, sync_playwright

    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    with httpx.Client(base_url=web_url, timeout=15) as api:
        m = kit.fair(api, auth)
        eid, post_id = m["employer"]["id"], m["post"]["id"]
        staff = api.get(f"/api/employers/{eid}", headers=auth).json()["staff_token"]
        phones = [kit.phone_number(), kit.phone_number()]
        tokens = [
            kit.check_in(api, m["entrance"], name, p)
            for name, p in zip(("王丽", "王丽"), phones, strict=True)
        ]
        for t in tokens:
            kit.apply(api, t, post_id)
        interviews = poll(
            lambda: (lambda r: r if len(r) == 2 else None)(
                api.get("/api/interviews", headers=auth, params={"employer_id": eid}).json()
            ),
            timeout=60,
            what="two interviews",
        )
        counts = lambda: api.get(f"/api/posts/{post_id}/counts").json()  # noqa: E731

        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as pw:
            browser = launch(pw)
            try:
                tablet = browser.new_context(
                    viewport={"width": 1024, "height": 768}, locale="zh-CN"
                )
                tablet.add_init_script(kit.COUNT_POSTS)
                page = tablet.new_page()
                page.goto(f"{web_url}/organiser/login")
                page.fill("#token", staff)
                page.click("button[type=submit]")
                page.wait_for_url(f"**/booth/{eid}")  # staff land on the console
                assert "jobfair" not in page.title()

                rows = page.locator("li[data-interview]")
                expect(rows).to_have_count(2)
                first, second = rows.nth(0), rows.nth(1)
                one = first.get_attribute("data-interview")
                two = second.get_attribute("data-interview")
                assert {one, two} == {i["interview_id"] for i in interviews}
                # Two 王丽 told apart: queue number, post, check-in time.
                expect(first.locator(".qno")).to_have_text("1号")
                expect(second.locator(".qno")).to_have_text("2号")
                expect(first.locator(".meta")).to_contain_text("电商客服")
                expect(first.locator(".meta")).to_contain_text("签到")
                fixed = kit.boxes(first)
                expect(first.locator("button[data-outcome=offer]")).to_be_disabled()

                # 到场: tapped twice at one spot, the second after the row redrew.
                x, y = kit.tap(page, first.locator("button[data-outcome=arrived]"))
                expect(first).to_have_attribute("data-status", "arrived")
                page.mouse.click(x, y)
                assert kit.posts(page) == 1
                assert kit.boxes(first) == fixed
                expect(first.locator("button[data-outcome=arrived]")).to_be_disabled()

                # 录用 double-tapped fast: only the confirm line opens, nothing is recorded.
                first.locator("button[data-outcome=offer]").dblclick()
                confirm = first.locator("[data-action=confirm-offer]")
                expect(confirm).to_be_visible()
                assert kit.posts(page) == 2 and counts()["offers"] == 0
                kit.tap(page, first.locator("button[data-outcome=offer]"))  # disabled now
                assert kit.posts(page) == 2
                assert kit.boxes(first) == fixed
                page.screenshot(path=str(ARTIFACTS / "booth-confirm.png"))

                # 取消 twice: back to the plain row, nothing recorded.
                x, y = kit.tap(page, first.locator("[data-action=cancel]"))
                expect(confirm).to_have_count(0)
                page.mouse.click(x, y)
                expect(first).to_have_attribute("data-status", "arrived")
                assert kit.posts(page) == 2

                # 录用 again, then 确认录用 tapped twice: one offer.
                kit.tap(page, first.locator("button[data-outcome=offer]"))
                expect(confirm).to_be_visible()
                x, y = kit.tap(page, confirm)
                expect(first).to_have_attribute("data-status", "offer")
                page.mouse.click(x, y)
                assert kit.posts(page) == 4
                assert (counts()["offers"], counts()["remaining"]) == (1, 2)
                assert kit.boxes(first) == fixed

                # 更正 twice: correction mode once; 取消更正 twice: back, nothing recorded.
                x, y = kit.tap(page, first.locator("[data-action=correct]"))
                expect(first.locator("[data-action=correcting]")).to_be_visible()
                page.mouse.click(x, y)
                expect(first.locator("[data-action=correcting]")).to_be_visible()
                x, y = kit.tap(page, first.locator("[data-action=uncorrect]"))
                expect(first.locator("[data-action=correcting]")).to_have_count(0)
                page.mouse.click(x, y)
                expect(first.locator("[data-action=correct]")).to_be_visible()
                assert kit.posts(page) == 4

                # The stray offer corrected to 未录用 (tapped twice): counts end exact.
                kit.tap(page, first.locator("[data-action=correct]"))
                expect(first.locator("button[data-outcome=rejected]")).to_be_enabled()
                page.screenshot(path=str(ARTIFACTS / "booth-correcting.png"))
                x, y = kit.tap(page, first.locator("button[data-outcome=rejected]"))
                expect(first).to_have_attribute("data-status", "rejected")
                page.mouse.click(x, y)
                assert kit.posts(page) == 5
                assert (counts()["offers"], counts()["remaining"]) == (0, 3)
                assert kit.boxes(first) == fixed

                # 未到 on the second 王丽, tapped twice: one no-show.
                second_fixed = kit.boxes(second)
                x, y = kit.tap(page, second.locator("button[data-outcome=no_show]"))
                expect(second).to_have_attribute("data-status", "no_show")
                page.mouse.click(x, y)
                assert kit.posts(page) == 6
                assert kit.boxes(second) == second_fixed
                page.screenshot(path=str(ARTIFACTS / "booth-console.png"), full_page=True)

                # Export: name and phone of her own applicants, as the consent promised.
                r = page.request.get(f"{web_url}/booth/{eid}/export.csv")
                assert r.status == 200
                table = list(csv.reader(io.StringIO(r.text().lstrip("\ufeff"))))
                assert table[0] == [
                    "姓名",
                    "手机号",
                    "应聘岗位",
                    "报名状态",
                    "面试时间",
                    "面试桌",
                    "面试结果",
                ]
                assert sorted(row[1] for row in table[1:]) == sorted(phones)
                x = page.request.get(f"{web_url}/booth/{eid}/export.xlsx")
                assert x.status == 200 and x.body()[:2] == b"PK"
            finally:
                browser.close()
    # (PostgreSQL is read after the browser: Playwright's sync API holds an event loop.)
    assert commands(db, str(one)) == [("arrived", True), ("offer", True), ("rejected", True)]
    assert commands(db, str(two)) == [("no_show", True)]
    audit = db(
        "SELECT count(*) AS n FROM interview_event WHERE interview_id = $1 "
        "AND type = 'InterviewOutcomeRecorded'",
        uuid.UUID(str(one)),
    )
    assert audit[0]["n"] == 3  # the superseded offer stays in the audit
