"""Issue 13, sessions and staff/host tokens: page sessions that outlived log-out and a revoked
staff key, staff and host tokens without expiry or rotation, host tokens reading interview lists;
each replayed against the real web app (in-process), worker, Kafka and PostgreSQL.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

import pytest
from starlette.testclient import TestClient

from jobfair.settings import Settings
from tests.integration.fairkit import bearer, make_fair, organiser

pytestmark = pytest.mark.integration


@pytest.fixture
def client(phone_client: TestClient) -> TestClient:
    return phone_client


def page_login(client: TestClient, token: str) -> None:
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/organiser/login").text)
    assert csrf is not None
    r = client.post(
        "/organiser/login", data={"csrf": csrf.group(1), "token": token}, follow_redirects=False
    )
    assert r.status_code == 303, r.text


def test_logout_ends_a_replayed_session_cookie_at_once(
    client: TestClient, settings: Settings
) -> None:
    page_login(client, str(settings.organiser_token))
    assert client.get("/organiser", follow_redirects=False).status_code == 200
    stolen = client.cookies.get("jobfair_session")
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/organiser").text)
    assert csrf is not None
    client.post("/organiser/logout", data={"csrf": csrf.group(1)}, follow_redirects=False)
    client.cookies.set("jobfair_session", str(stolen))  # the copied cookie, replayed
    r = client.get("/organiser", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("/organiser/login")


def test_rotating_a_staff_token_ends_the_old_token_and_its_sessions(
    client: TestClient, settings: Settings
) -> None:
    fair = make_fair(client, settings, posts=1)
    employer_id = fair.employers[0]["id"]
    old = client.get(f"/api/employers/{employer_id}", headers=organiser(settings)).json()[
        "staff_token"
    ]
    page_login(client, old)
    home = f"/organiser/employers/{employer_id}"
    assert client.get(home, follow_redirects=False).status_code == 200
    staff_only = client.post(
        "/api/tokens/employer", headers=bearer(old), json={"employer_id": employer_id}
    )
    assert staff_only.status_code == 403
    r = client.post(
        "/api/tokens/employer", headers=organiser(settings), json={"employer_id": employer_id}
    )
    assert r.status_code == 200, r.text
    new = r.json()["staff_token"]
    assert new != old
    assert client.get(home, follow_redirects=False).status_code == 303  # session ended
    assert client.get(f"/api/employers/{employer_id}", headers=bearer(old)).status_code == 401
    assert client.get(f"/api/employers/{employer_id}", headers=bearer(new)).status_code == 200
    unknown = client.post(
        "/api/tokens/employer", headers=organiser(settings), json={"employer_id": str(uuid.uuid4())}
    )
    assert unknown.status_code == 404


def test_staff_and_host_tokens_expire(
    client: TestClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import itsdangerous.timed

    from web.auth import issue_host_token, issue_staff_token

    fair = make_fair(client, settings, posts=1)
    employer_id = fair.employers[0]["id"]
    then = datetime.now(UTC).timestamp() - settings.staff_token_ttl_h * 3600 - 60
    with monkeypatch.context() as m:  # tokens signed ttl + 1 minute ago
        m.setattr(itsdangerous.timed.time, "time", lambda: then)
        staff = issue_staff_token(settings, employer_id, fair.id, 1)
        host = issue_host_token(settings, fair.id, 1)
    for token, path in ((staff, f"/api/employers/{employer_id}"), (host, f"/api/fairs/{fair.id}")):
        assert client.get(path, headers=bearer(token)).status_code == 401


def test_host_tokens_read_counts_only_and_can_be_rotated(
    client: TestClient, settings: Settings
) -> None:
    fair = make_fair(client, settings, posts=1)
    host = client.get(f"/api/fairs/{fair.id}", headers=organiser(settings)).json()["host_token"]
    assert client.get(f"/api/fairs/{fair.id}", headers=bearer(host)).status_code == 200
    r = client.get(f"/api/interviews?fair_id={fair.id}", headers=bearer(host))
    assert (r.status_code, r.json()["error"]) == (403, "forbidden")
    rotated = client.post(
        "/api/tokens/host", headers=organiser(settings), json={"fair_id": fair.id}
    )
    assert rotated.status_code == 200, rotated.text
    assert client.get(f"/api/fairs/{fair.id}", headers=bearer(host)).status_code == 401
    new = rotated.json()["host_token"]
    assert client.get(f"/api/fairs/{fair.id}", headers=bearer(new)).status_code == 200
