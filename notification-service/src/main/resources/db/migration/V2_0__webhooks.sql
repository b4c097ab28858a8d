-- Partner webhooks (issue 11, part 2). V1_* migrations belong to reminders, channels and the inbox.

-- Which partners may hear about a patient: the partners that referred it ...
create table webhook_referral (
    patient_id uuid not null,
    partner_id text not null,
    primary key (patient_id, partner_id)
);

-- ... and the partners it consents to share with (the newest patient.registered/updated by event time wins).
create table webhook_consent (
    patient_id uuid primary key,
    partner_ids text[] not null,
    as_of timestamptz not null
);

create table webhook_subscription (
    id uuid primary key,
    partner_id text not null,
    url text not null,
    event_types text[] not null,
    active boolean not null,
    disabled_reason text,
    -- AES-GCM (nonce || ciphertext) of the whsec_ secret, authenticated with the subscription id
    secret bytea not null,
    previous_secret bytea,
    previous_secret_until timestamptz,
    -- the first failed attempt since the last success: the endpoint is disabled once it is failing too long
    failing_since timestamptz,
    version bigint not null,
    created_at timestamptz not null
);
create index webhook_subscription_partner on webhook_subscription (partner_id, id);

create table webhook_delivery (
    id uuid primary key,
    subscription_id uuid not null references webhook_subscription (id) on delete cascade,
    event_id uuid not null,
    event_type text not null,
    patient_id uuid not null,
    body text not null,
    status text not null,
    attempts integer not null,
    -- due time while PENDING (a claimed delivery is leased until its attempt is recorded); null otherwise
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_status_code integer,
    last_error text,
    created_at timestamptz not null,
    unique (subscription_id, event_id)
);
-- the dispatcher's claim: only due rows are walked
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
-- the delivery log and "replay all dead ones"
create index webhook_delivery_subscription on webhook_delivery (subscription_id, id);
create index webhook_delivery_dead on webhook_delivery (subscription_id) where status = 'DEAD';
