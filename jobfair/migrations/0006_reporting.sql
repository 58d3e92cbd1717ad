-- 0006 reporting (issue 12): the definitions the report upward (jobfair.reporting) and the
-- Grafana boards (infra/grafana/dashboards) share, and a read-only role for Grafana's
-- PostgreSQL data source. Read by: jobfair report, getFairReport (later), Grafana.

-- A woman, among applicants who chose to state a gender (the field is optional free text,
-- "仅用于妇联统计"). One definition for the report and the boards.
CREATE FUNCTION jobfair_gender_stated(gender text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT coalesce(btrim(gender), '') <> '' $$;

CREATE FUNCTION jobfair_is_woman(gender text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT coalesce(lower(btrim(gender)) IN ('女', '女性', '妇女', 'female', 'f', 'woman', 'w'),
                   false) $$;

-- The posts a report counts: published now, or closed after having been published (a post
-- that filled up and closed still held its fair's applications and offers). Posts refused by
-- screening or an organiser, or still waiting for review, are never counted.
CREATE VIEW report_post AS
SELECT p.id AS post_id, p.fair_id, p.employer_id, p.title, p.headcount, p.is_mama, p.status
FROM post p
WHERE p.status = 'published'
   OR (p.status = 'closed' AND EXISTS (
           SELECT 1 FROM post_screening s
           WHERE s.post_id = p.id AND s.decision IN ('published', 'approved')));

-- Per counted post: its figures (definitions in README "Report figures"; the report and the
-- boards both read these views, so the two cannot disagree). LATERAL keeps a filter on
-- fair_id cheap: only that fair's applications and interviews are read.
CREATE VIEW report_post_figures AS
SELECT p.post_id, p.fair_id, p.employer_id, p.title, p.headcount, p.is_mama,
       a.applications, a.waitlisted, i.interviews, i.scheduled, i.no_shows, i.offers
FROM report_post p
CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE status NOT IN ('post_closed', 'withdrawn')) AS applications,
           count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted
    FROM application WHERE post_id = p.post_id
) a
CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE status IN ('arrived', 'offer', 'rejected')) AS interviews,
           count(*) FILTER (WHERE status = 'scheduled') AS scheduled,
           count(*) FILTER (WHERE status = 'no_show') AS no_shows,
           count(*) FILTER (WHERE status = 'offer') AS offers
    FROM interview WHERE fair_id = p.fair_id AND post_id = p.post_id
) i;

-- Per employer with at least one counted post.
CREATE VIEW report_employer_figures AS
SELECT f.fair_id, e.id AS employer_id, e.name AS employer, e.booth,
       count(*) AS posts, sum(f.headcount) AS openings,
       sum(f.applications) AS applications, sum(f.interviews) AS interviews,
       sum(f.no_shows) AS no_shows, sum(f.offers) AS offers,
       count(*) FILTER (WHERE f.is_mama) AS mama_posts,
       coalesce(sum(f.headcount) FILTER (WHERE f.is_mama), 0) AS mama_openings,
       coalesce(sum(f.applications) FILTER (WHERE f.is_mama), 0) AS mama_applications,
       coalesce(sum(f.offers) FILTER (WHERE f.is_mama), 0) AS mama_offers
FROM report_post_figures f JOIN employer e ON e.id = f.employer_id
GROUP BY f.fair_id, e.id, e.name, e.booth;

-- Per fair: the people.
CREATE VIEW report_fair_people AS
SELECT f.id AS fair_id,
       (SELECT count(*) FROM applicant a WHERE a.fair_id = f.id) AS registered,
       (SELECT count(*) FROM checkin c WHERE c.fair_id = f.id) AS checked_in,
       (SELECT count(*) FROM applicant a
         WHERE a.fair_id = f.id AND jobfair_gender_stated(a.gender)) AS gender_stated,
       (SELECT count(*) FROM applicant a
         WHERE a.fair_id = f.id AND jobfair_is_woman(a.gender)) AS women
FROM fair f;

-- Grafana's data source logs in as jobfair_grafana: read-only (default_transaction_read_only,
-- SELECT only) and never on personal data (no applicant name or phone, no QR codes, no video
-- links). The operator sets its password: ALTER ROLE jobfair_grafana PASSWORD '...'. Where
-- the migrating user may not create roles, the role is left to the operator (a NOTICE says so)
-- and the grants below are skipped.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jobfair_grafana') THEN
        BEGIN
            CREATE ROLE jobfair_grafana LOGIN NOINHERIT CONNECTION LIMIT 10;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'jobfair_grafana not created (no CREATEROLE); create it, then rerun '
                         'the GRANTs of 0006_reporting.sql';
            RETURN;
        END;
    END IF;
    BEGIN
        ALTER ROLE jobfair_grafana SET default_transaction_read_only = on;
        ALTER ROLE jobfair_grafana SET statement_timeout = '10s';
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'jobfair_grafana exists but is not ours to alter; its GRANTs follow';
    END;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO jobfair_grafana', current_database());
    GRANT USAGE ON SCHEMA public TO jobfair_grafana;
    GRANT SELECT ON fair_counts, post_counts, checkin, application, interview_waitlist,
                    report_post, report_post_figures, report_employer_figures,
                    report_fair_people TO jobfair_grafana;
    GRANT SELECT (id, name, kind, starts_at, ends_at, venue) ON fair TO jobfair_grafana;
    GRANT SELECT (id, fair_id, name, booth, interview_tables, slot_minutes)
        ON employer TO jobfair_grafana;
    GRANT SELECT (id, fair_id, employer_id, title, headcount, is_mama, status)
        ON post TO jobfair_grafana;
    GRANT SELECT (id, fair_id, gender, channel, registered_at) ON applicant TO jobfair_grafana;
    GRANT SELECT (post_id, source, clicked_at) ON click TO jobfair_grafana;
    GRANT SELECT (interview_id, fair_id, application_id, applicant_id, employer_id, post_id,
                  remote, booth, table_no, starts_at, ends_at, status, from_waitlist,
                  updated_at) ON interview TO jobfair_grafana;
END
$$;
