package care.unknot.notification.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.standardwebhooks.Webhook;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    /** The example of the Standard Webhooks specification (spec/standard-webhooks.md, "Signature scheme"). */
    @Test
    void reproducesTheSpecificationsExampleSignature() {
        String signature = WebhookSigner.signature(List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsWithEverySecretSpaceSeparatedAndEachVerifiesAlone() {
        String oldSecret = WebhookSigner.newSecret();
        String newSecret = WebhookSigner.newSecret();
        long now = Instant.now().getEpochSecond();
        String body = "{\"type\":\"plan.activated\"}";

        String signature = WebhookSigner.signature(List.of(newSecret, oldSecret), "d-1", now, body);

        assertThat(signature.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        HttpHeaders headers = HttpHeaders.of(Map.of("webhook-id", List.of("d-1"),
                "webhook-timestamp", List.of(Long.toString(now)), "webhook-signature", List.of(signature)),
                (name, value) -> true);
        assertThatCode(() -> new Webhook(oldSecret).verify(body, headers)).doesNotThrowAnyException();
        assertThatCode(() -> new Webhook(newSecret).verify(body, headers)).doesNotThrowAnyException();
    }

    @Test
    void newSecretsAreWhsecPrefixedBase64AndDistinct() {
        String first = WebhookSigner.newSecret();

        assertThat(first).matches("whsec_[A-Za-z0-9+/]{32}");
        assertThat(WebhookSigner.newSecret()).isNotEqualTo(first);
    }
}
