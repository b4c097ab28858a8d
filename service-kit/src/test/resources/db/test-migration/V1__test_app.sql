-- business tables of the kit's test application
CREATE TABLE note (
    id         uuid         PRIMARY KEY,
    patient_id varchar(64)  NOT NULL,
    title      varchar(200) NOT NULL,
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL
);

-- what the idempotent test consumer applied, per aggregate
CREATE TABLE effect_counter (
    aggregate_id varchar(64) PRIMARY KEY,
    applied      integer     NOT NULL
);
