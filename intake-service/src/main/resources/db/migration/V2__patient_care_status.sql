-- A patient's care status from plan.events (plan-service owns plans; this is intake's read copy):
-- plan.activated -> PLAN_ACTIVE, plan.completed -> DISCHARGED. One row per patient, kept at the newest event by
-- event time, so an older event consumed late (redelivery, dead-letter replay) does not undo a newer one.
-- No foreign key to patient: the read copy must not depend on the arrival order of the two topics.
CREATE TABLE patient_care_status (
    patient_id  uuid         PRIMARY KEY,
    status      varchar(16)  NOT NULL CHECK (status IN ('PLAN_ACTIVE', 'DISCHARGED')),
    plan_id     uuid         NOT NULL,
    event_id    varchar(200) NOT NULL,
    event_time  timestamptz  NOT NULL,
    recorded_at timestamptz  NOT NULL
);
