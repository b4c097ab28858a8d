package care.unknot.diary.service;

import care.unknot.diary.config.DiaryConfig;
import care.unknot.diary.domain.DateWindow;
import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.MohAlertState;
import care.unknot.diary.domain.PatientHistory;
import care.unknot.diary.domain.Progress;
import care.unknot.diary.domain.WindowProgress;
import care.unknot.diary.repository.ReportedCheckpoint;
import care.unknot.diary.domain.ProgressCalculator;
import care.unknot.diary.messaging.ProgressPayloads;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.repository.PatientState;
import care.unknot.events.EventJson;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.WindowKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Progress from the patient's stored day facts (never from raw entries), and when it is worth an event. */
@ApplicationScoped
public class ProgressService {

    private final PatientRepository patients;
    private final ProgressCalculator calculator;
    private final PatientClock clock;

    private final DiaryConfig config;
    private final ProgressCache cache;

    public ProgressService(PatientRepository patients, ProgressCalculator calculator, PatientClock clock,
                           DiaryConfig config) {
        this.patients = patients;
        this.calculator = calculator;
        this.clock = clock;
        this.config = config;
        this.cache = new ProgressCache(config.progress().cacheSize());
    }

    /** The patient's progress today (local date); an unknown patient has no days yet. */
    public Progress progress(UUID patientId) {
        return full(patientId).progress();
    }

    /**
     * Progress with every reported checkpoint's window, as computed on the days stored now: kept per patient while
     * the patient document's {@code rev} and local date stay the same (every change of a day, the baseline, T or a
     * checkpoint moves {@code rev}), so a repeated read costs one read of a few bytes, not the whole history.
     */
    public Full full(UUID patientId) {
        Optional<PatientRepository.Version> version = patients.version(patientId);
        if (version.isEmpty()) {
            return compute(empty(patientId));
        }
        LocalDate today = LocalDate.ofInstant(clock.clock().instant(),
                version.get().zone() == null ? config.defaultZone() : version.get().zone());
        Full cached = cache.get(patientId, version.get().rev(), today);
        if (cached != null) {
            return cached;
        }
        PatientState state = patients.findForProgress(patientId).orElseGet(() -> empty(patientId));
        Full full = compute(state);
        cache.put(patientId, state.rev(), full.progress().today(), full);
        return full;
    }

    private Full compute(PatientState state) {
        PatientHistory history = state.history();
        List<CheckpointProgress> checkpoints = state.checkpoints().stream()
                .sorted(java.util.Comparator.comparing(ReportedCheckpoint::checkpointDate))
                .map(c -> new CheckpointProgress(c, calculator.checkpoint(history, c.window()))).toList();
        return new Full(calculator.progress(history, clock.today(state)), checkpoints);
    }

    public record Full(Progress progress, List<CheckpointProgress> checkpoints) {
    }

    public record CheckpointProgress(ReportedCheckpoint reported, WindowProgress progress) {
    }

    /** The CURRENT progress.updated payload and its fingerprint, when it differs from the last one published. */
    public Optional<CurrentUpdate> currentChange(PatientState state, LocalDate today) {
        Progress progress = calculator.current(state.history(), today);
        if (state.currentFingerprint() == null && progress.current().metrics().loggedDays() == 0
                && !progress.treatmentStarted()) {
            return Optional.empty(); // nothing to tell yet: no entry in the window, no treatment
        }
        ProgressUpdatedV1 payload = ProgressPayloads.of(state.patientId(), WindowKind.CURRENT, null,
                progress.treatmentStarted(), progress.baseline(), progress.current(), clock.clock().instant());
        String fingerprint = fingerprint(payload);
        return fingerprint.equals(state.currentFingerprint())
                ? Optional.empty() : Optional.of(new CurrentUpdate(fingerprint, payload));
    }

    /** The days {@link #currentChange} needs of {@code patient} today (see {@code PatientRepository.loadWindows}). */
    public List<DateWindow> windowsFor(PatientState patient, LocalDate today) {
        return calculator.currentWindows(patient.firstSession(), today);
    }

    public record CurrentUpdate(String fingerprint, ProgressUpdatedV1 payload) {
    }

    /** What the update says, without the moving window dates and the computation time. */
    static String fingerprint(ProgressUpdatedV1 payload) {
        ObjectNode node = EventJson.mapper().valueToTree(payload);
        node.remove("windowStart");
        node.remove("windowEnd");
        node.remove("computedAt");
        node.remove("revision");
        return node.toString();
    }

    static PatientState empty(UUID patientId) {
        return new PatientState(patientId, 0, null, new TreeMap<LocalDate, DayFacts>(), null, null, null, null,
                MohAlertState.INITIAL, null, null, null, Set.of(), null, null, List.of());
    }
}
