package care.unknot.notification.reminders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.diary.AlertKind;
import care.unknot.events.diary.AlertUrgency;
import care.unknot.events.diary.DiaryAlertRaisedV1;
import care.unknot.events.diary.DiaryGapDetectedV1;
import care.unknot.events.diary.RedFlagSymptom;
import care.unknot.events.plan.AdverseEventKind;
import care.unknot.events.plan.AdverseEventReportedV1;
import care.unknot.events.plan.AdverseEventSeverity;
import care.unknot.events.plan.CareMode;
import care.unknot.events.plan.PlanActivatedV1;
import care.unknot.events.plan.PlanPhase;
import care.unknot.kit.time.MutableClock;
import care.unknot.notification.service.DispatchJob;
import care.unknot.notification.service.ReminderRelease;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Urgent alerts whatever the hour; email over real SMTP, SMS and push against provider fakes; consent first. */
@QuarkusTest
class UrgentAndChannelsTest {

    private static final String SMS_PATH = ProviderTestResources.SMS_PATH;
    private static final String PUSH_PATH = "/v1/projects/" + ProviderTestResources.PUSH_PROJECT + "/messages:send";

    @Inject
    MutableClock clock;
    @Inject
    DispatchJob dispatch;
    @Inject
    ReminderProbe probe;
    @Inject
    ReminderRelease release;

    private Upstream upstream;
    private final UUID patient = UUID.randomUUID();
    private final String email = "p-" + patient + "@example.org";
    private WireMockServer providers;

    @BeforeEach
    void setUp() {
        upstream = new Upstream(probe);
        providers = ProviderTestResources.providers();
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        upstream.registered(patient, "Europe/Berlin", "en", null, null);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(ProviderTestResources.smtp().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void anUrgentAlertAtThreeInTheMorningGoesAtOnceToThePatientAndTheTherapist() throws Exception {
        UUID therapist = UUID.randomUUID();
        upstream.send(Topics.PLAN, EventTypes.PLAN_ACTIVATED, patient, new PlanActivatedV1(UUID.randomUUID(),
                patient, CareMode.CLINIC_LED, therapist, 8, PlanPhase.FOCUSED, Instant.now()));
        Api.consent(patient, "EMAIL", email);
        clock.set(Instant.parse("2026-03-11T02:00:00Z")); // 03:00 CET, inside quiet hours
        upstream.send(Topics.DIARY, EventTypes.DIARY_ALERT_RAISED, patient, new DiaryAlertRaisedV1(UUID.randomUUID(),
                patient, AlertKind.RED_FLAG_SYMPTOM, List.of(RedFlagSymptom.SUDDEN_WORST_HEADACHE), AlertUrgency.EMERGENCY,
                LocalDate.parse("2026-03-11"), Instant.now()));
        dispatch.runOnce();

        var urgent = probe.deliveries(patient).stream().filter(d -> d.template().contains("urgent")).toList();
        assertThat(urgent).extracting(d -> d.recipient() + "/" + d.channel() + "/" + d.status())
                .containsExactlyInAnyOrder("PATIENT/EMAIL/SENT", "PATIENT/IN_APP/SENT", "THERAPIST/IN_APP/SENT");
        assertThat(urgent).filteredOn(d -> d.recipient().equals("THERAPIST")).singleElement()
                .satisfies(d -> assertThat(d.recipientId()).isEqualTo(therapist.toString()));
        assertThat(mailsTo(email)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Please seek medical care now");
            assertThat(new String(m.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Stop self-treatment now")
                    .contains("call your local emergency number");
        });
        String inbox = "/api/v1/therapists/{id}/notifications";
        Api.as("therapist", therapist.toString()).get(inbox, therapist).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].template", org.hamcrest.Matchers.equalTo("therapist-urgent-diary-alert"))
                .body("items[0].body", containsString(patient.toString()));
        Api.therapist().get(inbox, therapist).then().statusCode(404);
        Api.patient(patient).get(inbox, therapist).then().statusCode(403);
    }

    @Test
    void theTherapistsOwnLoginReadsItsAlertInboxThoughPlanServiceIdsTheTherapistApart() {
        UUID therapist = UUID.randomUUID();
        String login = "t-login-" + UUID.randomUUID();
        upstream.send(Topics.PLAN, EventTypes.PLAN_ACTIVATED, patient, new PlanActivatedV1(UUID.randomUUID(),
                patient, CareMode.CLINIC_LED, therapist, 8, PlanPhase.FOCUSED, Instant.now(), login));
        upstream.send(Topics.PLAN, EventTypes.ADVERSE_EVENT_REPORTED, patient, new AdverseEventReportedV1(
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), patient, therapist,
                AdverseEventSeverity.SEVERE, List.of(AdverseEventKind.DIZZINESS), Instant.now(), login));
        dispatch.runOnce();

        String inbox = "/api/v1/therapists/{id}/notifications";
        Api.as("therapist", login).get(inbox, therapist).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].template", org.hamcrest.Matchers.equalTo("therapist-urgent-adverse-event"));
        Api.therapist().get(inbox, therapist).then().statusCode(404);
        Api.as("therapist", login).get(inbox, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void smsGoesAsATwilioFormPostAndA5xxIsRetriedWithBackOff() {
        String phone = "+4930" + (1000000 + (int) (Math.random() * 8999999));
        Api.consent(patient, "SMS", phone);
        providers.stubFor(post(urlEqualTo(SMS_PATH)).withRequestBody(containing(phone.substring(1)))
                .inScenario(phone).whenScenarioStateIs("Started").willSetStateTo("up")
                .willReturn(aResponse().withStatus(503)));
        providers.stubFor(post(urlEqualTo(SMS_PATH)).withRequestBody(containing(phone.substring(1)))
                .inScenario(phone).whenScenarioStateIs("up").willReturn(aResponse().withStatus(201)));
        upstream.send(Topics.DIARY, EventTypes.DIARY_GAP_DETECTED, patient, new DiaryGapDetectedV1(patient,
                LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-08"), Instant.now()));

        dispatch.runOnce();
        var sms = probe.deliveries(patient).stream().filter(d -> d.channel().equals("SMS")).findFirst().orElseThrow();
        assertThat(sms.status()).isEqualTo("PENDING");
        assertThat(sms.attempts()).isEqualTo(1);
        assertThat(sms.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofSeconds(30)));
        dispatch.runOnce(); // not due again yet
        assertThat(providers.findAll(postRequestedFor(urlEqualTo(SMS_PATH))
                .withRequestBody(containing(phone.substring(1))))).hasSize(1);

        clock.advance(Duration.ofSeconds(30));
        dispatch.runOnce();
        providers.verify(2, postRequestedFor(urlEqualTo(SMS_PATH))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(
                        ProviderTestResources.SMS_SID, ProviderTestResources.SMS_TOKEN))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(containing("To=%2B" + phone.substring(1)))
                .withRequestBody(containing("Body=Your+diary")));
        assertThat(probe.deliveries(patient)).filteredOn(d -> d.channel().equals("SMS")).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("SENT"));
        assertThat(probe.outboxTypes(patient)).containsOnly(EventTypes.NOTIFICATION_SENT).hasSize(2); // SMS + in-app
    }

    @Test
    void pushGoesToFcmWithABearerTokenAndA4xxFailsForGood() {
        String token = "device-" + patient;
        Api.consent(patient, "PUSH", token);
        providers.stubFor(post(urlEqualTo(PUSH_PATH)).withRequestBody(containing(token))
                .willReturn(aResponse().withStatus(404)));
        upstream.send(Topics.DIARY, EventTypes.DIARY_GAP_DETECTED, patient, new DiaryGapDetectedV1(patient,
                LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-08"), Instant.now()));
        dispatch.runOnce();
        providers.verify(1, postRequestedFor(urlEqualTo(PUSH_PATH))
                .withHeader("Authorization", equalTo("Bearer " + ProviderTestResources.PUSH_TOKEN))
                .withRequestBody(equalToJson("{\"message\": {\"token\": \"" + token + "\", \"notification\": "
                        + "{\"title\": \"${json-unit.any-string}\", \"body\": \"${json-unit.any-string}\"}}}")));
        assertThat(probe.deliveries(patient)).filteredOn(d -> d.channel().equals("PUSH")).singleElement()
                .satisfies(d -> {
                    assertThat(d.status()).isEqualTo("FAILED");
                    assertThat(d.failureReason()).isEqualTo("REJECTED_BY_PROVIDER");
                });
        assertThat(probe.outboxTypes(patient)).contains(EventTypes.NOTIFICATION_FAILED);
        clock.advance(Duration.ofHours(2));
        dispatch.runOnce();
        providers.verify(1, postRequestedFor(urlEqualTo(PUSH_PATH)).withRequestBody(containing(token)));
    }

    @Test
    void consentWithdrawnAfterTheReleaseMeansNothingIsSent() {
        Api.consent(patient, "EMAIL", email);
        upstream.send(Topics.DIARY, EventTypes.DIARY_GAP_DETECTED, patient, new DiaryGapDetectedV1(patient,
                LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-08"), Instant.now()));
        while (release.releaseBatch() > 0) {
            // deliveries created, none sent yet
        }
        assertThat(probe.deliveries(patient)).anyMatch(d -> d.channel().equals("EMAIL") && d.status().equals("PENDING"));
        Api.patient(patient).body(java.util.Map.of("consent", false))
                .put("/api/v1/patients/{id}/notification-channels/EMAIL", patient).then().statusCode(200);
        dispatch.runOnce();
        assertThat(mailsTo(email)).isEmpty();
        assertThat(probe.deliveries(patient)).filteredOn(d -> d.channel().equals("EMAIL")).singleElement()
                .satisfies(d -> {
                    assertThat(d.status()).isEqualTo("FAILED");
                    assertThat(d.failureReason()).isEqualTo("NO_CONSENT");
                });
    }
}
