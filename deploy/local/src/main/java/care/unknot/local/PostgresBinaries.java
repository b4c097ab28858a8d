package care.unknot.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the machine's PostgreSQL server binaries ({@code UNKNOT_PG_BIN}, {@code /usr/lib/postgresql/<newest>/bin},
 * {@code /usr/pgsql-*}/bin, the PATH), and installs the Debian package {@code postgresql} when they are missing and
 * this JVM is root. Public although internal: see {@link Shell}.
 */
public final class PostgresBinaries {

    private PostgresBinaries() {
    }

    /** The newest installed server binaries, or those of {@code major} when given (an existing cluster). */
    public static Path find(String major) {
        Optional<Path> found = findBinaries(major);
        if (found.isPresent()) {
            return found.get();
        }
        if (major != null && findBinaries(null).isPresent()) {
            throw new LocalInfraException("The PostgreSQL cluster to reuse was created by PostgreSQL " + major
                    + ", whose server binaries are not installed (found " + findBinaries(null).get() + "). Delete"
                    + " the cluster's directory to start over, or install postgresql-" + major + ".");
        }
        if (Shell.isRoot() && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            installDebianPackage();
            return findBinaries(null).orElseThrow(() -> new LocalInfraException("apt-get installed postgresql but"
                    + " no initdb/pg_ctl appeared under /usr/lib/postgresql/*/bin"));
        }
        throw new LocalInfraException("PostgreSQL server binaries (initdb, pg_ctl) not found under"
                + " /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin or on the PATH. Install them: on Debian/Ubuntu"
                + " 'sudo apt-get install -y postgresql', on Fedora/RHEL 'sudo dnf install -y postgresql-server', on"
                + " macOS 'brew install postgresql'; or set UNKNOT_PG_BIN to the directory holding initdb and pg_ctl.");
    }

    private static Optional<Path> findBinaries(String major) {
        String override = System.getenv("UNKNOT_PG_BIN");
        if (override != null && !override.isBlank()) {
            Path dir = Path.of(override);
            if (hasServerBinaries(dir)) {
                return Optional.of(dir);
            }
            throw new LocalInfraException("UNKNOT_PG_BIN=" + override + " does not hold initdb and pg_ctl");
        }
        List<Path> candidates = new ArrayList<>();
        for (String root : List.of("/usr/lib/postgresql", "/usr/local/lib/postgresql")) {
            candidates.addAll(versionDirs(Path.of(root), "", major));
        }
        candidates.addAll(versionDirs(Path.of("/usr"), "pgsql-", major));
        Optional<Path> versioned = candidates.stream()
                .sorted(Comparator.comparingInt(PostgresBinaries::majorOf).reversed())
                .map(dir -> dir.resolve("bin"))
                .filter(PostgresBinaries::hasServerBinaries)
                .findFirst();
        if (versioned.isPresent() || major != null) {
            return versioned;
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(":")).filter(s -> !s.isEmpty()).map(Path::of)
                .filter(PostgresBinaries::hasServerBinaries).findFirst();
    }

    private static List<Path> versionDirs(Path root, String prefix, String major) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> {
                String name = d.getFileName().toString();
                if (!name.startsWith(prefix)) {
                    return false;
                }
                String version = name.substring(prefix.length());
                return version.matches("\\d+(\\.\\d+)?") && (major == null || version.equals(major));
            }).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int majorOf(Path versionDir) {
        String digits = versionDir.getFileName().toString().replaceAll("[^0-9.]", "");
        return (int) (Double.parseDouble(digits) * 10);
    }

    private static boolean hasServerBinaries(Path dir) {
        return Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"))
                && Files.isExecutable(dir.resolve("postgres"));
    }

    /** apt-get install postgresql, serialised across JVMs; one apt-get update and a retry when the first fails. */
    private static synchronized void installDebianPackage() {
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "unknot-postgresql-install.lock");
        try (RandomAccessFile raf = new RandomAccessFile(lockFile.toFile(), "rw");
                FileChannel channel = raf.getChannel();
                FileLock ignored = channel.lock()) {
            if (findBinaries(null).isPresent()) {
                return; // another JVM installed it while we waited
            }
            System.err.println("[unknot-local] PostgreSQL server binaries missing: apt-get install -y --no-upgrade"
                    + " postgresql");
            Duration timeout = Duration.ofMinutes(10);
            List<String> install = List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "-o",
                    "DPkg::Lock::Timeout=300", "install", "-y", "--no-upgrade", "postgresql");
            Shell.Result first = Shell.run(timeout, install);
            if (first.ok()) {
                return;
            }
            Shell.Result update = Shell.run(timeout, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "-o",
                    "DPkg::Lock::Timeout=300", "update");
            Shell.Result second = Shell.run(timeout, install);
            if (!second.ok()) {
                throw new LocalInfraException("Installing PostgreSQL failed. Install it by hand: 'apt-get install -y"
                        + " postgresql'.\napt-get update: " + tail(update.output()) + "\napt-get install: "
                        + tail(second.output()));
            }
        } catch (IOException e) {
            throw new LocalInfraException("Cannot lock " + lockFile + " to install PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static String tail(String output) {
        String trimmed = output.trim();
        return trimmed.length() <= 2000 ? trimmed : "..." + trimmed.substring(trimmed.length() - 2000);
    }
}
