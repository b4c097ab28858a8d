package care.unknot.e2e;

import static care.unknot.e2e.JourneyApi.THERAPIST_SUBJECT;
import static care.unknot.e2e.JourneyApi.ZONE;
import static care.unknot.e2e.JourneyTest.ZONE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;

/**
 * Steps 3 and 4 of the journey for one patient's plan: the therapist on the roster, activation, the 8 sessions of
 * the focused program, the four weeks lived day by day on the stack's clock (a session at 10:00 recorded at 11:00,
 * the diary at 20:30, one headache day in seven), the checkpoints, and the taper sessions up to discharge.
 */
final class TreatmentCourse {

    private static final LocalTime SESSION_TIME = LocalTime.of(10, 0);
    private static final LocalTime DIARY_TIME = LocalTime.of(20, 30);
    private static final Duration REMINDER_CHECK = Duration.ofMinutes(90); // after the 2 h reminder is due
    private static final Map<String, Object> SESSION_RECORD = Map.of("areas", List.of("SUBOCCIPITALS",
            "UPPER_TRAPEZIUS"), "techniques", List.of("SUSTAINED_PRESSURE_HOLDS", "FASCIAL_STRETCHING"),
            "painBefore", 5, "painAfter", 3, "procedureCodes", List.of("97140"));
    private static final Map<String, Object> MAINTENANCE_RECORD = Map.of("areas", List.of("SUBOCCIPITALS"),
            "techniques", List.of("SUSTAINED_PRESSURE_HOLDS"), "painBefore", 2, "painAfter", 1,
            "procedureCodes", List.of("97140"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JourneyStack stack;
    private final JourneyApi api;
    private final String patient;
    private final String planId;
    private final List<String> sessionIds = new ArrayList<>();
    private final List<Instant> sessionStarts = new ArrayList<>();

    TreatmentCourse(JourneyStack stack, JourneyApi api, String patient, String planId) {
        this.stack = stack;
        this.api = api;
        this.patient = patient;
        this.planId = planId;
    }

    LocalDate today() {
        return LocalDate.ofInstant(stack.now(), ZONE_ID);
    }

    Instant sessionStart(int number) {
        return sessionStarts.get(number - 1);
    }

    /** The therapist joins the roster (available every day 08:00-19:00), is assigned to the plan and activates it. */
    void activateWithTherapist(String planEtag) {
        String therapistId = api.admin("plan-service").body(Map.of("subject", THERAPIST_SUBJECT,
                        "name", "Journey Therapist", "licence", Map.of("number", "PT-E2E-1",
                                "licensingBody", "E2E board", "expiresOn", "2099-12-31"),
                        "headachePatientsPerMonth", 20, "timeZone", ZONE))
                .post("/api/v1/therapists").then().statusCode(201).extract().path("id");
        String therapistEtag = api.admin("plan-service").get("/api/v1/therapists/{id}", therapistId).then()
                .statusCode(200).extract().header("ETag");
        List<Map<String, String>> weekly = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                "SATURDAY", "SUNDAY").stream().map(day -> Map.of("day", day, "start", "08:00", "end", "19:00"))
                .toList();
        api.admin("plan-service").header("If-Match", therapistEtag)
                .body(Map.of("weekly", weekly, "timeOff", List.of()))
                .put("/api/v1/therapists/{id}/availability", therapistId).then().statusCode(200);
        api.therapist("plan-service").header("If-Match", planEtag).body(Map.of("therapistId", therapistId))
                .put("/api/v1/plans/{id}/therapist", planId).then().statusCode(200);
        String status = api.therapist("plan-service").post("/api/v1/plans/{id}/activation", planId).then()
                .statusCode(200).extract().path("status");
        assertThat(status).isEqualTo("ACTIVE");
    }

    /** Every 4 days at 10:00 local from tomorrow: session 8 closes 28 days of treatment. */
    void bookEightSessions() {
        LocalDate today = today();
        for (int n = 1; n <= 8; n++) {
            String startsAt = today.plusDays(1 + (n - 1) * 4L).atTime(SESSION_TIME).toString();
            JsonPath session = book(startsAt);
            assertThat(session.getInt("number")).isEqualTo(n);
            sessionIds.add(session.getString("id"));
            sessionStarts.add(OffsetDateTime.parse(session.getString("startsAt")).toInstant());
        }
    }

    /** Day by day as the patient lives it, with every session's 24 h and 2 h reminders awaited in the inbox. */
    void treatFourWeeks() {
        LocalDate last = LocalDate.ofInstant(sessionStart(8), ZONE_ID);
        int next = 1;
        for (LocalDate day = today(); !day.isAfter(last); day = day.plusDays(1)) {
            if (next <= 8 && LocalDate.ofInstant(sessionStart(next), ZONE_ID).equals(day)) {
                if (next > 1) { // session 1's 2 h reminder was awaited in step 3
                    stack.setClock(sessionStart(next).minus(REMINDER_CHECK));
                    int count = next;
                    await("the 2 h reminder of session " + next)
                            .until(() -> api.inboxCount(patient, "session-reminder-2h") >= count);
                }
                stack.setClock(sessionStart(next).plus(Duration.ofHours(1)));
                api.therapist("plan-service").body(SESSION_RECORD)
                        .post("/api/v1/sessions/{id}/record", sessionIds.get(next - 1)).then().statusCode(200);
                if (next == 4) {
                    confirmCheckpoint("SESSION_4", "CONTINUE");
                }
                next++;
            }
            if (day.equals(last)) {
                break; // the treatment window ends the day before the last session
            }
            stack.setClock(day.atTime(DIARY_TIME).atZone(ZONE_ID).toInstant());
            writeDiary(day);
            if (next > 1 && next <= 8 && LocalDate.ofInstant(sessionStart(next), ZONE_ID).minusDays(1).equals(day)) {
                int count = next - 1; // sessions 2-8 were booked more than 24 h ahead
                await("the 24 h reminder of session " + next)
                        .until(() -> api.inboxCount(patient, "session-reminder-24h") >= count);
            }
        }
        JsonPath end = confirmCheckpoint("PROGRAM_END", "TAPER");
        assertThat(end.getDouble("proposal.reductionPercent")).as("headache days reduced").isGreaterThanOrEqualTo(50);
    }

    /** The maintenance sessions plan-service proposed, booked as proposed and recorded; the last one discharges. */
    void taperAndDischarge() {
        List<String> proposed = api.therapist("plan-service").get("/api/v1/plans/{id}", planId).then()
                .statusCode(200).extract().jsonPath().getList("proposedSessions", String.class);
        assertThat(proposed).as("maintenance sessions proposed").isNotEmpty();
        for (String startsAt : proposed) {
            JsonPath session = book(startsAt);
            stack.setClock(OffsetDateTime.parse(session.getString("startsAt")).toInstant().plus(Duration.ofHours(1)));
            api.therapist("plan-service").body(MAINTENANCE_RECORD)
                    .post("/api/v1/sessions/{id}/record", session.getString("id")).then().statusCode(200);
        }
        String status = api.therapist("plan-service").get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .extract().path("status");
        assertThat(status).as("the plan after the last maintenance session").isEqualTo("DISCHARGED");
    }

    /** The patient's entry for a local date: one headache day in seven (14 of 28 before, 4 of 28 during). */
    void writeDiary(LocalDate day) {
        int status = api.patient("diary-service", patient)
                .body(day.toEpochDay() % 7 == 0 ? JourneyTest.HEADACHE_DAY : JourneyTest.FREE_DAY)
                .put("/api/v1/patients/{patientId}/diary/{date}", patient, day.toString()).statusCode();
        assertThat(status).as("the diary entry of %s", day).isIn(200, 201);
    }

    private JsonPath book(String startsAt) {
        return api.therapist("plan-service").body(Map.of("startsAt", startsAt, "durationMinutes", 45))
                .post("/api/v1/plans/{id}/sessions", planId).then().statusCode(201).extract().jsonPath();
    }

    /** Awaits plan-service's proposal of that kind, checks its decision, and the therapist confirms it. */
    private JsonPath confirmCheckpoint(String kind, String decision) {
        JsonPath checkpoint = await("a " + kind + " checkpoint proposal").until(() -> latest(kind),
                Optional::isPresent).orElseThrow();
        assertThat(checkpoint.getString("proposal.decision")).as("%s proposal %s", kind,
                checkpoint.getMap("proposal")).isEqualTo(decision);
        api.therapist("plan-service").body(Map.of("revision", checkpoint.getInt("revision")))
                .post("/api/v1/plans/{id}/checkpoints/{checkpointId}/decision", planId, checkpoint.getString("id"))
                .then().statusCode(200);
        return checkpoint;
    }

    private Optional<JsonPath> latest(String kind) {
        List<Map<String, Object>> all = api.therapist("plan-service").get("/api/v1/plans/{id}/checkpoints", planId)
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.kind == '" + kind + "' }");
        if (all.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonPath.from(JSON.writeValueAsString(all.get(all.size() - 1))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
