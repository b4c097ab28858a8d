package care.unknot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** The responses of each phase as the harness saw them: latency of each success (Gatling's response time), errors. */
final class Recorder {

    record Phase(Queue<Long> latenciesMs, AtomicInteger errors) {
        int ok() {
            return latenciesMs.size();
        }

        int total() {
            return ok() + errors.get();
        }

        List<Long> sorted() {
            List<Long> sorted = new ArrayList<>(latenciesMs);
            sorted.sort(null);
            return sorted;
        }
    }

    private final Map<String, Phase> phases = new ConcurrentHashMap<>();

    Phase phase(String name) {
        return phases.computeIfAbsent(name, n -> new Phase(new ConcurrentLinkedQueue<>(), new AtomicInteger()));
    }

    void ok(String phase, long latencyMs) {
        phase(phase).latenciesMs().add(latencyMs);
    }

    void error(String phase) {
        phase(phase).errors().incrementAndGet();
    }

    /** The nearest-rank percentile of sorted values ({@code -1} when there are none). */
    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
