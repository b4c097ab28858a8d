package care.unknot.local.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps a committed OpenAPI document ({@code <service>/openapi.yaml}) equal to what the service serves.
 *
 * <p>Run the tests with {@code -Dunknot.openapi.update=true} to rewrite the committed file instead of failing.
 */
public final class OpenApiSnapshot {

    /** System property that turns a failing comparison into a rewrite of the committed file. */
    public static final String UPDATE_PROPERTY = "unknot.openapi.update";

    private OpenApiSnapshot() {
    }

    /**
     * Fails with an {@link AssertionError} when {@code committedFile} differs from {@code servedYaml} (line endings
     * and trailing whitespace do not count), or does not exist. In update mode it writes the served document there
     * and passes.
     */
    public static void assertCurrent(String servedYaml, Path committedFile) {
        String served = normalise(servedYaml);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(committedFile, served);
            return;
        }
        if (!Files.exists(committedFile)) {
            throw new AssertionError("No committed OpenAPI document at " + committedFile.toAbsolutePath()
                    + ". Create it by running this test with -D" + UPDATE_PROPERTY + "=true (e.g. ./mvnw test -pl"
                    + " <service> -D" + UPDATE_PROPERTY + "=true) and commit the file.");
        }
        String committed;
        try {
            committed = normalise(Files.readString(committedFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + committedFile, e);
        }
        if (!committed.equals(served)) {
            throw new AssertionError("The committed OpenAPI document " + committedFile.toAbsolutePath()
                    + " is stale: the service now serves a different one. If the API change is intended, run the"
                    + " tests with -D" + UPDATE_PROPERTY + "=true and commit the file.\n" + firstDifference(committed,
                            served));
        }
    }

    static String normalise(String yaml) {
        String unified = yaml.replace("\r\n", "\n").replace('\r', '\n');
        String lines = unified.lines().map(OpenApiSnapshot::stripTrailing).collect(Collectors.joining("\n"));
        return lines.strip().isEmpty() ? "" : lines.replaceAll("\\n+$", "") + "\n";
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }

    private static String firstDifference(String committed, String served) {
        List<String> a = committed.lines().toList();
        List<String> b = served.lines().toList();
        int max = Math.max(a.size(), b.size());
        for (int i = 0; i < max; i++) {
            String left = i < a.size() ? a.get(i) : "<end of file>";
            String right = i < b.size() ? b.get(i) : "<end of file>";
            if (!left.equals(right)) {
                return "First difference at line " + (i + 1) + ":\n  committed: " + left + "\n  served:    " + right;
            }
        }
        return "";
    }

    private static void write(Path file, String content) {
        try {
            if (Files.exists(file) && normalise(Files.readString(file, StandardCharsets.UTF_8)).equals(content)) {
                return; // already current: leave the file (and its timestamp) alone
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
