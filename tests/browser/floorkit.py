"""Helpers for the issue-10 browser tests: a fair made through the API, applicants checked in
and applying through the API, and taps at a fixed screen position (what a finger does)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2 as httpx

from tests.conftest import poll

MAMA_FLEX = {
    "window_start": "09:00",
    "window_end": "15:00",
    "days": [1, 2, 3, 4, 5],
    "remote_share": 0.0,
    "school_run_compatible": True,
}
# Counts the page's POSTs (taps that reach the server) synchronously, inside the page.
COUNT_POSTS = """
window.__posts = 0;
const realFetch = window.fetch;
window.fetch = function (url, opts) {
  if (opts && opts.method === "POST") { window.__posts += 1; }
  return realFetch.apply(this, arguments);
};
"""


def made(api: httpx.Client, auth: dict[str, str], path: str, body: dict[str, Any]) -> Any:
    r = api.post(path, headers=auth, json=body)
    assert r.status_code in (201, 202), r.text
    ident = r.json()["id"]

    def projected() -> dict[str, Any] | None:
        got = api.get(f"{path}/{ident}", headers=auth)
        return got.json() if got.status_code == 200 else None

    return poll(projected, timeout=120, what=f"{path} projected")


def fair(
    api: httpx.Client,
    auth: dict[str, str],
    *,
    minutes: int = 240,
    tables: int = 2,
    slot: int = 15,
    starts_in: timedelta = timedelta(minutes=-5),
    headcount: int = 3,
    venue_cap: int | None = None,
    name: str = "女性专场招聘会",
) -> dict[str, Any]:
    start = datetime.now(UTC) + starts_in
    body: dict[str, Any] = {
        "name": name,
        "kind": "onsite",
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(minutes=minutes)).isoformat(),
        "venue": "市妇女儿童活动中心",
    }
    if venue_cap:
        body["venue_cap"] = venue_cap
    f = made(api, auth, "/api/fairs", body)
    employer = made(
        api,
        auth,
        "/api/employers",
        {
            "fair_id": f["id"],
            "name": "明珠电商",
            "booth": f"B{uuid.uuid4().hex[:2]}",
            "interview_tables": tables,
            "slot_minutes": slot,
        },
    )
    mama = made(
        api,
        auth,
        "/api/posts",
        {
            "employer_id": employer["id"],
            "title": "电商客服",
            "headcount": headcount,
            "description": "负责线上咨询和售后回访，男女不限，提供培训。",
            "flex": MAMA_FLEX,
            "pay_min": 3000,
            "pay_max": 4500,
            "location": "步行街 3 号楼",
        },
    )
    other = made(
        api,
        auth,
        "/api/posts",
        {
            "employer_id": employer["id"],
            "title": "仓库理货员",
            "headcount": 2,
            "description": "白班，男女不限。",
        },
    )
    return {
        "fair": f,
        "employer": employer,
        "post": mama,
        "other": other,
        "entrance": f["entrance_qr_url"].rsplit("/", 1)[1],
    }


def phone_number() -> str:
    return f"138{uuid.uuid4().int % 10**8:08d}"


def check_in(api: httpx.Client, entrance: str, name: str, phone: str | None = None) -> str:
    r = api.post(
        "/api/checkins",
        json={"token": entrance, "name": name, "phone": phone or phone_number(), "consent": True},
    )
    assert r.status_code in (200, 202), r.text
    token: str = r.json()["applicant_token"]
    return token


def apply(api: httpx.Client, token: str, post_id: str) -> None:
    r = api.post(
        "/api/applications", headers={"authorization": f"Bearer {token}"}, json={"post_id": post_id}
    )
    assert r.status_code == 202, r.text


def my_status(api: httpx.Client, token: str) -> str | None:
    apps = api.get("/api/applications/mine", headers={"authorization": f"Bearer {token}"}).json()
    return apps[0]["status"] if apps else None


def tap(page: Any, locator: Any) -> tuple[float, float]:
    """Tap the middle of ``locator`` with the mouse; returns where, to tap there again."""
    box = locator.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.click(x, y)
    return x, y


def posts(page: Any) -> int:
    n: int = page.evaluate("window.__posts")
    return n


def boxes(row: Any) -> list[tuple[int, int, int, int]]:
    out = []
    for o in ("arrived", "no_show", "offer", "rejected"):
        b = row.locator(f"button[data-outcome={o}]").bounding_box()
        assert b is not None
        out.append((round(b["x"]), round(b["y"]), round(b["width"]), round(b["height"])))
    return out
