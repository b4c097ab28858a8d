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

    /** Stores the first response; from now on retries replay it. */
    void complete(String principal, String key, StoredResponse response, Instant now);

    /** Drops an unfinished record (the request failed with a 5xx): a retry runs again. */
    void release(String principal, String key);

    /**
     * One purge batch: deletes at most {@code limit} records expired before {@code now} (skipping any another
     * replica is deleting); returns how many.
     */
    int purgeExpired(Instant now, int limit);

    /** What {@link #begin} found. */
    sealed interface Begin {
    }

    /** The caller owns the key now and must complete or release it. */
    record Started() implements Begin {
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
