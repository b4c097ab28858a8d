-- Shared tables of care.unknot.kit. Services run these with their own migrations:
-- quarkus.flyway.locations=db/migration,db/kit-migration (kit versions are V0_x, services start at V1).

-- Transactional outbox. The first six columns follow Debezium's outbox event router, so CDC can replace the
-- kit's relay later without a data migration; seq, sent_at and attempts belong to the relay.
CREATE TABLE outbox_event (
    id            uuid         PRIMARY KEY,
    aggregatetype varchar(255) NOT NULL,
    aggregateid   varchar(255) NOT NULL,
    type          varchar(255) NOT NULL,
    timestamp     timestamptz  NOT NULL,
    payload       jsonb        NOT NULL,
    seq           bigserial    NOT NULL UNIQUE,
    sent_at       timestamptz,
    attempts      integer      NOT NULL DEFAULT 0
);
-- the relay's claim scans unsent rows in seq order, and per aggregate for the order check
CREATE INDEX outbox_event_unsent_seq ON outbox_event (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_unsent_aggregate ON outbox_event (aggregateid, seq) WHERE sent_at IS NULL;

-- Idempotent consumers: one row per (consumer, event id), written in the same transaction as the effect.
CREATE TABLE processed_event (
    consumer     varchar(255) NOT NULL,
    event_id     varchar(255) NOT NULL,
    processed_at timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key on POST: the first response per (principal, key), replayed to retries until expires_at.
CREATE TABLE idempotency_record (
    principal     varchar(255) NOT NULL,
    idem_key      varchar(255) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    created_at    timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    completed_at  timestamptz,
    status        integer,
    location      text,
    content_type  varchar(255),
    body          text,
    PRIMARY KEY (principal, idem_key)
);
CREATE INDEX idempotency_record_expires ON idempotency_record (expires_at);
