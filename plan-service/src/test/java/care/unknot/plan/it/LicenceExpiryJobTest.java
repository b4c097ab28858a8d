package care.unknot.plan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import care.unknot.plan.service.LicenceExpiryJob;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** domain.md 2.7: an expired licence moves the therapist's later sessions to NEEDS_REASSIGNMENT, once. */
@QuarkusTest
class LicenceExpiryJobTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    Rows rows;

    @Inject
    LicenceExpiryJob job;

    @Test
    void sessionsAfterTheExpiryNeedReassignmentAndAreReassigned() {
        LocalDate today = LocalDate.ofInstant(TestClock.CLOCK.instant(), BERLIN);
        LocalDateTime monday = Care.mondayAfter(today);
        LocalDate expiry = monday.toLocalDate().plusDays(1);
        UUID expiring = Therapists.onRoster(expiry);
        UUID planId = new Care(new Upstream(rows)).activePlan(UUID.randomUUID(), BERLIN, expiring);
        UUID before = Care.booked(planId, monday);
        UUID after = Care.booked(planId, monday.plusDays(3));

        TestClock.CLOCK.set(expiry.plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC));
        job.runOnce(); // (the scheduled trigger may have run it already: either way it is handled once)
        assertThat(job.runOnce()).isZero(); // handled: a second run (another replica) moves nothing
        assertThat(rows.value("SELECT status FROM session WHERE id = ?", after)).isEqualTo("NEEDS_REASSIGNMENT");
        assertThat(rows.value("SELECT status FROM session WHERE id = ?", before)).isEqualTo("SCHEDULED");

        UUID other = Therapists.onRoster();
        Api.therapist().body(Map.of("therapistId", other.toString())).put("/api/v1/sessions/{id}/therapist", after)
                .then().statusCode(200).body("status", equalTo("SCHEDULED"))
                .body("therapistId", equalTo(other.toString()));
    }
}
