package care.unknot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The journey's partner endpoint counts a delivery only when the Standard Webhooks signature verifies. */
class PartnerReceiverTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String BODY = "{\"type\":\"plan.completed\",\"data\":{\"patientId\":\"p-1\"}}";

    private PartnerReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = PartnerReceiver.start();
        receiver.trust(SECRET);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aDeliverySignedWithTheSubscriptionSecretIsVerified() throws Exception {
        long now = Instant.now().getEpochSecond();

        int status = post("msg_1", now, new Webhook(SECRET).sign("msg_1", now, BODY));

        assertThat(status).isEqualTo(204);
        assertThat(receiver.received("plan.completed", "p-1")).isTrue();
        assertThat(receiver.rejected()).isEmpty();
    }

    @Test
    void aDeliverySignedWithAnotherSecretIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        String otherSecret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]);

        int status = post("msg_2", now, new Webhook(otherSecret).sign("msg_2", now, BODY));

        assertThat(status).isEqualTo(401);
        assertThat(receiver.verified()).isEmpty();
        assertThat(receiver.rejected()).containsExactly("msg_2");
    }

    @Test
    void aCorrectlySignedButStaleDeliveryIsRefused() throws Exception {
        long anHourAgo = Instant.now().getEpochSecond() - 3600;

        int status = post("msg_3", anHourAgo, new Webhook(SECRET).sign("msg_3", anHourAgo, BODY));

        assertThat(status).isEqualTo(401);
        assertThat(receiver.verified()).isEmpty();
    }

    private int post(String id, long timestamp, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url()))
                .header("content-type", "application/json").header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp)).header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
