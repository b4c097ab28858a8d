-- plan-service: the therapist roster (domain.md 2.7). Plans and sessions start at V1_1.

CREATE TABLE therapist (
    id                          uuid         PRIMARY KEY,
    subject                     varchar(255) NOT NULL UNIQUE,
    name                        varchar(200) NOT NULL,
    licence_number              varchar(64)  NOT NULL,
    licensing_body              varchar(200) NOT NULL,
    licence_expires_on          date         NOT NULL,
    -- false until plan-core's job moved the future sessions of an expired licence; reset when the expiry changes
    licence_expiry_handled      boolean      NOT NULL DEFAULT false,
    certifications              jsonb        NOT NULL,
    headache_patients_per_month integer      NOT NULL CHECK (headache_patients_per_month >= 0),
    time_zone                   varchar(64)  NOT NULL,
    weekly_availability         jsonb        NOT NULL,
    created_at                  timestamptz  NOT NULL,
    updated_at                  timestamptz  NOT NULL,
    version                     bigint       NOT NULL
);
-- the due-time query of expired licences: only unhandled rows, ranged by expiry
CREATE INDEX therapist_licence_due_idx ON therapist (licence_expires_on, id) WHERE NOT licence_expiry_handled;

CREATE TABLE therapist_time_off (
    id           uuid        PRIMARY KEY,
    therapist_id uuid        NOT NULL REFERENCES therapist (id),
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    CHECK (starts_at < ends_at)
);
CREATE INDEX therapist_time_off_idx ON therapist_time_off (therapist_id, ends_at);
