-- intake-service: patients, sharing consents, partner referrals, intakes with their screening, reviews, clearances.

CREATE TABLE patient (
    id                         uuid         PRIMARY KEY,
    given_name                 varchar(100) NOT NULL,
    family_name                varchar(100) NOT NULL,
    date_of_birth              date,
    email                      varchar(254),
    phone                      varchar(40),
    time_zone                  varchar(64)  NOT NULL,
    locale                     varchar(35)  NOT NULL,
    diary_reminder_time        time,
    home_program_reminder_time time,
    status                     varchar(32)  NOT NULL,
    referring_partner_id       varchar(100),
    created_at                 timestamptz  NOT NULL,
    updated_at                 timestamptz  NOT NULL,
    version                    bigint       NOT NULL
);
CREATE INDEX patient_status_idx ON patient (status, id);

CREATE TABLE sharing_consent (
    patient_id uuid         NOT NULL REFERENCES patient (id),
    partner_id varchar(100) NOT NULL,
    granted_at timestamptz  NOT NULL,
    revoked_at timestamptz,
    PRIMARY KEY (patient_id, partner_id)
);

CREATE TABLE referral (
    id                uuid          PRIMARY KEY,
    patient_id        uuid          NOT NULL REFERENCES patient (id),
    partner_id        varchar(100)  NOT NULL,
    partner_reference varchar(100)  NOT NULL,
    reason            varchar(2000) NOT NULL,
    received_at       timestamptz   NOT NULL
);
CREATE INDEX referral_partner_idx ON referral (partner_id, id);
CREATE INDEX referral_patient_idx ON referral (patient_id);

CREATE TABLE intake (
    id                uuid         PRIMARY KEY,
    patient_id        uuid         NOT NULL REFERENCES patient (id),
    status            varchar(16)  NOT NULL,
    answers           jsonb        NOT NULL,
    screened_outcome  varchar(32)  NOT NULL,
    outcome           varchar(32)  NOT NULL,
    fired_rules       jsonb        NOT NULL,
    phenotype         varchar(24)  NOT NULL,
    frequency         varchar(16)  NOT NULL,
    moh_risk          boolean      NOT NULL,
    profile           jsonb        NOT NULL,
    hit6_total        integer      NOT NULL,
    hit6_band         varchar(32)  NOT NULL,
    midas_score       integer      NOT NULL,
    midas_grade       varchar(4)   NOT NULL,
    precautions       jsonb        NOT NULL,
    treatment_areas   jsonb        NOT NULL,
    urgent_guidance   text,
    submitted_by      varchar(100) NOT NULL,
    submitted_at      timestamptz  NOT NULL,
    screened_at       timestamptz  NOT NULL,
    reviewed_by       varchar(100),
    reviewed_at       timestamptz,
    version           bigint       NOT NULL
);
CREATE INDEX intake_patient_idx ON intake (patient_id, id);

-- audit of every review: who, when, what changed and why
CREATE TABLE intake_review (
    id              uuid         PRIMARY KEY,
    intake_id       uuid         NOT NULL REFERENCES intake (id),
    reviewer_id     varchar(100) NOT NULL,
    decision        varchar(16)  NOT NULL,
    outcome_before  varchar(32)  NOT NULL,
    outcome_after   varchar(32)  NOT NULL,
    reason          varchar(2000),
    reviewed_at     timestamptz  NOT NULL
);
CREATE INDEX intake_review_intake_idx ON intake_review (intake_id);

CREATE TABLE medical_clearance (
    id                  uuid         PRIMARY KEY,
    intake_id           uuid         NOT NULL UNIQUE REFERENCES intake (id),
    clinician_name      varchar(200) NOT NULL,
    cleared_on          date         NOT NULL,
    scope               varchar(24)  NOT NULL,
    restricted_rule_ids jsonb        NOT NULL,
    document_reference  varchar(200) NOT NULL,
    recorded_by         varchar(100) NOT NULL,
    recorded_at         timestamptz  NOT NULL
);
