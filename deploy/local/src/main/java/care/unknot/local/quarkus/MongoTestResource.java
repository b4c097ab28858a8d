package care.unknot.local.quarkus;

import java.util.Map;

import care.unknot.local.LocalMongo;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the application at this JVM's MongoDB endpoint ({@link LocalMongo#shared()}: mongo-java-server in memory,
 * or the real MongoDB at {@code MONGODB_URI}): sets {@code quarkus.mongodb.connection-string}. {@link #stop()}
 * leaves the server running for the next test class; it stops at JVM exit.
 */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mongodb.connection-string", LocalMongo.shared().connectionString());
    }

    @Override
    public void stop() {
        // shared per JVM: the shutdown hook stops it
    }
}
