-- Reminders: the login (token subject) of each treating therapist, from plan events, so the therapist's own token
-- reads its urgent-alert inbox (plan-service's therapist id is not the login). The newest event wins.
CREATE TABLE reminder_therapist_login (
    therapist_id  uuid        PRIMARY KEY,
    subject       text        NOT NULL,
    event_time    timestamptz NOT NULL
);
