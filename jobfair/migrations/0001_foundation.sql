-- 0001 foundation: fairs, employers, posts, per-post counts, the click ledger,
-- worker heartbeats and dead letters. Applied by `jobfair provision` (jobfair.migrate).

CREATE TABLE fair (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind        text NOT NULL
                CHECK (kind IN ('onsite', 'night_market', 'community', 'livestream', 'online')),
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    venue       text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);

CREATE TABLE employer (
    id                uuid PRIMARY KEY,
    fair_id           uuid NOT NULL REFERENCES fair (id),
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    booth             text NOT NULL CHECK (length(booth) BETWEEN 1 AND 40),
    interview_tables  int NOT NULL CHECK (interview_tables >= 1),
    slot_minutes      int NOT NULL CHECK (slot_minutes >= 5),
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_fair ON employer (fair_id);

CREATE TABLE post (
    id           uuid PRIMARY KEY,
    fair_id      uuid NOT NULL REFERENCES fair (id),
    employer_id  uuid NOT NULL REFERENCES employer (id),
    title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description  text NOT NULL DEFAULT '',
    headcount    int NOT NULL CHECK (headcount >= 1),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX post_fair ON post (fair_id);
CREATE INDEX post_employer ON post (employer_id);

-- One row per post, created with the post. Each column has one writing agent.
CREATE TABLE post_counts (
    post_id               uuid PRIMARY KEY REFERENCES post (id),
    fair_id               uuid NOT NULL REFERENCES fair (id),
    clicks                bigint NOT NULL DEFAULT 0 CHECK (clicks >= 0),
    applications          bigint NOT NULL DEFAULT 0 CHECK (applications >= 0),
    interviews_scheduled  bigint NOT NULL DEFAULT 0 CHECK (interviews_scheduled >= 0),
    offers                bigint NOT NULL DEFAULT 0 CHECK (offers >= 0),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX post_counts_fair ON post_counts (fair_id);

-- The click-id ledger: the idempotency key of every click. No foreign key on purpose: the
-- agent checks the post once per batch, and the hot path is a bulk insert.
CREATE TABLE click (
    click_id    uuid PRIMARY KEY,
    post_id     uuid NOT NULL,
    source      text,
    clicked_at  timestamptz NOT NULL
);
CREATE INDEX click_post ON click (post_id);

CREATE TABLE worker_heartbeat (
    worker_id   text PRIMARY KEY,
    seen_at     timestamptz NOT NULL,
    ready       boolean NOT NULL,
    partitions  int NOT NULL DEFAULT 0
);

CREATE TABLE dead_letter (
    source      text NOT NULL,
    partition   int NOT NULL,
    "offset"    bigint NOT NULL,
    agent       text NOT NULL,
    reason      text NOT NULL,
    detail      text NOT NULL,
    payload     bytea NOT NULL,
    at          timestamptz NOT NULL,
    stored_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, partition, "offset", agent)
);
