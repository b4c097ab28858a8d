package care.unknot.plan.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plans taken through the clinician API: a therapist on the roster, an active plan, booked and recorded sessions. */
final class Care {

    private final Upstream upstream;

    Care(Upstream upstream) {
        this.upstream = upstream;
    }

    /** A drafted plan of a new patient in {@code zone}, assigned to {@code therapistId} and activated. */
    UUID activePlan(UUID patientId, ZoneId zone, UUID therapistId) {
        UUID planId = upstream.draftedPlan(patientId, zone);
        assign(planId, therapistId).statusCode(200);
        Api.therapist().post("/api/v1/plans/{id}/activation", planId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
        return planId;
    }

    static ValidatableResponse assign(UUID planId, UUID therapistId) {
        return Api.therapist().body(Map.of("therapistId", therapistId.toString()))
                .put("/api/v1/plans/{id}/therapist", planId).then();
    }

    static ValidatableResponse book(UUID planId, LocalDateTime localStart) {
        return Api.therapist().body(Map.of("startsAt", localStart.toString()))
                .post("/api/v1/plans/{id}/sessions", planId).then();
    }

    static UUID booked(UUID planId, LocalDateTime localStart) {
        return UUID.fromString(book(planId, localStart).statusCode(201).extract().path("id"));
    }

    static ValidatableResponse record(UUID sessionId, Map<String, Object> record) {
        return Api.therapist().body(record).post("/api/v1/sessions/{id}/record", sessionId).then();
    }

    static Map<String, Object> record() {
        return Map.of("areas", List.of("SUBOCCIPITALS", "UPPER_TRAPEZIUS"),
                "techniques", List.of("SUSTAINED_PRESSURE_HOLDS", "FASCIAL_STRETCHING"),
                "painBefore", 6, "painAfter", 3, "adverseReactions", List.of(Map.of("kind", "OTHER",
                        "severity", "MILD")),
                "procedureCodes", List.of("97140", "97110"));
    }

    /** A Monday at least a week after {@code today}, at 10:00: inside the roster's weekday availability. */
    static LocalDateTime mondayAfter(LocalDate today) {
        return today.plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(LocalTime.of(10, 0));
    }

    /**
     * Books and records {@code count} sessions, Mondays and Thursdays at 10:00 local from a Monday after the clock's
     * today, moving the clock past each; returns the sessions' ids in order.
     */
    static List<UUID> recordSessions(UUID planId, ZoneId zone, int count) {
        LocalDateTime monday = mondayAfter(LocalDate.ofInstant(TestClock.CLOCK.instant(), zone));
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(booked(planId, monday.plusWeeks(i / 2).plusDays(i % 2 * 3)));
        }
        for (int i = 0; i < count; i++) {
            LocalDateTime start = monday.plusWeeks(i / 2).plusDays(i % 2 * 3);
            TestClock.CLOCK.set(start.atZone(zone).toInstant().plus(java.time.Duration.ofHours(1)));
            record(ids.get(i), record()).statusCode(200);
        }
        return ids;
    }

    static void assertStatus(UUID planId, String status) {
        String actual = Api.therapist().get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .extract().path("status");
        assertThat(actual).isEqualTo(status);
    }
}
