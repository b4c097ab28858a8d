package care.unknot.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns each JFR recording into flame graphs (HTML) with async-profiler's converter ({@code tools.profiler:
 * jfr-converter}, a test dependency of this project): {@code -samples} (the JDK's {@code jdk.ExecutionSample}, Java
 * code on a CPU, and {@code jdk.NativeMethodSample}, threads in native code, mostly waiting on a socket),
 * {@code -alloc} (allocation samples) and {@code -lock} (monitor contention).
 */
final class Flames {

    /** Converter options per graph: its default on a JDK recording takes execution and native-method samples. */
    private static final Map<String, List<String>> KINDS = Map.of("samples", List.of(), "alloc", List.of("--alloc"),
            "lock", List.of("--lock"));

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
            for (Map.Entry<String, List<String>> graph : KINDS.entrySet()) {
                String kind = graph.getKey();
                Path html = dir.resolve(name + "-" + kind + ".html");
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-cp", converter, "Main"));
                command.addAll(graph.getValue());
                command.addAll(List.of("--simple", "--title", name + " (" + kind + ")", recording.toString(), html.toString()));
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
