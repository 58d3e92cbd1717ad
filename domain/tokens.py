"""Signed opaque tokens for QR codes and applicant sessions.

Data flow: an organiser action stores a random `code` (new_qr_code) against a fair, booth or
post and web/ calls issue_qr_token to print `https://<host>/q/<token>`; an applicant's phone
brings the token back, web/ calls verify_qr_token with the request time and looks the code up.
After sign-up web/ hands the phone an applicant bearer token (issue_applicant_token) and
verifies it on every later request. Nothing here stores or reads anything; the clock is passed in.

A token carries no name, phone number or database id in clear: a QR token holds only the
kind, the 8-byte opaque code and the expiry. Both token types are HMAC-SHA256 over the raw
payload, each under its own key derived from the one secret, so a token of one type can never
verify as the other.

QR token layout (24 bytes -> exactly 32 base64url characters, no padding)::

    kind (1) | code (8) | expires_at, big-endian uint32 (4) | HMAC truncated (11)

Applicant token layout (54 bytes -> 72 characters)::

    applicant uuid (16) | fair uuid (16) | expires_at uint32 (4) | generation uint16 (2)
    | HMAC truncated (16)

The expiry makes every applicant token short-lived; the generation lets web/ revoke every
token of one applicant at once (it keeps the current generation per applicant in PostgreSQL
and refuses a token of an older one: ``web.identity.credentials``).

Errors::

    TokenError                  code, message_zh
     +-- TokenMalformed         not base64url of the right length, unknown kind
     +-- TokenForged            MAC does not match (wrong secret or altered token)
     +-- TokenExpired           now >= expires_at (QR and applicant tokens)
     +-- TokenWrongKind         a valid QR token of another kind than the page expects
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import struct
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

__all__ = [
    "ApplicantClaims",
    "QrClaims",
    "QrKind",
    "TokenError",
    "TokenExpired",
    "TokenForged",
    "TokenMalformed",
    "TokenWrongKind",
    "issue_applicant_token",
    "issue_qr_token",
    "new_qr_code",
    "verify_applicant_token",
    "verify_qr_token",
]

CODE_BYTES = 8
# 11 bytes (88 bits) of MAC: forging needs ~2**87 online guesses, each a request to us, and
# 13 + 11 = 24 bytes encodes to 32 characters with no padding, which keeps the poster URL
# inside QR version 4 at level M.
QR_MAC_BYTES = 11
# The bearer token never goes into a QR code, so it can afford a full 128-bit tag.
APPLICANT_MAC_BYTES = 16
MIN_SECRET_BYTES = 16

_QR_HEADER = struct.Struct(">B8sI")
QR_TOKEN_BYTES = _QR_HEADER.size + QR_MAC_BYTES
_APPLICANT_PAYLOAD = struct.Struct(">16s16sIH")
APPLICANT_TOKEN_BYTES = _APPLICANT_PAYLOAD.size + APPLICANT_MAC_BYTES
MAX_GENERATION = 0xFFFF

# Domain separation: each token type signs with HMAC(secret, label), so the same secret can
# serve both and a bump of the label retires every token of that type at once.
_QR_LABEL = b"jobfair/qr/v1"
# v2: v1 tokens (no expiry, no generation) can never verify again.
_APPLICANT_LABEL = b"jobfair/applicant/v2"

_B64URL = re.compile(r"[A-Za-z0-9_-]*")


class QrKind(Enum):
    """What a QR code points at; the value is the name used in URLs, APIs and the database."""

    FAIR = "fair"
    BOOTH = "booth"
    POST = "post"


# The one byte each kind occupies in a token; never renumber, printed posters carry these.
_KIND_BYTE: Mapping[QrKind, int] = {QrKind.FAIR: 1, QrKind.BOOTH: 2, QrKind.POST: 3}
_BYTE_KIND: Mapping[int, QrKind] = {b: k for k, b in _KIND_BYTE.items()}


@dataclass(frozen=True, slots=True)
class QrClaims:
    kind: QrKind
    code: bytes
    expires_at: int


@dataclass(frozen=True, slots=True)
class ApplicantClaims:
    applicant_id: str
    fair_id: str
    expires_at: int = 0
    generation: int = 1


class TokenError(Exception):
    """Base of every token failure; `code` is stable for APIs, `message_zh` is for applicants."""

    code: str = "token_error"
    message_zh: str = "链接或二维码无效，请重新扫描现场的二维码。"

    def __init__(self, detail: str) -> None:
        # The detail is for logs: it never contains the token, which may be a bearer credential.
        super().__init__(detail)
        self.detail = detail


class TokenMalformed(TokenError):
    code = "token_malformed"
    message_zh = "无法识别这个链接或二维码，请重新扫描现场张贴的二维码。"


class TokenForged(TokenError):
    code = "token_forged"
    message_zh = "这个链接或二维码不是本招聘会发放的，请扫描现场工作人员提供的二维码。"


class TokenExpired(TokenError):
    code = "token_expired"
    message_zh = "这个二维码已过期，请扫描现场最新的二维码，或向工作人员咨询。"


class TokenWrongKind(TokenError):
    code = "token_wrong_kind"
    message_zh = "这个二维码不能用在这里，请确认扫描的是入场、展位或岗位对应的二维码。"


def new_qr_code() -> bytes:
    """A fresh random opaque reference to store in the database next to what it names."""
    return secrets.token_bytes(CODE_BYTES)


def issue_qr_token(secret: bytes, kind: QrKind, code: bytes, expires_at: int) -> str:
    """Sign `code` of `kind` valid until `expires_at` (epoch seconds, exclusive)."""
    if len(code) != CODE_BYTES:
        raise ValueError(f"code must be {CODE_BYTES} bytes, got {len(code)}")
    if not 0 <= expires_at < 2**32:
        raise ValueError("expires_at must fit an unsigned 32-bit epoch second")
    payload = _QR_HEADER.pack(_KIND_BYTE[kind], code, expires_at)
    return _encode(payload + _mac(_qr_key(secret), payload, QR_MAC_BYTES))


def verify_qr_token(secret: bytes, token: str, now: int, expect: QrKind | None = None) -> QrClaims:
    """Check a QR token's MAC, kind and expiry; return its claims or raise a TokenError."""
    raw = _decode(token, QR_TOKEN_BYTES)
    payload, tag = raw[: _QR_HEADER.size], raw[_QR_HEADER.size :]
    _check_mac(_qr_key(secret), payload, tag)
    kind_byte, code, expires_at = _QR_HEADER.unpack(payload)
    kind = _BYTE_KIND.get(kind_byte)
    if kind is None:
        # Only reachable with a genuine MAC, i.e. a token from a newer version of this code.
        raise TokenMalformed(f"unknown QR kind {kind_byte}")
    # Kind before expiry: telling someone to rescan is pointless if it is the wrong poster.
    if expect is not None and kind is not expect:
        raise TokenWrongKind(f"expected a {expect.value} code, got {kind.value}")
    if now >= expires_at:
        raise TokenExpired(f"expired at {expires_at}, now {now}")
    return QrClaims(kind=kind, code=code, expires_at=expires_at)


def issue_applicant_token(
    secret: bytes, applicant_id: str, fair_id: str, *, expires_at: int, generation: int = 1
) -> str:
    """A bearer token binding one applicant to one fair until ``expires_at`` (epoch seconds,
    exclusive); ids are UUID strings; ``generation`` is the applicant's current one."""
    if not 0 <= expires_at < 2**32:
        raise ValueError("expires_at must fit an unsigned 32-bit epoch second")
    if not 1 <= generation <= MAX_GENERATION:
        raise ValueError(f"generation must be 1..{MAX_GENERATION}")
    payload = _APPLICANT_PAYLOAD.pack(
        uuid.UUID(applicant_id).bytes, uuid.UUID(fair_id).bytes, expires_at, generation
    )
    return _encode(payload + _mac(_applicant_key(secret), payload, APPLICANT_MAC_BYTES))


def verify_applicant_token(secret: bytes, token: str, now: int) -> ApplicantClaims:
    """Check an applicant token's MAC and expiry at ``now`` (epoch seconds); ids come back in
    canonical lower-case hyphenated form. The generation is for the caller to compare."""
    raw = _decode(token, APPLICANT_TOKEN_BYTES)
    payload, tag = raw[: _APPLICANT_PAYLOAD.size], raw[_APPLICANT_PAYLOAD.size :]
    _check_mac(_applicant_key(secret), payload, tag)
    applicant, fair, expires_at, generation = _APPLICANT_PAYLOAD.unpack(payload)
    if now >= expires_at:
        raise TokenExpired(f"expired at {expires_at}, now {now}")
    return ApplicantClaims(
        applicant_id=str(uuid.UUID(bytes=applicant)), fair_id=str(uuid.UUID(bytes=fair)),
        expires_at=expires_at, generation=generation,
    )


def _qr_key(secret: bytes) -> bytes:
    return _derive(secret, _QR_LABEL)


def _applicant_key(secret: bytes) -> bytes:
    return _derive(secret, _APPLICANT_LABEL)


def _derive(secret: bytes, label: bytes) -> bytes:
    if len(secret) < MIN_SECRET_BYTES:
        # A configuration error, not a bad token: fail loudly instead of signing weakly.
        raise ValueError(f"token secret must be at least {MIN_SECRET_BYTES} bytes")
    return hmac.digest(secret, label, hashlib.sha256)


def _mac(key: bytes, payload: bytes, size: int) -> bytes:
    return hmac.digest(key, payload, hashlib.sha256)[:size]


def _check_mac(key: bytes, payload: bytes, tag: bytes) -> None:
    if not hmac.compare_digest(_mac(key, payload, len(tag)), tag):
        raise TokenForged("signature does not match")


def _encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _decode(token: str, size: int) -> bytes:
    # Both layouts are multiples of 3 bytes, so a valid token has no padding and exactly one
    # spelling; checking length and alphabet first keeps junk (and huge inputs) cheap to reject.
    if not isinstance(token, str) or len(token) != size * 4 // 3:
        raise TokenMalformed("wrong length")
    if not _B64URL.fullmatch(token):
        raise TokenMalformed("not base64url")
    try:
        return base64.urlsafe_b64decode(token)
    except (binascii.Error, ValueError):
        raise TokenMalformed("not base64url") from None
