package care.unknot.notification.reminders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.diary.DiaryGapDetectedV1;
import care.unknot.kit.time.MutableClock;
import care.unknot.notification.service.DispatchJob;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may read and change preferences and the inbox, and what bad input gets. */
@QuarkusTest
class PreferencesAndInboxApiTest {

    private static final String PREFS = "/api/v1/patients/{id}/notification-preferences";
    private static final String CHANNEL = "/api/v1/patients/{id}/notification-channels/{channel}";
    private static final String INBOX = "/api/v1/patients/{id}/notifications";

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
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        upstream.registered(patient, "Europe/Berlin", "de-DE", null, null);
    }

    @Test
    void thePatientAndTherapistsSeeThePreferencesWithDefaults() {
        Api.patient(patient).get(PREFS, patient).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("diaryReminderTime", equalTo("20:00:00"))
                .body("quietHoursStart", equalTo("21:30:00"))
                .body("quietHoursEnd", equalTo("08:00:00"))
                .body("channels.find { it.channel == 'IN_APP' }.consent", equalTo(true))
                .body("channels.find { it.channel == 'EMAIL' }.consent", equalTo(false));
        Api.therapist().get(PREFS, patient).then().statusCode(200);
    }

    @Test
    void anotherPatientGets404AndAPartner403() {
        UUID other = UUID.randomUUID();
        Api.patient(other).get(PREFS, patient).then().statusCode(404);
        Api.patient(other).get(INBOX, patient).then().statusCode(404);
        Api.patient(other).body(Map.of("consent", true, "address", "x@example.org"))
                .put(CHANNEL, patient, "EMAIL").then().statusCode(404);
        Api.partner("partner-a").get(PREFS, patient).then().statusCode(403);
        Api.partner("partner-a").get(INBOX, patient).then().statusCode(403);
        Api.therapist().body(Map.of("consent", true, "address", "x@example.org"))
                .put(CHANNEL, patient, "EMAIL").then().statusCode(403);
        assertThat(probe.count("SELECT count(*) FROM reminder_channel WHERE patient_id = ?", patient)).isZero();
    }

    @Test
    void movingTheEveningTimeMovesThePendingReminderAndNeedsIfMatch() {
        String etag = Api.patient(patient).get(PREFS, patient).then().extract().header("ETag");
        Api.patient(patient).body(Map.of("diaryReminderTime", "21:00")).put(PREFS, patient)
                .then().statusCode(428);
        Api.patient(patient).header("If-Match", "\"999\"").body(Map.of("diaryReminderTime", "21:00"))
                .put(PREFS, patient).then().statusCode(412);
        Api.patient(patient).header("If-Match", etag).body(Map.of("diaryReminderTime", "21:00"))
                .put(PREFS, patient).then().statusCode(200).body("diaryReminderTime", equalTo("21:00:00"));
        assertThat(probe.pending(patient, "DIARY")).extracting(ReminderProbe.ReminderRow::dueAt)
                .containsExactly(Instant.parse("2026-03-10T20:00:00Z"));
    }

    @Test
    void badInputIs400NamingTheFieldAndNothingIsStored() {
        String etag = Api.patient(patient).get(PREFS, patient).then().extract().header("ETag");
        Api.patient(patient).header("If-Match", etag).body(Map.of("diaryReminderTime", "25:00"))
                .put(PREFS, patient).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("diaryReminderTime"));
        Api.patient(patient).body(Map.of("consent", true, "address", "not-an-email"))
                .put(CHANNEL, patient, "EMAIL").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("address"));
        Api.patient(patient).body(Map.of("consent", true))
                .put(CHANNEL, patient, "SMS").then().statusCode(400)
                .body("violations[0].field", equalTo("address"));
        Api.violating(Api.patient(patient)).body(Map.of("address", "a@example.org"))
                .put(CHANNEL, patient, "EMAIL").then().statusCode(400)
                .body("violations[0].field", equalTo("consent"));
        Api.violating(Api.patient(patient)).body(Map.of("consent", true, "address", "a@example.org"))
                .put(CHANNEL, patient, "FAX").then().statusCode(400)
                .body("violations[0].field", equalTo("channel"));
        assertThat(probe.count("SELECT count(*) FROM reminder_channel WHERE patient_id = ?", patient)).isZero();
        Api.patient(patient).get(PREFS, patient).then().header("ETag", equalTo(etag))
                .body("diaryReminderTime", equalTo("20:00:00"));
    }

    @Test
    void theInboxPagesNewestFirstAndMarksRead() {
        for (int gap = 0; gap < 3; gap++) {
            upstream.send(Topics.DIARY, EventTypes.DIARY_GAP_DETECTED, patient, new DiaryGapDetectedV1(patient,
                    LocalDate.parse("2026-02-01").plusDays(4L * gap), LocalDate.parse("2026-02-03").plusDays(4L * gap),
                    Instant.now()));
            dispatch.runOnce();
            clock.advance(Duration.ofMinutes(1));
        }
        var first = Api.patient(patient).queryParam("limit", 2).get(INBOX, patient).then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].readAt", nullValue()).extract();
        String next = first.path("next");
        String newest = first.path("items[0].id");
        Api.patient(patient).queryParam("limit", 2).queryParam("after", next).get(INBOX, patient).then()
                .statusCode(200).body("items", hasSize(1)).body("next", nullValue());
        Api.patient(patient).post(INBOX + "/{n}/read", patient, newest).then().statusCode(204);
        Api.patient(patient).queryParam("limit", 1).get(INBOX, patient).then()
                .body("items[0].readAt", notNullValue()).body("items[0].title", equalTo("Ihr Tagebuch vermisst Sie"));
        Api.patient(UUID.randomUUID()).post(INBOX + "/{n}/read", patient, newest).then().statusCode(404);
        Api.patient(patient).post(INBOX + "/{n}/read", patient, UUID.randomUUID()).then().statusCode(404);
        Api.patient(patient).queryParam("after", "garbage!").get(INBOX, patient).then()
                .statusCode(400);
        given().get(INBOX, patient).then().statusCode(401);
    }
}
