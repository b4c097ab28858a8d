package care.unknot.plan.service.rules;

import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.diary.ProgressBaseline;
import care.unknot.events.diary.ProgressBaselineKind;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.WindowKind;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.intake.RetrospectiveBaseline;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a checkpoint is decided on: the figures of diary-service's CHECKPOINT {@code progress.updated} and the plan's
 * state. Figures are exact {@link Per28}s; absent figures are null.
 *
 * <p>diary's decimals are exact or floored to 4 places; a floored figure can move a reduction across a threshold,
 * so prefer the exact sources when they are at hand: {@link #withWindowCounts} (raw counts over logged days) and
 * {@link #withRetrospectiveBaseline} (the intake's monthly counts).
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

    /**
     * The facts of a CHECKPOINT progress.updated: from its raw counts over the logged days where the event carries
     * them (exact), else from its decimals (exact or floored to 4 places by diary-service).
     *
     * @throws IllegalArgumentException for a CURRENT window or one without its checkpoint
     */
    public static CheckpointFacts of(ProgressUpdatedV1 event, HeadachePhenotype phenotype, boolean alreadyExtended) {
        if (event.windowKind() != WindowKind.CHECKPOINT || event.checkpoint() == null
                || event.checkpoint().kind() == null) {
            throw new IllegalArgumentException("not a checkpoint window");
        }
        ProgressBaseline baseline = event.baseline();
        return new CheckpointFacts(event.checkpoint().kind(), event.checkpoint().triggeringSessionNumber(),
                event.checkpoint().checkpointDate(), phenotype, alreadyExtended, Boolean.TRUE.equals(event.usable()),
                event.windowDays(), event.loggedDays(),
                baseline == null ? null : baseline.kind(),
                baseline == null ? null : per28(baseline.headacheDaysPer28()),
                baseline == null ? null : per28(baseline.migraineDaysPer28()),
                per28(event.headacheDaysPer28()), per28(event.migraineDaysPer28()))
                .withWindowCounts(event.headacheDays(), event.migraineDays())
                .withBaselineCounts(baseline == null ? null : baseline.headacheDays(),
                        baseline == null ? null : baseline.migraineDays(),
                        baseline == null ? null : baseline.loggedDays());
    }

    /**
     * The window's figures from raw counts over the logged days (exact; use when the event carries them). A null
     * count, or no logged days, leaves that figure as it was.
     */
    public CheckpointFacts withWindowCounts(Integer headacheDays, Integer migraineDays) {
        if (loggedDays == null || loggedDays <= 0) {
            return this;
        }
        return new CheckpointFacts(kind, triggeringSessionNumber, checkpointDate, phenotype, alreadyExtended, usable,
                windowDays, loggedDays, baselineKind, baselineHeadacheDays, baselineMigraineDays,
                headacheDays == null ? windowHeadacheDays : Per28.ofCount(headacheDays, loggedDays),
                migraineDays == null ? windowMigraineDays : Per28.ofCount(migraineDays, loggedDays));
    }

    /**
     * The baseline's figures from raw counts over its logged days (exact; for when diary publishes them): a
     * PROSPECTIVE baseline's 28 days floored to 4 places can turn an exact 30 % into 29.9999 %. A null count, or no
     * logged days, leaves that figure as it was.
     */
    public CheckpointFacts withBaselineCounts(Integer headacheDays, Integer migraineDays, Integer baselineLoggedDays) {
        if (baselineLoggedDays == null || baselineLoggedDays <= 0) {
            return this;
        }
        return new CheckpointFacts(kind, triggeringSessionNumber, checkpointDate, phenotype, alreadyExtended, usable,
                windowDays, loggedDays, baselineKind,
                headacheDays == null ? baselineHeadacheDays : Per28.ofCount(headacheDays, baselineLoggedDays),
                migraineDays == null ? baselineMigraineDays : Per28.ofCount(migraineDays, baselineLoggedDays),
                windowHeadacheDays, windowMigraineDays);
    }

    /**
     * A RETROSPECTIVE baseline's headache days from the intake's monthly counts (their exact mean) instead of diary's
     * floored decimal; a PROSPECTIVE baseline, or an intake baseline without counts, is left as it was.
     */
    public CheckpointFacts withRetrospectiveBaseline(RetrospectiveBaseline intakeBaseline) {
        if (baselineKind != ProgressBaselineKind.RETROSPECTIVE || intakeBaseline == null
                || intakeBaseline.monthlyHeadacheDays().isEmpty()) {
            return this;
        }
        return new CheckpointFacts(kind, triggeringSessionNumber, checkpointDate, phenotype, alreadyExtended, usable,
                windowDays, loggedDays, baselineKind, Per28.meanOf(intakeBaseline.monthlyHeadacheDays()),
                baselineMigraineDays, windowHeadacheDays, windowMigraineDays);
    }

    private static Per28 per28(BigDecimal value) {
        return value == null ? null : Per28.of(value);
    }
}
