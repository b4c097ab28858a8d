-- Reminders: every non-urgent reminder has a moment after which it is withdrawn, never sent late (a session's
-- start, the end of a daily reminder's local day, a gap reminder's day after it was raised); urgent alerts have none.
-- The release step claims expired rows like any due row (reminder_due), so no scan looks for them.
ALTER TABLE reminder ADD COLUMN expires_at timestamptz;
ALTER TABLE reminder ADD COLUMN withdrawn_reason text;
-- a delivery waiting for a retry expires with its reminder
ALTER TABLE delivery ADD COLUMN expires_at timestamptz;

UPDATE reminder SET expires_at = starts_at WHERE status = 'PENDING' AND kind = 'SESSION';
UPDATE reminder r SET expires_at = (r.local_day + 1)::timestamp AT TIME ZONE
        COALESCE((SELECT p.time_zone FROM reminder_patient p WHERE p.patient_id = r.patient_id), 'UTC')
    WHERE r.status = 'PENDING' AND r.kind IN ('DIARY', 'HOME_PROGRAM');
UPDATE reminder SET expires_at = due_at + interval '1 day' WHERE status = 'PENDING' AND kind = 'DIARY_GAP';
