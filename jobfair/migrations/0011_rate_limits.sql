-- 0011 rate limits (issue 13): fixed-window counters shared by every web process.
-- key names the limit and whom it counts ('clicks_client:<keyed hash of the address>',
-- 'checkins_fair:<fair id>', ...; addresses are never stored in clear); window_start is the
-- start of the fixed window the hits fall in. Web upserts hits += n per key and window
-- (web.limits: clicks in batches every ~100 ms per process, check-ins, registrations and
-- authentication failures one statement each) and deletes windows older than a day.
-- UNLOGGED: counters are not worth a WAL write each; after a crash they start again at zero.
CREATE UNLOGGED TABLE rate_limit (
    key           text NOT NULL,
    window_start  timestamptz NOT NULL,
    hits          bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_limit_window ON rate_limit (window_start);
