-- 0008 livestream rooms (issue 11): rooms as first-class, their exact counts, the post a host
-- is presenting. Written by agents.setup (room, room_counts rows, presenting) from topic
-- fairsetup and by the click, check-in and application agents (room_counts counters).
--
-- A room is an opaque uuid: its links and QR codes carry only that id (?r=<room id>), never a
-- person. Counters grow in the same transaction as the post and fair counters they mirror, by
-- exactly what those let through (record / event / application ids), so they are exact
-- under redelivery like the post counts.
CREATE TABLE room (
    id             uuid PRIMARY KEY,
    fair_id        uuid NOT NULL REFERENCES fair (id),
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    platform       text CHECK (length(platform) <= 40),
    last_event_id  uuid NOT NULL,
    created_at     timestamptz NOT NULL
);
CREATE INDEX room_fair ON room (fair_id, created_at);

-- clicks: clicks on a room link; registrations: applicants whose registration came through
-- a room link (counted once, when the applicant row is made); applications: applications
-- made through a room link (counted once per application id; a later withdrawal does not
-- take the credit back from the room).
CREATE TABLE room_counts (
    room_id        uuid PRIMARY KEY REFERENCES room (id),
    fair_id        uuid NOT NULL,
    clicks         bigint NOT NULL DEFAULT 0 CHECK (clicks >= 0),
    registrations  bigint NOT NULL DEFAULT 0 CHECK (registrations >= 0),
    applications   bigint NOT NULL DEFAULT 0 CHECK (applications >= 0),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- The post a host is presenting, per fair (scope_id = fair id) or per room (scope_id = room
-- id); post_id NULL: nothing presented. presented_at orders the host's choices: a redelivered
-- older choice never overrides a newer one. Read by every web process (the OBS overlay).
CREATE TABLE presenting (
    scope_id      uuid PRIMARY KEY,
    fair_id       uuid NOT NULL REFERENCES fair (id),
    room_id       uuid REFERENCES room (id),
    post_id       uuid REFERENCES post (id),
    presented_at  timestamptz NOT NULL,
    event_id      uuid NOT NULL
);

-- Host screens follow room counts live: the same channel as web.live.feed's fair_changed.
CREATE FUNCTION notify_room_fair_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('fair_changed', f.fair_id::text)
    FROM (SELECT DISTINCT fair_id FROM changed) f;
    RETURN NULL;
END
$$;
CREATE TRIGGER room_counts_updated AFTER UPDATE ON room_counts
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_room_fair_changed();
CREATE TRIGGER presenting_inserted AFTER INSERT ON presenting
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_room_fair_changed();
CREATE TRIGGER presenting_updated AFTER UPDATE ON presenting
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_room_fair_changed();

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jobfair_grafana') THEN
        GRANT SELECT ON room, room_counts TO jobfair_grafana;
    END IF;
END
$$;
