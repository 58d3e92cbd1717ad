-- 0003 applicants (issue 4): registrations, check-ins, applications and the live counters.
-- Written by agents.checkins (topic checkins) and agents.applications (topic applications).

-- id is an HMAC of the phone per fair (domain.applicants.applicant_id_for): a repeat scan maps
-- to the same row. Name and phone live here and in topic checkins only (PIPL: the minimum,
-- with consent). gender is an optional self-description for statistics, never shown to
-- employers.
CREATE TABLE applicant (
    id             uuid PRIMARY KEY,
    fair_id        uuid NOT NULL REFERENCES fair (id),
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    phone          text NOT NULL CHECK (phone ~ '^1[3-9][0-9]{9}$'),
    gender         text CHECK (length(gender) <= 20),
    consent_at     timestamptz NOT NULL,
    channel        text NOT NULL CHECK (channel IN ('checkin', 'remote')),
    registered_at  timestamptz NOT NULL,
    UNIQUE (fair_id, id)
);
CREATE INDEX applicant_fair ON applicant (fair_id);

-- One check-in per applicant per fair; left_at is set while the applicant is off site.
CREATE TABLE checkin (
    fair_id        uuid NOT NULL REFERENCES fair (id),
    applicant_id   uuid NOT NULL,
    checked_in_at  timestamptz NOT NULL,
    left_at        timestamptz,
    PRIMARY KEY (fair_id, applicant_id),
    FOREIGN KEY (fair_id, applicant_id) REFERENCES applicant (fair_id, id)
);
CREATE INDEX checkin_fair_time ON checkin (fair_id, checked_in_at);

-- The idempotency ledger of topic checkins: an event id applies once, whatever redelivers it.
CREATE TABLE checkin_event (
    event_id  uuid PRIMARY KEY,
    fair_id   uuid NOT NULL,
    kind      text NOT NULL,
    at        timestamptz NOT NULL
);

-- id = domain.applicants.application_id_for(applicant, post): one application per post.
-- seq numbers a post's applications in arrival order; a waitlisted application's place in
-- line is the number of waitlisted ones with a lower seq, plus one. No foreign key on the
-- applicant: the id comes from a signed token, and its registration travels on another topic.
CREATE TABLE application (
    id             uuid PRIMARY KEY,
    applicant_id   uuid NOT NULL,
    post_id        uuid NOT NULL REFERENCES post (id),
    fair_id        uuid NOT NULL REFERENCES fair (id),
    status         text NOT NULL
                   CHECK (status IN ('submitted', 'waitlisted', 'post_closed',
                                     'interview_scheduled', 'interviewed', 'offer',
                                     'rejected', 'no_show', 'withdrawn')),
    seq            bigint NOT NULL CHECK (seq >= 1),
    source         text CHECK (length(source) <= 64),
    submitted_at   timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (applicant_id, post_id),
    UNIQUE (post_id, seq)
);
CREATE INDEX application_fair ON application (fair_id, submitted_at);
CREATE INDEX application_post_status ON application (post_id, status, seq);

-- Per-fair occupancy, one row per fair, written by agents.checkins only.
CREATE TABLE fair_counts (
    fair_id     uuid PRIMARY KEY REFERENCES fair (id),
    registered  bigint NOT NULL DEFAULT 0 CHECK (registered >= 0),
    checked_in  bigint NOT NULL DEFAULT 0 CHECK (checked_in >= 0),
    on_site     bigint NOT NULL DEFAULT 0 CHECK (on_site >= 0),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- applications counts every application taken (submitted or waitlisted); waitlisted is the
-- part of it waiting because the post was full (已招满) when it arrived.
ALTER TABLE post_counts
    ADD COLUMN waitlisted bigint NOT NULL DEFAULT 0 CHECK (waitlisted >= 0);
