-- plan-service's plans, sessions and the read copies they are drafted from (issue 10). The therapist roster is
-- V1_0; no foreign keys to it: a session names its therapist by id.

-- The patient's time zone from intake.events (patient.registered / patient.updated), newest event time wins.
CREATE TABLE patient_zone (
    patient_id uuid        PRIMARY KEY,
    time_zone  text        NOT NULL,
    event_time timestamptz NOT NULL
);

-- What intake.events said about one intake, in whatever order they arrived: the screening (the draft's input) and
-- the eligibility in force after the latest review or clearance (by event time). A plan is drafted once both say so.
CREATE TABLE intake_copy (
    intake_id          uuid        PRIMARY KEY,
    patient_id         uuid        NOT NULL,
    screened           jsonb,
    eligible_for_plan  boolean,
    outcome            text,
    restricted_rule_ids jsonb      NOT NULL DEFAULT '[]',
    cleared            boolean     NOT NULL DEFAULT false,
    eligibility_time   timestamptz,
    reviewer_id        text
);

CREATE TABLE plan (
    id                          uuid        PRIMARY KEY,
    patient_id                  uuid        NOT NULL,
    intake_id                   uuid        NOT NULL UNIQUE,
    status                      text        NOT NULL,
    care_mode                   text        NOT NULL,
    planned_session_count       integer     NOT NULL,
    program_last_session_number integer     NOT NULL,
    session_minutes             integer     NOT NULL,
    therapist_id                uuid,
    draft                       jsonb       NOT NULL,
    adjustments                 jsonb       NOT NULL DEFAULT '[]',
    diagnosis_codes             jsonb       NOT NULL DEFAULT '[]',
    proposed_sessions           jsonb       NOT NULL DEFAULT '[]',
    extended                    boolean     NOT NULL DEFAULT false,
    close_reason                text,
    close_note                  text,
    drafted_at                  timestamptz NOT NULL,
    activated_at                timestamptz,
    home_program_assigned_on    date,
    ended_at                    timestamptz,
    version                     bigint      NOT NULL DEFAULT 0
);
CREATE INDEX plan_patient ON plan (patient_id, drafted_at);

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Instants in UTC (starts_at, ends_at); the local start and zone it was booked in are kept, so a DST change inside
-- the program keeps local times. A therapist is never booked twice: the exclusion constraint refuses an overlapping
-- SCHEDULED session of the same therapist, also for two requests at once (no read-then-write).
CREATE TABLE session (
    id               uuid        PRIMARY KEY,
    plan_id          uuid        NOT NULL REFERENCES plan (id),
    patient_id       uuid        NOT NULL,
    therapist_id     uuid        NOT NULL,
    number           integer     NOT NULL,
    status           text        NOT NULL,
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    duration_minutes integer     NOT NULL,
    local_start      timestamp   NOT NULL,
    time_zone        text        NOT NULL,
    record           jsonb,
    completed_at     timestamptz,
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT session_therapist_not_double_booked EXCLUDE USING gist
        (therapist_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'SCHEDULED')
);
-- one live session per number of a plan (cancelled and missed ones free their number)
CREATE UNIQUE INDEX session_plan_number ON session (plan_id, number)
    WHERE status IN ('SCHEDULED', 'COMPLETED', 'NEEDS_REASSIGNMENT');
-- the licence-expiry job: a therapist's future scheduled sessions
CREATE INDEX session_therapist_upcoming ON session (therapist_id, starts_at) WHERE status = 'SCHEDULED';
CREATE INDEX session_plan ON session (plan_id, starts_at);

-- One row per checkpoint of a plan (SESSION_4, PROGRAM_END at session 8 or 12); a revised progress.updated for the
-- same checkpoint re-proposes in place (revision + 1) and keeps what changed.
CREATE TABLE checkpoint (
    id                        uuid        PRIMARY KEY,
    plan_id                   uuid        NOT NULL REFERENCES plan (id),
    patient_id                uuid        NOT NULL,
    kind                      text        NOT NULL,
    triggering_session_number integer     NOT NULL,
    checkpoint_date           date,
    revision                  integer     NOT NULL,
    proposal                  jsonb       NOT NULL,
    previous_proposal         jsonb,
    status                    text        NOT NULL,
    decision                  text,
    decision_reason           text,
    decided_by                text,
    decided_at                timestamptz,
    progress_time             timestamptz NOT NULL,
    proposed_at               timestamptz NOT NULL,
    version                   bigint      NOT NULL DEFAULT 0,
    UNIQUE (plan_id, kind, triggering_session_number)
);
