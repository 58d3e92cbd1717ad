"""The login-code flow in real Chromium at the applicant's phone size (390×844).

She registered online; at the entrance, on another phone, her name and phone are refused
(409 phone_needs_verification) with a button to prove the phone; the "收到验证码" page shows
her number masked; the development sender writes the code to the web process's log (read here
like a developer reads ``jobfair dev``'s output); she types it and is back on the entrance page,
recognised, and checks in; then she withdraws her consent from her page. Screenshots go to
tests/artifacts/.

A real ``jobfair web`` process (uvicorn) of its own, so this test knows where its log is, and a
real worker on the session's Kafka and PostgreSQL.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx2 as httpx
import pytest

from jobfair.local.procs import free_port
from jobfair.settings import Settings
from tests.browser.conftest import launch
from tests.conftest import ARTIFACTS, WorkerProcess, child_env, poll

pytestmark = [pytest.mark.browser, pytest.mark.integration]
PHONE_SIZE = {"width": 390, "height": 844}
CODE_LINE = re.compile(r"login code for 139\*\*\*\*7788: (\d{6})")


def _answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/openapi.json", timeout=3).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture
def web(settings: Settings, worker: WorkerProcess, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    s = settings.replace(port=free_port())
    log = tmp_path / "web.log"
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "jobfair.cli", "web"],
            env=child_env(s),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{s.port}"
    try:
        # Up when it answers (readiness of broker and worker is /healthz's business; the fair
        # below is polled until the worker has projected it).
        poll(lambda: _answers(url), timeout=90, what="web /openapi.json 200")
        yield url, log
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(15)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "test_login_code-web.log").write_bytes(log.read_bytes())


def test_existing_phone_proves_itself_with_a_code_at_phone_size(
    web: tuple[str, Path], settings: Settings
) -> None:
    from playwright.sync_api import sync_playwright

    url, log = web
    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    start = datetime.now(UTC) - timedelta(minutes=5)
    with httpx.Client(base_url=url, timeout=20) as api, sync_playwright() as pw:
        r = api.post("/api/fairs", headers=auth, json={
            "name": "春风行动·女性专场", "kind": "onsite", "starts_at": start.isoformat(),
            "ends_at": (start + timedelta(hours=6)).isoformat(), "venue": "人才市场一楼"})
        assert r.status_code in (201, 202), r.text
        fair = poll(lambda: (g := api.get(f"/api/fairs/{r.json()['id']}", headers=auth))
                    .status_code == 200 and g.json(), timeout=60, what="fair projected")
        entrance = fair["entrance_qr_url"].split("/f/", 1)[1]
        her = {"fair_id": fair["id"], "name": "李秀梅", "phone": "13900007788", "consent": True}
        assert api.post("/api/applicants", json=her).status_code in (201, 202)

        browser = launch(pw)
        try:
            page = browser.new_page(viewport=PHONE_SIZE, is_mobile=True, has_touch=True)
            page.goto(f"{url}/f/{entrance}")
            page.fill("#name", "李秀梅")
            page.fill("#phone", "139 0000 7788")
            page.check('input[name="consent"]')
            page.click("form.stack button[type=submit]")
            page.wait_for_selector('[data-error="phone_needs_verification"]')
            page.screenshot(path=str(ARTIFACTS / "login_code_1_refused.png"), full_page=True)
            page.click("#verify-hint button")
            page.wait_for_selector("text=收到验证码")
            assert page.inner_text("#masked") == "139****7788"
            assert "13900007788" not in page.content().replace('value="13900007788"', "")
            match = poll(lambda: CODE_LINE.search(log.read_text(errors="replace")), timeout=20,
                         what="the development sender's log line")
            assert "13900007788" not in log.read_text(errors="replace")
            page.fill("#code", "000000" if match.group(1) != "000000" else "111111")
            page.click("text=确认登录")
            page.wait_for_selector('[data-error="login_code_invalid"]')
            page.fill("#code", match.group(1))
            page.screenshot(path=str(ARTIFACTS / "login_code_2_code.png"), full_page=True)
            page.click("text=确认登录")
            page.wait_for_selector("text=欢迎回来")
            assert page.url.endswith(f"/f/{entrance}")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE_SIZE["width"], "no sideways scrolling on her phone"
            page.click("text=签到入场")
            page.wait_for_url(re.compile(r"/me/"))
            page.screenshot(path=str(ARTIFACTS / "login_code_3_checked_in.png"), full_page=True)
            # and withdraws her consent from her own page (PIPL Art. 15)
            page.click("#erase-link")
            page.wait_for_selector("#erase-confirm")
            page.screenshot(path=str(ARTIFACTS / "login_code_4_erase.png"), full_page=True)
            page.click("#erase-confirm")
            page.wait_for_selector("#erased")
            page.goto(f"{url}/me/{fair['id']}")
            page.wait_for_selector("#login-by-code")  # signed out on this phone
        finally:
            browser.close()
