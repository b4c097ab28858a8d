package care.unknot.events.notification;

/** Why a webhook endpoint was disabled: HTTP 410 from the endpoint, deliveries exhausted, or by a person. */
public enum EndpointDisabledReason {
    GONE_410,
    DELIVERIES_EXHAUSTED,
    DISABLED_BY_PARTNER,
    DISABLED_BY_ADMIN
}
