"""1131×N services and discrimination complaints: the rules, with no I/O and no clock.

Data flow: web (``web.support``) checks a request with these rules and publishes
``streams.support`` events; ``agents.support`` projects them to PostgreSQL (migration 0009) and
asks :func:`person_key` for the key that links one woman's records across fairs; pages and the
report read the projection and label it with the Chinese names here.

The personal service QR (:func:`issue_service_pass`) is an opaque signed token: the applicant
and fair ids XOR-ed with a keystream and an HMAC over them, under a key of its own, so it never
shows a phone, a name or an id in clear, and can never verify as an applicant bearer token.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import uuid
from dataclasses import dataclass

SERVICES = ("policy_briefing", "career_guidance", "skills_training", "internship")
SERVICE_ZH = {
    "policy_briefing": "政策宣讲",
    "career_guidance": "职业指导",
    "skills_training": "技能培训",
    "internship": "见习岗位",
}
# 1131: 1 policy briefing, 1 career guidance, 3 job referrals, 1 training or internship.
NEEDED = {
    "policy_briefing": 1,
    "career_guidance": 1,
    "job_referrals": 3,
    "training_or_internship": 1,
}
STEP_ZH = {
    "policy_briefing": "政策宣讲",
    "career_guidance": "职业指导",
    "job_referrals": "岗位推荐（3 个）",
    "training_or_internship": "技能培训或见习",
}
REFERRAL_SOURCE = "1131"  # application.source of an application made from her recommendations

COMPLAINT_KINDS = ("marriage_childbearing_question", "pregnancy_test", "gender_refusal", "other")
KIND_ZH = {
    "marriage_childbearing_question": "询问婚育情况",
    "pregnancy_test": "要求孕检",
    "gender_refusal": "因性别拒绝录用",
    "other": "其他",
}
COMPLAINT_STATUSES = ("received", "in_progress", "referred", "closed")
STATUS_ZH = {
    "received": "已收到",
    "in_progress": "处理中",
    "referred": "已转劳动保障监察",
    "closed": "已办结",
}
OPEN_STATUSES = ("received", "in_progress", "referred")

_PASS_LABEL = b"jobfair/service-pass/v1"
_PERSON_LABEL = b"jobfair/person/v1"
_FILER_LABEL = b"jobfair/complaint-filer/v1"
_PASS_MAC = 10
PASS_BYTES = 32 + _PASS_MAC  # 42 bytes -> 56 base64url characters


@dataclass(frozen=True, slots=True)
class ServiceRecord:
    policy_briefing: int = 0
    career_guidance: int = 0
    job_referrals: int = 0
    training_or_internship: int = 0

    @property
    def completed_1131(self) -> bool:
        return all(getattr(self, k) >= n for k, n in NEEDED.items())

    def missing(self) -> list[str]:
        """The elements still short of 1131, in desk order (Chinese labels)."""
        return [STEP_ZH[k] for k, n in NEEDED.items() if getattr(self, k) < n]

    def to_dict(self) -> dict[str, int | bool]:
        return {
            "policy_briefing": self.policy_briefing,
            "career_guidance": self.career_guidance,
            "job_referrals": self.job_referrals,
            "training_or_internship": self.training_or_internship,
            "completed_1131": self.completed_1131,
        }


def can_move(current: str, new: str) -> bool:
    """Any status may follow any other except that a closed complaint stays closed unless an
    organiser reopens it to in_progress (a note alone keeps the status)."""
    if new not in COMPLAINT_STATUSES:
        return False
    return not (current == "closed" and new not in ("closed", "in_progress"))


class PassInvalid(ValueError):
    """Not a service pass of this platform (malformed or not signed by us)."""


def _key(secret: bytes, label: bytes) -> bytes:
    return hmac.digest(secret, label, hashlib.sha256)


def issue_service_pass(secret: bytes, applicant_id: str, fair_id: str) -> str:
    """The code in her personal QR: opaque, signed, the same every time for one person."""
    clear = uuid.UUID(applicant_id).bytes + uuid.UUID(fair_id).bytes
    key = _key(secret, _PASS_LABEL)
    mac = hmac.digest(key, clear, hashlib.sha256)[:_PASS_MAC]
    stream = hmac.digest(key, b"stream" + mac, hashlib.sha256)
    hidden = bytes(a ^ b for a, b in zip(clear, stream, strict=True))
    return base64.urlsafe_b64encode(hidden + mac).rstrip(b"=").decode()


def verify_service_pass(secret: bytes, code: str) -> tuple[str, str]:
    """(applicant_id, fair_id) of a service pass, or PassInvalid."""
    if len(code) != 56 or not code.isascii():
        raise PassInvalid("not a service pass")
    try:
        raw = base64.urlsafe_b64decode(code + "==")
    except (binascii.Error, ValueError):
        raise PassInvalid("not a service pass") from None
    if len(raw) != PASS_BYTES:
        raise PassInvalid("not a service pass")
    hidden, mac = raw[:32], raw[32:]
    key = _key(secret, _PASS_LABEL)
    stream = hmac.digest(key, b"stream" + mac, hashlib.sha256)
    clear = bytes(a ^ b for a, b in zip(hidden, stream, strict=True))
    if not hmac.compare_digest(hmac.digest(key, clear, hashlib.sha256)[:_PASS_MAC], mac):
        raise PassInvalid("service pass not signed by this platform")
    return str(uuid.UUID(bytes=clear[:16])), str(uuid.UUID(bytes=clear[16:]))


def person_key(secret: bytes, phone: str) -> str:
    """One woman across fairs (her applicant ids differ per fair): an HMAC of her phone."""
    return hmac.digest(_key(secret, _PERSON_LABEL), phone.encode(), hashlib.sha256).hex()[:32]


def filer_ref(secret: bytes, applicant_id: str) -> str:
    """Who filed an anonymous complaint, recognisable only with the platform's secret."""
    return hmac.digest(
        _key(secret, _FILER_LABEL), uuid.UUID(applicant_id).bytes, hashlib.sha256
    ).hex()[:32]


_STATUS_LABEL = b"jobfair/complaint-status/v1"


def complaint_key(secret: bytes, complaint_id: str) -> str:
    """The key in the status link handed to whoever filed a complaint (no account needed)."""
    return hmac.digest(
        _key(secret, _STATUS_LABEL), uuid.UUID(complaint_id).bytes, hashlib.sha256
    ).hex()[:24]


def complaint_key_ok(secret: bytes, complaint_id: str, key: str) -> bool:
    return hmac.compare_digest(complaint_key(secret, complaint_id), key)
