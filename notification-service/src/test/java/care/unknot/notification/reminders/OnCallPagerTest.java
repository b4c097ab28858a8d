package care.unknot.notification.reminders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.kit.time.MutableClock;
import care.unknot.notification.service.DispatchJob;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With pager addresses configured, the on-call alert also goes there by email and SMS, whatever the hour. */
@QuarkusTest
@TestProfile(OnCallPagerTest.Pager.class)
class OnCallPagerTest {

    static final String PAGER_EMAIL = "on-call@clinic.test";
    static final String PAGER_PHONE = "+15550100777";
    private static final String SMS_PATH = ProviderTestResources.SMS_PATH;

    public static class Pager implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unknot.notifications.on-call.email", PAGER_EMAIL,
                    "unknot.notifications.on-call.sms", PAGER_PHONE);
        }
    }

    @Inject
    MutableClock clock;
    @Inject
    DispatchJob dispatch;
    @Inject
    ReminderProbe probe;

    private final UUID patient = UUID.randomUUID();

    private List<MimeMessage> pagerMailsAbout(UUID patientId) {
        return Arrays.stream(ProviderTestResources.smtp().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(PAGER_EMAIL))
                        && new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                                .contains(patientId.toString());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void anOnCallAlertIsPagedByEmailAndSmsInQuietHoursOnceAndATransientSmsFailureIsRetried() throws IOException {
        Upstream upstream = new Upstream(probe);
        clock.set(Instant.parse("2026-03-11T02:00:00Z")); // 03:00 in Berlin: quiet hours
        upstream.registered(patient, "Europe/Berlin", "en", null, null);
        WireMockServer providers = ProviderTestResources.providers();
        providers.stubFor(post(urlEqualTo(SMS_PATH)).withRequestBody(containing(patient.toString()))
                .inScenario(patient.toString()).whenScenarioStateIs("Started").willSetStateTo("up")
                .willReturn(aResponse().withStatus(503)));
        providers.stubFor(post(urlEqualTo(SMS_PATH)).withRequestBody(containing(patient.toString()))
                .inScenario(patient.toString()).whenScenarioStateIs("up").willReturn(aResponse().withStatus(201)));
        var event = OnCallInboxTest.urgentReferral(patient, UUID.randomUUID());
        upstream.send(Topics.INTAKE, EventTypes.REFERRAL_URGENT_REQUIRED, patient, event);
        dispatch.runOnce();

        assertThat(pagerMailsAbout(patient)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("URGENT");
            assertThat(new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("emergency");
        });
        assertThat(OnCallInboxTest.onCallItemsOf(patient, true)).hasSize(1);

        clock.advance(Duration.ofSeconds(30)); // the SMS back-off
        upstream.send(Topics.INTAKE, EventTypes.REFERRAL_URGENT_REQUIRED, patient, event); // again: nothing new
        dispatch.runOnce();
        providers.verify(2, postRequestedFor(urlEqualTo(SMS_PATH))
                .withRequestBody(containing("To=%2B" + PAGER_PHONE.substring(1)))
                .withRequestBody(containing(patient.toString())));
        assertThat(probe.deliveries(patient)).filteredOn(d -> d.recipient().equals("ON_CALL"))
                .extracting(d -> d.channel() + "/" + d.status())
                .containsExactlyInAnyOrder("IN_APP/SENT", "EMAIL/SENT", "SMS/SENT");
        assertThat(pagerMailsAbout(patient)).hasSize(1);
    }
}
