-- An intake may take more than one medical clearance: a therapist can override a cleared intake back to
-- NEEDS_MEDICAL_CLEARANCE (e.g. new symptoms after the letter), and a new clearance is then recorded next to the
-- earlier one, which stays as history. clearance_no numbers an intake's clearances 1, 2, ... in recording order
-- (recorded_at alone can tie); the latest number is the clearance in force. The unique (intake_id, clearance_no)
-- keeps two concurrent recordings from both landing (the intake's version check already answers 412 to one).
ALTER TABLE medical_clearance DROP CONSTRAINT medical_clearance_intake_id_key;
ALTER TABLE medical_clearance ADD COLUMN clearance_no integer NOT NULL DEFAULT 1 CHECK (clearance_no >= 1);
ALTER TABLE medical_clearance ALTER COLUMN clearance_no DROP DEFAULT;
ALTER TABLE medical_clearance ADD CONSTRAINT medical_clearance_intake_no_key UNIQUE (intake_id, clearance_no);
