package care.unknot.notification.channel;

import care.unknot.events.notification.NotificationFailureReason;

/** What a channel made of one send: sent, worth retrying later, or refused for good. */
public sealed interface SendResult {

    SendResult SENT = new Sent();

    record Sent() implements SendResult {
    }

    /** A timeout, a connection failure, a 5xx or 429: retried with back-off. */
    record Transient(String error) implements SendResult {
    }

    /** Not sent: its reminder's moment passed while it waited (e.g. for a retry); withdrawn, never sent late. */
    record Expired() implements SendResult {
    }

    /** A 4xx, an address the provider refuses, no consent: recorded, never retried. */
    record Permanent(NotificationFailureReason reason, String error) implements SendResult {
    }

    static SendResult ofHttpStatus(String provider, int status) {
        if (status >= 200 && status < 300) {
            return SENT;
        }
        String error = provider + " answered HTTP " + status;
        return status == 429 || status >= 500 ? new Transient(error)
                : new Permanent(NotificationFailureReason.REJECTED_BY_PROVIDER, error);
    }
}
