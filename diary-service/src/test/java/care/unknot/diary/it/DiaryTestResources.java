package care.unknot.diary.it;

import care.unknot.kit.time.MutableClock;
import care.unknot.local.quarkus.JwtTestResource;
import care.unknot.local.quarkus.KafkaTestResource;
import care.unknot.local.quarkus.MongoTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * The real infrastructure every diary test boots against (one broker, one MongoDB endpoint, one key pair per JVM),
 * declared once so all test classes share one Quarkus boot; and the clock the tests set.
 */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(MongoTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@Singleton
public class DiaryTestResources {

    @Produces
    @Singleton
    static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-03-10T12:00:00Z"));
}
