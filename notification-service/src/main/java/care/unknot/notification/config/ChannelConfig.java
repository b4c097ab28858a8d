package care.unknot.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The SMS (Twilio-shaped) and push (FCM HTTP v1-shaped) providers. Email is quarkus-mailer's config. */
@ConfigMapping(prefix = "unknot.channels")
public interface ChannelConfig {

    Sms sms();

    Push push();

    interface Sms {
        /** e.g. https://api.twilio.com; without it SMS deliveries fail as PROVIDER_UNAVAILABLE (retried). */
        Optional<String> baseUrl();

        Optional<String> accountSid();

        Optional<String> authToken();

        /** The sender number (E.164). */
        Optional<String> from();

        @WithDefault("PT10S")
        Duration timeout();
    }

    interface Push {
        /** e.g. https://fcm.googleapis.com */
        Optional<String> baseUrl();

        Optional<String> projectId();

        /** An OAuth 2 access token for the FCM scope (production rotates it from the service account). */
        Optional<String> accessToken();

        @WithDefault("PT10S")
        Duration timeout();
    }
}
