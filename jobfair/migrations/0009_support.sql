-- 0009 services and complaints (issue 12): the 1131×N service record and discrimination
-- complaints. Written by agents.support from topic support (ServiceRecorded, ComplaintFiled,
-- ComplaintUpdated); read by web.support, jobfair.reporting and the organiser's Grafana board.
--
-- 1131: at least 1 policy briefing, 1 career guidance session, 3 job referrals and 1 skills
-- training or internship opportunity. Desk services are counted here once per event id;
-- job referrals are NOT copied here: they are her applications made from her recommended
-- posts (application.source = '1131', not withdrawn or refused as closed), read from the
-- applications projection, so nothing is written twice.

-- Every service given, once per event id: who recorded it (desk, actor) and when.
CREATE TABLE service_event (
    event_id      uuid PRIMARY KEY,
    fair_id       uuid NOT NULL REFERENCES fair (id),
    applicant_id  uuid NOT NULL,
    service       text NOT NULL CHECK (service IN ('policy_briefing', 'career_guidance',
                                                   'skills_training', 'internship')),
    actor         text NOT NULL CHECK (length(actor) <= 80),
    at            timestamptz NOT NULL
);
CREATE INDEX service_event_fair ON service_event (fair_id, at);

-- Her record at one fair; person_key (HMAC of her phone, no fair in it, computed by the
-- agent from the applicant row) links her records across fairs without naming her.
CREATE TABLE service_record (
    fair_id          uuid NOT NULL REFERENCES fair (id),
    applicant_id     uuid NOT NULL,
    person_key       text,
    policy_briefing  int NOT NULL DEFAULT 0 CHECK (policy_briefing >= 0),
    career_guidance  int NOT NULL DEFAULT 0 CHECK (career_guidance >= 0),
    skills_training  int NOT NULL DEFAULT 0 CHECK (skills_training >= 0),
    internship       int NOT NULL DEFAULT 0 CHECK (internship >= 0),
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (fair_id, applicant_id)
);
CREATE INDEX service_record_person ON service_record (person_key) WHERE person_key IS NOT NULL;

-- Job referrals: applications from her recommended posts that stand.
CREATE VIEW service_referrals AS
SELECT fair_id, applicant_id, count(*) AS job_referrals
FROM application
WHERE source = '1131' AND status NOT IN ('withdrawn', 'post_closed')
GROUP BY fair_id, applicant_id;

-- One row per registered applicant of a fair with her 1131 elements (zeros when none).
CREATE VIEW service_1131 AS
SELECT a.fair_id, a.id AS applicant_id,
       coalesce(s.policy_briefing, 0) AS policy_briefing,
       coalesce(s.career_guidance, 0) AS career_guidance,
       coalesce(r.job_referrals, 0) AS job_referrals,
       coalesce(s.skills_training, 0) + coalesce(s.internship, 0) AS training_or_internship,
       (coalesce(s.policy_briefing, 0) >= 1 AND coalesce(s.career_guidance, 0) >= 1
        AND coalesce(r.job_referrals, 0) >= 3
        AND coalesce(s.skills_training, 0) + coalesce(s.internship, 0) >= 1) AS completed_1131
FROM applicant a
LEFT JOIN service_record s ON s.fair_id = a.fair_id AND s.applicant_id = a.id
LEFT JOIN service_referrals r ON r.fair_id = a.fair_id AND r.applicant_id = a.id;

-- Per fair: the 1131 funnel in desk order. started = anyone with any element; each next
-- step counts those who have it AND every step before it (where they dropped off).
CREATE VIEW report_fair_1131 AS
SELECT fair_id,
       count(*) FILTER (WHERE policy_briefing + career_guidance + job_referrals
                              + training_or_internship > 0) AS service_started,
       count(*) FILTER (WHERE policy_briefing >= 1) AS step_policy,
       count(*) FILTER (WHERE policy_briefing >= 1 AND career_guidance >= 1) AS step_guidance,
       count(*) FILTER (WHERE policy_briefing >= 1 AND career_guidance >= 1
                              AND job_referrals >= 3) AS step_referrals,
       count(*) FILTER (WHERE completed_1131) AS completed_1131
FROM service_1131
GROUP BY fair_id;

-- A complaint of discrimination in hiring. applicant_id only when she filed it named (an
-- anonymous one keeps filer_ref, an HMAC of her applicant id, so her own page can show its
-- status and nobody else can tell whose it is). note: what she chose to write, shown to
-- organisers only.
CREATE TABLE complaint (
    id            uuid PRIMARY KEY,
    fair_id       uuid NOT NULL REFERENCES fair (id),
    applicant_id  uuid,
    filer_ref     text,
    anonymous     boolean NOT NULL,
    employer_id   uuid REFERENCES employer (id),
    post_id       uuid REFERENCES post (id),
    kind          text NOT NULL CHECK (kind IN ('marriage_childbearing_question',
                                                'pregnancy_test', 'gender_refusal', 'other')),
    note          text CHECK (length(note) <= 1000),
    channel       text NOT NULL CHECK (channel IN ('applicant', 'helpdesk')),
    status        text NOT NULL CHECK (status IN ('received', 'in_progress', 'referred',
                                                  'closed')),
    filed_at      timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX complaint_fair ON complaint (fair_id, filed_at);
CREATE INDEX complaint_employer ON complaint (employer_id) WHERE status <> 'closed';
CREATE INDEX complaint_applicant ON complaint (applicant_id) WHERE applicant_id IS NOT NULL;
CREATE INDEX complaint_filer ON complaint (filer_ref) WHERE filer_ref IS NOT NULL;

-- Each step of a complaint (filed, every status change or note): who and when, once per
-- event id. actor is a role label (organiser, applicant, helpdesk), never a person's name.
CREATE TABLE complaint_event (
    event_id      uuid PRIMARY KEY,
    complaint_id  uuid NOT NULL REFERENCES complaint (id),
    fair_id       uuid NOT NULL,
    step          text NOT NULL CHECK (step IN ('filed', 'updated')),
    status        text NOT NULL,
    note          text CHECK (length(note) <= 1000),
    actor         text NOT NULL CHECK (length(actor) <= 80),
    at            timestamptz NOT NULL
);
CREATE INDEX complaint_event_complaint ON complaint_event (complaint_id, at);

-- Per fair: complaints by status, and the oldest one still waiting (received).
CREATE VIEW report_fair_complaints AS
SELECT f.id AS fair_id,
       count(c.id) AS complaints,
       count(c.id) FILTER (WHERE c.status = 'received') AS complaints_received,
       count(c.id) FILTER (WHERE c.status = 'in_progress') AS complaints_in_progress,
       count(c.id) FILTER (WHERE c.status = 'referred') AS complaints_referred,
       count(c.id) FILTER (WHERE c.status = 'closed') AS complaints_closed
FROM fair f LEFT JOIN complaint c ON c.fair_id = f.id
GROUP BY f.id;

-- Organiser pages follow these live (web.reports.cache listens on fair_changed).
CREATE FUNCTION notify_support_fair_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('fair_changed', f.fair_id::text)
    FROM (SELECT DISTINCT fair_id FROM changed) f;
    RETURN NULL;
END
$$;
CREATE TRIGGER service_event_inserted AFTER INSERT ON service_event
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
    EXECUTE FUNCTION notify_support_fair_changed();
CREATE TRIGGER complaint_event_inserted AFTER INSERT ON complaint_event
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
    EXECUTE FUNCTION notify_support_fair_changed();

-- Grafana: counts only. No note, no applicant id, no filer reference, no person key.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jobfair_grafana') THEN
        GRANT SELECT ON report_fair_1131, report_fair_complaints TO jobfair_grafana;
        GRANT SELECT (id, fair_id, employer_id, post_id, kind, channel, status, filed_at,
                      updated_at) ON complaint TO jobfair_grafana;
        GRANT SELECT (event_id, fair_id, service, at) ON service_event TO jobfair_grafana;
        GRANT SELECT (venue_cap) ON fair TO jobfair_grafana;  -- occupancy against the cap
    END IF;
END
$$;
