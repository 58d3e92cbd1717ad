"""Applicant pages through the real web app (TestClient keeps the cookie like a phone does):
check-in form, repeat scan, post page click with its source room, one-tap apply, and the same
specific errors as the API, rendered as pages."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.testclient import TestClient

from domain.tokens import QrKind, issue_qr_token, new_qr_code
from jobfair.settings import Settings
from tests.conftest import WorkerProcess, poll
from tests.integration.fairkit import make_fair, person
from web.app import create_app

pytestmark = pytest.mark.integration


@pytest.fixture
def client(settings: Settings, worker: WorkerProcess) -> Iterator[TestClient]:
    # A phone's browser sends its Origin with every form post; applicant forms without it are
    # refused as cross-site (issue 13, web.identity.headers).
    with TestClient(create_app(settings), raise_server_exceptions=False,
                    follow_redirects=True, headers={"origin": "http://testserver"}) as c:
        yield c


def token_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_checkin_repeat_scan_filter_and_apply(client: TestClient, settings: Settings) -> None:
    fair = make_fair(client, settings, posts=3, mama=1)
    page = client.get(f"/f/{fair.entrance_token}")
    assert page.status_code == 200 and "入场签到" in page.text and "选填" in page.text
    r = client.post(f"/f/{fair.entrance_token}", data={**person(51), "consent": ""})
    assert r.status_code == 422 and "请勾选同意" in r.text
    assert "13900000051" in r.text  # kept in the form for the applicant to fix, not in a URL
    r = client.post(f"/f/{fair.entrance_token}", data={**person(51), "phone": "12345",
                                                        "consent": "on"})
    assert r.status_code == 422 and "11位手机号" in r.text
    r = client.post(f"/f/{fair.entrance_token}", data={**person(51), "consent": "on"})
    assert r.status_code == 200 and "签到成功" in r.text, r.text
    assert "13900000051" not in str(r.url) and "13900000051" not in r.text
    again = client.get(f"/f/{fair.entrance_token}")
    assert "已签到" in again.text and 'id="already"' in again.text
    mama_only = client.get(f"/me/{fair.id}?mama=1")
    assert mama_only.text.count('class="post"') == 1 and "妈妈岗" in mama_only.text
    assert "为您推荐" in mama_only.text
    r = client.post(f"/me/{fair.id}/apply", data={"post_id": fair.post_ids[2]})
    assert r.status_code == 200 and "报名已提交" in r.text
    # Taken: 已投递 (submitted), or 已安排面试 once the scheduler gave it an interview (the
    # application's status follows its interview, agents.application_status).
    poll(lambda: any(label in client.get(f"/me/{fair.id}/applications/partial").text
                     for label in ("已投递", "已安排面试")),
         timeout=30, what="application status on the page")


def test_post_page_records_a_click_with_its_room_and_registers_remote_viewers(
    client: TestClient, settings: Settings, db: Callable[..., Any]
) -> None:
    fair = make_fair(client, settings, posts=1, headcount=1)
    url = token_of(fair.posts[0]["post_qr_url"])
    page = client.get(f"/p/{url}?s=room-9")
    assert page.status_code == 200 and "客服专员1" in page.text and "提交报名" in page.text
    # An anonymous click has no id row (migration 0012): its source is in the minute counts.
    poll(lambda: db("SELECT source FROM click_minute WHERE post_id = $1",
                    uuid.UUID(fair.post_ids[0])), timeout=30, what="the click")
    assert [(r["source"], r["clicks"]) for r in db(
        "SELECT source, clicks FROM click_minute WHERE post_id = $1",
        uuid.UUID(fair.post_ids[0]))] == [("room-9", 1)]
    r = client.post(f"/p/{url}", data={**person(52), "consent": "on", "source": "room-9"})
    assert r.status_code == 200 and "报名已提交" in r.text, r.text
    rows = db("SELECT channel FROM applicant WHERE fair_id = $1", uuid.UUID(fair.id))
    assert [r["channel"] for r in rows] == ["remote"]
    assert db("SELECT source FROM application WHERE post_id = $1",
              uuid.UUID(fair.post_ids[0]))[0]["source"] == "room-9"


def test_error_pages_say_what_is_wrong(client: TestClient, settings: Settings,
                                       db: Callable[..., Any]) -> None:
    fair = make_fair(client, settings, posts=1)
    t = fair.entrance_token
    forged = t[:5] + ("A" if t[5] != "A" else "B") + t[6:]
    r = client.get(f"/f/{forged}")
    assert r.status_code == 403 and "不是本招聘会发放的" in r.text
    expired = issue_qr_token(settings.secret, QrKind.FAIR, new_qr_code(),
                             int(datetime.now(UTC).timestamp()) - 5)
    r = client.get(f"/f/{expired}")
    assert r.status_code == 410 and "已过期" in r.text
    r = client.get(f"/b/{t}")
    assert r.status_code == 400 and "不能用在这里" in r.text
    r = client.get(f"/me/{fair.id}")
    assert r.status_code == 401 and "请先扫描入场二维码" in r.text
    db("UPDATE fair SET starts_at = now() - interval '3 hours', ends_at = now() - "
       "interval '1 minute' WHERE id = $1", uuid.UUID(fair.id))
    r = client.get(f"/f/{t}")
    assert r.status_code == 410 and "已经结束" in r.text
