package care.unknot.diary.service;

import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.messaging.DiaryEvents;
import care.unknot.diary.repository.EntryRepository;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.repository.PatientState;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import care.unknot.diary.domain.DateWindow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

/**
 * Brings an entry's day facts and events into the patient's read model and outbox, with a CURRENT progress.updated
 * when the current window changed. It reads only the days of the windows progress needs, so a write costs the
 * same after five years as after five days. Entry and read model are two documents (no transactions): an entry stays {@code projected=false}
 * until this succeeded, and {@link #repair()} finishes what a crash interrupted.
 */
@ApplicationScoped
public class ProjectionService {

    private static final Logger LOG = Logger.getLogger(ProjectionService.class);
    private static final int ATTEMPTS = 10;

    private final EntryRepository entries;
    private final PatientRepository patients;
    private final ProgressService progress;
    private final PatientClock clock;
    private final DiaryEvents events;
    private final CheckpointService checkpoints;

    public ProjectionService(EntryRepository entries, PatientRepository patients, ProgressService progress,
                             PatientClock clock, DiaryEvents events, CheckpointService checkpoints) {
        this.checkpoints = checkpoints;
        this.entries = entries;
        this.patients = patients;
        this.progress = progress;
        this.clock = clock;
        this.events = events;
    }

    /** Projects the entry document of the date as stored now (after a crash, a delete, or a contended write). */
    public void project(UUID patientId, LocalDate date) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            EntryRepository.Projection entry = entries.projection(patientId, date).orElse(null);
            if (entry == null || tryProject(entry, null)) {
                return;
            }
        }
        LOG.warnf("projection of an entry of patient %s did not settle; the repair job will retry", patientId);
    }

    /**
     * Projects an entry the caller has just written, from what it wrote and the patient head it read for the
     * write (no re-read of either): one read of the windows' days, the patient write, the entry marked. If the
     * patient changed meanwhile, it falls back to {@link #project}.
     */
    public void projectWritten(PatientState head, EntryRepository.Projection written) {
        if (!tryProject(written, head)) {
            project(written.patientId(), written.date());
        }
    }

    /** One attempt; false when the patient document moved on meanwhile. {@code head}: null to read it. */
    private boolean tryProject(EntryRepository.Projection entry, PatientState head) {
        UUID patientId = entry.patientId();
        LocalDate date = entry.date();
        // the current window holds the edit window, so also the day before a deleted last day (if any)
        PatientState state = patients.loadWindows(patientId, h -> windowsFor(h, List.of(date)), head);
        NavigableMap<LocalDate, DayFacts> days = new TreeMap<>(state.days());
        List<Bson> changes = new ArrayList<>();
        if (entry.deleted()) {
            days.remove(date);
            LocalDate last = state.lastEntry();
            changes.add(PatientRepository.removeDay(date, date.equals(last) ? days.floorKey(date) : last));
        } else {
            days.put(date, entry.facts());
            changes.add(PatientRepository.setDay(entry.facts()));
        }
        // the entry's own events first, then what they changed: one patient, one outbox, one order
        List<Document> outbox = new ArrayList<>(entry.events());
        PatientState next = state.withDays(days);
        new ReadModelService.Change(changes, outbox).withCurrentProgress(next, progress, clock, events);
        checkpoints.revisions(next, List.of(date), new ReadModelService.Change(changes, outbox));
        if (!patients.update(patientId, state.rev(), changes, outbox)) {
            return false;
        }
        entries.markProjected(entry.id(), entry.version());
        return true;
    }

    /**
     * The days a change of {@code dates} needs: the current window through today, the baseline window and the
     * reported checkpoint windows holding one of the dates. Bounded, whatever the history.
     */
    List<DateWindow> windowsFor(PatientState head, Collection<LocalDate> dates) {
        List<DateWindow> windows = new ArrayList<>(progress.windowsFor(head, clock.today(head)));
        windows.addAll(checkpoints.windowsFor(head, dates));
        return windows;
    }

    /** Projects every entry a crash left behind (one failing entry does not stop the others); returns how many. */
    public int repair() {
        List<Document> pending = entries.unprojected(500);
        for (Document doc : pending) {
            try {
                EntryRepository.Projection entry = EntryRepository.Projection.of(doc);
                project(entry.patientId(), entry.date());
            } catch (RuntimeException e) {
                LOG.errorf("projection of entry %s failed (%s); retried on the next run", doc.get("_id"),
                        e.getClass().getSimpleName());
            }
        }
        return pending.size();
    }
}
