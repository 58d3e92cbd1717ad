"""Server-side page sessions: a cookie is only as good as its row in PostgreSQL ``web_session``.

Data flow: the organiser/staff log-in page (``web.auth.log_in``) calls ``start``, which stores
a row (SHA-256 of a random session id, role, employer/fair, the key of the credential used,
expiry ``JOBFAIR_SESSION_TTL_H``) and returns the id for the signed session cookie.
``web.identity.gate`` calls ``is_live`` on every request that carries a session with an actor:
the row must exist, not be ended (log-out: ``end``), not be expired, and its key must still be
the credential's current one (a staff session dies when rotateEmployerToken bumps the
employer's ``staff_key_version``; an organiser session when the organiser token changes). So
log-out and revocation end a replayed cookie at once, whatever its own max-age says.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from jobfair.settings import Settings

INSERT = """
INSERT INTO web_session (id_hash, role, employer_id, fair_id, key, created_at, expires_at)
VALUES ($1, $2, $3, $4, $5, $6, $7)
"""
END = "UPDATE web_session SET ended_at = $2 WHERE id_hash = $1 AND ended_at IS NULL"
LOOKUP = """
SELECT s.role, s.key, s.expires_at, s.ended_at,
       CASE s.role WHEN 'staff' THEN (SELECT e.staff_key_version::text FROM employer e
                                       WHERE e.id = s.employer_id)
                   WHEN 'host' THEN (SELECT f.host_key_version::text FROM fair f
                                      WHERE f.id = s.fair_id)
       END AS current_key
FROM web_session s WHERE s.id_hash = $1
"""


def organiser_key(settings: Settings) -> str:
    """Names the organiser token a session was made with, without storing the token."""
    token = (settings.organiser_token or "").encode()
    return hmac.new(settings.secret, b"jobfair/organiser-key/" + token, hashlib.sha256).hexdigest()[
        :32
    ]


def _hash(session_id: str) -> bytes:
    return hashlib.sha256(session_id.encode()).digest()


async def start(
    pool: Any,
    settings: Settings,
    now: datetime,
    role: str,
    employer_id: str | None,
    fair_id: str | None,
    key: str,
) -> str:
    """A new session row; the id to keep in the signed cookie."""
    session_id = secrets.token_urlsafe(32)
    await pool.execute(
        INSERT,
        _hash(session_id),
        role,
        UUID(employer_id) if employer_id else None,
        UUID(fair_id) if fair_id else None,
        key,
        now,
        now + timedelta(hours=settings.session_ttl_h),
    )
    return session_id


async def end(pool: Any, session_id: str, now: datetime) -> None:
    await pool.execute(END, _hash(session_id), now)


async def is_live(pool: Any, settings: Settings, session_id: str, now: datetime) -> bool:
    row = await pool.fetchrow(LOOKUP, _hash(session_id))
    if row is None or row["ended_at"] is not None or row["expires_at"] <= now:
        return False
    current = organiser_key(settings) if row["role"] == "organiser" else row["current_key"]
    return current is not None and hmac.compare_digest(str(current), str(row["key"]))
