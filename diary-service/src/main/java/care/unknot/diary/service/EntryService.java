package care.unknot.diary.service;

import care.unknot.diary.config.DiaryConfig;
import care.unknot.diary.domain.DayClassifier;
import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.EditWindow;
import care.unknot.diary.domain.PatientGuidance;
import care.unknot.diary.domain.RedFlag;
import care.unknot.diary.messaging.DiaryEvents;
import care.unknot.diary.repository.EntryRepository;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.repository.PatientState;
import care.unknot.diary.repository.StoredEntry;
import care.unknot.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;

/** Create, replace, read, delete and list diary entries (3.1), with their events in the same write. */
@ApplicationScoped
public class EntryService {

    private final EntryRepository entries;
    private final PatientRepository patients;
    private final DayClassifier classifier;
    private final EditWindow editWindow;
    private final PatientClock clock;
    private final DiaryEvents events;
    private final ProjectionService projection;
    private final DiaryConfig config;

    public EntryService(EntryRepository entries, PatientRepository patients, DayClassifier classifier,
                        EditWindow editWindow, PatientClock clock, DiaryEvents events, ProjectionService projection,
                        DiaryConfig config) {
        this.entries = entries;
        this.patients = patients;
        this.classifier = classifier;
        this.editWindow = editWindow;
        this.clock = clock;
        this.events = events;
        this.projection = projection;
        this.config = config;
    }

    /**
     * Creates or replaces the entry of its local date. {@code expectedVersion} (from If-Match) is optional.
     */
    public EntryWrite put(UUID patientId, DiaryEntry entry, Long expectedVersion) {
        // round trips: the patient's head, the entry's slot, the entry write, then the projection (the window's
        // days, the patient write with the events, the entry marked projected); WriteCostTest counts them
        PatientState patient = patients.head(patientId);
        LocalDate today = clock.today(patient);
        if (editWindow.isFuture(entry.date(), today)) {
            throw ProblemException.field(400, "date", "must not be after today's date in the patient's time zone");
        }
        Optional<EntryRepository.Slot> slot = entries.slot(patientId, entry.date());
        Optional<StoredEntry> existing = slot.flatMap(EntryRepository.Slot::live);
        if (expectedVersion != null && existing.map(StoredEntry::version).orElse(0L) != expectedVersion) {
            throw ProblemException.preconditionFailed("The entry was changed since it was read; reload it.");
        }
        PatientGuidance guidance = PatientGuidance.forRedFlags(entry.redFlags());
        if (existing.isPresent() && existing.get().entry().equals(entry)) {
            return new EntryWrite(existing.get(), false, false, guidance);
        }
        if (existing.isPresent()) {
            requireEditable(entry.date(), today);
        } else if (patient.diaryStart() != null && entry.date().isBefore(patient.diaryStart())) {
            throw ProblemException.field(400, "date", "must not be before the diary's first day ("
                    + patient.diaryStart() + ": the registration, or the first day of an imported diary)");
        }
        // 3.1: created more than the edit window after its date -> late; it counts like any other entry
        DayFacts facts = classifier.classify(entry).withLate(existing.isEmpty() && editWindow.isClosed(entry.date(), today));
        List<Document> outbox = new ArrayList<>();
        outbox.add(events.entryRecorded(patientId, facts));
        Set<RedFlag> newFlags = EnumSet.noneOf(RedFlag.class);
        newFlags.addAll(entry.redFlags());
        existing.ifPresent(stored -> newFlags.removeAll(stored.entry().redFlags()));
        if (!newFlags.isEmpty()) {
            outbox.add(events.alertRaised(patientId, facts, entry.redFlags()));
        }
        Instant now = clock.clock().instant().truncatedTo(ChronoUnit.MILLIS); // as stored (a BSON date)
        Long tombstone = slot.filter(EntryRepository.Slot::deleted).map(s -> s.stored().version()).orElse(null);
        boolean written = existing.isPresent()
                ? entries.replace(patientId, entry, facts, existing.get().version(), now, outbox)
                : entries.insert(patientId, entry, facts, now, outbox, tombstone);
        if (!written) {
            // a concurrent write won; if it wrote this very body (a client retry), that is this request's result
            Optional<StoredEntry> winner = entries.find(patientId, entry.date());
            if (winner.isPresent() && winner.get().entry().equals(entry)) {
                return new EntryWrite(winner.get(), false, false, guidance);
            }
            throw ProblemException.conflict("The entry for this date was written at the same time; retry.");
        }
        StoredEntry stored = slot.map(s -> s.stored().rewritten(entry, facts, now))
                .orElseGet(() -> StoredEntry.first(patientId, entry, facts, now));
        if (slot.isPresent() && !slot.get().projected()) {
            // an earlier write of this date still waits for its projection: project what is stored (both)
            projection.project(patientId, entry.date());
        } else {
            projection.projectWritten(patient, new EntryRepository.Projection(EntryRepository.id(patientId,
                    entry.date()), patientId, entry.date(), stored.version(), false, facts, outbox));
        }
        return new EntryWrite(stored, existing.isEmpty(), true, guidance);
    }

    public Optional<StoredEntry> get(UUID patientId, LocalDate date) {
        return entries.find(patientId, date);
    }

    public void delete(UUID patientId, LocalDate date, Long expectedVersion) {
        StoredEntry stored = entries.find(patientId, date)
                .orElseThrow(() -> ProblemException.notFound("No entry for this date."));
        requireEditable(date, clock.today(patients.head(patientId)));
        if (expectedVersion != null && stored.version() != expectedVersion) {
            throw ProblemException.preconditionFailed("The entry was changed since it was read; reload it.");
        }
        if (!entries.delete(patientId, date, stored.version(), clock.clock().instant())) {
            throw ProblemException.conflict("The entry for this date was written at the same time; retry.");
        }
        projection.project(patientId, date);
    }

    public List<StoredEntry> list(UUID patientId, LocalDate from, LocalDate to, LocalDate after, int limit) {
        return entries.list(patientId, from, to, after, limit);
    }

    /** An existing entry is replaced or deleted only up to the edit window's days after its date (local). */
    private void requireEditable(LocalDate date, LocalDate today) {
        if (editWindow.isClosed(date, today)) {
            throw new ProblemException(409, "Edit window closed", "An existing entry can be replaced or deleted only "
                    + "up to " + config.entries().editWindowDays() + " days after its date.");
        }
    }
}
