"""Proof of identity for applicants: one-time login codes and masked phone numbers (pure).

Data flow: web/ (``web.identity.codes``) calls ``new_login_code`` when an applicant asks for a
code (requestLoginCode) or the help desk issues one, stores only ``code_digest`` of it in
PostgreSQL and hands the code to an SMS sender (or the help-desk screen); when she types it
back (verifyLoginCode) web/ recomputes the digest and compares with ``codes_match``. Log lines
name the phone only through ``mask_phone``. The random source is passed in for tests; nothing
here stores, sends or reads a clock.

A code is 6 decimal digits (what Chinese SMS templates and phone keyboards expect). Six digits
alone are guessable, so the caller bounds guesses per code, per phone and per client and lets
a code live minutes; the digest is keyed by the server secret and bound to the applicant (fair
and phone), so a database reader cannot reverse 10**6 candidates without the secret.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable

__all__ = ["CODE_DIGITS", "code_digest", "codes_match", "mask_phone", "new_login_code"]

CODE_DIGITS = 6
_CODE_LABEL = b"jobfair/login-code/v1"


def new_login_code(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh code of ``CODE_DIGITS`` decimal digits (leading zeros kept)."""
    return str(randbelow(10**CODE_DIGITS)).zfill(CODE_DIGITS)


def code_digest(secret: bytes, applicant_id: str, code: str) -> bytes:
    """What is stored for ``code``: HMAC-SHA256 under a key derived from the secret, over the
    applicant id (itself a keyed hash of fair and phone) and the code."""
    key = hmac.digest(secret, _CODE_LABEL, hashlib.sha256)
    return hmac.digest(key, f"{applicant_id}:{code}".encode(), hashlib.sha256)


def codes_match(secret: bytes, applicant_id: str, typed: str, stored: bytes) -> bool:
    """Constant-time comparison of a typed code with a stored digest; junk never matches."""
    typed = typed.strip()
    if len(typed) != CODE_DIGITS or not typed.isascii() or not typed.isdigit():
        return False
    return hmac.compare_digest(code_digest(secret, applicant_id, typed), stored)


def mask_phone(phone: str) -> str:
    """``138****5678``: enough for a person to recognise her number, never the whole of it."""
    if len(phone) < 7:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
