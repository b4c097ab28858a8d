-- notif-reminders: the patient read copy, the durable reminder schedule and the per-channel deliveries (inbox).

-- One row per patient from patient.registered / patient.updated, plus what the REST API sets.
-- NULL times mean the configured default (unknot.reminders.defaults.*).
CREATE TABLE reminder_patient (
    patient_id              uuid PRIMARY KEY,
    time_zone               text        NOT NULL,
    locale                  text        NOT NULL,
    diary_time              time,
    home_program_time       time,
    quiet_start             time,
    quiet_end               time,
    -- last writer wins: the intake copy by event time, the reminder times by the later of event and REST change
    intake_event_time       timestamptz NOT NULL,
    preferences_changed_at  timestamptz NOT NULL,
    version                 bigint      NOT NULL DEFAULT 0
);

-- The treating therapist from plan.events (plan.activated, session.scheduled, adverse-event.reported).
CREATE TABLE reminder_therapist (
    patient_id    uuid        PRIMARY KEY,
    therapist_id  uuid        NOT NULL,
    event_time    timestamptz NOT NULL
);

-- Channels the patient consented to, with the address (email, E.164 phone number, device token).
CREATE TABLE reminder_channel (
    patient_id  uuid        NOT NULL REFERENCES reminder_patient (patient_id),
    channel     text        NOT NULL,
    consent     boolean     NOT NULL,
    address     text,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (patient_id, channel)
);

-- Session state from plan.events: a cancelled session stays here so a late or replayed schedule cannot revive it.
CREATE TABLE reminder_session (
    session_id  uuid        PRIMARY KEY,
    patient_id  uuid        NOT NULL,
    starts_at   timestamptz NOT NULL,
    time_zone   text        NOT NULL,
    cancelled   boolean     NOT NULL,
    event_time  timestamptz NOT NULL
);

-- The patient's home program in force (home-program.assigned; a newer assignment replaces it).
CREATE TABLE reminder_home_program (
    patient_id       uuid        PRIMARY KEY,
    home_program_id  uuid        NOT NULL,
    assigned_on      date        NOT NULL,
    frequency        text        NOT NULL,
    event_time       timestamptz NOT NULL
);

-- Logged diary days (diary.entry-recorded): a logged day skips its diary reminder, exercises its home-program one.
CREATE TABLE reminder_diary_day (
    patient_id      uuid    NOT NULL,
    day             date    NOT NULL,
    exercises_done  boolean NOT NULL,
    PRIMARY KEY (patient_id, day)
);

-- The durable schedule. dedupe_key makes scheduling idempotent (the same event twice schedules one reminder).
CREATE TABLE reminder (
    id          uuid        PRIMARY KEY,
    patient_id  uuid        NOT NULL,
    kind        text        NOT NULL,
    template    text        NOT NULL,
    dedupe_key  text        NOT NULL UNIQUE,
    subject_id  uuid,
    local_day   date,
    urgent      boolean     NOT NULL,
    due_at      timestamptz NOT NULL,
    status      text        NOT NULL,
    starts_at   timestamptz,
    created_at  timestamptz NOT NULL
);
-- the release step reads only what is due
CREATE INDEX reminder_due ON reminder (due_at) WHERE status = 'PENDING';
CREATE INDEX reminder_pending_subject ON reminder (subject_id) WHERE status = 'PENDING';
CREATE INDEX reminder_pending_patient ON reminder (patient_id, kind) WHERE status = 'PENDING';

-- One message on one channel to one recipient; IN_APP rows are the inbox.
CREATE TABLE delivery (
    id               uuid        PRIMARY KEY,
    reminder_id      uuid        NOT NULL REFERENCES reminder (id),
    patient_id       uuid        NOT NULL,
    recipient        text        NOT NULL,
    recipient_id     text        NOT NULL,
    channel          text        NOT NULL,
    template         text        NOT NULL,
    title            text        NOT NULL,
    body             text        NOT NULL,
    urgent           boolean     NOT NULL,
    status           text        NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    claim_token      uuid,
    last_error       text,
    failure_reason   text,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    read_at          timestamptz,
    UNIQUE (reminder_id, recipient_id, channel)
);
-- the dispatcher claims only due rows, oldest first
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_inbox ON delivery (recipient_id, created_at DESC, id DESC) WHERE channel = 'IN_APP' AND status = 'SENT';
