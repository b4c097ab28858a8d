package care.unknot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LocalPostgresTest {

    @Test
    void throwAwayClusterServesTwoDatabasesAndIsGoneAfterStop() throws Exception {
        LocalPostgres postgres = LocalPostgres.start();
        Path dataDir = postgres.dataDir();
        System.out.printf("[timing] PostgreSQL throw-away cluster (initdb + start) ready in %d ms%n",
                postgres.startupTime().toMillis());
        try {
            String intake = postgres.jdbcUrl("intake");
            String plan = postgres.jdbcUrl("plan");

            assertThat(intake).isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/intake");
            assertThat(plan).endsWith("/plan");
            assertThat(postgres.jdbcUrl("intake")).isEqualTo(intake);
            try (Connection c = postgres.connect("intake"); Statement s = c.createStatement()) {
                s.execute("create table t (id int primary key, note text)");
                s.execute("insert into t values (1, 'hello')");
                try (ResultSet rs = s.executeQuery("select note, current_database() from t")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("hello");
                    assertThat(rs.getString(2)).isEqualTo("intake");
                }
                List<String> databases = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select datname from pg_database")) {
                    while (rs.next()) {
                        databases.add(rs.getString(1));
                    }
                }
                assertThat(databases).contains("intake", "plan");
                try (ResultSet rs = s.executeQuery("show fsync")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("off");
                }
            }
            assertThat(dataDir).isDirectory();
        } finally {
            postgres.stop();
        }

        assertThat(dataDir.getParent()).doesNotExist();
    }

    @Test
    void persistentClusterKeepsItsDataAcrossRestarts() throws Exception {
        // not @TempDir: as root, the postgres user must be able to traverse every parent of the data directory
        Path dataDir = Files.createTempDirectory("unknot-pg-persistent-");
        try {
            LocalPostgres first = LocalPostgres.start(dataDir, 0);
            try (Connection c = first.connect(dbName(first)); Statement s = c.createStatement()) {
                s.execute("create table kept (v text)");
                s.execute("insert into kept values ('survives')");
            } finally {
                first.stop();
            }

            LocalPostgres second = LocalPostgres.start(dataDir, 0);
            System.out.printf("[timing] PostgreSQL persistent cluster restart ready in %d ms%n",
                    second.startupTime().toMillis());
            try (Connection c = second.connect(dbName(second)); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select v from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("survives");
            } finally {
                second.stop();
            }
            assertThat(dataDir.resolve("PG_VERSION")).exists();
        } finally {
            Shell.deleteRecursively(dataDir);
        }
    }

    private static String dbName(LocalPostgres postgres) {
        postgres.jdbcUrl("kept");
        return "kept";
    }
}
