package care.unknot.notification.service;

import care.unknot.events.notification.Channel;

/**
 * Consent when the patient never set a channel: the in-app inbox is on (it is the app the patient uses; it can be
 * turned off), every channel that leaves the app (email, SMS, push) is off until the patient consents.
 */
public final class Consents {

    private Consents() {
    }

    public static boolean byDefault(Channel channel) {
        return channel == Channel.IN_APP;
    }
}
