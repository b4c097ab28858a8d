package care.unknot.diary.service;

import care.unknot.diary.config.DiaryConfig;
import care.unknot.diary.domain.DayClassifier;
import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.EditWindow;
import care.unknot.diary.domain.ImportSource;
import care.unknot.diary.messaging.DiaryEvents;
import care.unknot.diary.repository.EntryRepository;
import care.unknot.diary.repository.ImportRepository;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.repository.PatientState;
import care.unknot.diary.repository.StoredEntry;
import care.unknot.events.diary.EntrySource;
import care.unknot.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

/**
 * A therapist's import of a paper or app diary (3.1), all or nothing for the patient's figures: the rows are staged
 * in one document, then one conditional write of the patient's document takes every day's facts, one
 * diary.entry-recorded per row, one progress.updated per affected window (CURRENT, and a revision of each reported
 * checkpoint it touches) and the import's id; then the entry documents are written from the stage. A crash before
 * that write leaves nothing visible (the stage is abandoned); after it, {@link #repair()} writes the entries.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final int ATTEMPTS = 10;
    /** A stage older than this without a commit is abandoned; a committed one is finished. */
    static final Duration STALE = Duration.ofMinutes(2);

    private final EntryRepository entries;
    private final PatientRepository patients;
    private final ImportRepository imports;
    private final DayClassifier classifier;
    private final EditWindow editWindow;
    private final PatientClock clock;
    private final DiaryEvents events;
    private final ProgressService progress;
    private final CheckpointService checkpoints;
    private final ProjectionService projection;

    public ImportService(EntryRepository entries, PatientRepository patients, ImportRepository imports,
                         DayClassifier classifier, EditWindow editWindow, PatientClock clock, DiaryEvents events,
                         ProgressService progress, CheckpointService checkpoints, ProjectionService projection) {
        this.entries = entries;
        this.patients = patients;
        this.imports = imports;
        this.classifier = classifier;
        this.editWindow = editWindow;
        this.clock = clock;
        this.events = events;
        this.progress = progress;
        this.checkpoints = checkpoints;
        this.projection = projection;
    }

    /** @param skippedExisting dates that already had an entry and were left as they are (no replace asked) */
    public record ImportResult(String importId, int imported, int replaced, List<LocalDate> skippedExisting,
                               LocalDate firstDay, LocalDate lastDay) {
    }

    /** @param rows validated entries, one per date (the resource checked dates, limits and duplicates) */
    public ImportResult importDiary(UUID patientId, String importedBy, ImportSource source, boolean replace,
                                    List<DiaryEntry> rows) {
        PatientState head = patients.head(patientId);
        LocalDate today = clock.today(head);
        for (int i = 0; i < rows.size(); i++) {
            if (editWindow.isFuture(rows.get(i).date(), today)) {
                throw ProblemException.field(400, "entries[" + i + "].date",
                        "must not be after today's date in the patient's time zone");
            }
        }
        LocalDate first = rows.stream().map(DiaryEntry::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = rows.stream().map(DiaryEntry::date).max(Comparator.naturalOrder()).orElseThrow();
        Map<LocalDate, StoredEntry> existing = entries.list(patientId, first, last, null, rows.size() + 1).stream()
                .collect(Collectors.toMap(e -> e.entry().date(), Function.identity()));
        List<ImportRepository.StagedRow> staged = new ArrayList<>();
        List<LocalDate> skipped = new ArrayList<>();
        int replaced = 0;
        for (DiaryEntry row : rows) {
            StoredEntry current = existing.get(row.date());
            if (current != null && !replace) {
                skipped.add(row.date());
                continue;
            }
            replaced += current == null ? 0 : 1;
            DayFacts facts = classifier.classify(row).withLate(editWindow.isClosed(row.date(), today));
            staged.add(new ImportRepository.StagedRow(row, facts, current == null ? null : current.version()));
        }
        String id = UUID.randomUUID().toString();
        ImportRepository.Staged stage = new ImportRepository.Staged(id, patientId, importedBy, source,
                clock.clock().instant(), staged);
        if (!staged.isEmpty()) {
            imports.stage(stage);
            if (!commit(stage)) {
                imports.abandon(id);
                throw ProblemException.retryLater(503, "The diary kept changing during the import; retry.",
                        Duration.ofSeconds(1));
            }
            finish(stage);
        }
        skipped.sort(Comparator.naturalOrder());
        return new ImportResult(id, staged.size() - replaced, replaced, skipped, first, last);
    }

    /** The one write that makes the import count: every day, its events and the progress they change. */
    private boolean commit(ImportRepository.Staged stage) {
        List<DayFacts> facts = stage.rows().stream().map(ImportRepository.StagedRow::facts).toList();
        List<LocalDate> dates = facts.stream().map(DayFacts::date).toList();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            PatientState state = patients.loadWindows(stage.patientId(), h -> projection.windowsFor(h, dates));
            NavigableMap<LocalDate, DayFacts> days = new TreeMap<>(state.days());
            facts.forEach(f -> days.put(f.date(), f));
            PatientState next = state.withDays(days);
            List<Bson> changes = new ArrayList<>(List.of(PatientRepository.setImportedDays(facts),
                    PatientRepository.lowerDiaryStart(dates.stream().min(Comparator.naturalOrder()).orElseThrow()),
                    PatientRepository.addCommittedImport(stage.id())));
            EntrySource source = EntrySource.valueOf(stage.source().name());
            List<Document> outbox = new ArrayList<>(facts.stream()
                    .map(f -> events.entryRecorded(stage.patientId(), f, source)).toList());
            ReadModelService.Change change = new ReadModelService.Change(changes, outbox);
            change.withCurrentProgress(next, progress, clock, events);
            checkpoints.revisions(next, dates, change);
            if (patients.update(stage.patientId(), state.rev(), changes, outbox)) {
                return true;
            }
        }
        return false;
    }

    private void finish(ImportRepository.Staged stage) {
        entries.writeImported(stage);
        imports.done(stage.id());
        patients.importWritten(stage.patientId(), stage.id());
    }

    /** Finishes committed imports a crash interrupted and abandons stages that were never committed. */
    public int repair() {
        List<ImportRepository.Staged> stale = imports.stagedBefore(clock.clock().instant().minus(STALE), 50);
        for (ImportRepository.Staged stage : stale) {
            try {
                if (patients.importCommitted(stage.patientId(), stage.id())) {
                    finish(stage);
                } else {
                    imports.abandon(stage.id());
                }
            } catch (RuntimeException e) {
                LOG.errorf("repair of import %s failed (%s); retried on the next run", stage.id(),
                        e.getClass().getSimpleName());
            }
        }
        return stale.size();
    }
}
