package care.unknot.kit.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tuning of the outbox relays (JDBC and MongoDB). Defaults ship in the kit's microprofile-config.properties. */
@ConfigMapping(prefix = "unknot.outbox")
public interface OutboxConfig {

    /** {@code ce_source} of every published event, e.g. {@code /intake-service}. */
    @WithDefault("/unknot")
    String source();

    /** Fallback poll for rows other instances wrote; the writing instance wakes its relay right after commit. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Rows claimed per relay round. */
    @WithDefault("200")
    int batchSize();

    /** {@code false} keeps the relay thread from starting (the writer still appends). */
    @WithDefault("true")
    boolean relayEnabled();

    /** First back-off after a failed round; doubled per consecutive failure up to {@link #retryMax()}. */
    @WithDefault("200ms")
    Duration retryInitial();

    @WithDefault("30s")
    Duration retryMax();

    /** How long the relay waits for the broker's ack of one batch before treating it as failed. */
    @WithDefault("30s")
    Duration publishTimeout();

    Mongo mongo();

    interface Mongo {
        /** Database holding the collections below; defaults to {@code quarkus.mongodb.database}. */
        Optional<String> database();

        /** Collections whose documents carry an {@code _outbox} array. */
        Optional<List<String>> collections();

        /** How long a relay owns a document it is publishing; a crashed relay's lease expires after this. */
        @WithDefault("30s")
        Duration lease();
    }
}
