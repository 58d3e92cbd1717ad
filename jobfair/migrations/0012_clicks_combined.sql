-- 0012 clicks combined at the edge (issue 15) and live counts pushed.
--
-- Exactness without a row per click forever (README "Clicks: exact without a ledger row per
-- click"): a web process sends the clicks on one post from a few ms as ONE Kafka record
-- (ClicksRecorded) with a record_id. The click agent
--   * inserts the record_id into click_record first: a redelivered record adds nothing;
--     record ids are needed only while Kafka can redeliver the record (topic clicks keeps 7
--     days), so the retention job deletes them after that;
--   * inserts the client-supplied click ids (a beacon that retries sends the same id) into the
--     existing table click, kept only JOBFAIR_CLICK_ID_WINDOW_HOURS: a retry inside the window
--     counts once. Clicks without a client id get no row at all (nobody can retry them by id);
--   * adds the counted clicks to post_counts and to click_minute (per post, minute, source and
--     room: what the Grafana boards draw), in the same transaction.
CREATE TABLE click_record (
    record_id    uuid PRIMARY KEY,
    fair_id      uuid NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX click_record_recorded_at ON click_record (recorded_at);

CREATE INDEX click_clicked_at ON click (clicked_at);

-- source and room_id are '' when the click had none (part of the key, so never NULL).
CREATE TABLE click_minute (
    post_id  uuid NOT NULL,
    fair_id  uuid NOT NULL,
    minute   timestamptz NOT NULL,
    source   text NOT NULL DEFAULT '',
    room_id  text NOT NULL DEFAULT '',
    clicks   bigint NOT NULL CHECK (clicks >= 0),
    PRIMARY KEY (post_id, minute, source, room_id)
);
CREATE INDEX click_minute_fair ON click_minute (fair_id, minute);

-- The per-click rows written so far, as minutes (the boards read click_minute from now on).
INSERT INTO click_minute (post_id, fair_id, minute, source, clicks)
SELECT c.post_id, p.fair_id, date_trunc('minute', c.clicked_at), coalesce(c.source, ''),
       count(*)
FROM click c JOIN post p ON p.id = c.post_id
GROUP BY 1, 2, 3, 4
ON CONFLICT DO NOTHING;

-- Live counts pushed (web.live.feed listens): every statement that changes what a fair's live
-- snapshot shows sends NOTIFY fair_changed, '<fair id>' inside the writer's transaction, so it
-- is delivered at commit, once per fair per transaction (PostgreSQL folds duplicates).
CREATE FUNCTION notify_fair_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('fair_changed', f.fair_id::text)
    FROM (SELECT DISTINCT fair_id FROM changed) f;
    RETURN NULL;
END
$$;
CREATE TRIGGER post_counts_inserted AFTER INSERT ON post_counts
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_fair_changed();
CREATE TRIGGER post_counts_updated AFTER UPDATE ON post_counts
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_fair_changed();
CREATE TRIGGER fair_counts_inserted AFTER INSERT ON fair_counts
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_fair_changed();
CREATE TRIGGER fair_counts_updated AFTER UPDATE ON fair_counts
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_fair_changed();
CREATE TRIGGER checkin_inserted AFTER INSERT ON checkin
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_fair_changed();
CREATE TRIGGER checkin_updated AFTER UPDATE ON checkin
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_fair_changed();
CREATE TRIGGER post_inserted AFTER INSERT ON post
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_fair_changed();
CREATE TRIGGER post_updated AFTER UPDATE ON post
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_fair_changed();

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jobfair_grafana') THEN
        GRANT SELECT ON click_minute TO jobfair_grafana;
    END IF;
END
$$;
