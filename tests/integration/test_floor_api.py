"""Issue 10 through the public API on a real worker (Kafka + PostgreSQL): recordInterviewOutcome
with arrived and corrections inside the window (counts corrected exactly, audit kept) and 409
after it; listMyApplications' statuses with the interview; withdrawApplication and
declineInterview (the slot goes to the next person waiting, once); check-in refused before it
opens."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from jobfair.settings import Settings
from tests.conftest import poll
from tests.integration.fairkit import created, organiser
from web.app import create_app

pytestmark = pytest.mark.integration


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def one_slot_fair(
    client: TestClient,
    settings: Settings,
    *,
    starts_in: timedelta = timedelta(minutes=-1),
    minutes: int = 25,
    headcount: int = 2,
) -> dict[str, Any]:
    """One table, 10-minute slots, 25 minutes: exactly one slot still ahead (09 to 19 minutes
    from now), so the second applicant waits."""
    auth = organiser(settings)
    start = datetime.now(UTC) + starts_in
    fair = created(
        client.post(
            "/api/fairs",
            headers=auth,
            json={
                "name": "社区招聘会",
                "kind": "community",
                "starts_at": start.isoformat(),
                "ends_at": (start + timedelta(minutes=minutes)).isoformat(),
                "venue_cap": 50,
            },
        ),
        client,
        "fairs",
        auth,
    )
    employer = created(
        client.post(
            "/api/employers",
            headers=auth,
            json={
                "fair_id": fair["id"],
                "name": "社区超市",
                "booth": f"C{uuid.uuid4().hex[:3]}",
                "interview_tables": 1,
                "slot_minutes": 10,
            },
        ),
        client,
        "employers",
        auth,
    )
    post = created(
        client.post(
            "/api/posts",
            headers=auth,
            json={
                "employer_id": employer["id"],
                "title": "理货员",
                "headcount": headcount,
                "description": "男女不限，早九晚三。",
            },
        ),
        client,
        "posts",
        auth,
    )
    return {
        "fair": fair,
        "employer": employer,
        "post": post,
        "entrance": fair["entrance_qr_url"].rsplit("/", 1)[1],
    }


def check_in_and_apply(client: TestClient, made: dict[str, Any], i: int) -> str:
    r = client.post(
        "/api/checkins",
        json={
            "token": made["entrance"],
            "name": f"应聘者{i}",
            "phone": f"137{uuid.uuid4().int % 10**8:08d}",
            "consent": True,
        },
    )
    assert r.status_code in (200, 202), r.text
    token: str = r.json()["applicant_token"]
    r = client.post(
        "/api/applications", headers=bearer(token), json={"post_id": made["post"]["id"]}
    )
    assert r.status_code == 202, r.text
    return token


def mine(client: TestClient, token: str) -> list[dict[str, Any]]:
    r = client.get("/api/applications/mine", headers=bearer(token))
    assert r.status_code == 200, r.text
    out: list[dict[str, Any]] = r.json()
    return out


def status_of(client: TestClient, token: str) -> str | None:
    apps = mine(client, token)
    return apps[0]["status"] if apps else None


def wait_status(client: TestClient, token: str, want: str) -> dict[str, Any]:
    poll(lambda: status_of(client, token) == want, timeout=60, what=f"status {want}")
    return mine(client, token)[0]


def counts(client: TestClient, post_id: str) -> dict[str, Any]:
    body: dict[str, Any] = client.get(f"/api/posts/{post_id}/counts").json()
    return body


def outcome(client: TestClient, interview_id: str, what: str) -> Any:
    return client.post(
        "/api/interviews/outcomes", json={"interview_id": interview_id, "outcome": what}
    )


def test_decline_withdraw_statuses_and_the_slot_goes_to_the_next_once(
    organiser_client: TestClient, settings: Settings, db: Callable[..., Any]
) -> None:
    client = organiser_client
    made = one_slot_fair(client, settings)
    post_id = made["post"]["id"]
    first = check_in_and_apply(client, made, 1)
    a = wait_status(client, first, "interview_scheduled")
    iv = a["interview"]
    assert set(iv) >= {"interview_id", "table", "starts_at", "status"}
    assert (iv["table"], iv["status"]) == (1, "scheduled")
    second = check_in_and_apply(client, made, 2)
    assert wait_status(client, second, "waitlisted").get("interview") is None

    r = client.post(
        "/api/interviews/declines", headers=bearer(first), json={"interview_id": iv["interview_id"]}
    )
    assert r.status_code == 200, r.text
    assert wait_status(client, first, "withdrawn").get("interview") is None
    b = wait_status(client, second, "interview_scheduled")
    assert b["interview"]["starts_at"] == iv["starts_at"]  # her slot, given on
    again = client.post(
        "/api/interviews/declines", headers=bearer(first), json={"interview_id": iv["interview_id"]}
    )
    assert again.status_code == 200, again.text
    booked = db(
        "SELECT count(*) AS n FROM interview_event WHERE fair_id = $1 "
        "AND type = 'InterviewScheduled'",
        uuid.UUID(made["fair"]["id"]),
    )
    assert booked[0]["n"] == 2  # the first booking and exactly one for the next in line
    poll(
        lambda: counts(client, post_id)["applications"] == 1,
        timeout=30,
        what="the declined application out of the counts",
    )

    third = check_in_and_apply(client, made, 3)
    waiting = wait_status(client, third, "waitlisted")
    r = client.post(
        "/api/applications/withdrawals",
        headers=bearer(third),
        json={"application_id": waiting["application_id"]},
    )
    assert r.status_code == 200, r.text
    assert wait_status(client, third, "withdrawn")["status"] == "withdrawn"
    poll(
        lambda: counts(client, post_id)["applications"] == 1,
        timeout=30,
        what="withdrawn application out of the counts",
    )

    # Not hers / not withdrawable
    r = client.post(
        "/api/applications/withdrawals",
        headers=bearer(third),
        json={"application_id": b["application_id"]},
    )
    assert (r.status_code, r.json()["error"]) == (404, "unknown_application")
    r = client.post(
        "/api/interviews/declines", headers=bearer(third), json={"interview_id": str(uuid.uuid4())}
    )
    assert (r.status_code, r.json()["error"]) == (404, "unknown_interview")
    r = client.post("/api/applications/withdrawals", headers=bearer(third), json={})
    assert r.status_code == 400


def test_outcomes_corrected_inside_the_window_counts_exact_and_409_after(
    organiser_client: TestClient, settings: Settings, db: Callable[..., Any]
) -> None:
    client = organiser_client
    made = one_slot_fair(client, settings, headcount=2)
    post_id = made["post"]["id"]
    token = check_in_and_apply(client, made, 7)
    iv = wait_status(client, token, "interview_scheduled")["interview"]["interview_id"]

    assert outcome(client, iv, "arrived").status_code == 200
    assert wait_status(client, token, "interviewed")["interview"]["status"] == "arrived"
    assert outcome(client, iv, "offer").status_code == 200
    assert wait_status(client, token, "offer")["status"] == "offer"
    c = counts(client, post_id)
    assert (c["offers"], c["remaining"]) == (1, 1)
    r = outcome(client, iv, "offer")
    assert (r.status_code, r.json()["error"]) == (409, "outcome_already_recorded")

    fixed = outcome(client, iv, "rejected")  # the stray offer, corrected
    assert fixed.status_code == 200, fixed.text
    assert wait_status(client, token, "rejected")["status"] == "rejected"
    c = counts(client, post_id)
    assert (c["offers"], c["remaining"]) == (0, 2)
    assert outcome(client, iv, "offer").status_code == 200  # and back: still exact
    c = counts(client, post_id)
    assert (c["offers"], c["remaining"]) == (1, 1)
    audit = db(
        "SELECT payload->>'outcome' AS o FROM interview_event WHERE interview_id = $1 "
        "AND type = 'InterviewOutcomeRecorded' ORDER BY occurred_at, event_id",
        uuid.UUID(iv),
    )
    assert sorted(r["o"] for r in audit) == sorted(["arrived", "offer", "rejected", "offer"])

    r = client.post(
        "/api/applications/withdrawals",
        headers=bearer(token),
        json={"application_id": mine(client, token)[0]["application_id"]},
    )
    assert (r.status_code, r.json()["error"]) == (409, "cannot_withdraw")
    r = client.post("/api/interviews/declines", headers=bearer(token), json={"interview_id": iv})
    assert (r.status_code, r.json()["error"]) == (409, "cannot_decline")

    closed = settings.replace(correction_window_min=0)
    with TestClient(create_app(closed), raise_server_exceptions=False) as late:
        late.headers["authorization"] = f"Bearer {settings.organiser_token}"
        r = outcome(late, iv, "rejected")
        assert (r.status_code, r.json()["error"]) == (409, "correction_window_closed")
    assert counts(client, post_id)["offers"] == 1
    assert status_of(client, token) == "offer"


def test_check_in_is_refused_before_it_opens(
    organiser_client: TestClient, settings: Settings
) -> None:
    made = one_slot_fair(organiser_client, settings, starts_in=timedelta(hours=3), minutes=120)
    r = organiser_client.post(
        "/api/checkins",
        json={"token": made["entrance"], "name": "早到者", "phone": "13712345678", "consent": True},
    )
    assert (r.status_code, r.json()["error"]) == (409, "checkin_not_open"), r.text
    assert "签到尚未开始" in r.json()["detail"] or "签到尚未开始" in r.text
