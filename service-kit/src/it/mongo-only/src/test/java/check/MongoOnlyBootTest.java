package check;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;

import care.unknot.kit.outbox.mongo.MongoOutbox;
import care.unknot.local.quarkus.JwtTestResource;
import care.unknot.local.quarkus.KafkaTestResource;
import care.unknot.local.quarkus.MongoTestResource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(MongoTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class MongoOnlyBootTest {

    @jakarta.inject.Inject
    MongoClient client;
    @jakarta.inject.Inject
    MongoOutbox outbox;

    @Test
    void bootsWithoutAnyDataSourceAndRelaysAMongoEvent() throws Exception {
        assertNull(Thread.currentThread().getContextClassLoader().getResource("io/agroal/api/AgroalDataSource.class"));
        Document event = outbox.pending("Thing", "p-1", "thing.created", Map.of("n", 1));
        client.getDatabase("check").getCollection("things")
                .insertOne(MongoOutbox.withEvents(new Document("_id", "t1"), List.of(event)));
        outbox.nudge();
        long deadline = System.currentTimeMillis() + 15000;
        boolean pulled = false;
        while (!pulled && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            pulled = client.getDatabase("check").getCollection("things").find().first()
                    .getList(MongoOutbox.FIELD, Document.class).isEmpty();
        }
        assertTrue(pulled, "event published and pulled");
        given().when().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
        assertFalse(Arc.container().select(care.unknot.kit.outbox.Outbox.class).isResolvable());
    }
}
