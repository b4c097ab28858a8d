package care.unknot.notification.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.diary.AlertKind;
import care.unknot.events.diary.AlertUrgency;
import care.unknot.events.diary.DiaryAlertRaisedV1;
import care.unknot.events.diary.RedFlagSymptom;
import care.unknot.events.intake.ReferralUrgentRequiredV1;
import care.unknot.events.plan.CareMode;
import care.unknot.events.plan.PlanActivatedV1;
import care.unknot.events.plan.PlanPhase;
import care.unknot.kit.time.MutableClock;
import care.unknot.notification.service.DispatchJob;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clinic's on-call inbox: an urgent alert for a patient without a treating therapist reaches it at once, whatever
 * the hour, exactly once; therapists and admins read and acknowledge it.
 */
@QuarkusTest
class OnCallInboxTest {

    static final String INBOX = "/api/v1/on-call/notifications";
    private static final String ACKNOWLEDGE = INBOX + "/{id}/acknowledge";

    @Inject
    MutableClock clock;
    @Inject
    DispatchJob dispatch;
    @Inject
    ReminderProbe probe;

    private Upstream upstream;
    private final UUID patient = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        upstream = new Upstream(probe);
        clock.set(Instant.parse("2026-03-11T02:00:00Z")); // 03:00 in Berlin: inside the default quiet hours
        upstream.registered(patient, "Europe/Berlin", "en", null, null);
    }

    static ReferralUrgentRequiredV1 urgentReferral(UUID patientId, UUID referralId) {
        return new ReferralUrgentRequiredV1(referralId, "partner-" + referralId, patientId, UUID.randomUUID(),
                List.of("RF-THUNDERCLAP"), Instant.now());
    }

    /** Every on-call item of this patient, paging through the whole inbox as an admin, newest first. */
    static List<Map<String, Object>> onCallItemsOf(UUID patientId, boolean unacknowledgedOnly) {
        List<Map<String, Object>> mine = new ArrayList<>();
        String after = null;
        do {
            var request = Api.as("admin", "admin-on-call-test").queryParam("limit", 100)
                    .queryParam("unacknowledged", unacknowledgedOnly);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(INBOX).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(i -> patientId.toString().equals(i.get("patientId"))).forEach(mine::add);
            after = page.getString("next");
        } while (after != null);
        return mine;
    }

    private List<String> patientInboxTemplates() {
        return Api.patient(patient).get("/api/v1/patients/{id}/notifications", patient).then().statusCode(200)
                .extract().jsonPath().getList("items.template");
    }

    @Test
    void anUrgentReferralWithoutATherapistReachesTheOnCallInboxAndThePatientAtOnceInQuietHours() {
        upstream.send(Topics.INTAKE, EventTypes.REFERRAL_URGENT_REQUIRED, patient,
                urgentReferral(patient, UUID.randomUUID()));
        dispatch.runOnce();

        assertThat(onCallItemsOf(patient, true)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("URGENT_REFERRAL");
            assertThat(item.get("title")).asString().startsWith("URGENT");
            assertThat(item.get("body")).asString().contains(patient.toString()).contains("emergency");
            assertThat(Instant.parse((String) item.get("createdAt"))).isEqualTo(clock.instant());
            assertThat(item.get("acknowledgedAt")).isNull();
            assertThat(item.get("acknowledgedBy")).isNull();
        });
        assertThat(patientInboxTemplates()).containsExactly("urgent-referral");
        assertThat(probe.deliveries(patient)).extracting(d -> d.recipient() + "/" + d.channel() + "/" + d.status())
                .containsExactlyInAnyOrder("PATIENT/IN_APP/SENT", "ON_CALL/IN_APP/SENT");
    }

    @Test
    void aReplayedOrRepeatedUrgentReferralLeavesOneOnCallItem() {
        UUID referral = UUID.randomUUID();
        var event = urgentReferral(patient, referral);
        String id = UUID.randomUUID().toString();
        Upstream.sendWithId(Topics.INTAKE, id, EventTypes.REFERRAL_URGENT_REQUIRED, patient, event, Instant.now());
        upstream.awaitProcessed(Topics.INTAKE, id);
        dispatch.runOnce();
        Upstream.sendWithId(Topics.INTAKE, id, EventTypes.REFERRAL_URGENT_REQUIRED, patient, event, Instant.now());
        upstream.send(Topics.INTAKE, EventTypes.REFERRAL_URGENT_REQUIRED, patient, event); // same fact, new event id
        clock.advance(Duration.ofMinutes(1));
        dispatch.runOnce();

        assertThat(onCallItemsOf(patient, false)).hasSize(1);
        assertThat(patientInboxTemplates()).containsExactly("urgent-referral");
    }

    @Test
    void onlyTherapistsAndAdminsReadOrAcknowledgeTheOnCallInbox() {
        upstream.send(Topics.INTAKE, EventTypes.REFERRAL_URGENT_REQUIRED, patient,
                urgentReferral(patient, UUID.randomUUID()));
        dispatch.runOnce();
        String itemId = (String) onCallItemsOf(patient, false).get(0).get("id");

        Api.patient(patient).get(INBOX).then().statusCode(403);
        Api.partner("partner-on-call").get(INBOX).then().statusCode(403);
        Api.patient(patient).post(ACKNOWLEDGE, itemId).then().statusCode(403);
        Api.partner("partner-on-call").post(ACKNOWLEDGE, itemId).then().statusCode(403);
        io.restassured.RestAssured.given().get(INBOX).then().statusCode(401);
        Api.therapist().queryParam("limit", 1).get(INBOX).then().statusCode(200);
        Api.as("admin", "admin-1").queryParam("limit", 1).get(INBOX).then().statusCode(200);
        assertThat(onCallItemsOf(patient, true)).hasSize(1); // nothing above acknowledged it
    }

    @Test
    void acknowledgingRecordsWhoAndWhenOnceAndAnUnknownIdIsNotFound() {
        upstream.send(Topics.INTAKE, EventTypes.REFERRAL_URGENT_REQUIRED, patient,
                urgentReferral(patient, UUID.randomUUID()));
        dispatch.runOnce();
        String itemId = (String) onCallItemsOf(patient, true).get(0).get("id");

        clock.advance(Duration.ofMinutes(4));
        Instant first = clock.instant();
        Api.as("therapist", "t-on-call-1").post(ACKNOWLEDGE, itemId).then().statusCode(200)
                .body("id", equalTo(itemId)).body("acknowledgedBy", equalTo("t-on-call-1"))
                .body("acknowledgedAt", equalTo(first.toString()));
        clock.advance(Duration.ofMinutes(1));
        Api.as("admin", "admin-2").post(ACKNOWLEDGE, itemId).then().statusCode(200)
                .body("acknowledgedBy", equalTo("t-on-call-1")).body("acknowledgedAt", equalTo(first.toString()));

        assertThat(onCallItemsOf(patient, true)).isEmpty();
        assertThat(onCallItemsOf(patient, false)).singleElement()
                .satisfies(item -> assertThat(item.get("acknowledgedBy")).isEqualTo("t-on-call-1"));
        Api.therapist().post(ACKNOWLEDGE, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        String patientsOwn = probe.deliveries(patient).stream().filter(d -> d.recipient().equals("PATIENT"))
                .findFirst().orElseThrow().id().toString();
        Api.therapist().post(ACKNOWLEDGE, patientsOwn).then().statusCode(404); // not an on-call item
    }

    @Test
    void twoReplicasReleasingTheSameUrgentAlertsAtOnceMakeOneOnCallItemEach() throws Exception {
        List<UUID> patients = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID p = UUID.randomUUID();
            patients.add(p);
            events.add(UUID.randomUUID().toString());
            Upstream.sendWithId(Topics.INTAKE, events.get(i), EventTypes.REFERRAL_URGENT_REQUIRED, p,
                    urgentReferral(p, UUID.randomUUID()), Instant.now());
        }
        events.forEach(id -> upstream.awaitProcessed(Topics.INTAKE, id));
        var replicas = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = replicas.submit(dispatch::runOnce);
            var second = replicas.submit(dispatch::runOnce);
            first.get();
            second.get();
        } finally {
            replicas.shutdown();
        }
        for (UUID p : patients) {
            assertThat(probe.deliveries(p)).as("deliveries of " + p)
                    .extracting(d -> d.recipient() + "/" + d.channel() + "/" + d.status())
                    .containsExactlyInAnyOrder("PATIENT/IN_APP/SENT", "ON_CALL/IN_APP/SENT");
        }
    }

    @Test
    void anUrgentAlertForAPatientWithATreatingTherapistGoesToThatTherapistAndNotOnCall() {
        UUID therapist = UUID.randomUUID();
        upstream.send(Topics.PLAN, EventTypes.PLAN_ACTIVATED, patient, new PlanActivatedV1(UUID.randomUUID(),
                patient, CareMode.CLINIC_LED, therapist, 8, PlanPhase.FOCUSED, Instant.now()));
        upstream.send(Topics.DIARY, EventTypes.DIARY_ALERT_RAISED, patient, new DiaryAlertRaisedV1(UUID.randomUUID(),
                patient, AlertKind.RED_FLAG_SYMPTOM, List.of(RedFlagSymptom.SUDDEN_WORST_HEADACHE),
                AlertUrgency.EMERGENCY, LocalDate.parse("2026-03-11"), Instant.now()));
        dispatch.runOnce();

        assertThat(probe.deliveries(patient)).extracting(d -> d.recipient() + "/" + d.recipientId())
                .containsExactlyInAnyOrder("PATIENT/" + patient, "THERAPIST/" + therapist);
        assertThat(onCallItemsOf(patient, false)).isEmpty();
    }
}
