package care.unknot.plan;

import care.unknot.local.quarkus.JwtTestResource;
import care.unknot.local.quarkus.KafkaTestResource;
import care.unknot.local.quarkus.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The real broker, database and token keys every plan-service test boots against (one of each per test JVM). */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "plan"))
@QuarkusTestResource(JwtTestResource.class)
public final class PlanTestResources {

    private PlanTestResources() {
    }
}
