package care.unknot.diary.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Computed progress per patient, valid for one {@code rev} of the patient document and one local date; at most
 * {@code capacity} patients, the least recently read dropped first. Per replica: a replica that missed a change sees
 * a new {@code rev} on its next read, so two replicas never serve a stale result.
 */
final class ProgressCache {

    private record Key(long rev, LocalDate today) {
    }

    private record Entry(Key key, ProgressService.Full full) {
    }

    private final Map<UUID, Entry> entries;

    ProgressCache(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The progress computed for this {@code rev} and date, or null. */
    synchronized ProgressService.Full get(UUID patientId, long rev, LocalDate today) {
        Entry entry = entries.get(patientId);
        return entry != null && entry.key().equals(new Key(rev, today)) ? entry.full() : null;
    }

    synchronized void put(UUID patientId, long rev, LocalDate today, ProgressService.Full full) {
        entries.put(patientId, new Entry(new Key(rev, today), full));
    }
}
