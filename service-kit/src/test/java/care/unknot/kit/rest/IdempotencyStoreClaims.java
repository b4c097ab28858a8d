package care.unknot.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import care.unknot.kit.rest.idempotency.IdempotencyStore;
import care.unknot.kit.rest.idempotency.StoredResponse;

/** Claim rules every {@link IdempotencyStore} keeps; run against the JDBC and the MongoDB store. */
public final class IdempotencyStoreClaims {

    private IdempotencyStoreClaims() {
    }

    public static void aTakenOverClaimCanNeitherCompleteNorReleaseTheNewOwnersRecord(IdempotencyStore store) {
        Instant t0 = Instant.parse("2026-03-02T08:00:00.123456789Z");
        String key = UUID.randomUUID().toString();
        var first = (IdempotencyStore.Started) store.begin("p1", key, "hash-a", t0, t0.plus(Duration.ofHours(24)),
                t0.minusSeconds(120));
        Instant late = t0.plusSeconds(300);
        var second = (IdempotencyStore.Started) store.begin("p1", key, "hash-a", late,
                late.plus(Duration.ofHours(24)), late.minusSeconds(120));

        // the presumed-dead first request wakes up: it must not delete or answer for the second
        store.release("p1", key, first.claimedAt());
        store.complete("p1", key, first.claimedAt(), new StoredResponse(201, "/x/first", "application/json", "{}"),
                late);
        Instant retry = late.plusSeconds(1);
        assertThat(store.begin("p1", key, "hash-a", retry, retry.plus(Duration.ofHours(24)), retry.minusSeconds(120)))
                .isInstanceOf(IdempotencyStore.InFlight.class);

        store.complete("p1", key, second.claimedAt(), new StoredResponse(201, "/x/second", "application/json", "{}"),
                retry);
        assertThat(store.begin("p1", key, "hash-a", retry, retry.plus(Duration.ofHours(24)), retry.minusSeconds(120)))
                .isInstanceOfSatisfying(IdempotencyStore.Replay.class,
                        replay -> assertThat(replay.response().location()).isEqualTo("/x/second"));
    }
}
