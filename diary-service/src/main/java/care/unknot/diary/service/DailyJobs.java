package care.unknot.diary.service;

import care.unknot.diary.config.DiaryConfig;
import care.unknot.diary.domain.DateWindow;
import care.unknot.diary.domain.GapDetector;
import care.unknot.diary.domain.MohAlertState;
import care.unknot.diary.domain.WindowCalculator;
import care.unknot.diary.domain.WindowMetrics;
import care.unknot.diary.messaging.DiaryEvents;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.repository.PatientState;
import care.unknot.kit.time.ClockMoved;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

/**
 * Once per local day per patient (each in their own time zone): gap detection (3.4), the MOH alert state machine
 * (3.3) and the CURRENT progress.updated when the moving window changed. The scheduler ticks often; each tick
 * claims only the patients whose next-run time (the start of their next local day, indexed) has passed, one at a
 * time, so a tick costs in proportion to the patients due and two replicas share them. A patient's day runs once
 * ({@code lastDailyRun}); one that fails is retried after {@code unknot.diary.jobs.retry-after} and never stops
 * the others. Time comes from the injected clock, so tests call {@link #runAll()}.
 */
@ApplicationScoped
public class DailyJobs {

    private static final Logger LOG = Logger.getLogger(DailyJobs.class);
    private static final int ATTEMPTS = 10;

    private final PatientRepository patients;
    private final ProjectionService projection;
    private final ProgressService progress;
    private final WindowCalculator windows;
    private final GapDetector gaps;
    private final PatientClock clock;
    private final DiaryEvents events;
    private final DiaryConfig config;
    private final ImportService imports;

    public DailyJobs(PatientRepository patients, ProjectionService projection, ProgressService progress,
                     WindowCalculator windows, GapDetector gaps, PatientClock clock, DiaryEvents events,
                     DiaryConfig config, ImportService imports) {
        this.imports = imports;
        this.patients = patients;
        this.projection = projection;
        this.progress = progress;
        this.windows = windows;
        this.gaps = gaps;
        this.clock = clock;
        this.events = events;
        this.config = config;
    }

    @Scheduled(every = "${unknot.diary.jobs.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runAll();
    }

    /** The local stack's clock was set or advanced: catch up now rather than at the next tick. */
    void onClockMoved(@Observes ClockMoved moved) {
        runAll();
    }

    /**
     * Finishes interrupted projections, then runs the day of every patient who is due; returns how many patients
     * it visited.
     */
    public int runAll() {
        try {
            projection.repair();
        } catch (RuntimeException e) {
            LOG.errorf("projection repair failed (%s); retried on the next tick", e.getClass().getSimpleName());
        }
        try {
            imports.repair();
        } catch (RuntimeException e) {
            LOG.errorf("import repair failed (%s); retried on the next tick", e.getClass().getSimpleName());
        }
        Instant now = clock.clock().instant();
        Instant retryAt = now.plus(config.jobs().retryAfter());
        int visited = 0;
        for (Optional<UUID> due = patients.claimDue(now, retryAt); due.isPresent();
             due = patients.claimDue(now, retryAt)) {
            visited++;
            try {
                runFor(due.get());
            } catch (RuntimeException e) {
                LOG.errorf("daily run failed for patient %s (%s); retried after %s", due.get(),
                        e.getClass().getSimpleName(), config.jobs().retryAfter());
            }
        }
        return visited;
    }

    public void runFor(UUID patientId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            PatientState state = patients.loadWindows(patientId, head -> windowsFor(head, runDay(head)));
            LocalDate today = runDay(state);
            Instant nextRun = today.plusDays(1).atStartOfDay(clock.zone(state)).toInstant();
            if (today.equals(state.lastDailyRun())) {
                patients.scheduleNextRun(patientId, nextRun);
                return;
            }
            List<Bson> changes = new ArrayList<>();
            List<Document> outbox = new ArrayList<>();
            List<Document> alerts = new ArrayList<>();
            gaps.detect(state.lastEntry(), state.gapRaisedThrough(), today).ifPresent(gap -> {
                changes.add(PatientRepository.setGapRaisedThrough(gap.lastEmptyDay()));
                alerts.add(PatientRepository.alert("GAP", gap.firstEmptyDay(), gap.lastEmptyDay(), List.of(),
                        clock.clock().instant()));
                outbox.add(events.gapDetected(patientId, gap));
            });
            changes.add(PatientRepository.setMoh(evaluateMoh(state, today, alerts, outbox)));
            if (!alerts.isEmpty()) {
                changes.add(PatientRepository.pushAlerts(alerts));
            }
            progress.currentChange(state, today).ifPresent(update -> {
                changes.add(PatientRepository.setCurrentFingerprint(update.fingerprint()));
                outbox.add(events.progressUpdated(update.payload()));
            });
            changes.add(PatientRepository.setLastDailyRun(today));
            changes.add(PatientRepository.setNextRun(nextRun));
            if (patients.update(patientId, state.rev(), changes, outbox)) {
                return;
            }
        }
    }

    /**
     * The local day this run evaluates: today, or the day after the last run when the clock moved on by more than
     * a day (an outage, the local stack's clock advanced), at most one window back; that day's next run is then due
     * at once, so {@link #runAll()} catches a patient up day by day as if the time had passed.
     */
    private LocalDate runDay(PatientState patient) {
        LocalDate today = clock.today(patient);
        LocalDate last = patient.lastDailyRun();
        if (last == null || !last.plusDays(1).isBefore(today)) {
            return today;
        }
        LocalDate oldest = today.minusDays(config.windows().days() - 1L);
        return last.plusDays(1).isBefore(oldest) ? oldest : last.plusDays(1);
    }

    /** The days a run reads: those of progress, and the windows of the MOH days it may catch up (one back). */
    private List<DateWindow> windowsFor(PatientState patient, LocalDate today) {
        List<DateWindow> read = new ArrayList<>(progress.windowsFor(patient, today));
        read.add(new DateWindow(today.minusDays(2L * config.windows().days() - 1), today));
        return read;
    }

    /** Every local day since the last evaluation (at most one window back), each on its own current window. */
    private MohAlertState evaluateMoh(PatientState state, LocalDate today, List<Document> alerts,
                                      List<Document> outbox) {
        int windowDays = config.windows().days();
        MohAlertState moh = state.moh();
        LocalDate day = moh.lastEvaluated() == null ? today : moh.lastEvaluated().plusDays(1);
        if (day.isBefore(today.minusDays(windowDays - 1L))) {
            day = today.minusDays(windowDays - 1L);
        }
        for (; !day.isAfter(today); day = day.plusDays(1)) {
            DateWindow window = DateWindow.endingOn(day.minusDays(1), windowDays);
            WindowMetrics metrics = windows.measure(window, state.days(), state.homeProgram());
            MohAlertState.Step step = moh.evaluate(day, metrics.moh(), config.moh().offAfterDays());
            if (step.crossed()) {
                alerts.add(PatientRepository.alert("MOH", window.start(), window.end(),
                        step.crossing().stream().map(Enum::name).toList(), clock.clock().instant()));
                outbox.add(events.mohCrossed(state.patientId(), window, step.crossing()));
            }
            if (step.turnedOff()) {
                // the history staff read: the day the alert went off (no event: 3.4 names crossings only)
                alerts.add(PatientRepository.alert("MOH_OFF", window.start(), window.end(), List.of(),
                        clock.clock().instant()));
            }
            moh = step.state();
        }
        return moh;
    }
}
