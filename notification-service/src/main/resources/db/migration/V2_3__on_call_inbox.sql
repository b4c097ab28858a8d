-- Reminders: the clinic's on-call inbox. An urgent alert for a patient with no treating therapist known here goes to
-- recipient ON_CALL: in the app (the inbox, acknowledged by a therapist or admin) and, when configured, to the pager
-- email address and phone number, which the delivery row holds (a patient's address is read from its channel row).
ALTER TABLE delivery ADD COLUMN address text;
ALTER TABLE delivery ADD COLUMN acknowledged_at timestamptz;
ALTER TABLE delivery ADD COLUMN acknowledged_by text;
-- "?unacknowledged=true" reads only what is still open, newest first (the whole inbox uses delivery_inbox)
CREATE INDEX delivery_on_call_open ON delivery (created_at DESC, id DESC)
    WHERE recipient = 'ON_CALL' AND channel = 'IN_APP' AND status = 'SENT' AND acknowledged_at IS NULL;
