package care.unknot.kit.rest.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "unknot.idempotency")
public interface IdempotencyConfig {

    /** How long a first response is replayed to retries with the same key. */
    @WithDefault("24h")
    Duration ttl();

    /**
     * A first request still unanswered after this long is presumed dead (the instance crashed before storing its
     * response) and a retry may run again; until then retries get 409.
     */
    @WithDefault("2m")
    Duration inFlightTimeout();

    @WithDefault("255")
    int maxKeyLength();

    /** How often expired records are deleted (MongoDB also has a TTL index on them). */
    @WithDefault("1h")
    Duration purgeInterval();
}
