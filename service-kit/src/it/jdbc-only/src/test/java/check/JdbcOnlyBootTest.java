package check;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import care.unknot.kit.outbox.Outbox;
import care.unknot.kit.outbox.mongo.MongoOutboxRelay;
import care.unknot.local.quarkus.JwtTestResource;
import care.unknot.local.quarkus.KafkaTestResource;
import care.unknot.local.quarkus.PostgresTestResource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "jdbccheck"))
@QuarkusTestResource(JwtTestResource.class)
class JdbcOnlyBootTest {

    @Inject
    Outbox outbox;
    @Inject
    DataSource dataSource;

    @Test
    void bootsWithoutMongoExtensionAndRelaysAnOutboxRow() throws Exception {
        assertNull(Thread.currentThread().getContextClassLoader()
                .getResource("io/quarkus/mongodb/runtime/MongoClientRecorder.class"));
        assertFalse(Arc.container().select(MongoOutboxRelay.class).isResolvable());
        QuarkusTransaction.requiringNew().run(() -> outbox.append("Thing", "p-1", "thing.created", Map.of("n", 1)));
        long deadline = System.currentTimeMillis() + 15000;
        long unsent = 1;
        while (unsent > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            try (Connection c = dataSource.getConnection();
                    ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
                r.next();
                unsent = r.getLong(1);
            }
        }
        assertEquals(0, unsent);
        given().when().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
