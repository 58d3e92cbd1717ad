-- 0002 fair setup (issue 3): QR codes, row versions, post flexible-work terms and status,
-- and the screening audit trail. Written by agents.setup from topic fairsetup.

-- An opaque 8-byte code per fair, booth and post: a signed QR token (domain.tokens) carries
-- it, never a database id. The default only covers rows written outside the setup flow
-- (older demo data, tests); web always supplies its own random code.
CREATE FUNCTION jobfair_new_qr_code() RETURNS bytea LANGUAGE sql VOLATILE AS
$$ SELECT substring(decode(md5(gen_random_uuid()::text), 'hex') FROM 1 FOR 8) $$;

-- version: the number of changes applied; an event applies only if its version is newer, so
-- redelivered events change nothing. last_event_id lets web tell its own change from a race.
ALTER TABLE fair
    ADD COLUMN qr_code bytea NOT NULL DEFAULT jobfair_new_qr_code()
        CHECK (length(qr_code) = 8),
    ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version >= 1),
    ADD COLUMN last_event_id uuid,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE fair ADD CONSTRAINT fair_qr_code_key UNIQUE (qr_code);

-- staff_key_version: bump to revoke every staff token issued for this employer.
ALTER TABLE employer
    ADD COLUMN qr_code bytea NOT NULL DEFAULT jobfair_new_qr_code()
        CHECK (length(qr_code) = 8),
    ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version >= 1),
    ADD COLUMN staff_key_version int NOT NULL DEFAULT 1,
    ADD COLUMN last_event_id uuid,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE employer ADD CONSTRAINT employer_qr_code_key UNIQUE (qr_code);

-- status: only 'published' posts are visible to applicants. 'needs_review' = screening found a
-- gender stated on the basis of work forbidden to women (an organiser must confirm);
-- 'rejected' = screening found violations, or an organiser rejected it; 'closed' = no longer
-- hiring. flex is domain.flexwork.FlexibleWork.to_dict() or NULL; is_mama and mama_reasons are
-- derived from it when the post is written so counts need no Python.
ALTER TABLE post
    ADD COLUMN qr_code bytea NOT NULL DEFAULT jobfair_new_qr_code()
        CHECK (length(qr_code) = 8),
    ADD COLUMN flex jsonb,
    ADD COLUMN is_mama boolean NOT NULL DEFAULT false,
    ADD COLUMN mama_reasons text[] NOT NULL DEFAULT '{}',
    ADD COLUMN pay_min int CHECK (pay_min >= 0),
    ADD COLUMN pay_max int CHECK (pay_max >= 0),
    ADD COLUMN location text CHECK (length(location) <= 200),
    ADD COLUMN status text NOT NULL DEFAULT 'published'
        CHECK (status IN ('published', 'needs_review', 'rejected', 'closed')),
    ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version >= 1),
    ADD COLUMN last_event_id uuid,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT post_pay_range CHECK (pay_max IS NULL OR pay_min IS NULL OR pay_max >= pay_min);
ALTER TABLE post ADD CONSTRAINT post_qr_code_key UNIQUE (qr_code);
CREATE INDEX post_fair_status ON post (fair_id, status);

-- Every screening decision and every human override, append-only: what version of the post
-- was judged, by which rules version, which rules it hit, what was decided, by whom and why.
CREATE TABLE post_screening (
    id               uuid PRIMARY KEY,  -- the event id: redelivery inserts nothing
    post_id          uuid NOT NULL REFERENCES post (id),
    fair_id          uuid NOT NULL REFERENCES fair (id),
    version          int NOT NULL,      -- the post version judged (or proposed and refused)
    rules_version    text NOT NULL,
    rules            text[] NOT NULL DEFAULT '{}',   -- violated rule codes
    exemptions       text[] NOT NULL DEFAULT '{}',   -- exemption codes claimed
    screening        jsonb NOT NULL,   -- Screening.to_dict(): excerpts and explanations
    decision         text NOT NULL
                     CHECK (decision IN ('published', 'needs_review', 'rejected',
                                         'edit_rejected', 'approved', 'review_rejected',
                                         'closed')),
    decided_by       text NOT NULL,    -- 'screening' or the organiser who overrode it
    submitted_by     text NOT NULL,    -- who wrote the post version
    previous_status  text,             -- for overrides: the status that was overridden
    reason           text,             -- for overrides: why (required then)
    proposed         jsonb,            -- for a refused edit: the text that was refused
    at               timestamptz NOT NULL,
    CHECK (decided_by = 'screening' OR reason IS NOT NULL)
);
CREATE INDEX post_screening_post ON post_screening (post_id, at);
CREATE INDEX post_screening_fair ON post_screening (fair_id, at);
