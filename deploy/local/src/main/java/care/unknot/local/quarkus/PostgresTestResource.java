package care.unknot.local.quarkus;

import java.util.Map;

import care.unknot.local.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the application's default datasource at a database of this JVM's PostgreSQL cluster
 * ({@link LocalPostgres#shared()}), created on first use: sets {@code quarkus.datasource.jdbc.url},
 * {@code .username} and {@code .password}. Init arg {@code database} (default {@value #DEFAULT_DATABASE}).
 * {@link #stop()} leaves the cluster running for the next test class; it stops at JVM exit.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String DEFAULT_DATABASE = "unknot";

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        LocalPostgres postgres = LocalPostgres.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        // shared per JVM: the shutdown hook stops it
    }
}
