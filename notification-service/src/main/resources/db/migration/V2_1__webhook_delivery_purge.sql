-- Partner webhooks: the purge of delivered webhooks walks only what is past retention.
create index webhook_delivery_succeeded on webhook_delivery (last_attempt_at) where status = 'SUCCEEDED';
