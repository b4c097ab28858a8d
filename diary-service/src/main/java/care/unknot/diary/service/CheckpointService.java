package care.unknot.diary.service;

import care.unknot.diary.config.DiaryConfig;
import care.unknot.diary.domain.Baseline;
import care.unknot.diary.domain.DateWindow;
import care.unknot.diary.domain.PatientHistory;
import care.unknot.diary.domain.ProgressCalculator;
import care.unknot.diary.domain.WindowProgress;
import care.unknot.diary.messaging.DiaryEvents;
import care.unknot.diary.messaging.ProgressPayloads;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.repository.PatientState;
import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.diary.ProgressCheckpoint;
import care.unknot.events.diary.WindowKind;
import jakarta.enterprise.context.ApplicationScoped;
import care.unknot.diary.repository.ReportedCheckpoint;
import care.unknot.events.diary.ProgressUpdatedV1;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * 2.4 flow: a completed session may move T (the earliest completed session); session 4 and the program's last
 * session trigger their checkpoint window, published as a CHECKPOINT progress.updated for plan-service.
 */
@ApplicationScoped
public class CheckpointService {

    private final ProgressCalculator calculator;
    private final ProgressService progress;
    private final PatientClock clock;
    private final DiaryEvents events;
    private final DiaryConfig config;

    public CheckpointService(ProgressCalculator calculator, ProgressService progress, PatientClock clock,
                             DiaryEvents events, DiaryConfig config) {
        this.calculator = calculator;
        this.progress = progress;
        this.clock = clock;
        this.events = events;
        this.config = config;
    }

    /** @param localDate the session's local date (the checkpoint date) */
    public record CompletedSession(UUID patientId, UUID sessionId, int sessionNumber, LocalDate localDate,
                                   Integer programLastSessionNumber) {
    }

    ReadModelService.Change onSessionCompleted(PatientState state, CompletedSession session) {
        LocalDate t = ReadModelService.min(state.firstSession(), session.localDate());
        ReadModelService.Change change = ReadModelService.Change.of(
                PatientRepository.setCompletedSession(session.sessionId(), session.localDate()),
                PatientRepository.setFirstSession(t));
        PatientState next = state.withFirstSession(t);
        PatientHistory history = next.history();
        if (session.sessionNumber() == config.checkpoint().earlySession()) {
            DateWindow window = calculator.earlyCheckpointWindow(t, session.localDate());
            report(next, history, new ReportedCheckpoint(CheckpointKind.SESSION_4, session.sessionId(),
                    session.sessionNumber(), session.localDate(), window, 0, null), change);
        }
        if (session.programLastSessionNumber() != null
                && session.sessionNumber() == session.programLastSessionNumber()) {
            DateWindow window = calculator.endCheckpointWindow(session.localDate());
            report(next, history, new ReportedCheckpoint(CheckpointKind.PROGRAM_END, session.sessionId(),
                    session.sessionNumber(), session.localDate(), window, 0, null), change);
        }
        return change.withCurrentProgress(next, progress, clock, events);
    }

    /**
     * The windows whose days {@link #revisions} needs for entries of {@code dates}: those of the reported checkpoints
     * the dates fall in (the baseline window is among the current windows already).
     */
    public List<DateWindow> windowsFor(PatientState head, Collection<LocalDate> dates) {
        return head.checkpoints().stream().filter(c -> affects(head, c, dates)).map(ReportedCheckpoint::window)
                .toList();
    }

    /**
     * 3.3 for late and imported entries: each reported checkpoint whose window or prospective baseline window holds
     * one of {@code dates} is recomputed from {@code next}; when its figures changed it is published again as the
     * next revision (one progress.updated per checkpoint, however many dates). Adds the updates and events to
     * {@code change}.
     */
    public void revisions(PatientState next, Collection<LocalDate> dates, ReadModelService.Change change) {
        for (ReportedCheckpoint c : next.checkpoints()) {
            if (affects(next, c, dates)) {
                report(next, next.history(), c, change);
            }
        }
    }

    private boolean affects(PatientState state, ReportedCheckpoint c, Collection<LocalDate> dates) {
        DateWindow baseline = state.firstSession() == null ? null
                : DateWindow.endingOn(state.firstSession().minusDays(1), config.windows().days());
        return dates.stream().anyMatch(d -> c.window().contains(d) || baseline != null && baseline.contains(d));
    }

    /** Publishes {@code c} (revision 0 when new, else the next one) unless its figures are what it last said. */
    private void report(PatientState state, PatientHistory history, ReportedCheckpoint fresh,
                        ReadModelService.Change change) {
        ReportedCheckpoint c = state.checkpoints().stream().filter(r -> r.key().equals(fresh.key())).findFirst()
                .orElse(fresh);
        WindowProgress result = calculator.checkpoint(history, c.window());
        Baseline baseline = calculator.baseline(history);
        ProgressCheckpoint checkpoint = new ProgressCheckpoint(c.kind(), c.sessionId(), c.sessionNumber(),
                c.checkpointDate());
        int revision = c.fingerprint() == null ? 0 : c.revision() + 1;
        ProgressUpdatedV1 payload = ProgressPayloads.of(state.patientId(), WindowKind.CHECKPOINT, checkpoint,
                true, baseline, result, clock.clock().instant(), revision);
        String fingerprint = ProgressService.fingerprint(payload);
        if (fingerprint.equals(c.fingerprint())) {
            return;
        }
        change.updates().add(PatientRepository.setCheckpoint(new ReportedCheckpoint(c.kind(), c.sessionId(),
                c.sessionNumber(), c.checkpointDate(), c.window(), revision, fingerprint)));
        change.outbox().add(events.progressUpdated(payload));
    }
}
