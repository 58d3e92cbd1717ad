"""Issue 13, identity and sessions: every finding replayed against the real web app (in-process
TestClient), a real worker, Kafka and PostgreSQL; each gets the safe answer now.

Findings replayed: a phone number alone yields her token (registerApplicant, checkIn, the post
page); login codes (single use, short-lived, limited per code, phone and client, the phone never
in logs); applicant tokens that never expire or die (help desk recovery revokes them). Sessions
and staff/host tokens: ``test_trust_sessions.py``; erasure, retention, headers and forms:
``test_trust_lifecycle.py``. Time passing is simulated by moving a stored expiry into the past,
never by sleeping.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from domain.tokens import issue_applicant_token
from jobfair.settings import Settings
from tests.conftest import poll
from tests.integration.fairkit import Fair, bearer, make_fair, organiser, person, phone

pytestmark = pytest.mark.integration
ORIGIN = "http://testserver"
CODE_LINE = re.compile(r"login code for (\S+): (\d{6})")


@pytest.fixture
def client(phone_client: TestClient) -> TestClient:
    return phone_client


def registered(client: TestClient, fair: Fair, i: int, **extra: Any) -> dict[str, Any]:
    r = client.post("/api/applicants", json={"fair_id": fair.id, **person(i), **extra})
    assert r.status_code in (201, 202), r.text
    out: dict[str, Any] = r.json()
    poll(
        lambda: (
            client.get("/api/applications/mine", headers=bearer(out["applicant_token"])).status_code
            == 200
        ),
        timeout=30,
        what="registration projected",
    )
    return out


def sent_code(caplog: pytest.LogCaptureFixture) -> tuple[str, str]:
    """(masked phone, code) of the last code the development sender logged."""
    found = [CODE_LINE.search(r.getMessage()) for r in caplog.records]
    last = [m for m in found if m][-1]
    return last.group(1), last.group(2)


def request_code(client: TestClient, fair: Fair, i: int) -> Any:
    return client.post("/api/login-codes", json={"fair_id": fair.id, "phone": phone(i)})


def verify(client: TestClient, fair: Fair, i: int, code: str) -> Any:
    return client.post(
        "/api/login-codes/verify", json={"fair_id": fair.id, "phone": phone(i), "code": code}
    )


# --- a phone number is not a key ---------------------------------------------------------------


def test_a_phone_number_alone_never_yields_her_token(
    client: TestClient, settings: Settings
) -> None:
    fair = make_fair(client, settings, posts=1)
    her = registered(client, fair, 1)
    again = client.post("/api/applicants", json={"fair_id": fair.id, **person(1)})
    assert (again.status_code, again.json()["error"]) == (409, "phone_needs_verification")
    assert "applicant_token" not in again.json()
    spelled = client.post(
        "/api/applicants", json={"fair_id": fair.id, **person(1), "phone": "+86 " + phone(1)}
    )
    assert spelled.status_code == 409
    entrance = client.post("/api/checkins", json={"token": fair.entrance_token, **person(1)})
    assert (entrance.status_code, entrance.json()["error"]) == (409, "phone_needs_verification")
    assert "applicant_token" not in entrance.json()
    # the post page's registration form: refused, with the way to prove the phone
    post_url = fair.posts[0]["post_qr_url"].rsplit("/", 1)[1]
    page = client.post(f"/p/{post_url}", data={**person(1), "consent": "on"})
    assert page.status_code == 409 and 'data-error="phone_needs_verification"' in page.text
    assert 'action="/me/' in page.text and "发送短信验证码登录" in page.text
    assert not any(k.startswith("jfa_") for k in client.cookies)
    # her own token still works; a new phone still registers in one step
    assert (
        client.get("/api/applications/mine", headers=bearer(her["applicant_token"])).status_code
        == 200
    )
    assert client.post(
        "/api/checkins", json={"token": fair.entrance_token, **person(2)}
    ).status_code in (200, 202)


def test_of_racing_registrations_with_one_phone_only_one_gets_a_token(
    client: TestClient, settings: Settings
) -> None:
    fair = make_fair(client, settings, posts=1)
    body = {"fair_id": fair.id, **person(7)}
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: client.post("/api/applicants", json=body), range(8)))
    statuses = sorted(a.status_code for a in answers)
    assert statuses.count(409) == 7 and statuses[0] in (201, 202), statuses
    assert sum("applicant_token" in a.json() for a in answers) == 1


def test_login_code_is_single_use_short_lived_and_the_phone_never_logged(
    client: TestClient,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
    db: Callable[..., Any],
) -> None:
    caplog.set_level(logging.INFO)
    fair = make_fair(client, settings, posts=1)
    her = registered(client, fair, 3)
    assert request_code(client, fair, 3).status_code == 202
    masked, code = sent_code(caplog)
    assert masked == phone(3)[:3] + "****" + phone(3)[-4:]
    wrong = "000000" if code != "000000" else "111111"
    r = verify(client, fair, 3, wrong)
    assert (r.status_code, r.json()["error"]) == (401, "login_code_invalid")
    r = verify(client, fair, 3, code)
    assert r.status_code == 200, r.text
    assert r.json()["applicant_id"] == her["applicant_id"]
    assert (
        client.get(
            "/api/applications/mine", headers=bearer(r.json()["applicant_token"])
        ).status_code
        == 200
    )
    assert verify(client, fair, 3, code).status_code == 401  # single use
    # stored hashed: the code itself is nowhere in the table
    rows = db(
        "SELECT code_digest FROM login_code WHERE applicant_id = $1", uuid.UUID(her["applicant_id"])
    )
    assert rows and all(code.encode() not in bytes(r["code_digest"]) for r in rows)
    # an expired code (its expiry moved into the past) is refused
    db(
        "UPDATE login_code SET created_at = created_at - interval '2 minutes' "
        "WHERE applicant_id = $1",
        uuid.UUID(her["applicant_id"]),
    )
    assert request_code(client, fair, 3).status_code == 202
    _, fresh = sent_code(caplog)
    db(
        "UPDATE login_code SET expires_at = now() - interval '1 second' WHERE applicant_id = $1",
        uuid.UUID(her["applicant_id"]),
    )
    assert verify(client, fair, 3, fresh).status_code == 401
    # an unregistered phone: the same 202, and no code is made
    before = len([r for r in caplog.records if CODE_LINE.search(r.getMessage())])
    assert request_code(client, fair, 99).status_code == 202
    assert len([r for r in caplog.records if CODE_LINE.search(r.getMessage())]) == before
    assert not any(phone(n) in r.getMessage() for r in caplog.records for n in (3, 99))


def test_login_code_attempts_are_limited_per_code_phone_and_client(
    client: TestClient,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
    db: Callable[..., Any],
) -> None:
    caplog.set_level(logging.INFO)
    fair = make_fair(client, settings, posts=1)
    registered(client, fair, 4)
    assert request_code(client, fair, 4).status_code == 202
    _, code = sent_code(caplog)
    again = request_code(client, fair, 4)  # within a minute: refused
    assert (again.status_code, again.json()["error"]) == (429, "rate_limited")
    assert int(again.headers["retry-after"]) >= 1
    wrong = [c for c in ("000000", "111111", "222222", "333333", "444444", "555555") if c != code][
        :5
    ]
    for guess in wrong:
        assert verify(client, fair, 4, guess).status_code == 401
    assert verify(client, fair, 4, code).status_code == 401  # 5 misses killed the code
    for guess in wrong:  # 10 misses for this phone within the hour: locked out
        r = verify(client, fair, 4, guess)
    assert (r.status_code, r.json()["error"]) == (429, "rate_limited")
    assert int(r.headers["retry-after"]) > 60
    # per client: one address guessing across many phones is stopped too
    db(
        "DELETE FROM login_failure WHERE client_key IN (SELECT client_key FROM login_code "
        "WHERE fair_id = $1)",
        uuid.UUID(fair.id),
    )
    statuses = [verify(client, fair, 200 + n, "123456").status_code for n in range(51)]
    assert statuses[:50] == [401] * 50 and statuses[50] == 429
    db("DELETE FROM login_failure")  # this client's lockout would outlive the test


# --- applicant tokens expire and can be revoked ---------------------------------------------------


def test_applicant_tokens_expire_and_old_format_tokens_are_refused(
    client: TestClient, settings: Settings
) -> None:
    fair = make_fair(client, settings, posts=1)
    her = registered(client, fair, 5)
    past = int((datetime.now(UTC) - timedelta(seconds=1)).timestamp())
    expired = issue_applicant_token(settings.secret, her["applicant_id"], fair.id, expires_at=past)
    r = client.get("/api/applications/mine", headers=bearer(expired))
    assert (r.status_code, r.json()["error"]) == (401, "applicant_token_expired")
    legacy = "A" * 64  # the old 64-character layout (no expiry) is not a token any more
    assert client.get("/api/applications/mine", headers=bearer(legacy)).status_code == 401


def test_help_desk_recovery_revokes_every_earlier_token_and_cookie(
    client: TestClient, settings: Settings
) -> None:
    fair = make_fair(client, settings, posts=1)
    old = registered(client, fair, 6)["applicant_token"]
    # her phone's page cookie from an entrance scan with the old token
    client.cookies.set(f"jfa_{uuid.UUID(fair.id).hex}", old)
    assert client.get(f"/me/{fair.id}").status_code == 200
    desk = client.post(
        "/api/login-codes/helpdesk",
        headers=organiser(settings),
        json={"fair_id": fair.id, "phone": phone(6)},
    )
    assert desk.status_code == 200, desk.text
    r = client.get("/api/applications/mine", headers=bearer(old))
    assert (r.status_code, r.json()["error"]) == (401, "applicant_token_revoked")
    page = client.get(f"/me/{fair.id}")
    assert page.status_code == 401 and "login-by-code" in page.text  # signed out, cookie gone
    assert "jfa_" not in "".join(page.headers.get_list("set-cookie")).replace(
        "jfa_" + uuid.UUID(fair.id).hex + "=;", ""
    )
    new = verify(client, fair, 6, desk.json()["code"])
    assert new.status_code == 200
    assert (
        client.get(
            "/api/applications/mine", headers=bearer(new.json()["applicant_token"])
        ).status_code
        == 200
    )
    # only organisers run the help desk
    assert (
        client.post(
            "/api/login-codes/helpdesk",
            headers=bearer(old),
            json={"fair_id": fair.id, "phone": phone(6)},
        ).status_code
        == 401
    )
