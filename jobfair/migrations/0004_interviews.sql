-- 0004 interviews (issue 5): the interview schedule projected from the scheduling agent's
-- state (agents.scheduling, topic interviews), its waitlist, the decisions it published and the
-- results of outcome commands. One writer: agents.scheduling, one fair per partition.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- interview_id = uuid5(fair, application) (domain.scheduling.events.interview_id_for): one
-- application, at most one interview. A row is the scheduler's current view of the interview;
-- a move rewrites table_no and times. Statuses other than no_show hold their slot (a finished
-- interview used its table), so both exclusion constraints cover them. The constraints are
-- checked at commit: a batch writes a fair's changed rows in any order (a move into a slot a
-- no-show freed), and only the state at the end of the batch must be free of overlaps.
CREATE TABLE interview (
    interview_id    uuid PRIMARY KEY,
    fair_id         uuid NOT NULL REFERENCES fair (id),
    application_id  uuid NOT NULL UNIQUE,
    applicant_id    uuid NOT NULL,
    employer_id     uuid NOT NULL REFERENCES employer (id),
    post_id         uuid NOT NULL REFERENCES post (id),
    remote          boolean NOT NULL DEFAULT false,
    booth           text NOT NULL,
    table_no        int NOT NULL CHECK (table_no >= 1),
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    status          text NOT NULL
                    CHECK (status IN ('scheduled', 'arrived', 'offer', 'rejected', 'no_show')),
    video_link      text CHECK (length(video_link) <= 500),
    from_waitlist   boolean NOT NULL DEFAULT false,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    CHECK (remote OR video_link IS NULL),
    -- Never two interviews at one table at one time (a remote calendar has its own tables).
    CONSTRAINT interview_table_free EXCLUDE USING gist (
        employer_id WITH =, remote WITH =, table_no WITH =,
        tstzrange(starts_at, ends_at) WITH &&
    ) WHERE (status IN ('scheduled', 'arrived', 'offer', 'rejected'))
      DEFERRABLE INITIALLY DEFERRED,
    -- Never two overlapping interviews for one applicant (the walking buffer between booths
    -- is the scheduler's rule on top of this).
    CONSTRAINT interview_applicant_free EXCLUDE USING gist (
        applicant_id WITH =, tstzrange(starts_at, ends_at) WITH &&
    ) WHERE (status IN ('scheduled', 'arrived', 'offer', 'rejected'))
      DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX interview_fair ON interview (fair_id, starts_at);
CREATE INDEX interview_employer ON interview (employer_id, starts_at);
CREATE INDEX interview_applicant ON interview (applicant_id, starts_at);

-- Applications the scheduler has not booked: waiting for a slot (state 'waitlisted', with
-- seq = arrival order, so a place in line is a count), or refused or dropped with a reason.
-- A row is deleted when the application gets its interview.
CREATE TABLE interview_waitlist (
    application_id  uuid PRIMARY KEY,
    fair_id         uuid NOT NULL REFERENCES fair (id),
    applicant_id    uuid NOT NULL,
    employer_id     uuid NOT NULL REFERENCES employer (id),
    post_id         uuid NOT NULL REFERENCES post (id),
    remote          boolean NOT NULL DEFAULT false,
    seq             bigint NOT NULL,
    state           text NOT NULL CHECK (state IN ('waitlisted', 'refused', 'dropped')),
    reason          text,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interview_waitlist_queue ON interview_waitlist (employer_id, remote, state, seq);
CREATE INDEX interview_waitlist_applicant ON interview_waitlist (applicant_id);

-- Every decision the scheduler published, once (event ids are uuid5 of their subject, so a
-- replay inserts nothing). The audit trail of moves, releases and no-shows.
CREATE TABLE interview_event (
    event_id      uuid PRIMARY KEY,
    fair_id       uuid NOT NULL,
    type          text NOT NULL,
    interview_id  uuid,
    application_id uuid NOT NULL,
    payload       jsonb NOT NULL,
    occurred_at   timestamptz NOT NULL
);
CREATE INDEX interview_event_fair ON interview_event (fair_id, occurred_at);
CREATE INDEX interview_event_interview ON interview_event (interview_id);

-- The result of each outcome command (web waits for its row): the first result per event id
-- wins, so a redelivered command never turns an accepted outcome into a refusal.
CREATE TABLE interview_command (
    event_id      uuid PRIMARY KEY,
    fair_id       uuid NOT NULL,
    interview_id  uuid NOT NULL,
    outcome       text NOT NULL,
    accepted      boolean NOT NULL,
    error         text,
    detail        text,
    at            timestamptz NOT NULL
);
