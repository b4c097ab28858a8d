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
import java.time.LocalDate;
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
            change.outbox().add(checkpoint(next, history, window, CheckpointKind.SESSION_4, session));
        }
        if (session.programLastSessionNumber() != null
                && session.sessionNumber() == session.programLastSessionNumber()) {
            DateWindow window = calculator.endCheckpointWindow(session.localDate());
            change.outbox().add(checkpoint(next, history, window, CheckpointKind.PROGRAM_END, session));
        }
        return change.withCurrentProgress(next, progress, clock, events);
    }

    private org.bson.Document checkpoint(PatientState state, PatientHistory history, DateWindow window,
                                         CheckpointKind kind, CompletedSession session) {
        WindowProgress result = calculator.checkpoint(history, window);
        Baseline baseline = calculator.baseline(history);
        ProgressCheckpoint checkpoint = new ProgressCheckpoint(kind, session.sessionId(), session.sessionNumber(),
                session.localDate());
        return events.progressUpdated(ProgressPayloads.of(state.patientId(), WindowKind.CHECKPOINT, checkpoint,
                true, baseline, result, clock.clock().instant()));
    }
}
