package care.unknot.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A private PostgreSQL cluster run from the machine's server binaries ({@code /usr/lib/postgresql/<newest>/bin}),
 * listening on 127.0.0.1 only, trust authentication, durability switched off for speed. It touches no system
 * cluster.
 *
 * <p>{@code initdb} refuses to run as root: when this JVM is root the cluster belongs to the {@code postgres} user
 * and its commands run through {@code runuser}. When the binaries are missing and we are root, the Debian package
 * {@code postgresql} is installed; otherwise starting fails with a message saying what to install.
 *
 * <p>{@link #shared()} gives the throw-away cluster of this JVM (deleted at exit); {@link #start(Path, int)} runs
 * a cluster whose data directory survives restarts (the local stack).
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USERNAME = "postgres";
    /** Ignored by the server (trust authentication); set so clients that insist on a password have one. */
    public static final String PASSWORD = "postgres";

    private static final String OS_USER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
    private static volatile LocalPostgres shared;

    private final int port;
    private final Path binDir;
    private final Path dataDir;
    private final Path workDir;
    private final Duration startupTime;
    private final boolean owned;
    private final Set<String> knownDatabases = ConcurrentHashMap.newKeySet();
    private boolean stopped;

    private LocalPostgres(int port, Path binDir, Path dataDir, Path workDir, Duration startupTime, boolean owned) {
        this.port = port;
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.workDir = workDir;
        this.startupTime = startupTime;
        this.owned = owned;
    }

    /**
     * The cluster of this JVM: started on the first call (thread-safe), stopped and deleted at JVM exit. Every
     * caller, in every class loader, gets the same cluster.
     */
    public static LocalPostgres shared() {
        LocalPostgres current = shared;
        if (current != null) {
            return current;
        }
        synchronized (JvmShared.lock("postgres")) {
            if (shared == null) {
                String running = JvmShared.get("postgres.port");
                if (running != null) {
                    shared = new LocalPostgres(Integer.parseInt(running), null, null, null, Duration.ZERO, false);
                } else {
                    LocalPostgres started = start();
                    JvmShared.put("postgres.port", Integer.toString(started.port()));
                    shared = started;
                }
            }
            return shared;
        }
    }

    /** A new throw-away cluster on a free port; stopped ({@code -m immediate}) and deleted at JVM exit or {@link #stop()}. */
    public static LocalPostgres start() {
        try {
            return startTemporary();
        } catch (LocalInfraException first) {
            if (!first.getMessage().contains("could not bind") && !first.getMessage().contains("in use")) {
                throw first;
            }
            return startTemporary(); // the port was taken between choosing and binding
        }
    }

    private static LocalPostgres startTemporary() {
        long begin = System.nanoTime();
        Path bin = PostgresBinaries.find(null);
        Path work;
        try {
            work = Files.createTempDirectory("unknot-pg-");
        } catch (IOException e) {
            throw new LocalInfraException("Cannot create a temporary directory for PostgreSQL: " + e.getMessage(), e);
        }
        Path data = work.resolve("data");
        int port = Ports.free();
        try {
            handToPostgresUser(work);
            initdb(bin, data);
            pgStart(bin, data, work.resolve("server.log"), port, work);
        } catch (RuntimeException e) {
            Shell.run(COMMAND_TIMEOUT, asClusterOwner(List.of(bin.resolve("pg_ctl").toString(), "-D",
                    data.toString(), "stop", "-m", "immediate")));
            Shell.deleteRecursively(work);
            throw e;
        }
        LocalPostgres pg = new LocalPostgres(port, bin, data, work, Duration.ofNanos(System.nanoTime() - begin), true);
        Shell.afterJvmExit(Shell.quote(pg.pgCtl("stop", "-m", "immediate")) + " >/dev/null 2>&1; rm -rf "
                + Shell.quote(work.toString()));
        Shell.onExit("postgres", pg::stop);
        return pg;
    }

    /**
     * A cluster keeping its data in {@code dataDir} (initialised when empty, reused otherwise) on
     * {@code preferredPort} when that is free, else on a free port. Stopped ({@code -m fast}) at JVM exit; the
     * directory stays. A server left running on that directory by an earlier run is stopped first.
     */
    public static LocalPostgres start(Path dataDir, int preferredPort) {
        long begin = System.nanoTime();
        Path data = dataDir.toAbsolutePath().normalize();
        Path bin = PostgresBinaries.find(clusterVersion(data).orElse(null));
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new LocalInfraException("Cannot create " + data + ": " + e.getMessage(), e);
        }
        handToPostgresUser(data);
        requireReachableByClusterOwner(data);
        if (Shell.run(COMMAND_TIMEOUT, asClusterOwner(List.of(bin.resolve("pg_ctl").toString(), "-D",
                data.toString(), "status"))).ok()) {
            Shell.run(COMMAND_TIMEOUT, asClusterOwner(List.of(bin.resolve("pg_ctl").toString(), "-D",
                    data.toString(), "stop", "-m", "fast", "-w")));
        }
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdb(bin, data);
        }
        int port = Ports.preferred(preferredPort);
        pgStart(bin, data, data.resolve("server.log"), port, null);
        LocalPostgres pg = new LocalPostgres(port, bin, data, null, Duration.ofNanos(System.nanoTime() - begin), true);
        Shell.afterJvmExit(Shell.quote(pg.pgCtl("stop", "-m", "fast")) + " >/dev/null 2>&1");
        Shell.onExit("postgres", pg::stop);
        return pg;
    }

    // ---------------------------------------------------------------- JDBC

    /**
     * {@code jdbc:postgresql://127.0.0.1:<port>/<database>}; the database is created on first use.
     *
     * @param database letters, digits and underscores
     */
    public String jdbcUrl(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Database name must match " + DATABASE_NAME + ": " + database);
        }
        if (!knownDatabases.contains(database)) {
            synchronized (knownDatabases) {
                if (!knownDatabases.contains(database)) {
                    createDatabaseIfMissing(database);
                    knownDatabases.add(database);
                }
            }
        }
        return url(database);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void createDatabaseIfMissing(String database) {
        try (Connection c = connect("postgres")) {
            try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database \"" + database + "\"");
            } catch (SQLException e) {
                // 42P04 duplicate_database, 23505 a concurrent create won the race
                if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new LocalInfraException("Cannot create database " + database + " on 127.0.0.1:" + port + ": "
                    + e.getMessage(), e);
        }
    }

    /** A new connection as {@link #USERNAME} to {@code database} (which must exist, see {@link #jdbcUrl}). */
    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USERNAME);
        props.setProperty("password", PASSWORD);
        // the driver instance, not DriverManager: works whatever class loader loaded pgjdbc
        Connection connection = new org.postgresql.Driver().connect(url(database), props);
        if (connection == null) {
            throw new SQLException("pgjdbc did not accept " + url(database));
        }
        return connection;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return port;
    }

    /** The data directory ({@code PGDATA}); {@code null} for a cluster another class loader of this JVM owns. */
    public Path dataDir() {
        return dataDir;
    }

    /** Time from finding the binaries to a server accepting connections (zero for an attached cluster). */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Stops a cluster this instance started: a throw-away one with {@code -m immediate} and its directory deleted,
     * a persistent one with {@code -m fast}. Does nothing for a cluster another class loader owns. Idempotent.
     */
    public synchronized void stop() {
        if (stopped || !owned) {
            return;
        }
        stopped = true;
        synchronized (JvmShared.lock("postgres")) {
            if (shared == this) {
                shared = null;
                JvmShared.clear("postgres.port");
            }
        }
        boolean temporary = workDir != null;
        Shell.Result result = Shell.run(COMMAND_TIMEOUT, pgCtl("stop", "-w", "-m", temporary ? "immediate" : "fast"));
        if (temporary) {
            Shell.deleteRecursively(workDir);
        }
        if (!result.ok() && !result.output().contains("Is server running?")) {
            throw new LocalInfraException("pg_ctl stop failed for " + dataDir + ": " + result.output().trim());
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "LocalPostgres[127.0.0.1:" + port + (dataDir == null ? "" : ", " + dataDir) + "]";
    }

    // ---------------------------------------------------------------- server commands

    private List<String> pgCtl(String... args) {
        List<String> command = new ArrayList<>(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString()));
        command.addAll(List.of(args));
        return asClusterOwner(command);
    }

    private static void initdb(Path bin, Path data) {
        Shell.Result result = Shell.run(COMMAND_TIMEOUT, asClusterOwner(List.of(bin.resolve("initdb").toString(),
                "-D", data.toString(), "-U", USERNAME, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync")));
        if (!result.ok()) {
            throw new LocalInfraException("initdb failed for " + data + " (exit " + result.exitCode() + "): "
                    + result.output().trim());
        }
    }

    /**
     * pg_stat_statements (the statements and their counts per database) when the binaries ship it, so tests and
     * benchmarks can count the round trips a request costs ({@code CREATE EXTENSION pg_stat_statements} in the
     * database, then read the view). Loading it costs little; without the library the server starts without it.
     */
    private static String statementStatistics(Path bin) {
        Path library = bin.getParent().resolve("lib").resolve("pg_stat_statements.so");
        return Files.exists(library) ? " -c shared_preload_libraries=pg_stat_statements" : "";
    }

    private static void pgStart(Path bin, Path data, Path log, int port, Path socketDir) {
        String socket = socketDir == null ? "''" : Shell.quote(socketDir.toString());
        String options = "-p " + port + " -k " + socket
                + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                + " -c max_connections=200" + statementStatistics(bin);
        Shell.Result result = Shell.run(COMMAND_TIMEOUT, asClusterOwner(List.of(bin.resolve("pg_ctl").toString(),
                "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60", "-o", options, "start")));
        if (!result.ok()) {
            String serverLog = "";
            try {
                serverLog = Files.readString(log).trim();
            } catch (IOException ignored) {
                // report what we have
            }
            throw new LocalInfraException("PostgreSQL did not start on 127.0.0.1:" + port + " (data " + data
                    + "): " + result.output().trim() + (serverLog.isEmpty() ? "" : "\nserver log " + log + ":\n"
                    + serverLog));
        }
    }

    /** The command as it must run: directly, or as the {@code postgres} user when this JVM is root. */
    private static List<String> asClusterOwner(List<String> command) {
        if (!Shell.isRoot()) {
            return command;
        }
        for (String runuser : List.of("/usr/sbin/runuser", "/sbin/runuser")) {
            if (Files.isExecutable(Path.of(runuser))) {
                List<String> wrapped = new ArrayList<>(List.of(runuser, "-u", OS_USER, "--"));
                wrapped.addAll(command);
                return wrapped;
            }
        }
        return List.of("su", OS_USER, "-s", "/bin/sh", "-c", Shell.quote(command));
    }

    /** As root: makes the {@code postgres} user own {@code dir} (initdb refuses to run as root). */
    private static void handToPostgresUser(Path dir) {
        if (!Shell.isRoot()) {
            return;
        }
        if (!Shell.run(Duration.ofSeconds(10), "id", "-u", OS_USER).ok()) {
            throw new LocalInfraException("This JVM runs as root and initdb refuses root, but there is no '" + OS_USER
                    + "' user to run the cluster as. Install the Debian package (apt-get install -y postgresql),"
                    + " which creates it, or run the build as a normal user.");
        }
        Shell.Result chown = Shell.run(Duration.ofSeconds(30), "chown", "-R", OS_USER + ":", dir.toString());
        if (!chown.ok()) {
            throw new LocalInfraException("Cannot hand " + dir + " to the '" + OS_USER + "' user: " + chown.output());
        }
    }

    private static void requireReachableByClusterOwner(Path data) {
        if (Shell.isRoot() && !Shell.run(Duration.ofSeconds(10), asClusterOwner(List.of("test", "-w",
                data.toString()))).ok()) {
            throw new LocalInfraException("The '" + OS_USER + "' user cannot reach " + data + " (a parent directory is"
                    + " not traversable for it, e.g. a home directory with mode 700). Run as a normal user, or put"
                    + " the project where other users can traverse the path.");
        }
    }

    // ---------------------------------------------------------------- finding (or installing) the binaries

    private static Optional<String> clusterVersion(Path data) {
        try {
            Path version = data.resolve("PG_VERSION");
            return Files.exists(version) ? Optional.of(Files.readString(version).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
