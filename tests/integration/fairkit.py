"""Test helpers for the applicant journey: a fair with employers and posts made through the
organiser API (createFair, createEmployer, createPost), and applicant identities."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.testclient import TestClient

from tests.conftest import poll

MAMA_FLEX = {"window_start": "09:00", "window_end": "15:00", "days": [1, 2, 3, 4, 5],
             "remote_share": 0.0, "school_run_compatible": True}


@dataclass
class Fair:
    id: str
    entrance_token: str
    employers: list[dict[str, Any]] = field(default_factory=list)
    posts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def post_ids(self) -> list[str]:
        return [p["id"] for p in self.posts]


def organiser(settings: Any) -> dict[str, str]:
    return {"authorization": f"Bearer {settings.organiser_token}"}


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def created(r: Any, client: TestClient, kind: str, auth: dict[str, str]) -> dict[str, Any]:
    """The created row; a 202 (worker still starting) is polled until the row exists."""
    assert r.status_code in (201, 202), r.text
    if r.status_code == 202:
        path = f"/api/{kind}/{r.json()['id']}"
        poll(lambda: client.get(path, headers=auth).status_code == 200, timeout=90,
             what=f"{path} to be projected")
        r = client.get(path, headers=auth)
    body: dict[str, Any] = r.json()
    return body


def make_fair(client: TestClient, settings: Any, *, posts: int = 3, headcount: int = 5,
              mama: int = 1, name: str = "女性专场招聘会", starts_in: timedelta = timedelta(0),
              hours: float = 6.0) -> Fair:
    """A fair through the organiser API; the first ``mama`` posts are 妈妈岗."""
    auth = organiser(settings)
    start = datetime.now(UTC) + starts_in - timedelta(minutes=30)
    fair = created(client.post("/api/fairs", headers=auth, json={
        "name": name, "kind": "night_market", "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=hours)).isoformat(), "venue": "步行街广场"}),
        client, "fairs", auth)
    out = Fair(fair["id"], fair["entrance_qr_url"].rsplit("/", 1)[1])
    employer = created(client.post("/api/employers", headers=auth, json={
        "fair_id": fair["id"], "name": "明珠电商", "booth": f"A{uuid.uuid4().hex[:4]}",
        "interview_tables": 2, "slot_minutes": 10}), client, "employers", auth)
    out.employers.append(employer)
    for i in range(posts):
        body: dict[str, Any] = {
            "employer_id": employer["id"], "title": f"客服专员{i + 1}", "headcount": headcount,
            "description": "男女不限，提供午餐。"}
        if i < mama:
            body["flex"] = MAMA_FLEX
        out.posts.append(created(client.post("/api/posts", headers=auth, json=body), client,
                                 "posts", auth))
    return out


def phone(i: int) -> str:
    return f"139{i:08d}"


def person(i: int) -> dict[str, Any]:
    return {"name": f"应聘者{i}", "phone": phone(i), "consent": True}
