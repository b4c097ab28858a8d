package care.unknot.plan.therapist;

import static care.unknot.plan.therapist.TherapistApi.newSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.unknot.kit.problem.ProblemException;
import care.unknot.plan.domain.therapist.ExpiredLicence;
import care.unknot.plan.service.TherapistRoster;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What plan-core relies on: who may be assigned, when a therapist is available, whose licence expired. */
@QuarkusTest
class TherapistRosterTest {

    private static final Duration SESSION = Duration.ofMinutes(45);

    @Inject
    TherapistRoster roster;

    @Test
    void aLicenceIsCurrentThroughItsExpiryDate() {
        UUID id = TherapistApi.create(newSubject(), "2027-06-30");

        assertThat(roster.requireAssignable(id, LocalDate.of(2027, 6, 30)).id()).isEqualTo(id);
        assertThatThrownBy(() -> roster.requireAssignable(id, LocalDate.of(2027, 7, 1)))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.violations()).extracting(v -> v.field()).containsExactly("therapistId");
                });
    }

    @Test
    void anUnknownTherapistIsNotAssignable() {
        assertThatThrownBy(() -> roster.requireAssignable(UUID.randomUUID(), LocalDate.of(2027, 1, 1)))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(422));
    }

    @Test
    void availabilityIsTheWeeklyPeriodsInTheTherapistsZoneWithoutTimeOff() {
        String subject = newSubject();
        UUID id = TherapistApi.create(subject, "2999-01-01");
        TherapistApi.therapist(subject).header("If-Match", "\"0\"").body(TherapistApi.availability(List.of(
                Map.of("startsAt", "2030-04-08T00:00:00+02:00", "endsAt", "2030-04-09T00:00:00+02:00"))))
                .put(TherapistApi.PATH + "/{id}/availability", id).then().statusCode(200);

        roster.requireAvailable(id, Instant.parse("2030-03-25T08:00:00Z"), SESSION); // Monday 09:00 CET
        roster.requireAvailable(id, Instant.parse("2030-04-01T07:00:00Z"), SESSION); // Monday 09:00 CEST
        assertUnavailable(id, Instant.parse("2030-04-01T06:00:00Z")); // 08:00 CEST
        assertUnavailable(id, Instant.parse("2030-04-01T14:30:00Z")); // 16:30-17:15 CEST
        assertUnavailable(id, Instant.parse("2030-04-02T07:00:00Z")); // Tuesday
        assertUnavailable(id, Instant.parse("2030-04-08T07:00:00Z")); // Monday, time off
    }

    @Test
    void expiredLicencesAreClaimedUntilHandledAndAgainAfterARenewalThatExpired() {
        UUID expired = TherapistApi.create(newSubject(), "2001-01-31");
        UUID current = TherapistApi.create(newSubject(), "2999-01-31");
        LocalDate today = LocalDate.of(2026, 3, 10);

        List<ExpiredLicence> due = claim(today);
        assertThat(due).contains(new ExpiredLicence(expired, LocalDate.of(2001, 1, 31)))
                .noneMatch(l -> l.therapistId().equals(current));

        QuarkusTransaction.requiringNew().run(() -> roster.markLicenceExpiryHandled(expired, LocalDate.of(2001, 1, 31)));
        assertThat(claim(today)).noneMatch(l -> l.therapistId().equals(expired));

        TherapistApi.admin().header("If-Match", "\"1\"").body(TherapistApi.body(newSubject(), "2002-01-31"))
                .put(TherapistApi.PATH + "/{id}", expired).then().statusCode(200);
        assertThat(claim(today)).contains(new ExpiredLicence(expired, LocalDate.of(2002, 1, 31)));
    }

    @Test
    void twoReplicasNeverClaimTheSameExpiredLicence() throws Exception {
        UUID expired = TherapistApi.create(newSubject(), "2001-02-28");
        LocalDate today = LocalDate.of(2026, 3, 10);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<List<ExpiredLicence>> first = CompletableFuture.supplyAsync(
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    List<ExpiredLicence> mine = roster.claimExpiredLicences(today, 10_000);
                    claimed.countDown();
                    release.await(30, TimeUnit.SECONDS);
                    return mine;
                }));
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
        List<ExpiredLicence> second = claim(today);
        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).anyMatch(l -> l.therapistId().equals(expired));
        assertThat(second).noneMatch(l -> l.therapistId().equals(expired));
    }

    private List<ExpiredLicence> claim(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> roster.claimExpiredLicences(today, 10_000));
    }

    private void assertUnavailable(UUID id, Instant start) {
        assertThatThrownBy(() -> roster.requireAvailable(id, start, SESSION))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.violations()).extracting(v -> v.field()).containsExactly("start");
                });
    }
}
