"""Bad input on the applicant journey, through the real web app on Kafka and PostgreSQL: each
case gets its own 4xx status, a stable ``error`` code and a Chinese message for the page."""

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
from tests.integration.fairkit import Fair, make_fair, person
from web.app import create_app

pytestmark = pytest.mark.integration


@pytest.fixture
def client(settings: Settings, worker: WorkerProcess) -> Iterator[TestClient]:
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def fair(client: TestClient, settings: Settings) -> Fair:
    return make_fair(client, settings, posts=2)


def error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert (r.status_code, r.json().get("error")) == (status, code), r.text
    body: dict[str, Any] = r.json()
    assert body["detail"]
    return body


def check_in(client: TestClient, token: str, **body: Any) -> Any:
    return client.post("/api/checkins", json={"token": token, **body})


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def test_unknown_fair(client: TestClient, settings: Settings) -> None:
    r = client.post("/api/applicants", json={"fair_id": str(uuid.uuid4()), **person(1)})
    assert "找不到" in error(r, 404, "unknown_fair")["message_zh"]
    # A genuine signature over a code that names no fair (e.g. a fair deleted after printing).
    token = issue_qr_token(settings.secret, QrKind.FAIR, new_qr_code(),
                           int(datetime.now(UTC).timestamp()) + 3600)
    error(check_in(client, token, **person(1)), 404, "unknown_fair")


def test_closed_fair(client: TestClient, fair: Fair, db: Callable[..., Any]) -> None:
    # The entrance token stays valid a day after the fair ends; the fair itself is closed.
    db("UPDATE fair SET starts_at = now() - interval '5 hours', "
       "ends_at = now() - interval '1 hour' WHERE id = $1", uuid.UUID(fair.id))
    body = error(check_in(client, fair.entrance_token, **person(2)), 410, "fair_closed")
    assert "已经结束" in body["message_zh"]
    r = client.post("/api/applicants", json={"fair_id": fair.id, **person(2)})
    error(r, 410, "fair_closed")


def test_expired_forged_malformed_and_wrong_kind_tokens(
    client: TestClient, settings: Settings, fair: Fair
) -> None:
    now = int(datetime.now(UTC).timestamp())
    expired = issue_qr_token(settings.secret, QrKind.FAIR, new_qr_code(), now - 60)
    body = error(check_in(client, expired, **person(3)), 410, "token_expired")
    assert "过期" in body["message_zh"]
    t = fair.entrance_token
    forged = t[:5] + ("A" if t[5] != "A" else "B") + t[6:]
    assert "不是本招聘会" in error(check_in(client, forged, **person(3)), 403,
                                  "token_forged")["message_zh"]
    other_secret = issue_qr_token(b"x" * 32, QrKind.FAIR, new_qr_code(), now + 3600)
    error(check_in(client, other_secret, **person(3)), 403, "token_forged")
    error(check_in(client, "not-a-token", **person(3)), 400, "token_malformed")
    booth = issue_qr_token(settings.secret, QrKind.BOOTH, new_qr_code(), now + 3600)
    error(check_in(client, booth, **person(3)), 400, "token_wrong_kind")


def test_consent_phone_and_name(client: TestClient, fair: Fair) -> None:
    t = fair.entrance_token
    no_consent = {k: v for k, v in person(4).items() if k != "consent"}
    body = error(check_in(client, t, **no_consent), 422, "consent_required")
    assert "同意" in body["message_zh"]
    error(check_in(client, t, **{**person(4), "consent": False}), 422, "consent_required")
    for bad in ("12345", "23900000004", "1390000000a", "139000000041", ""):
        r = check_in(client, t, **{**person(4), "phone": bad})
        body = error(r, 422, "invalid_phone")
        assert bad not in body["detail"] or not bad  # the number is never echoed back
        assert "11位手机号" in body["message_zh"]
    error(check_in(client, t, **{**person(4), "name": "  "}), 422, "invalid_name")
    error(check_in(client, t), 422, "identity_required")
    r = client.post("/api/checkins", json={"token": t, **person(4), "extra": 1})
    error(r, 400, "invalid_request")


def test_phone_spellings_map_to_one_applicant(client: TestClient, fair: Fair) -> None:
    first = check_in(client, fair.entrance_token, **{**person(5), "phone": "13900000005"})
    assert first.status_code == 200, first.text
    # Another spelling of the same number is the same applicant: recognised, and (issue 13) not
    # handed her token without proof of the phone; her own token recognises her repeat scan.
    again = check_in(client, fair.entrance_token,
                     **{**person(5), "phone": "+86 139-0000-0005", "name": "另一个写法"})
    assert (again.status_code, again.json()["error"]) == (409, "phone_needs_verification")
    rescan = client.post("/api/checkins", json={"token": fair.entrance_token,
                                                "applicant_token": first.json()["applicant_token"]})
    assert rescan.json()["applicant_id"] == first.json()["applicant_id"]
    assert rescan.json()["already_checked_in"] is True
    assert rescan.json()["checked_in_at"] == first.json()["checked_in_at"]


def test_applying_twice_gives_the_same_id(client: TestClient, fair: Fair) -> None:
    r = client.post("/api/applicants", json={"fair_id": fair.id, **person(6)})
    assert r.status_code == 201, r.text
    token = r.json()["applicant_token"]
    ids = set()
    for _ in range(3):
        r = client.post("/api/applications", json={"post_id": fair.post_ids[0]},
                        headers=bearer(token))
        assert r.status_code == 202, r.text
        ids.add(r.json()["application_id"])
    assert len(ids) == 1
    poll(lambda: client.get(f"/api/posts/{fair.post_ids[0]}/counts").json()["applications"]
         == 1, timeout=30, what="one application counted")
    mine = client.get("/api/applications/mine", headers=bearer(token)).json()
    assert [a["application_id"] for a in mine] == list(ids)


def test_post_of_another_fair_unknown_post_and_bad_tokens(
    client: TestClient, settings: Settings, fair: Fair
) -> None:
    other = make_fair(client, settings, posts=1, name="另一场招聘会")
    token = client.post("/api/applicants", json={"fair_id": fair.id, **person(7)}).json()[
        "applicant_token"]
    r = client.post("/api/applications", json={"post_id": other.post_ids[0]},
                    headers=bearer(token))
    assert "另一场" in error(r, 409, "post_of_other_fair")["message_zh"]
    r = client.post("/api/applications", json={"post_id": str(uuid.uuid4())},
                    headers=bearer(token))
    error(r, 404, "unknown_post")
    r = client.post("/api/applications", json={"post_id": fair.post_ids[0]})
    error(r, 401, "applicant_unauthorized")
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    r = client.post("/api/applications", json={"post_id": fair.post_ids[0]},
                    headers=bearer(forged))
    error(r, 401, "applicant_token_forged")
    # The applicant token of one fair does not check in at another.
    r = check_in(client, other.entrance_token, applicant_token=token)
    error(r, 403, "applicant_other_fair")


def test_closed_post(client: TestClient, settings: Settings, fair: Fair) -> None:
    auth = {"authorization": f"Bearer {settings.organiser_token}"}
    r = client.patch(f"/api/posts/{fair.post_ids[1]}", json={"status": "closed"}, headers=auth)
    assert r.status_code == 200, r.text
    token = client.post("/api/applicants", json={"fair_id": fair.id, **person(8)}).json()[
        "applicant_token"]
    r = client.post("/api/applications", json={"post_id": fair.post_ids[1]},
                    headers=bearer(token))
    assert "停止招聘" in error(r, 409, "post_closed")["message_zh"]
