-- 0007 the fair floor (issue 10): corrected interview outcomes, withdrawn applications and
-- declined interviews, booth queue numbers, an optional venue cap.

-- An interview the applicant withdrew or declined before it took place gives its slot back
-- (like a no-show), so neither exclusion constraint covers it.
ALTER TABLE interview DROP CONSTRAINT IF EXISTS interview_status_check;
ALTER TABLE interview ADD CONSTRAINT interview_status_check
    CHECK (status IN ('scheduled', 'arrived', 'offer', 'rejected', 'no_show', 'cancelled'));
-- When the current outcome was recorded (by staff or the no-show timer): staff may correct it
-- for JOBFAIR_CORRECTION_WINDOW_MIN minutes after. queue_no: the booth's short number for the
-- interview (1, 2, 3 ... per employer in booking order), set once, never renumbered.
ALTER TABLE interview ADD COLUMN outcome_at timestamptz;
ALTER TABLE interview ADD COLUMN queue_no int CHECK (queue_no >= 1);
CREATE UNIQUE INDEX interview_queue_no ON interview (employer_id, queue_no);

-- Set by agents.applications when it takes a withdrawal out of the counts (once).
ALTER TABLE application ADD COLUMN withdrawn_at timestamptz;

-- Optional: how many people the venue holds (a night market stall street, a community hall).
ALTER TABLE fair ADD COLUMN venue_cap int CHECK (venue_cap >= 1);
