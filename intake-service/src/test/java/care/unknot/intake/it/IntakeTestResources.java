package care.unknot.intake.it;

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
 * The real infrastructure every intake test boots against (one broker, one PostgreSQL cluster, one key pair per
 * JVM), declared once so all test classes share one Quarkus boot; and the clock the tests read. On 2026-03-10 the
 * last three calendar months are December (31 days), January (31) and February (28).
 */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "intake"))
@QuarkusTestResource(JwtTestResource.class)
@Singleton
public class IntakeTestResources {

    @Produces
    @Singleton
    static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-03-10T12:00:00Z"));
}
