"""Signed QR and applicant tokens: round trips, forgery, expiry, kinds, junk input."""

from __future__ import annotations

import base64
import uuid

import pytest
import segno
from hypothesis import given
from hypothesis import strategies as st

from domain.tokens import (
    ApplicantClaims,
    QrClaims,
    QrKind,
    TokenError,
    TokenExpired,
    TokenForged,
    TokenMalformed,
    TokenWrongKind,
    issue_applicant_token,
    issue_qr_token,
    new_qr_code,
    verify_applicant_token,
    verify_qr_token,
)

SECRET = b"s" * 32
OTHER_SECRET = b"t" * 32
CODE = bytes.fromhex("0123456789abcdef")
NOW = 1_750_000_000
LATER = NOW + 3600
APPLICANT = "6f1c2a9e-3b7d-4c55-9e2a-0d4b8f7e1a23"
FAIR = "0b9d2f4e-8a61-4e0c-b3f7-52c1d9a6e840"
BASE_URL = "https://jobfair.example.org/q/"


def _flip(token: str, index: int) -> str:
    raw = bytearray(base64.urlsafe_b64decode(token))
    raw[index] ^= 0x01
    return base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()


@pytest.mark.parametrize("kind", list(QrKind))
def test_qr_round_trip(kind: QrKind) -> None:
    token = issue_qr_token(SECRET, kind, CODE, LATER)
    assert verify_qr_token(SECRET, token, NOW) == QrClaims(kind, CODE, LATER)
    assert verify_qr_token(SECRET, token, NOW, expect=kind).kind is kind


def test_qr_token_is_opaque_short_and_urlsafe() -> None:
    token = issue_qr_token(SECRET, QrKind.BOOTH, CODE, LATER)
    assert len(token) == 32
    assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    assert CODE.hex() not in token


def test_new_qr_code_is_random_8_bytes() -> None:
    codes = {new_qr_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(len(c) == 8 for c in codes)


@pytest.mark.parametrize("kind", list(QrKind))
def test_qr_url_fits_version_6_at_level_m(kind: QrKind) -> None:
    url = BASE_URL + issue_qr_token(SECRET, kind, b"\xff" * 8, 2**32 - 1)
    version = segno.make(url, error="m", boost_error=False).version
    assert isinstance(version, int)  # a full QR code, never a Micro QR ("M4")
    assert version <= 6


@pytest.mark.parametrize("index", range(24))  # every byte of the 24-byte token
def test_every_flipped_qr_byte_is_rejected(index: int) -> None:
    token = issue_qr_token(SECRET, QrKind.FAIR, CODE, LATER)
    with pytest.raises(TokenForged):
        verify_qr_token(SECRET, _flip(token, index), NOW)


def test_every_changed_qr_character_is_rejected() -> None:
    token = issue_qr_token(SECRET, QrKind.FAIR, CODE, LATER)
    for i, ch in enumerate(token):
        altered = token[:i] + ("A" if ch != "A" else "B") + token[i + 1 :]
        with pytest.raises((TokenForged, TokenMalformed)):
            verify_qr_token(SECRET, altered, NOW)


def test_qr_wrong_secret_is_forged() -> None:
    token = issue_qr_token(SECRET, QrKind.POST, CODE, LATER)
    with pytest.raises(TokenForged) as info:
        verify_qr_token(OTHER_SECRET, token, NOW)
    assert info.value.code == "token_forged"


def test_qr_expiry_is_exclusive() -> None:
    token = issue_qr_token(SECRET, QrKind.FAIR, CODE, LATER)
    verify_qr_token(SECRET, token, LATER - 1)
    for now in (LATER, LATER + 1):
        with pytest.raises(TokenExpired):
            verify_qr_token(SECRET, token, now)


def test_qr_wrong_kind() -> None:
    token = issue_qr_token(SECRET, QrKind.BOOTH, CODE, LATER)
    with pytest.raises(TokenWrongKind):
        verify_qr_token(SECRET, token, NOW, expect=QrKind.FAIR)


def test_applicant_token_never_verifies_as_qr_and_back() -> None:
    qr = issue_qr_token(SECRET, QrKind.FAIR, CODE, LATER)
    bearer = issue_applicant_token(SECRET, APPLICANT, FAIR, expires_at=LATER)
    with pytest.raises(TokenError):
        verify_applicant_token(SECRET, qr, NOW)
    with pytest.raises(TokenError):
        verify_qr_token(SECRET, bearer, NOW)
    # Same length and layout would still fail: the keys differ per token type.
    with pytest.raises(TokenForged):
        verify_qr_token(SECRET, bearer[:32], NOW)


def test_applicant_round_trip_and_canonical_ids() -> None:
    token = issue_applicant_token(SECRET, APPLICANT.upper(), FAIR, expires_at=LATER,
                                  generation=7)
    assert verify_applicant_token(SECRET, token, NOW) == ApplicantClaims(APPLICANT, FAIR,
                                                                         LATER, 7)
    assert APPLICANT.replace("-", "") not in token


def test_applicant_token_expires() -> None:
    token = issue_applicant_token(SECRET, APPLICANT, FAIR, expires_at=LATER)
    assert verify_applicant_token(SECRET, token, LATER - 1).expires_at == LATER
    for now in (LATER, LATER + 1):
        with pytest.raises(TokenExpired):
            verify_applicant_token(SECRET, token, now)


@pytest.mark.parametrize("index", range(54))
def test_every_flipped_applicant_byte_is_rejected(index: int) -> None:
    token = issue_applicant_token(SECRET, APPLICANT, FAIR, expires_at=LATER)
    with pytest.raises(TokenForged):
        verify_applicant_token(SECRET, _flip(token, index), NOW)


def test_applicant_wrong_secret_is_forged() -> None:
    token = issue_applicant_token(SECRET, APPLICANT, FAIR, expires_at=LATER)
    with pytest.raises(TokenForged):
        verify_applicant_token(OTHER_SECRET, token, NOW)


@given(a=st.uuids(), f=st.uuids(), gen=st.integers(1, 0xFFFF),
       expires_at=st.integers(min_value=1, max_value=2**32 - 1))
def test_applicant_round_trip_any_ids(a: uuid.UUID, f: uuid.UUID, gen: int,
                                      expires_at: int) -> None:
    token = issue_applicant_token(SECRET, str(a), str(f), expires_at=expires_at,
                                  generation=gen)
    assert verify_applicant_token(SECRET, token, expires_at - 1) == ApplicantClaims(
        str(a), str(f), expires_at, gen)


@given(
    kind=st.sampled_from(QrKind),
    code=st.binary(min_size=8, max_size=8),
    expires_at=st.integers(min_value=1, max_value=2**32 - 1),
)
def test_qr_round_trip_any_payload(kind: QrKind, code: bytes, expires_at: int) -> None:
    token = issue_qr_token(SECRET, kind, code, expires_at)
    assert verify_qr_token(SECRET, token, expires_at - 1, expect=kind) == QrClaims(
        kind, code, expires_at
    )


_URLSAFE = st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ .\n"
)


@given(st.one_of(st.text(), _URLSAFE, _URLSAFE.filter(lambda s: len(s) in (31, 32, 33, 64, 72))))
def test_junk_only_ever_raises_token_errors(junk: str) -> None:
    for verify in (
        lambda t: verify_qr_token(SECRET, t, NOW),
        lambda t: verify_applicant_token(SECRET, t, NOW),
    ):
        with pytest.raises(TokenError) as info:
            verify(junk)
        assert info.value.code in {"token_malformed", "token_forged"}


@pytest.mark.parametrize(
    "junk", ["", "=" * 32, "A" * 31 + "=", "A" * 31 + "!", "Ａ" * 32, "A" * 10_000]
)
def test_malformed_examples(junk: str) -> None:
    with pytest.raises(TokenMalformed):
        verify_qr_token(SECRET, junk, NOW)


def test_errors_have_stable_codes_and_chinese_messages() -> None:
    expected = {
        TokenMalformed: "token_malformed",
        TokenForged: "token_forged",
        TokenExpired: "token_expired",
        TokenWrongKind: "token_wrong_kind",
    }
    for cls, code in expected.items():
        assert issubclass(cls, TokenError)
        assert cls.code == code
        assert any("\u4e00" <= ch <= "\u9fff" for ch in cls.message_zh)


@pytest.mark.parametrize(
    ("code", "expires_at"), [(b"short", LATER), (b"x" * 9, LATER), (CODE, -1), (CODE, 2**32)]
)
def test_issue_rejects_bad_arguments(code: bytes, expires_at: int) -> None:
    with pytest.raises(ValueError):
        issue_qr_token(SECRET, QrKind.FAIR, code, expires_at)


def test_short_secret_is_a_configuration_error() -> None:
    with pytest.raises(ValueError):
        issue_qr_token(b"short", QrKind.FAIR, CODE, LATER)
    with pytest.raises(ValueError):
        issue_applicant_token(b"", APPLICANT, FAIR, expires_at=LATER)


def test_bad_uuid_is_rejected_at_issue() -> None:
    with pytest.raises(ValueError):
        issue_applicant_token(SECRET, "not-a-uuid", FAIR, expires_at=LATER)
    for generation in (0, 0x10000):
        with pytest.raises(ValueError):
            issue_applicant_token(SECRET, APPLICANT, FAIR, expires_at=LATER,
                                  generation=generation)
