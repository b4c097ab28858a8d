package care.unknot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The harness's own logic: what it sends and how it counts, without a stack. */
class HarnessTest {

    @Test
    void eachWriteIsMatchedToTheNextEventOfItsKeyAndAMissingEventIsLost() {
        List<EventWatch.Write> writes = List.of(new EventWatch.Write("put", "diary.entry-recorded|p|d1", 1_000),
                new EventWatch.Write("put", "diary.entry-recorded|p|d1", 2_000),
                new EventWatch.Write("put", "diary.entry-recorded|p|d2", 1_500),
                new EventWatch.Write("warmup put", "diary.entry-recorded|p|d3", 100));
        Map<String, List<Long>> arrivals = Map.of("diary.entry-recorded|p|d1", List.of(2_300L, 1_040L),
                "diary.entry-recorded|p|d3", List.of(90L));

        List<EventWatch.Hops> hops = EventWatch.match(writes, arrivals);

        EventWatch.Hops put = hops.stream().filter(h -> h.scenario().equals("put")).findFirst().orElseThrow();
        assertEquals(3, put.expected());
        assertEquals(1, put.lost(), "d2's event never came");
        assertEquals(Set.of(40L, 300L), new HashSet<>(put.hopsMs()));
        EventWatch.Hops warmup = hops.stream().filter(h -> h.scenario().equals("warmup put")).findFirst().orElseThrow();
        assertEquals(List.of(0L), warmup.hopsMs(), "a record seen before the response counts as 0 ms, not negative");
    }

    @Test
    void twoWritesOfOneDayNeverCarryTheSameBodyAndAlternateHeadache() {
        String first = Bodies.diaryWrite(0, 1);
        String second = Bodies.diaryWrite(1, 2);
        String third = Bodies.diaryWrite(2, 3);
        assertTrue(first.contains("\"headache\":true"));
        assertTrue(second.contains("\"headache\":false"));
        assertNotEquals(first, third, "two headache writes of a day differ in their episode");
    }

    @Test
    void fiveYearsAreImportedWithinTheImportLimitsOf1500RowsAndThreeYears() {
        LocalDate last = LocalDate.of(2026, 11, 25);
        LocalDate first = last.minusDays(1825);
        List<LocalDate[]> chunks = Setup.importChunks(first, last);
        assertEquals(first, chunks.get(0)[0]);
        assertEquals(last, chunks.get(chunks.size() - 1)[1]);
        long days = 0;
        for (int i = 0; i < chunks.size(); i++) {
            long span = ChronoUnit.DAYS.between(chunks.get(i)[0], chunks.get(i)[1]) + 1;
            assertTrue(span <= 1_000 && span <= 3 * 366, "chunk " + i + " spans " + span + " days");
            if (i > 0) {
                assertEquals(chunks.get(i - 1)[1].plusDays(1), chunks.get(i)[0], "no gap, no overlap");
            }
            days += span;
        }
        assertEquals(1826, days);
    }

    @Test
    void noTwoUsersWriteOnePatientAndEachGoesRoundTheEightEditableDays() {
        int users = 16;
        int pool = 200;
        Set<Integer> seen = new HashSet<>();
        for (int slot = 0; slot < users; slot++) {
            Set<Integer> mine = new HashSet<>();
            Set<Integer> days = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                int[] pick = BenchSimulation.pick(pool, users, slot, i);
                assertTrue(pick[0] >= 0 && pick[0] < pool);
                mine.add(pick[0]);
                days.add(pick[1]);
            }
            mine.forEach(patient -> assertTrue(seen.add(patient), "patient " + patient + " has two users"));
            assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7), days);
        }
        assertEquals(pool, seen.size(), "every patient is used");
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> values = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertEquals(5, Recorder.percentile(values, 50));
        assertEquals(10, Recorder.percentile(values, 99));
        assertEquals(10, Recorder.percentile(values, 100));
        assertEquals(-1, Recorder.percentile(List.of(), 50));
    }

    @Test
    void aProcessCpuTimeIsReadFromProcStatAndGrowsWithWork() {
        long pid = ProcessHandle.current().pid();
        long before = Probe.cpuMs(pid);
        long spinUntil = System.nanoTime() + 300_000_000L;
        double sink = 0;
        while (System.nanoTime() < spinUntil) {
            sink += Math.sqrt(sink + 1);
        }
        long after = Probe.cpuMs(pid);
        assertTrue(before > 0 && sink > 0, "the JVM's CPU time so far: " + before);
        assertTrue(after - before >= 200, "300 ms of spinning adds at least 200 ms: " + (after - before));
        assertEquals(-1, Probe.cpuMs(Long.MAX_VALUE), "a process that does not exist");
    }
}
