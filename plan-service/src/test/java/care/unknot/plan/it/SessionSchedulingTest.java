package care.unknot.plan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import care.unknot.events.EventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Booking sessions: no double booking (also at once), availability, spacing, UTC storage, DST, bad input. */
@QuarkusTest
class SessionSchedulingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    Rows rows;

    private Care care;
    private UUID therapistId;
    private LocalDateTime monday;

    @BeforeEach
    void setUp() {
        care = new Care(new Upstream(rows));
        therapistId = Therapists.onRoster();
        monday = Care.mondayAfter(LocalDate.ofInstant(TestClock.CLOCK.instant(), BERLIN));
    }

    @Test
    void twoRequestsAtOnceForOneTherapistsSlotGiveOne201AndOne409() throws Exception {
        UUID planA = care.activePlan(UUID.randomUUID(), BERLIN, therapistId);
        UUID planB = care.activePlan(UUID.randomUUID(), BERLIN, therapistId);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (UUID plan : List.of(planA, planB)) {
                Callable<Integer> call = () -> {
                    start.await();
                    return Care.book(plan, monday.plusMinutes(15)).extract().statusCode();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows.count("session WHERE therapist_id = ? AND status = 'SCHEDULED'", therapistId)).isEqualTo(1);
        // an overlapping slot (starts inside the booked one) is refused the same way
        Care.book(planA, monday.plusMinutes(45)).statusCode(409).body("status", equalTo(409));
    }

    @Test
    void instantsAreStoredInUtcAndShownInThePatientsZone() {
        UUID planId = care.activePlan(UUID.randomUUID(), BERLIN, therapistId);
        LocalDateTime winter = monday;
        while (!BERLIN.getRules().getOffset(winter).equals(ZoneOffset.ofHours(1))) {
            winter = winter.plusWeeks(1); // a Monday in CET (UTC+1)
        }
        UUID sessionId = UUID.fromString(Care.book(planId, winter).statusCode(201)
                .body("startsAt", equalTo(winter.toLocalDate() + "T10:00:00+01:00"))
                .body("localTime", equalTo("10:00:00"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .extract().path("id"));
        assertThat(rows.value("SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI') FROM session"
                + " WHERE id = ?", sessionId)).isEqualTo(winter.toLocalDate() + "T09:00");
    }

    @Test
    void aDstChangeInsideTheProgramKeepsTheLocalTimes() {
        UUID planId = care.activePlan(UUID.randomUUID(), BERLIN, therapistId);
        // the next spring-forward in Europe/Berlin (a Sunday): UTC+1 before it, UTC+2 after it
        ZoneOffsetTransition transition = BERLIN.getRules().nextTransition(monday.atZone(BERLIN).toInstant());
        while (!transition.isGap()) {
            transition = BERLIN.getRules().nextTransition(transition.getInstant());
        }
        LocalDate sunday = transition.getDateTimeBefore().toLocalDate();
        UUID before = UUID.fromString(Care.book(planId, sunday.minusDays(3).atTime(10, 0)).statusCode(201)
                .body("startsAt", equalTo(sunday.minusDays(3) + "T10:00:00+01:00")).extract().path("id"));
        UUID after = UUID.fromString(Care.book(planId, sunday.plusDays(1).atTime(10, 0)).statusCode(201)
                .body("startsAt", equalTo(sunday.plusDays(1) + "T10:00:00+02:00")).extract().path("id"));
        String utc = "SELECT to_char(starts_at AT TIME ZONE 'UTC', 'HH24:MI') FROM session WHERE id = ?";
        assertThat(rows.value(utc, before)).isEqualTo("09:00");
        assertThat(rows.value(utc, after)).isEqualTo("08:00");
        Api.therapist().get("/api/v1/sessions/{id}", after).then().statusCode(200)
                .body("localTime", equalTo("10:00:00")).body("localDate", equalTo(sunday.plusDays(1).toString()));
    }

    @Test
    void aTimeOutsideTheTherapistsAvailabilityIs422AndStoresNothing() {
        UUID planId = care.activePlan(UUID.randomUUID(), BERLIN, therapistId);
        String before = rows.snapshot();
        Care.book(planId, monday.withHour(22)).statusCode(422).contentType("application/problem+json");
        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void sessionsCloserThanTwoDaysApartAreBookedWithASpacingWarning() {
        UUID planId = care.activePlan(UUID.randomUUID(), BERLIN, therapistId);
        Care.book(planId, monday).statusCode(201).body("number", equalTo(1)).body("warnings", empty());
        Care.book(planId, monday.plusDays(1)).statusCode(201).body("number", equalTo(2))
                .body("warnings", hasItem(startsWith("SPACING")));
        Care.book(planId, monday.plusDays(3)).statusCode(201).body("number", equalTo(3)).body("warnings", empty());
    }

    @Test
    void aCancelledSessionFreesItsNumberAndIsAnEvent() {
        UUID patientId = UUID.randomUUID();
        UUID planId = care.activePlan(patientId, BERLIN, therapistId);
        UUID first = Care.booked(planId, monday);
        Api.therapist().post("/api/v1/sessions/{id}/cancellation", first).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        Care.book(planId, monday.plusDays(2)).statusCode(201).body("number", equalTo(1));
        assertThat(Kafka.await(patientId, EventTypes.SESSION_CANCELLED, 1)).hasSize(1);
        assertThat(Kafka.await(patientId, EventTypes.SESSION_SCHEDULED, 2)).hasSize(2);
    }

    @Test
    void invalidBookingsAre400NamingTheFieldAndStoreNothing() {
        UUID planId = care.activePlan(UUID.randomUUID(), BERLIN, therapistId);
        String before = rows.snapshot();
        Api.violating(Api.therapist()).body(Map.of("durationMinutes", 45))
                .post("/api/v1/plans/{id}/sessions", planId).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("startsAt"));
        Api.violating(Api.therapist()).body(Map.of("startsAt", monday.toString(), "durationMinutes", 90))
                .post("/api/v1/plans/{id}/sessions", planId).then().statusCode(400)
                .body("violations.field", contains("durationMinutes"));
        Api.violating(Api.therapist()).body(Map.of("startsAt", "next monday"))
                .post("/api/v1/plans/{id}/sessions", planId).then().statusCode(400)
                .body("violations.field", contains("startsAt"));
        Care.book(planId, LocalDateTime.of(2020, 1, 6, 10, 0)).statusCode(400)
                .body("violations.field", contains("startsAt"));
        assertThat(rows.snapshot()).isEqualTo(before);
    }
}
