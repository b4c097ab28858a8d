package care.unknot.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns each JFR recording into flame graphs (HTML) with async-profiler's converter ({@code tools.profiler:
 * jfr-converter}, a test dependency of this project): CPU samples ({@code jdk.ExecutionSample}), allocations and
 * lock contention.
 */
final class Flames {

    private static final List<String> KINDS = List.of("cpu", "alloc", "lock");

    private Flames() {
    }

    static List<Path> convert(List<Path> recordings, Path dir) throws InterruptedException {
        List<Path> graphs = new ArrayList<>();
        if (recordings.isEmpty()) {
            return graphs;
        }
        String converter;
        try {
            converter = Path.of(Class.forName("Main").getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            System.out.println("bench: async-profiler's jfr-converter is not on the class path; JFR files kept: " + recordings);
            return graphs;
        }
        for (Path recording : recordings) {
            String name = recording.getFileName().toString().replace(".jfr", "");
            for (String kind : KINDS) {
                Path html = dir.resolve(name + "-" + kind + ".html");
                List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", converter, "Main", "--" + kind, "--simple", "--title", name + " (" + kind + ")",
                        recording.toString(), html.toString());
                try {
                    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                    String output = new String(process.getInputStream().readAllBytes());
                    if (process.waitFor() == 0 && html.toFile().exists()) {
                        graphs.add(html);
                    } else {
                        System.out.println("bench: converting " + recording + " (" + kind + ") failed: " + output.strip());
                    }
                } catch (IOException e) {
                    System.out.println("bench: converting " + recording + " failed: " + e.getMessage());
                }
            }
        }
        return graphs;
    }
}
