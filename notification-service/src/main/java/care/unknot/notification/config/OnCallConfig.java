package care.unknot.notification.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The clinic's on-call pager: urgent alerts for a patient without a treating therapist go to the on-call inbox and,
 * when set, also to these addresses (whatever the hour, with the channels' retry and back-off). Empty by default.
 */
@ConfigMapping(prefix = "unknot.notifications.on-call")
public interface OnCallConfig {

    /** The pager's email address. */
    Optional<String> email();

    /** The pager's phone number (E.164) for SMS. */
    Optional<String> sms();
}
