package care.unknot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run measured: cores, CPU model and memory (for the README's "Measured here"). */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores (nproc), " + field("/proc/cpuinfo", "model name")
                + ", " + memory() + ", load average at the end " + loadAverage();
    }

    private static String memory() {
        String total = field("/proc/meminfo", "MemTotal");
        try {
            return String.format("%.1f GiB RAM", Long.parseLong(total.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return "RAM unknown";
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String field(String file, String name) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(name)) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux: unknown
        }
        return "unknown";
    }
}
