-- 0010 identity (issue 13): proof of identity for applicants, token generations, server-side
-- page sessions, host token versions and erasure. Written by web (web.identity) and by
-- `jobfair retention` (jobfair.retention); read by web on every authenticated request.

-- One row per applicant identity, claimed by the first registration or check-in with her
-- phone (INSERT ... ON CONFLICT DO NOTHING: of two racing registrations only one gets a token).
-- generation is the applicant token generation in force: a token of an older one is refused,
-- so bumping it revokes every token issued before (help desk, erasure). erased_at: she was
-- erased (eraseApplicant or retention); no token is issued for this identity again.
CREATE TABLE applicant_credential (
    applicant_id  uuid PRIMARY KEY,
    fair_id       uuid NOT NULL REFERENCES fair (id),
    generation    int NOT NULL DEFAULT 1 CHECK (generation BETWEEN 1 AND 65535),
    claimed_at    timestamptz NOT NULL,
    erased_at     timestamptz
);
CREATE INDEX applicant_credential_fair ON applicant_credential (fair_id);
INSERT INTO applicant_credential (applicant_id, fair_id, claimed_at)
SELECT id, fair_id, registered_at FROM applicant
ON CONFLICT (applicant_id) DO NOTHING;

-- One-time login codes (requestLoginCode by SMS, or the help desk). Only an HMAC of the code
-- is stored (domain.identity.code_digest); the phone is not stored at all: applicant_id is a
-- keyed hash of fair and phone. client_key is an HMAC of the client address (for limits).
CREATE TABLE login_code (
    id            bigserial PRIMARY KEY,
    applicant_id  uuid NOT NULL,
    fair_id       uuid NOT NULL,
    code_digest   bytea NOT NULL,
    purpose       text NOT NULL CHECK (purpose IN ('sms', 'helpdesk')),
    client_key    bytea NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    attempts      int NOT NULL DEFAULT 0,
    used_at       timestamptz
);
CREATE INDEX login_code_applicant ON login_code (applicant_id, created_at);
CREATE INDEX login_code_client ON login_code (client_key, created_at);

-- Wrong codes, counted per applicant and per client over a window (lockout).
CREATE TABLE login_failure (
    applicant_id  uuid NOT NULL,
    client_key    bytea NOT NULL,
    at            timestamptz NOT NULL
);
CREATE INDEX login_failure_applicant ON login_failure (applicant_id, at);
CREATE INDEX login_failure_client ON login_failure (client_key, at);

-- Page sessions of organisers and staff: the signed cookie holds only a random session id;
-- this row says whether it is still good. Log-out sets ended_at; a staff session also ends
-- when its employer's staff_key_version moves on (rotateEmployerToken), an organiser session
-- when the organiser token changes (key is an HMAC of the credential the session was made
-- with). id_hash = SHA-256 of the session id, so a database reader cannot replay sessions.
CREATE TABLE web_session (
    id_hash      bytea PRIMARY KEY,
    role         text NOT NULL CHECK (role IN ('organiser', 'staff', 'host')),
    employer_id  uuid,
    fair_id      uuid,
    key          text NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    ended_at     timestamptz
);
CREATE INDEX web_session_expiry ON web_session (expires_at);

-- Host tokens name this version; rotateHostToken bumps it (like employer.staff_key_version).
ALTER TABLE fair ADD COLUMN host_key_version int NOT NULL DEFAULT 1;

-- Erasure (eraseApplicant, retention): name and phone are set to NULL, a stated gender is
-- reduced to the category the report counts ('女' or '其他'), erased_at is set. The row and
-- its id stay, so every aggregate (registered, checked in, women, applications...) is exact.
ALTER TABLE applicant ALTER COLUMN name DROP NOT NULL;
ALTER TABLE applicant ALTER COLUMN phone DROP NOT NULL;
ALTER TABLE applicant ADD COLUMN erased_at timestamptz;
ALTER TABLE applicant ADD CONSTRAINT applicant_erased_has_no_contact
    CHECK (erased_at IS NULL OR (name IS NULL AND phone IS NULL));
ALTER TABLE applicant ADD CONSTRAINT applicant_live_has_contact
    CHECK (erased_at IS NOT NULL OR (name IS NOT NULL AND phone IS NOT NULL));
