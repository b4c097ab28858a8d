-- Outbox relay, second version: a persisted schedule per row instead of locks held across the wait for acks.
--   next_attempt_at  when the row may be claimed: now for a new row; a claim sets it to the end of the claimer's
--                    lease (so no other relay takes the row meanwhile, without a transaction held open), a
--                    refusal to the end of the row's back-off, parking to 'infinity'
--   last_error       why the last send failed (exception class and message, never the payload)
--   parked_at        set when the row failed unknot.outbox.max-attempts times: it holds back its key until an admin
--                    retries or skips it (a skipped row gets sent_at too and is never published)
ALTER TABLE outbox_event ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE outbox_event ADD COLUMN last_error varchar(500);
ALTER TABLE outbox_event ADD COLUMN parked_at timestamptz;

-- parked rows, for the metric and the admin listing
CREATE INDEX outbox_event_parked ON outbox_event (parked_at) WHERE parked_at IS NOT NULL AND sent_at IS NULL;

-- the purge of processed-event records past the topics' retention, in batches
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
