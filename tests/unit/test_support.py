"""Issue 12 rules without I/O: the personal service QR code (opaque, signed, never verifies as
anything else), the 1131 completion rule and what is missing, complaint status steps, and
the support agent's decoder (poison events dead-letter with a reason, never crash)."""

from __future__ import annotations

import base64
import uuid

import orjson
import pytest

from agents.support import parse
from domain.support import (
    NEEDED,
    PassInvalid,
    ServiceRecord,
    can_move,
    complaint_key,
    complaint_key_ok,
    filer_ref,
    issue_service_pass,
    person_key,
    verify_service_pass,
)
from domain.tokens import issue_applicant_token
from streams.events import BadEvent
from streams.support import ComplaintFiled, ServiceRecorded

SECRET = b"s" * 32
APPLICANT, FAIR = str(uuid.uuid4()), str(uuid.uuid4())


def test_service_pass_round_trips_and_hides_the_ids() -> None:
    code = issue_service_pass(SECRET, APPLICANT, FAIR)
    assert len(code) == 56 and code.isascii()
    assert verify_service_pass(SECRET, code) == (APPLICANT, FAIR)
    assert code == issue_service_pass(SECRET, APPLICANT, FAIR)  # her QR does not change
    for ident in (APPLICANT, FAIR):
        assert uuid.UUID(ident).hex not in code
        assert uuid.UUID(ident).bytes not in base64.urlsafe_b64decode(code + "==")


@pytest.mark.parametrize("bad", ["", "x" * 56, "é" * 56, "A" * 55])
def test_malformed_service_pass_is_refused(bad: str) -> None:
    with pytest.raises(PassInvalid):
        verify_service_pass(SECRET, bad)


def test_service_pass_of_another_secret_or_altered_is_refused() -> None:
    code = issue_service_pass(SECRET, APPLICANT, FAIR)
    with pytest.raises(PassInvalid):
        verify_service_pass(b"t" * 32, code)
    altered = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(PassInvalid):
        verify_service_pass(SECRET, altered)


def test_an_applicant_bearer_token_is_not_a_service_pass() -> None:
    token = issue_applicant_token(SECRET, APPLICANT, FAIR, expires_at=2**31)
    with pytest.raises(PassInvalid):
        verify_service_pass(SECRET, token)


def test_1131_needs_every_element() -> None:
    done = ServiceRecord(
        policy_briefing=1, career_guidance=2, job_referrals=3, training_or_internship=1
    )
    assert done.completed_1131 and done.missing() == []
    assert done.to_dict()["completed_1131"] is True
    counts = {
        "policy_briefing": 1,
        "career_guidance": 2,
        "job_referrals": 3,
        "training_or_internship": 1,
    }
    for key, needed in NEEDED.items():
        short = ServiceRecord(**{**counts, key: needed - 1})
        assert not short.completed_1131 and len(short.missing()) == 1
    assert ServiceRecord().missing() == [
        "政策宣讲",
        "职业指导",
        "岗位推荐（3 个）",
        "技能培训或见习",
    ]


def test_complaint_steps() -> None:
    assert can_move("received", "in_progress") and can_move("in_progress", "referred")
    assert can_move("referred", "closed") and can_move("closed", "in_progress")
    assert can_move("received", "received")  # a note alone
    assert not can_move("closed", "received") and not can_move("closed", "referred")
    assert not can_move("received", "lost")


def test_keys_are_stable_and_distinct() -> None:
    assert person_key(SECRET, "13900000000") == person_key(SECRET, "13900000000")
    assert person_key(SECRET, "13900000000") != person_key(SECRET, "13900000001")
    assert filer_ref(SECRET, APPLICANT) != filer_ref(SECRET, str(uuid.uuid4()))
    cid = str(uuid.uuid4())
    assert complaint_key_ok(SECRET, cid, complaint_key(SECRET, cid))
    assert not complaint_key_ok(SECRET, str(uuid.uuid4()), complaint_key(SECRET, cid))


def _raw(ev: object) -> bytes:
    return ev.to_bytes()  # type: ignore[attr-defined, no-any-return]


def test_agent_decoder_takes_good_events_and_names_what_is_wrong() -> None:
    good = ServiceRecorded(
        event_id=str(uuid.uuid4()),
        fair_id=FAIR,
        applicant_id=APPLICANT,
        service="internship",
        actor="organiser",
        at="2026-11-27T08:00:00+00:00",
    )
    assert parse(_raw(good)).fair_id == uuid.UUID(FAIR)
    cases = {
        "bad_field": {**good.to_dict(), "service": "massage"},
        "bad_time": {**good.to_dict(), "at": "2026-11-27T08:00:00"},
        "missing_field": {k: v for k, v in good.to_dict().items() if k != "actor"},
    }
    for reason, data in cases.items():
        with pytest.raises(BadEvent) as err:
            parse(orjson.dumps(data))
        assert err.value.reason == reason, data
    filed = ComplaintFiled(
        event_id=str(uuid.uuid4()),
        complaint_id=str(uuid.uuid4()),
        fair_id=FAIR,
        kind="bribe",
        channel="helpdesk",
        anonymous=True,
        at="2026-11-27T08:00:00+00:00",
    )
    with pytest.raises(BadEvent) as err:
        parse(_raw(filed))
    assert err.value.reason == "bad_field"
    with pytest.raises(BadEvent):
        parse(b"{not json")
