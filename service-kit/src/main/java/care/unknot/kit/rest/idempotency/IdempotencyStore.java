package care.unknot.kit.rest.idempotency;

import java.time.Instant;

/** Where Idempotency-Key records live: {@code idempotency_record} (JDBC) or {@code idempotency_records} (MongoDB). */
public interface IdempotencyStore {

    /**
     * Claims (principal, key) for a request with this hash, unless a live record exists.
     *
     * @param staleBefore an unfinished record created before this is taken over (its request presumed dead)
     */
    Begin begin(String principal, String key, String requestHash, Instant now, Instant expiresAt,
            Instant staleBefore);

    /**
     * Stores the first response; from now on retries replay it. Only while the claim is still the caller's: a
     * request whose claim was taken over (presumed dead after the in-flight timeout) changes nothing.
     *
     * @param claimedAt from the caller's {@link Started}
     */
    void complete(String principal, String key, Instant claimedAt, StoredResponse response, Instant now);

    /** Drops an unfinished record (the request failed with a 5xx) if the claim is still the caller's. */
    void release(String principal, String key, Instant claimedAt);

    /**
     * One purge batch: deletes at most {@code limit} records expired before {@code now} (skipping any another
     * replica is deleting); returns how many.
     */
    int purgeExpired(Instant now, int limit);

    /** What {@link #begin} found. */
    sealed interface Begin {
    }

    /**
     * The caller owns the key now and must complete or release it, naming this claim: a later takeover makes a
     * new claim, and the old one can then neither complete nor release the record.
     */
    record Started(Instant claimedAt) implements Begin {
    }

    record Replay(StoredResponse response) implements Begin {
    }

    /** Same key, different request. */
    record Mismatch() implements Begin {
    }

    /** The first request with this key has not finished yet. */
    record InFlight() implements Begin {
    }
}
