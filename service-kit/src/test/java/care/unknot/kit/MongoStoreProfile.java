package care.unknot.kit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test application as a MongoDB service: build property {@code unknot.store=mongodb} and no datasource
 * (PostgreSQL is on the test class path, but inactive), relaying to its own topic.
 */
public class MongoStoreProfile implements QuarkusTestProfile {

    public static final String TOPIC = "kit.mongo.events";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "unknot.store", "mongodb",
                "quarkus.datasource.active", "false",
                "quarkus.flyway.active", "false",
                "mp.messaging.outgoing.outbox.topic", TOPIC,
                "mp.messaging.incoming.kit-in.enabled", "false");
    }
}
