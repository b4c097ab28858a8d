package care.unknot.notification.webhook.rest;

/** Example JSON for the webhook operations' OpenAPI documentation. */
final class WebhookExamples {

    static final String SUBSCRIPTION_REQUEST = """
            {"url": "https://partner.example.org/unknot/webhooks",
             "eventTypes": ["referral.urgent-required", "plan.activated", "plan.completed"],
             "active": true}""";

    static final String SUBSCRIPTION_CREATED = """
            {"id": "6f1c2b0e-4d6a-4f7e-9a51-3c2d1e0f9b8a", "partnerId": "clinic-berlin-1",
             "url": "https://partner.example.org/unknot/webhooks",
             "eventTypes": ["referral.urgent-required", "plan.activated", "plan.completed"],
             "active": true, "disabledReason": null, "secret": "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
             "previousSecretValidUntil": null, "createdAt": "2026-03-10T12:00:00Z"}""";

    static final String SUBSCRIPTION = """
            {"id": "6f1c2b0e-4d6a-4f7e-9a51-3c2d1e0f9b8a", "partnerId": "clinic-berlin-1",
             "url": "https://partner.example.org/unknot/webhooks",
             "eventTypes": ["referral.urgent-required", "plan.activated", "plan.completed"],
             "active": false, "disabledReason": "GONE_410", "secret": null,
             "previousSecretValidUntil": null, "createdAt": "2026-03-10T12:00:00Z"}""";

    static final String SUBSCRIPTION_PAGE = "{\"items\": [" + SUBSCRIPTION + "], \"next\": null}";

    static final String DELIVERY = """
            {"id": "0b7c8f5e-3f0a-4c55-9a43-8f0e2a1d6c11", "eventId": "5c1d7e0a-2b3c-4d5e-8f90-a1b2c3d4e5f6",
             "eventType": "plan.activated", "status": "PENDING", "attempts": 3, "lastStatusCode": 503,
             "lastError": "HTTP 503", "lastAttemptAt": "2026-03-10T12:05:05Z",
             "nextAttemptAt": "2026-03-10T12:35:05Z", "createdAt": "2026-03-10T12:00:00Z"}""";

    static final String DELIVERY_PAGE = "{\"items\": [" + DELIVERY + "], \"next\": null}";

    private WebhookExamples() {
    }
}
