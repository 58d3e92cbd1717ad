"""OBS overlays in real Chromium at 1920×1080 (issue 11 item 3), across two web processes.

The host logs in on the hall screen of one web process (host token typed in, never in a URL)
and picks the post being presented in a room; the corner and lower-third overlays, served by
ANOTHER web process (as OBS would reach any process behind the site), follow the choice with
the room's QR code (decoded: the post link carrying the room) and live counts. Each layout is
checked for a transparent page, nothing over the middle of the frame, and WCAG contrast of
every text computed from the rendered colours over a black, a white and the two stand-in video
frames (≥ 4.5:1); it is composed over a dark and a bright frame into docs/screenshots/.
"""

from __future__ import annotations

from typing import Any

import httpx2 as httpx
import pytest

from jobfair.settings import Settings
from tests.browser.conftest import launch, web_process
from tests.browser.livekit import (
    BOXES_JS,
    FULL_HD,
    SCREENSHOTS,
    TEXT_COLOURS_JS,
    compose,
    frame_colours,
    make_fair,
    until,
    worst_contrast,
)
from tests.browser.qr import decode_qr
from tests.conftest import poll

pytestmark = [pytest.mark.browser, pytest.mark.integration]
# The middle of the frame (the host's face and hands): half the width, half the height.
MIDDLE = (480, 270, 1440, 810)


def overlaps_middle(box: dict[str, float]) -> bool:
    x0, y0, x1, y1 = MIDDLE
    return box["x"] < x1 and box["x"] + box["w"] > x0 and box["y"] < y1 and box["y"] + box["h"] > y0


def test_overlays_follow_the_host_across_web_processes(
    web_url: str, settings: Settings, request: pytest.FixtureRequest
) -> None:
    from playwright.sync_api import sync_playwright

    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    with (
        httpx.Client(base_url=web_url, timeout=20) as api,
        web_process(settings, f"{request.node.name}-second") as other_url,
        sync_playwright() as pw,
    ):
        fair, posts = make_fair(api, auth)
        r = api.post(
            "/api/rooms",
            headers=auth,
            json={"fair_id": fair["id"], "name": "抖音·明珠直播间", "platform": "抖音"},
        )
        assert r.status_code == 201, r.text
        room = r.json()
        link = {x["post_id"]: x["url"] for x in room["links"]}
        host_token = api.get(f"/api/fairs/{fair['id']}", headers=auth).json()["host_token"]
        for _ in range(3):  # some clicks through the room, so the overlay has numbers
            assert (
                api.post(
                    "/api/clicks", json={"post_id": posts[0], "room_id": room["id"]}
                ).status_code
                == 202
            )
        browser = launch(pw)
        try:
            host = browser.new_page(viewport=FULL_HD)
            host.goto(f"{web_url}/host/{fair['id']}?room={room['id']}")
            assert host.locator("#control").count() == 0  # no control before logging in
            host.click("text=主持人登录")
            host.fill("#token", host_token)
            host.click('button[type="submit"]')
            host.wait_for_selector("#control", state="attached", timeout=20000)
            assert f"room={room['id']}" in host.url

            overlays = {}
            for layout in ("corner", "lower-third"):
                page = browser.new_page(viewport=FULL_HD)
                page.goto(
                    f"{other_url}/host/{fair['id']}/overlay?room={room['id']}&layout={layout}"
                )
                until(page, "document.getElementById('live').dataset.beat !== undefined")
                overlays[layout] = page

            for post in posts:  # present one post, then the other: both overlays follow
                host.click("#control summary")
                host.select_option("#present-post", post)
                with host.expect_navigation(timeout=20000):
                    host.click("#control button[type=submit]")
                assert host.url.endswith(f"/host/{fair['id']}?room={room['id']}")
                # The hall screen shows the same post's QR code (through the room).
                until(
                    host, "document.getElementById('qr-caption').textContent.includes('正在讲解')"
                )
                until(host, f"document.getElementById('qr').src.includes('{post}')")
                until(host, "document.getElementById('qr').complete")
                assert decode_qr(host.locator("#qr").screenshot()).endswith(f"?r={room['id']}")
                for page in overlays.values():
                    until(page, f"document.getElementById('live').dataset.post === '{post}'")
                    until(page, "document.getElementById('qr').naturalWidth > 0")
                    # The same link (each process prints its own JOBFAIR_BASE_URL here).
                    shown = decode_qr(page.locator("#qr").screenshot())
                    assert shown.split("/p/")[1] == link[post].split("/p/")[1]
                    assert shown.endswith(f"?r={room['id']}")
            # The API does the same for a script or a stream deck.
            r = api.post(
                f"/api/fairs/{fair['id']}/presenting",
                headers={"authorization": f"Bearer {host_token}"},
                json={"post_id": posts[0], "room_id": room["id"]},
            )
            assert r.status_code == 200, r.text
            r = api.post(
                f"/api/fairs/{fair['id']}/presenting",
                headers={"authorization": f"Bearer {host_token}"},
                json={"post_id": room["id"]},
            )
            assert r.status_code == 404 and r.json()["error"] == "unknown_post"
            poll(
                lambda: (
                    api.get(f"/api/rooms/{room['id']}/counts", headers=auth).json()["clicks"] == 3
                ),
                timeout=60,
                what="3 clicks through the room",
            )
            for layout, page in overlays.items():
                until(page, f"document.getElementById('live').dataset.post === '{posts[0]}'")
                until(page, "document.getElementById('room-counts').textContent.includes('点击 3')")
                check_overlay(page, layout)
        finally:
            browser.close()


def check_overlay(page: Any, layout: str) -> None:
    title = page.inner_text("#title")
    assert "直播运营助理" in title and title.count("妈妈岗") == 1
    assert "投递" in page.inner_text("#counts") and "还剩" in page.inner_text("#counts")
    background = page.evaluate(
        "[getComputedStyle(document.documentElement).backgroundColor,"
        " getComputedStyle(document.body).backgroundColor]"
    )
    assert all(bg in ("rgba(0, 0, 0, 0)", "transparent") for bg in background), background
    boxes = page.evaluate(BOXES_JS, page.query_selector("#live"))
    assert boxes and not [b for b in boxes if overlaps_middle(b)], layout
    assert all(
        b["x"] >= 0 and b["y"] >= 0 and b["x"] + b["w"] <= 1920.5 and b["y"] + b["h"] <= 1080.5
        for b in boxes
    )
    texts = page.evaluate(TEXT_COLOURS_JS, page.query_selector("#live"))
    assert len(texts) >= 5
    frames = frame_colours()
    worst = min((worst_contrast(t, frames), t["text"]) for t in texts)
    assert worst[0] >= 4.5, worst
    assert min(t["size"] for t in texts) >= 20  # legible in a 1080p stream
    shot = page.screenshot(omit_background=True)
    for kind in ("dark", "bright"):
        compose(shot, kind, SCREENSHOTS / f"overlay-{layout}-{kind}.png")
    (SCREENSHOTS / f"overlay-{layout}-contrast.txt").write_text(
        f"lowest text contrast over black, white and both frames: {worst[0]:.2f}:1 ({worst[1]})\n",
        encoding="utf-8",
    )
