"""Organiser pages through TestClient on real Kafka and PostgreSQL: log-in by token into a
signed session, CSRF-checked forms, fair/employer/post forms with flexible-work fields, the
flagged list with an override, print materials; employer staff limited to their own booth."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from jobfair.settings import Settings
from tests.conftest import WorkerProcess
from web.app import create_app

pytestmark = pytest.mark.integration
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.fixture
def browser(settings: Settings, module_worker: WorkerProcess) -> Iterator[TestClient]:
    with TestClient(create_app(settings), raise_server_exceptions=False,
                    follow_redirects=False) as c:
        yield c


def csrf(page: Any) -> str:
    match = CSRF.search(page.text)
    assert match, page.text[:500]
    return match.group(1)


def log_in(c: TestClient, token: str) -> str:
    r = c.post("/organiser/login", data={"token": token, "csrf": csrf(c.get("/organiser/login"))})
    assert r.status_code == 303, r.text
    return str(r.headers["location"])


def submit(c: TestClient, page_url: str, action: str, data: dict[str, Any]) -> Any:
    """Post a form found on ``page_url`` (with its CSRF token) and follow the redirect."""
    token = csrf(c.get(page_url))
    r = c.post(action, data={**data, "csrf": token})
    assert r.status_code == 303, r.text
    return r.headers["location"]


def test_login_and_csrf_are_required(settings: Settings, browser: TestClient) -> None:
    r = browser.get("/organiser")
    assert (r.status_code, r.headers["location"]) == (303, "/organiser/login")
    page = browser.get("/organiser/login")
    assert page.status_code == 200 and 'lang="zh-CN"' in page.text
    assert 'name="viewport"' in page.text
    r = browser.post("/organiser/login", data={"token": settings.organiser_token})
    assert (r.status_code, r.json()["error"]) == (403, "csrf_failed")
    r = browser.post("/organiser/login", data={"token": "wrong", "csrf": csrf(page)})
    assert r.status_code == 401 and "令牌不正确" in r.text
    assert log_in(browser, str(settings.organiser_token)) == "/organiser"
    assert "jobfair_session" in browser.cookies
    r = browser.post("/organiser", data={"name": "x", "kind": "onsite",
                                         "starts_at": "2030-01-01T09:00",
                                         "ends_at": "2030-01-01T12:00", "csrf": "forged"})
    assert (r.status_code, r.json()["error"]) == (403, "csrf_failed")
    # Another browser with the same token but no session cannot use the API via cookies.
    r = browser.post("/api/fairs", json={})
    assert r.status_code == 401


def test_organiser_sets_up_a_fair_through_the_pages(
    settings: Settings, browser: TestClient, db: Callable[..., Any]
) -> None:
    log_in(browser, str(settings.organiser_token))
    fair_url = submit(browser, "/organiser", "/organiser", {
        "name": "社区招聘会（页面测试）", "kind": "community", "venue": "幸福里社区",
        "starts_at": "2031-04-08T09:00", "ends_at": "2031-04-08T12:00"})
    assert fair_url.startswith("/organiser/fairs/")
    fair_id = fair_url.rsplit("/", 1)[1]
    page = browser.get(fair_url)
    assert "社区招聘会（页面测试）" in page.text and "/f/" in page.text
    (row,) = db("SELECT starts_at AT TIME ZONE 'Asia/Shanghai' AS local FROM fair WHERE id = $1",
                uuid.UUID(fair_id))
    assert row["local"].hour == 9  # the form's local time is China Standard Time
    emp_url = submit(browser, fair_url, f"{fair_url}/employers", {
        "name": "社区家政服务中心", "booth": "B12", "interview_tables": "2",
        "slot_minutes": "15"})
    assert emp_url.startswith("/organiser/employers/")
    employer_page = browser.get(emp_url)
    assert "员工令牌" in employer_page.text
    post_url = submit(browser, emp_url, f"{emp_url}/posts", {
        "title": "社区助餐点帮厨", "description": "男女不限，可接送孩子。", "headcount": "4",
        "pay_min": "3000", "pay_max": "4000", "location": "幸福里社区食堂",
        "window_start": "09:00", "window_end": "14:30", "days": ["1", "2", "3", "4", "5"],
        "remote_percent": "0", "school_run_compatible": "on"})
    post_page = browser.get(post_url)
    assert "妈妈岗" in post_page.text and "可接送孩子" in post_page.text
    post_id = post_url.rsplit("/", 1)[1]
    (row,) = db("SELECT is_mama, status, flex FROM post WHERE id = $1", uuid.UUID(post_id))
    assert (row["is_mama"], row["status"]) == (True, "published")
    # A violating post is stored unpublished; the page shows why.
    bad_url = submit(browser, emp_url, f"{emp_url}/posts", {
        "title": "保洁员", "description": "限男性，请写明婚育情况。", "headcount": "1"})
    bad_page = browser.get(bad_url)
    assert "GENDER" in bad_page.text and "MARRIAGE_CHILDBEARING" in bad_page.text
    assert "rejected" in bad_page.text
    flagged = browser.get(f"{fair_url}/flagged")
    assert "保洁员" in flagged.text and "社区助餐点帮厨" not in flagged.text
    bad_id = bad_url.rsplit("/", 1)[1]
    back = submit(browser, f"{fair_url}/flagged", f"/organiser/posts/{bad_id}/review", {
        "decision": "rejected", "reason": "确认违规，已通知单位修改", "version": "1",
        "back": "flagged"})
    assert back == f"{fair_url}/flagged"
    audit = db("SELECT decision, decided_by, reason FROM post_screening WHERE post_id = $1 "
               "ORDER BY at", uuid.UUID(bad_id))
    assert [(a["decision"], a["decided_by"]) for a in audit] == [
        ("rejected", "screening"), ("review_rejected", "organiser")]
    assert audit[1]["reason"] == "确认违规，已通知单位修改"
    # Edit a post through its page: the version travels in the form.
    submit(browser, post_url, post_url, {
        "title": "社区助餐点帮厨", "description": "男女不限。", "headcount": "6", "version": "1",
        "window_start": "09:00", "window_end": "14:30", "flexible_start": "on"})
    (row,) = db("SELECT headcount, version FROM post WHERE id = $1", uuid.UUID(post_id))
    assert (row["headcount"], row["version"]) == (6, 2)
    printing = browser.get(f"{fair_url}/print")
    assert f"/api/posters/fair/{fair_id}" in printing.text
    assert f"/api/posters/post/{post_id}" in printing.text
    assert f"/api/posters/post/{bad_id}" not in printing.text
    svg = browser.get(f"/api/posters/fair/{fair_id}")  # the session may print
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert "社区招聘会（页面测试）" in svg.text


def test_review_notes_are_shown_to_organisers(settings: Settings, browser: TestClient) -> None:
    # A sentence that seems to restrict gender though no rule names it (GENDER_UNCLEAR) and the
    # model does not corroborate (a venue, not a hire) holds the post for review; the organiser
    # sees the reason in Chinese and the excerpt, escaped. (Round 8 refuses 名额只留给女同学们:
    # a quota for one gender, corroborated by the model.)
    log_in(browser, str(settings.organiser_token))
    fair_url = submit(browser, "/organiser", "/organiser", {
        "name": "校园活动招募（审核提示测试）", "kind": "community", "venue": "图书馆",
        "starts_at": "2031-04-09T09:00", "ends_at": "2031-04-09T12:00"})
    emp_url = submit(browser, fair_url, f"{fair_url}/employers", {
        "name": "校学生会", "booth": "C3", "interview_tables": "1", "slot_minutes": "15"})
    post_url = submit(browser, emp_url, f"{emp_url}/posts", {
        "title": "活动协助员", "description": "场地只留给女同学们 & 家属<速来>", "headcount": "1"})
    page = browser.get(post_url)
    assert 'data-status="needs_review"' in page.text
    assert 'data-rule="GENDER_UNCLEAR"' in page.text and "疑似性别限制（待人工审核）" in page.text
    assert "场地只留给女同学们 &amp; 家属&lt;速来&gt;" in page.text
    assert "<速来>" not in page.text
    flagged = browser.get(f"{fair_url}/flagged")
    assert "疑似性别限制（待人工审核）" in flagged.text and "&lt;速来&gt;" in flagged.text


def test_staff_see_only_their_own_booth(settings: Settings, browser: TestClient) -> None:
    api = {"authorization": f"Bearer {settings.organiser_token}"}
    fair = browser.post("/api/fairs", headers=api, json={
        "name": "员工测试", "kind": "night_market", "starts_at": "2031-05-01T18:00:00+08:00",
        "ends_at": "2031-05-01T21:00:00+08:00"}).json()
    mine, other = (browser.post("/api/employers", headers=api, json={
        "fair_id": fair["id"], "name": name, "booth": booth, "interview_tables": 1,
        "slot_minutes": 10}).json() for name, booth in (("本单位", "C1"), ("别家", "C2")))
    # Staff land on their booth's interview console (issue 10); the post editor is one link away.
    assert log_in(browser, mine["staff_token"]) == f"/booth/{mine['id']}"
    page = browser.get(f"/organiser/employers/{mine['id']}")
    assert page.status_code == 200 and "员工令牌" not in page.text
    assert browser.get(f"/organiser/employers/{other['id']}").status_code == 404
    assert browser.get(f"/organiser/fairs/{fair['id']}").status_code == 303
    assert browser.get("/organiser").headers["location"] == f"/organiser/employers/{mine['id']}"
    url = submit(browser, page.request.url.path, f"/organiser/employers/{mine['id']}/posts", {
        "title": "夜市摊位导购", "description": "男女不限", "headcount": "2"})
    assert url.startswith("/organiser/posts/")
