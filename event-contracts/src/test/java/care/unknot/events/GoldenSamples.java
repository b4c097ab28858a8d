package care.unknot.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The golden JSON samples under {@code src/test/resources/samples}, one per {@code ce_type}. */
final class GoldenSamples {

    static final String FOLDER = "samples";

    private GoldenSamples() {
    }

    static JsonNode tree(String type) {
        try (InputStream in = GoldenSamples.class.getClassLoader().getResourceAsStream(FOLDER + "/" + type + ".json")) {
            if (in == null) {
                throw new IllegalStateException("No golden sample for " + type + " in " + FOLDER);
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String type) {
        return GoldenSamples.class.getClassLoader().getResource(FOLDER + "/" + type + ".json") != null;
    }

    /** The types the sample files are named after ({@code <ce_type>.json}). */
    static List<String> sampleTypes() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(file -> file.getFileName().toString())
                    .map(name -> name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        try {
            return Paths.get(GoldenSamples.class.getClassLoader().getResource(FOLDER).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("Samples folder not on the test class path", e);
        }
    }
}
