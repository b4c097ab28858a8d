package care.unknot.plan.service.rules;

import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.diary.ProgressBaselineKind;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.intake.RetrospectiveBaseline;
import java.time.LocalDate;

/**
 * What a checkpoint is decided on: the figures of diary-service's CHECKPOINT {@code progress.updated} and the plan's
 * state. Figures are exact {@link Per28}s; absent figures are null.
 *
 * @param alreadyExtended whether the program was already extended (2.4: EXTEND once)
 * @param usable whether diary judged the window usable (3.3)
 */
public record CheckpointFacts(
        CheckpointKind kind,
        Integer triggeringSessionNumber,
        LocalDate checkpointDate,
        HeadachePhenotype phenotype,
        boolean alreadyExtended,
        boolean usable,
        Integer windowDays,
        Integer loggedDays,
        ProgressBaselineKind baselineKind,
        Per28 baselineHeadacheDays,
        Per28 baselineMigraineDays,
        Per28 windowHeadacheDays,
        Per28 windowMigraineDays) {

    /** The facts of a CHECKPOINT progress.updated, from its decimals. */
    public static CheckpointFacts of(ProgressUpdatedV1 event, HeadachePhenotype phenotype, boolean alreadyExtended) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * The window's figures from raw counts over the logged days (exact; use when the event carries them). A null
     * count leaves that figure as it was.
     */
    public CheckpointFacts withWindowCounts(Integer headacheDays, Integer migraineDays) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** A RETROSPECTIVE baseline from the intake's monthly counts (exact mean), instead of diary's floored decimal. */
    public CheckpointFacts withRetrospectiveBaseline(RetrospectiveBaseline intakeBaseline) {
        throw new UnsupportedOperationException("skeleton");
    }
}
