package care.unknot.e2e;

import static care.unknot.e2e.JourneyApi.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12's care journey, steps 1-6, against the four services running as processes (see {@link JourneyStack}),
 * through their REST APIs only, as {@code ./unknot demo} (tools/demo/journey.sh) plays it. Clinical time moves with
 * the stack's clock; every outcome is awaited with a timeout, never slept for.
 */
@ExtendWith(JourneyLogsOnFailure.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard, not a performance assertion
class JourneyTest {

    static final ZoneId ZONE_ID = ZoneId.of(ZONE);
    /** What a partner may see in a webhook: ids and statuses, never intake or diary contents. */
    static final Set<String> WEBHOOK_DATA_KEYS = Set.of("patientId", "referralId", "partnerId", "partnerReference",
            "intakeId", "eligibleForPlan", "planId", "status", "outcome", "phase", "previousPhase", "reason",
            "endReason", "occurredAt");
    static final Map<String, Object> HEADACHE_DAY = Map.of("headache", true, "episodes", List.of(Map.of(
            "start", "15:00", "durationMinutes", 180, "peakNrs", 5, "features", List.of("PHOTOPHOBIA"))),
            "medications", List.of(), "redFlags", List.of());
    static final Map<String, Object> FREE_DAY = Map.of("headache", false, "episodes", List.of(),
            "medications", List.of(), "redFlags", List.of());
    private static final ObjectMapper JSON = new ObjectMapper();

    static JourneyStack stack;
    static PartnerReceiver receiver;
    static JourneyApi api;

    @BeforeAll
    static void startTheSystemAndSubscribeThePartner() throws IOException {
        Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
        Awaitility.setDefaultPollInterval(Duration.ofMillis(250));
        // a Monday 08:00 in the patients' zone, after real time (the clock only moves forward from there)
        LocalDate monday = LocalDate.now(ZONE_ID).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        stack = JourneyStack.start(monday.atTime(8, 0).atZone(ZONE_ID).toInstant());
        receiver = PartnerReceiver.start();
        api = new JourneyApi(stack);

        // step 1: the partner clinic subscribes its receiver
        JsonPath subscription = api.partner("notification-service")
                .body(Map.of("url", receiver.url(), "active", true, "eventTypes", List.of("referral.received",
                        "referral.urgent-required", "intake.reviewed", "plan.activated", "plan.phase-changed",
                        "plan.completed")))
                .post("/api/v1/partners/{partnerId}/webhooks", api.partnerId).then().statusCode(201)
                .extract().jsonPath();
        receiver.trust(subscription.getString("secret"));
    }

    @AfterAll
    static void stopEverything() {
        if (receiver != null) {
            receiver.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theReceiverRefusesAForgedSignature() throws Exception {
        HttpRequest forged = HttpRequest.newBuilder(URI.create(receiver.url()))
                .header("content-type", "application/json").header("webhook-id", "msg_forged")
                .header("webhook-timestamp", Long.toString(Instant.now().getEpochSecond()))
                .header("webhook-signature", "v1,Zm9yZ2VkIHNpZ25hdHVyZSBvZiBub2JvZHkgYXQgYWxsIQ==")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"plan.completed\",\"data\":{}}")).build();

        int status = HttpClient.newHttpClient().send(forged, HttpResponse.BodyHandlers.discarding()).statusCode();

        assertThat(status).isEqualTo(401);
        assertThat(receiver.rejected()).contains("msg_forged");
        assertThat(receiver.verified()).noneMatch(d -> "msg_forged".equals(d.id()));
    }

    @Test
    void aReferredPatientIsScreenedTreatedFor28DaysAndTapered() {
        // step 2: referral, ELIGIBLE intake, review, the paper diary of the month before
        JsonPath referral = api.refer("Ada");
        String patient = referral.getString("patientId");
        String referralId = referral.getString("id");
        awaitWebhook("referral.received", patient);
        JsonPath intake = api.submitIntake(patient, answers(null, null));
        assertThat(intake.getString("outcome")).isEqualTo("ELIGIBLE");
        assertThat(intake.getList("screening.rules.id")).as("no red flag, contraindication or precaution").isEmpty();
        assertThat(intake.getString("screening.profile.phenotype")).isEqualTo("TENSION_TYPE_LIKE");
        assertThat(intake.getList("screening.treatmentAreas", String.class))
                .as("neck and jaw involvement").contains("SUBOCCIPITALS", "UPPER_TRAPEZIUS", "MASSETER", "TEMPORALIS");
        assertThat(api.reviewAccept(intake.getString("id")).getBoolean("eligibleForPlan")).isTrue();
        awaitWebhook("intake.reviewed", patient);
        importPaperDiary(patient);

        // step 3: plan drafted, activated, 8 sessions booked, reminders follow
        Response plan = await("a plan drafted for the eligible patient").until(() -> api.planOf(patient),
                java.util.Optional::isPresent).orElseThrow();
        String planId = plan.jsonPath().getString("id");
        assertThat(plan.jsonPath().getString("status")).isEqualTo("DRAFT");
        TreatmentCourse course = new TreatmentCourse(stack, api, patient, planId);
        course.activateWithTherapist(plan.header("ETag"));
        awaitWebhook("plan.activated", patient);
        course.writeDiary(course.today());
        course.bookEightSessions();
        stack.setClock(course.sessionStart(1).minus(90, ChronoUnit.MINUTES));
        await("the 2 h reminder of session 1 in the patient's inbox")
                .until(() -> api.inboxCount(patient, "session-reminder") >= 1);

        // step 4: 28 days of treatment; CONTINUE after session 4; TAPER at the end; maintenance, discharge
        course.treatFourWeeks();
        await("plan.phase-changed TAPER by webhook").until(() -> receiver.verified().stream().anyMatch(d ->
                d.type().equals("plan.phase-changed") && patient.equals(d.data().get("patientId"))
                        && "TAPER".equals(d.data().get("phase"))));
        course.taperAndDischarge();
        awaitWebhook("plan.completed", patient);
        await("the referral DISCHARGED").until(() -> api.referralStatus(referralId).equals("DISCHARGED"));
        assertPartnerSawIdsAndStatusesOnly(patient);
    }

    @Test
    void anUrgentPatientGetsNoPlanAndAPatientWithUncontrolledBloodPressureNoIntenseTechniques() {
        // step 5: thunderclap onset
        JsonPath urgentReferral = api.refer("Ben");
        String urgent = urgentReferral.getString("patientId");
        JsonPath urgentIntake = api.submitIntake(urgent, answers("redFlags", "suddenSevereOnset"));
        assertThat(urgentIntake.getString("outcome")).isEqualTo("URGENT_REFERRAL");
        assertThat(urgentIntake.getList("screening.rules.findAll { it.decisive }.id"))
                .containsExactly("RF-THUNDERCLAP");
        awaitWebhook("referral.urgent-required", urgent);
        await("the urgent message in the urgent patient's inbox")
                .until(() -> api.inboxCount(urgent, "urgent-referral") >= 1);
        // no plan, so no treating therapist: the alert is in the clinic's on-call inbox, which any therapist reads
        String alert = await("the urgent alert in the clinic's on-call inbox")
                .until(() -> api.openOnCallAlert(urgent), java.util.Optional::isPresent).orElseThrow();
        assertThat(api.acknowledgeOnCallAlert(alert)).isEqualTo(JourneyApi.THERAPIST_SUBJECT);
        assertThat(api.openOnCallAlert(urgent)).as("open on-call alerts after the acknowledgement").isEmpty();

        // step 6: uncontrolled blood pressure
        JsonPath referral = api.refer("Cleo");
        String cautious = referral.getString("patientId");
        JsonPath intake = api.submitIntake(cautious, answers("contraindications", "uncontrolledHighBloodPressure"));
        assertThat(intake.getString("outcome")).isEqualTo("ELIGIBLE_WITH_PRECAUTIONS");
        assertThat(intake.getList("screening.rules.findAll { it.decisive }.id")).containsExactly("PR-BP");
        api.reviewAccept(intake.getString("id"));
        JsonPath plan = await("a plan drafted for the PR-BP patient").until(() -> api.planOf(cautious),
                java.util.Optional::isPresent).orElseThrow().jsonPath();
        assertThat(plan.getMap("draft.techniques.collectEntries { [it.technique, it.status] }"))
                .as("no intense techniques under PR-BP: %s", plan.getList("draft.techniques"))
                .containsEntry("TRIGGER_POINT_RELEASE", "REMOVED")
                .containsEntry("SUSTAINED_PRESSURE_HOLDS", "GENTLE")
                .containsEntry("FASCIAL_STRETCHING", "GENTLE");

        // intake.events has one partition: the urgent intake was consumed before the later one that got a plan
        assertThat(api.planOf(urgent)).as("no plan for the urgent patient").isEmpty();
        assertThat(api.referralStatus(urgentReferral.getString("id"))).isNotBlank();
        assertPartnerSawIdsAndStatusesOnly(urgent);
    }

    private static void awaitWebhook(String type, String patient) {
        await("a verified " + type + " webhook for patient " + patient).until(() -> receiver.received(type, patient));
    }

    private static void assertPartnerSawIdsAndStatusesOnly(String patient) {
        receiver.verified().stream().filter(d -> patient.equals(d.data().get("patientId"))).forEach(d ->
                assertThat(WEBHOOK_DATA_KEYS).as("the data of %s", d.type()).containsAll(d.data().keySet()));
        assertThat(receiver.rejected()).as("deliveries that failed verification").allMatch("msg_forged"::equals);
    }

    /** The 28 days before today from the paper diary: 14 headache days (every other day). */
    private static void importPaperDiary(String patient) {
        LocalDate today = LocalDate.ofInstant(stack.now(), ZONE_ID);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int daysAgo = 28; daysAgo >= 1; daysAgo--) {
            rows.add(Map.of("date", today.minusDays(daysAgo).toString(),
                    "entry", daysAgo % 2 == 0 ? HEADACHE_DAY : FREE_DAY));
        }
        int status = api.therapist("diary-service").body(Map.of("source", "PAPER", "entries", rows))
                .post("/api/v1/patients/{patientId}/diary-imports", patient).statusCode();
        assertThat(status).as("the paper diary import").isIn(200, 201);
    }

    /** The questionnaire of a patient with neck and jaw involvement and tension-type features; one answer set yes. */
    private static String answers(String section, String yes) {
        try (InputStream in = JourneyTest.class.getResourceAsStream("/intake-answers.json")) {
            ObjectNode answers = (ObjectNode) JSON.readTree(in);
            if (section != null) {
                ((ObjectNode) answers.get(section)).put(yes, true);
            }
            return answers.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Instant instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    static Instant localInstant(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(ZONE_ID).toInstant();
    }
}
