package care.unknot.notification;

import care.unknot.kit.time.MutableClock;
import care.unknot.local.quarkus.JwtTestResource;
import care.unknot.local.quarkus.KafkaTestResource;
import care.unknot.local.quarkus.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * The real broker, database and token keys every notification-service test boots against (one of each per test JVM),
 * and the settable clock.
 */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "notification"))
@QuarkusTestResource(JwtTestResource.class)
@Singleton
public class NotificationTestResources {

    /** The clock every bean of the test JVM reads (the kit's Clock is a @DefaultBean); tests set it. */
    @Produces
    @Singleton
    static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-03-10T12:00:00Z"));
}
