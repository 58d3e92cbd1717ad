"""Issue 10 items 2 and 3 in real Chromium on a phone (390×844): a booth code scanned before
check-in offers check-in; the check-in form keeps what she typed (consent and gender too) after
an error; her needs are asked once and the recommendations say why they fit; the job detail
comes before 报名, and the 妈妈岗 filter survives it; her home shows one status per
application with the interview's table and time; 我来不了 gives the slot to the next person
waiting; 离场签退 on her page and at the exit QR; every page links home; 44 px tap targets;
titles in Chinese; check-in refused before it opens. Screenshots: tests/artifacts/phone-*.png.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any
from uuid import UUID

import httpx2 as httpx
import pytest

from jobfair.settings import Settings
from tests.browser import floorkit as kit
from tests.browser.conftest import launch
from tests.conftest import ARTIFACTS, poll
from web.applicants.auth import cookie_name

pytestmark = [pytest.mark.browser, pytest.mark.integration]
PHONE = {"width": 390, "height": 844}
SMALL = """
Array.from(document.querySelectorAll(
  'button, a.button, .filters a, header.top a, details summary, label.tap, a.tap'))
  .filter(e => e.offsetParent !== null)
  .map(e => [e.textContent.trim().slice(0, 12), Math.round(e.getBoundingClientRect().height)])
  .filter(p => p[1] < 44)
"""


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"phone-{name}.png"), full_page=True)


def no_small_targets(page: Any) -> None:
    assert page.evaluate(SMALL) == [], page.url


def test_applicant_journey_on_a_phone(
    settings: Settings, web_url: str, db: Callable[..., Any]
) -> None:
    from playwright.sync_api import expect, sync_playwright

    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    with httpx.Client(base_url=web_url, timeout=15) as api:
        # One table, 10-minute slots, 25 minutes: one slot ahead, so the next one waits.
        m = kit.fair(api, auth, minutes=25, tables=1, slot=10, starts_in=timedelta(minutes=-1))
        fair_id, post_id = m["fair"]["id"], m["post"]["id"]
        booth_url = m["employer"]["booth_qr_url"]
        early = kit.fair(api, auth, starts_in=timedelta(hours=3), name="周末夜市招聘会")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as pw:
            browser = launch(pw)
            try:
                ctx = browser.new_context(viewport=PHONE, locale="zh-CN")
                page = ctx.new_page()
                page.goto(f"{web_url}/")
                expect(page.locator("h1")).to_have_text("欢迎参加招聘会")  # not a JSON 404

                # A booth code before check-in offers check-in.
                page.goto(booth_url)
                expect(page.locator("#checkin-first")).to_be_visible()
                page.locator("[data-action=checkin]").click()
                page.wait_for_url("**/f/**")

                # An error keeps name, phone, gender and consent.
                page.fill("#name", "李娟")
                page.fill("#phone", "12345")
                page.check("input[name=gender][value=不愿透露]")
                page.check("input[name=consent]")
                page.click("form.stack button[type=submit]")
                expect(page.locator("[data-error=invalid_phone]")).to_be_visible()
                expect(page.locator("#name")).to_have_value("李娟")
                expect(page.locator("input[name=gender][value=不愿透露]")).to_be_checked()
                expect(page.locator("input[name=consent]")).to_be_checked()
                no_small_targets(page)
                shot(page, "checkin-error")
                page.fill("#phone", kit.phone_number())
                page.click("form.stack button[type=submit]")
                page.wait_for_url(f"**/me/{fair_id}?checkin=new")

                # Her home: titled in Chinese, the fair name links home, needs asked once.
                assert page.title() == m["fair"]["name"]
                assert page.locator("header.top a.brand").get_attribute("href") == f"/me/{fair_id}"
                page.locator("#needs-ask a.button").click()
                page.check("input[name=school_run]")
                page.fill("#from", "09:00")
                page.fill("#to", "15:30")
                for d in range(1, 6):
                    page.check(f"input[name=day{d}]")
                no_small_targets(page)
                shot(page, "needs")
                page.click("button:has-text('保存，为我推荐')")
                expect(page.locator("#needs-saved")).to_be_visible()
                expect(page.locator("#needs-ask")).to_have_count(0)  # asked once
                why = page.locator(f".recommended[data-post='{post_id}'] .why")
                expect(why).to_contain_text("可接送孩子")
                expect(why).to_contain_text("工作时间在您方便的时段内")

                # Job detail before 报名; the 妈妈岗 filter survives applying.
                page.click(".filters a:has-text('只看妈妈岗')")
                page.locator(f"#post-{post_id} a.button").click()
                facts = page.locator("dl.facts")
                for text in (
                    "3000-4500 元/月",
                    "09:00-15:00",
                    "每周一二三四五",
                    "步行街 3 号楼",
                    "为什么是妈妈岗",
                ):
                    expect(facts).to_contain_text(text)
                expect(page.locator(".desc")).to_contain_text("负责线上咨询")
                no_small_targets(page)
                shot(page, "detail")
                page.click("button:has-text('报名这个岗位')")
                page.wait_for_url("**mama=1**")
                mine = page.locator("li.app:has-text('电商客服')")
                expect(mine).to_have_attribute("data-status", "interview_scheduled", timeout=20_000)
                expect(mine.locator(".when")).to_contain_text("号桌")
                no_small_targets(page)
                shot(page, "home")

                # The next applicant waits for the only slot.
                token = page.context.cookies()
                other = kit.check_in(api, m["entrance"], "张敏")
                kit.apply(api, other, post_id)
                poll(
                    lambda: kit.my_status(api, other) == "waitlisted",
                    timeout=60,
                    what="the second applicant waitlisted",
                )

                # Her interview page links home.
                page.click("header.top nav a:has-text('我的面试')")
                expect(page.locator(f"header.top nav a[href='/me/{fair_id}']")).to_be_visible()
                page.goto(f"{web_url}/me/{fair_id}")

                # 我来不了: the slot goes to the one waiting.
                mine.locator("summary:has-text('我来不了')").click()
                mine.locator("[data-action=decline]").click()
                expect(page.locator("#done")).to_contain_text("已取消面试")
                expect(page.locator("li.app").first).to_have_attribute(
                    "data-status", "withdrawn", timeout=20_000
                )
                poll(
                    lambda: kit.my_status(api, other) == "interview_scheduled",
                    timeout=60,
                    what="the slot given to the next one waiting",
                )

                # 离场签退 on her page.
                page.click("[data-action=checkout]")
                expect(page.locator("#checked-in")).to_contain_text("已离场", timeout=20_000)
                shot(page, "checked-out")

                # The exit QR, on the other applicant's phone.
                ctx2 = browser.new_context(viewport=PHONE, locale="zh-CN")
                ctx2.add_cookies(
                    [
                        {
                            "name": cookie_name(fair_id),
                            "value": other,
                            "url": web_url,
                            "httpOnly": True,
                            "sameSite": "Lax",
                        }
                    ]
                )
                exit_page = ctx2.new_page()
                exit_page.goto(f"{web_url}/x/{m['entrance']}")
                assert exit_page.title() == "离场签退"
                exit_page.click("[data-action=checkout]")
                expect(exit_page.locator("#left")).to_be_visible()
                shot(exit_page, "exit")

                # Check-in before it opens: a clear Chinese refusal.
                r = page.goto(f"{web_url}/f/{early['entrance']}")
                assert r is not None and r.status == 409
                expect(page.locator("[data-error=checkin_not_open]")).to_contain_text(
                    "签到尚未开始"
                )
                shot(page, "checkin-not-open")
                assert token  # the cookie kept her signed in throughout
            finally:
                browser.close()
    # Real occupancy: both checked in, both checked out (read after the browser closed).
    poll(
        lambda: (lambda r: r and (r[0]["checked_in"], r[0]["on_site"]) == (2, 0))(
            db("SELECT checked_in, on_site FROM fair_counts WHERE fair_id = $1", UUID(fair_id))
        ),
        timeout=30,
        what="on_site back to 0 after two check-outs",
    )
