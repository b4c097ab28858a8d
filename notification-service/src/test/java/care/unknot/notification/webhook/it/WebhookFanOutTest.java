package care.unknot.notification.webhook.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.PatientUpdatedV1;
import care.unknot.events.intake.ReferralReceivedV1;
import care.unknot.events.plan.CareMode;
import care.unknot.events.plan.PlanActivatedV1;
import care.unknot.events.plan.PlanCompletedV1;
import care.unknot.events.plan.PlanCompletionReason;
import care.unknot.events.plan.PlanPhase;
import care.unknot.notification.webhook.service.WebhookDispatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * intake.events and plan.events on the real broker become signed deliveries to the partners that may hear about the
 * patient, verified at the receiver (WireMock) with the Standard Webhooks reference library.
 */
@QuarkusTest
class WebhookFanOutTest {

    private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PLAN_TYPES = List.of("referral.received", "plan.activated", "plan.completed");

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    Deliveries deliveries;

    private record Endpoint(String partnerId, String path, Partners.Created subscription) {
    }

    private static Endpoint endpoint() {
        String partnerId = Partners.newPartnerId();
        String path = "/hooks/" + UUID.randomUUID();
        Partners.receiver().stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(204)));
        return new Endpoint(partnerId, path, Partners.subscribe(partnerId, Partners.endpoint(path), PLAN_TYPES));
    }

    @Test
    void theReferringPartnerReceivesSignedIdsAndStatusOnly() throws Exception {
        Endpoint referrer = endpoint();
        Endpoint stranger = endpoint();
        UUID patientId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();

        Partners.publish(UUID.randomUUID().toString(), patientId, registered(patientId, List.of(), null), T0);
        String referral = UUID.randomUUID().toString();
        Partners.publish(referral, patientId,
                new ReferralReceivedV1(referralId, patientId, referrer.partnerId(), "REF-77", T0), T0);
        deliveries.awaitProcessed(referral);
        Partners.publish(UUID.randomUUID().toString(), patientId, activated(patientId, planId), T0.plusSeconds(60));
        awaitDeliveries(referrer, 2);
        dispatcher.runUntilIdle();

        List<LoggedRequest> received = received(referrer);
        assertThat(received).hasSize(2);
        for (LoggedRequest request : received) {
            Partners.verify(referrer.subscription().secret(), request.getBodyAsString(), headers(request));
        }
        JsonNode referred = body(received, "referral.received");
        assertThat(referred.get("type").asText()).isEqualTo("referral.received");
        assertThat(referred.get("timestamp").asText()).isEqualTo(T0.toString());
        assertThat(fieldNames(referred.get("data"))).containsExactlyInAnyOrder("referralId", "patientId",
                "partnerReference");
        JsonNode plan = body(received, "plan.activated");
        assertThat(plan.get("type").asText()).isEqualTo("plan.activated");
        assertThat(fieldNames(plan.get("data"))).containsExactlyInAnyOrder("planId", "patientId", "phase");
        assertThat(plan.at("/data/planId").asText()).isEqualTo(planId.toString());
        assertThat(received(stranger)).isEmpty();
        assertThat(deliveries(stranger)).isEmpty();
        Partners.partner(referrer.partnerId()).get(deliveriesPath(referrer)).then().statusCode(200)
                .body("items.status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("SUCCEEDED")))
                .body("items.lastStatusCode", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(204)));
    }

    @Test
    void aConsentingPartnerHearsUntilTheConsentIsRevoked() {
        Endpoint consented = endpoint();
        Endpoint referrer = endpoint();
        UUID patientId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();

        String registration = UUID.randomUUID().toString();
        Partners.publish(registration, patientId,
                registered(patientId, List.of(consented.partnerId()), referrer.partnerId()), T0);
        deliveries.awaitProcessed(registration);
        Partners.publish(UUID.randomUUID().toString(), patientId, activated(patientId, planId), T0.plusSeconds(10));
        awaitDeliveries(referrer, 1);
        assertThat(deliveries(consented)).hasSize(1);

        String revocation = UUID.randomUUID().toString();
        Partners.publish(revocation, patientId, new PatientUpdatedV1(patientId,
                ZoneId.of("Europe/Berlin"), "de-DE", null, List.of(), referrer.partnerId(), T0.plusSeconds(20)),
                T0.plusSeconds(20));
        deliveries.awaitProcessed(revocation);
        Partners.publish(UUID.randomUUID().toString(), patientId, new PlanCompletedV1(planId, patientId,
                PlanCompletionReason.DISCHARGED, 8, T0.plusSeconds(30)), T0.plusSeconds(30));
        awaitDeliveries(referrer, 2);

        assertThat(deliveries(consented)).extracting(d -> d.get("eventType")).containsExactly("plan.activated");
    }

    @Test
    void aRedeliveredEventIsDeliveredOnce() {
        Endpoint referrer = endpoint();
        UUID patientId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        String registration = UUID.randomUUID().toString();
        Partners.publish(registration, patientId, registered(patientId, List.of(), referrer.partnerId()), T0);
        deliveries.awaitProcessed(registration);
        Partners.publish(eventId, patientId, activated(patientId, UUID.randomUUID()), T0);
        Partners.publish(eventId, patientId, activated(patientId, UUID.randomUUID()), T0);
        Partners.publish(UUID.randomUUID().toString(), patientId, new PlanCompletedV1(UUID.randomUUID(), patientId,
                PlanCompletionReason.DISCHARGED, 8, T0), T0);
        awaitDeliveries(referrer, 2);
        dispatcher.runUntilIdle();

        assertThat(deliveries(referrer)).extracting(d -> d.get("eventId")).containsOnlyOnce(eventId);
        assertThat(received(referrer)).hasSize(2);
    }

    @Test
    void aPartnerEventWithoutAUuidIdIsDeadLetteredAndTheChannelGoesOn() {
        Endpoint referrer = endpoint();
        UUID patientId = UUID.randomUUID();
        String registration = UUID.randomUUID().toString();
        Partners.publish(registration, patientId, registered(patientId, List.of(), referrer.partnerId()), T0);
        deliveries.awaitProcessed(registration);
        String poisonId = "not-a-uuid-" + UUID.randomUUID();

        Partners.publish(poisonId, patientId, activated(patientId, UUID.randomUUID()), T0);
        Partners.publish(UUID.randomUUID().toString(), patientId, new PlanCompletedV1(UUID.randomUUID(), patientId,
                PlanCompletionReason.DISCHARGED, 8, T0), T0);
        awaitDeliveries(referrer, 1);

        assertThat(deliveries(referrer)).extracting(d -> d.get("eventType")).containsExactly("plan.completed");
        var deadLetter = Partners.deadLetter(poisonId, Duration.ofSeconds(30));
        assertThat(deadLetter).isPresent();
        assertThat(new String(deadLetter.get().headers().lastHeader("dead-letter-reason-code").value(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("unprocessable");
    }

    static PatientRegisteredV1 registered(UUID patientId, List<String> consents, String referrer) {
        return new PatientRegisteredV1(patientId, ZoneId.of("Europe/Berlin"), "de-DE", null, consents, referrer, T0);
    }

    static PlanActivatedV1 activated(UUID patientId, UUID planId) {
        return new PlanActivatedV1(planId, patientId, CareMode.CLINIC_LED, UUID.randomUUID(), 8, PlanPhase.FOCUSED,
                T0);
    }

    private static String deliveriesPath(Endpoint endpoint) {
        return "/api/v1/partners/" + endpoint.partnerId() + "/webhooks/" + endpoint.subscription().id()
                + "/deliveries";
    }

    private static List<Map<String, Object>> deliveries(Endpoint endpoint) {
        return Partners.partner(endpoint.partnerId()).get(deliveriesPath(endpoint)).then().statusCode(200)
                .extract().path("items");
    }

    private static void awaitDeliveries(Endpoint endpoint, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> deliveries(endpoint).size() >= count);
    }

    private static List<LoggedRequest> received(Endpoint endpoint) {
        return Partners.receiver().findAll(postRequestedFor(urlPathEqualTo(endpoint.path())));
    }

    static Map<String, String> headers(LoggedRequest request) {
        Map<String, String> headers = new HashMap<>();
        for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            headers.put(name, request.getHeader(name));
        }
        return headers;
    }

    private static JsonNode body(List<LoggedRequest> received, String type) throws Exception {
        for (LoggedRequest request : received) {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            if (body.get("type").asText().equals(type)) {
                return body;
            }
        }
        throw new AssertionError("no " + type + " received");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
