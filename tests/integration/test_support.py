"""Issue 12 services and complaints through the public API on a real worker (Kafka +
PostgreSQL): recordService by id and by her QR code, job referrals from recommended posts,
getServiceRecord and completed 1131, the same event delivered twice counted once; complaints
named, anonymous and from the help desk's entrance token, the queue, every step with who and
when, a closed complaint refused a step back; getFairReport's figures equal what was sent."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from starlette.testclient import TestClient

from domain.support import issue_service_pass
from jobfair.settings import Settings
from streams.support import ServiceRecorded
from streams.topics import SUPPORT
from tests.conftest import poll
from tests.integration.fairkit import make_fair, person
from web.applicants.auth import cookie_name
from web.publish import Publisher

pytestmark = pytest.mark.integration


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def check_in(c: TestClient, db: Callable[..., Any], entrance: str, i: int) -> dict[str, Any]:
    r = c.post(
        "/api/checkins", json={"token": entrance, **person(900 + i + uuid.uuid4().int % 10**5)}
    )
    assert r.status_code in (200, 202), r.text
    out: dict[str, Any] = r.json()
    poll(
        lambda: db("SELECT 1 FROM applicant WHERE id = $1", uuid.UUID(out["applicant_id"])),
        what="applicant projected",
    )
    return out


def test_services_complaints_and_report(
    organiser_client: TestClient, settings: Settings, db: Callable[..., Any]
) -> None:
    c = organiser_client
    fair = make_fair(c, settings, posts=4, headcount=5, mama=1)
    she = check_in(c, db, fair.entrance_token, 1)
    other = check_in(c, db, fair.entrance_token, 2)
    her = bearer(she["applicant_token"])
    code = issue_service_pass(settings.secret, she["applicant_id"], fair.id)
    for body in (
        {"applicant_id": she["applicant_id"], "service": "policy_briefing"},
        {"code": code, "service": "career_guidance"},
        {"code": code, "service": "internship"},
    ):
        r = c.post("/api/services", json=body)
        assert r.status_code == 202, r.text
    # Referrals: three applications from her recommended posts, one ordinary application.
    for post_id in fair.post_ids[:3]:
        r = c.post("/api/applications", headers=her, json={"post_id": post_id, "source": "1131"})
        assert r.status_code == 202, r.text
    assert (
        c.post("/api/applications", headers=her, json={"post_id": fair.post_ids[3]}).status_code
        == 202
    )

    def record() -> dict[str, Any] | None:
        got: dict[str, Any] = c.get("/api/services/mine", headers=her).json()
        return got if got["completed_1131"] else None

    got = poll(record, what="1131 completed")
    assert {
        k: got[k]
        for k in ("policy_briefing", "career_guidance", "job_referrals", "training_or_internship")
    } == {
        "policy_briefing": 1,
        "career_guidance": 1,
        "job_referrals": 3,
        "training_or_internship": 1,
    }

    # The same event delivered twice (a producer retry) is counted once.
    ev = ServiceRecorded(
        event_id=str(uuid.uuid4()),
        fair_id=fair.id,
        applicant_id=other["applicant_id"],
        service="skills_training",
        actor="organiser",
        at="2026-11-27T08:00:00+00:00",
    )
    c.portal.call(_publish_twice, settings, ev)
    poll(
        lambda: db(
            "SELECT skills_training FROM service_record WHERE applicant_id = $1",
            uuid.UUID(other["applicant_id"]),
        ),
        what="service projected",
    )
    assert (
        db("SELECT count(*) AS n FROM service_event WHERE event_id = $1", uuid.UUID(ev.event_id))[
            0
        ]["n"]
        == 1
    )
    assert (
        db(
            "SELECT skills_training FROM service_record WHERE applicant_id = $1",
            uuid.UUID(other["applicant_id"]),
        )[0]["skills_training"]
        == 1
    )

    # A livestream room (issue 11): an application through its link shows on the room's line.
    r = c.post("/api/rooms", json={"fair_id": fair.id, "name": "抖音·女性专场直播间"})
    assert r.status_code in (200, 201, 202), r.text
    room = r.json()["id"]
    poll(lambda: c.get(f"/api/rooms/{room}").status_code == 200, what="room projected")
    r = c.post(
        "/api/applications",
        headers=bearer(other["applicant_token"]),
        json={"post_id": fair.post_ids[1], "room_id": room},
    )
    assert r.status_code == 202, r.text

    # A recommended post opened from her home page applies with source 1131 (a job referral).
    c.cookies.set(cookie_name(fair.id), other["applicant_token"])
    page = c.get(f"/me/{fair.id}/posts/{fair.post_ids[0]}?from=1131")
    assert page.status_code == 200 and 'name="source" value="1131"' in page.text
    assert 'name="source"' not in c.get(f"/me/{fair.id}/posts/{fair.post_ids[0]}").text
    c.cookies.clear()

    # Bad requests are specific 4xx.
    assert (
        c.post("/api/services", json={"code": "x" * 56, "service": "internship"}).json()["error"]
        == "invalid_service_code"
    )
    assert (
        c.post(
            "/api/services", json={"applicant_id": str(uuid.uuid4()), "service": "internship"}
        ).status_code
        == 404
    )
    assert (
        c.post(
            "/api/services",
            headers=her,
            json={"applicant_id": she["applicant_id"], "service": "internship"},
        ).status_code
        == 401
    )

    # Complaints: named from her token, anonymous from her token, from the help desk's QR.
    employer = fair.employers[0]["id"]
    r = c.post(
        "/api/complaints",
        headers=her,
        json={
            "fair_id": fair.id,
            "employer_id": employer,
            "kind": "marriage_childbearing_question",
            "note": "问我什么时候要孩子",
        },
    )
    assert r.status_code == 201, r.text
    named = r.json()["complaint_id"]
    r = c.post(
        "/api/complaints",
        headers=her,
        json={"fair_id": fair.id, "kind": "pregnancy_test", "anonymous": True},
    )
    assert r.status_code == 201
    r = c.post(
        "/api/complaints",
        headers={"authorization": ""},
        json={
            "fair_id": fair.id,
            "kind": "gender_refusal",
            "token": fair.entrance_token,
            "post_id": fair.post_ids[0],
        },
    )
    assert r.status_code == 201, r.text
    desk = r.json()
    assert (
        c.post(
            "/api/complaints",
            headers={"authorization": ""},
            json={"fair_id": fair.id, "kind": "other"},
        ).status_code
        == 401
    )
    assert (
        c.post(
            "/api/complaints", headers=her, json={"fair_id": fair.id, "kind": "bribe"}
        ).status_code
        == 400
    )

    queue = c.get("/api/complaints", params={"fair_id": fair.id}).json()
    assert {q["kind"] for q in queue} == {
        "marriage_childbearing_question",
        "pregnancy_test",
        "gender_refusal",
    }
    assert all(q["status"] == "received" and q["waiting_minutes"] >= 0 for q in queue)
    rows = db(
        "SELECT applicant_id, anonymous FROM complaint WHERE fair_id = $1", uuid.UUID(fair.id)
    )
    assert sorted(str(r["applicant_id"]) for r in rows if not r["anonymous"]) == [
        she["applicant_id"]
    ]
    for status in ("in_progress", "referred", "closed"):
        r = c.patch(
            "/api/complaints",
            json={"complaint_id": named, "status": status, "note": f"步骤 {status}"},
        )
        assert r.status_code == 200 and r.json()["status"] == status, r.text
    assert (
        c.patch("/api/complaints", json={"complaint_id": named, "status": "received"}).status_code
        == 409
    )
    steps = next(
        q
        for q in c.get("/api/complaints", params={"fair_id": fair.id}).json()
        if q["complaint_id"] == named
    )["history"]
    assert [(s["step"], s["status"], s["actor"]) for s in steps] == [
        ("filed", "received", "applicant"),
        ("updated", "in_progress", "organiser"),
        ("updated", "referred", "organiser"),
        ("updated", "closed", "organiser"),
    ]
    status_page = c.get("/" + desk["status_url"].split("://", 1)[1].split("/", 1)[1])
    assert status_page.status_code == 200 and "已收到" in status_page.text
    assert c.get(f"/complaints/{desk['complaint_id']}?k=0").status_code == 404

    report = poll(
        lambda: (lambda r: r if (r["complaints"], r["applications"]) == (3, 5) else None)(
            c.get(f"/api/fairs/{fair.id}/report").json()
        ),
        what="report with complaints",
    )
    assert report["registered"] == 2 and report["checked_in"] == 2
    assert report["applications"] == 5 and report["posts"] == 4
    assert [(x["room_id"], x["name"], x["applications"]) for x in report["rooms"]] == [
        (room, "抖音·女性专场直播间", 1)
    ]
    assert report["completed_1131"] == 1 and report["service_started"] == 2
    assert report["complaints_open"] == 2 and report["complaints_closed"] == 1
    assert report["service_1131"] == {
        "service_started": 2,
        "step_policy": 1,
        "step_guidance": 1,
        "step_referrals": 1,
        "completed_1131": 1,
    }
    assert c.get(f"/api/fairs/{fair.id}/report", headers=her).status_code == 401


async def _publish_twice(settings: Settings, ev: ServiceRecorded) -> None:
    publisher = Publisher(settings.kafka_bootstrap or "")
    await publisher.start()
    try:
        await publisher.publish(SUPPORT, ev)
        await publisher.publish(SUPPORT, ev)
    finally:
        await publisher.stop()
