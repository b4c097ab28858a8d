package care.unknot.kit;

import care.unknot.local.quarkus.JwtTestResource;
import care.unknot.local.quarkus.KafkaTestResource;
import care.unknot.local.quarkus.MongoTestResource;
import care.unknot.local.quarkus.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The real infrastructure every kit test application boots against (one of each per test JVM). */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "kit"))
@QuarkusTestResource(MongoTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
public final class KitTestResources {

    private KitTestResources() {
    }
}
