package care.unknot.plan.service.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.diary.ProgressBaseline;
import care.unknot.events.diary.ProgressBaselineKind;
import care.unknot.events.diary.ProgressCheckpoint;
import care.unknot.events.diary.ProgressMetric;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.ResponderClass;
import care.unknot.events.diary.WindowKind;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.intake.RetrospectiveBaseline;
import care.unknot.events.plan.CheckpointDecision;
import care.unknot.events.plan.ReviewReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every checkpoint decision of domain.md 2.4 at its thresholds, on exact values. */
class CheckpointPolicyTest {

    private static final HeadachePhenotype TENSION = HeadachePhenotype.TENSION_TYPE_LIKE;

    private final CheckpointPolicy policy = new CheckpointPolicy(DefaultRules.defaults());

    @Test
    void sessionFourContinuesAtExactlyThirtyPercent() {
        CheckpointProposal proposal = propose(session4("12", "8.4"), TENSION, false);

        assertThat(proposal.decision()).isEqualTo(CheckpointDecision.CONTINUE);
        assertThat(proposal.reductionPercent()).isEqualByComparingTo("30");
        assertThat(proposal.reviewReason()).isNull();
        assertThat(proposal.reasons()).contains("DOMAIN-2.4-SESSION-4-CONTINUE");
        assertThat(proposal.explanation()).contains("from 12 (prospective baseline) to 8.4").contains("30 %");
    }

    @Test
    void sessionFourReEvaluatesAtTwentyNineNinePercent() {
        CheckpointProposal proposal = propose(session4("10", "7.01"), TENSION, false);

        assertThat(proposal.decision()).isEqualTo(CheckpointDecision.RE_EVALUATE);
        assertThat(proposal.reductionPercent()).isEqualByComparingTo("29.9");
        assertThat(proposal.reviewReason()).isEqualTo(ReviewReason.INSUFFICIENT_RESPONSE);
        assertThat(proposal.recommendSeeingPhysician()).isFalse();
    }

    @Test
    void sessionFourContinuesAtThirtyPointZeroPercent() {
        assertThat(propose(session4("10", "7.00"), TENSION, false).decision()).isEqualTo(CheckpointDecision.CONTINUE);
    }

    @Test
    void sessionFourWithAnUnusableWindowRequiresReview() {
        ProgressUpdatedV1 event = unusable(CheckpointKind.SESSION_4, 4);

        CheckpointProposal proposal = propose(event, TENSION, false);

        assertThat(proposal.decision()).isEqualTo(CheckpointDecision.REVIEW_REQUIRED);
        assertThat(proposal.reviewReason()).isEqualTo(ReviewReason.WINDOW_UNUSABLE);
        assertThat(proposal.reductionPercent()).isNull();
        assertThat(proposal.windowValue()).isNull();
    }

    @Test
    void sessionFourWithAZeroBaselineRequiresReview() {
        CheckpointProposal proposal = propose(session4("0", "0"), TENSION, false);

        assertThat(proposal.decision()).isEqualTo(CheckpointDecision.REVIEW_REQUIRED);
        assertThat(proposal.reviewReason()).isEqualTo(ReviewReason.ZERO_BASELINE);
        assertThat(proposal.reductionPercent()).isNull();
    }

    @Test
    void programEndTapersAtExactlyFiftyPercent() {
        CheckpointProposal proposal = propose(programEnd(8, "12", "6"), TENSION, false);

        assertThat(proposal.decision()).isEqualTo(CheckpointDecision.TAPER);
        assertThat(proposal.reductionPercent()).isEqualByComparingTo("50");
        assertThat(proposal.reasons()).contains("DOMAIN-2.4-TAPER");
    }

    @Test
    void programEndExtendsAtFortyNineNinePercentWhenNotYetExtended() {
        CheckpointProposal proposal = propose(programEnd(8, "10", "5.01"), TENSION, false);

        assertThat(proposal.decision()).isEqualTo(CheckpointDecision.EXTEND);
        assertThat(proposal.reductionPercent()).isEqualByComparingTo("49.9");
        assertThat(proposal.reviewReason()).isNull();
    }

    @Test
    void programEndTapersAtFiftyPointZeroPercent() {
        assertThat(propose(programEnd(8, "10", "5.00"), TENSION, false).decision())
                .isEqualTo(CheckpointDecision.TAPER);
    }

    @Test
    void programEndExtendsAtExactlyThirtyPercent() {
        assertThat(propose(programEnd(8, "12", "8.4"), TENSION, false).decision())
                .isEqualTo(CheckpointDecision.EXTEND);
    }

    @Test
    void programEndReEvaluatesWithAPhysicianRecommendationAtTwentyNineNinePercent() {
        CheckpointProposal proposal = propose(programEnd(8, "10", "7.01"), TENSION, false);

        assertThat(proposal.decision()).isEqualTo(CheckpointDecision.RE_EVALUATE);
        assertThat(proposal.recommendSeeingPhysician()).isTrue();
        assertThat(proposal.reviewReason()).isEqualTo(ReviewReason.INSUFFICIENT_RESPONSE);
        assertThat(proposal.explanation()).contains("see a physician");
    }

    @Test
    void programEndReEvaluatesWhenWorse() {
        CheckpointProposal proposal = propose(programEnd(8, "10", "14"), TENSION, false);

        assertThat(proposal.decision()).isEqualTo(CheckpointDecision.RE_EVALUATE);
        assertThat(proposal.reductionPercent()).isEqualByComparingTo("-40");
        assertThat(proposal.recommendSeeingPhysician()).isTrue();
    }

    @Test
    void partialResponseAfterTheExtensionRequiresReview() {
        CheckpointProposal proposal = propose(programEnd(12, "12", "8.4"), TENSION, true);

        assertThat(proposal.decision()).isEqualTo(CheckpointDecision.REVIEW_REQUIRED);
        assertThat(proposal.reviewReason()).isEqualTo(ReviewReason.PARTIAL_RESPONSE_AFTER_EXTENSION);
        assertThat(proposal.reductionPercent()).isEqualByComparingTo("30");
    }

    @Test
    void afterTheExtensionFiftyPercentStillTapersAndUnderThirtyReEvaluates() {
        assertThat(propose(programEnd(12, "10", "5"), TENSION, true).decision()).isEqualTo(CheckpointDecision.TAPER);
        assertThat(propose(programEnd(12, "10", "7.01"), TENSION, true).decision())
                .isEqualTo(CheckpointDecision.RE_EVALUATE);
    }

    @Test
    void programEndWithAnUnusableWindowOrAZeroBaselineRequiresReview() {
        assertThat(propose(unusable(CheckpointKind.PROGRAM_END, 8), TENSION, false).reviewReason())
                .isEqualTo(ReviewReason.WINDOW_UNUSABLE);
        CheckpointProposal zero = propose(programEnd(8, "0", "3"), TENSION, false);
        assertThat(zero.decision()).isEqualTo(CheckpointDecision.REVIEW_REQUIRED);
        assertThat(zero.reviewReason()).isEqualTo(ReviewReason.ZERO_BASELINE);
    }

    @Test
    void migraineLikeIsJudgedOnMigraineDaysAgainstAProspectiveBaseline() {
        // headache days: 12 -> 10 (16.7 %); migraine days: 8 -> 4 (50 %)
        ProgressUpdatedV1 event = checkpoint(CheckpointKind.PROGRAM_END, 8, ProgressBaselineKind.PROSPECTIVE,
                "12", "8", "10", "4");

        CheckpointProposal migraine = propose(event, HeadachePhenotype.MIGRAINE_LIKE, false);
        CheckpointProposal mixed = propose(event, HeadachePhenotype.MIXED, false);
        CheckpointProposal unclassified = propose(event, HeadachePhenotype.UNCLASSIFIED, false);

        assertThat(migraine.metric()).isEqualTo(ProgressMetric.MIGRAINE_DAYS);
        assertThat(migraine.decision()).isEqualTo(CheckpointDecision.TAPER);
        assertThat(migraine.explanation()).startsWith("End-of-program checkpoint: Migraine days");
        assertThat(mixed.metric()).isEqualTo(ProgressMetric.HEADACHE_DAYS);
        assertThat(mixed.decision()).isEqualTo(CheckpointDecision.RE_EVALUATE);
        assertThat(unclassified.metric()).isEqualTo(ProgressMetric.HEADACHE_DAYS);
    }

    @Test
    void aRetrospectiveBaselineIsJudgedOnHeadacheDaysForEveryPhenotype() {
        ProgressUpdatedV1 event = checkpoint(CheckpointKind.PROGRAM_END, 8, ProgressBaselineKind.RETROSPECTIVE,
                "12", null, "10", "4");

        CheckpointProposal proposal = propose(event, HeadachePhenotype.MIGRAINE_LIKE, false);

        assertThat(proposal.metric()).isEqualTo(ProgressMetric.HEADACHE_DAYS);
        assertThat(proposal.baselineKind()).isEqualTo(ProgressBaselineKind.RETROSPECTIVE);
        assertThat(proposal.decision()).isEqualTo(CheckpointDecision.RE_EVALUATE);
        assertThat(proposal.reasons()).contains("DOMAIN-2.4-METRIC:RETROSPECTIVE-BASELINE");
    }

    @Test
    void rawCountsDecideWhereFlooredDecimalsWouldMissTheThreshold() {
        // baseline 20 of 26 logged days, window 7 of 13: exactly 30 %; the 4-place floors (21.5384, 15.0769) give 29.9999
        ProgressUpdatedV1 event = session4("21.5384", "15.0769");
        CheckpointFacts fromDecimals = CheckpointFacts.of(withLoggedDays(event, 13), TENSION, false);

        CheckpointFacts exact = fromDecimals.withWindowCounts(7, null).withBaselineCounts(20, null, 26);

        assertThat(policy.propose(fromDecimals).decision()).isEqualTo(CheckpointDecision.RE_EVALUATE);
        assertThat(policy.propose(exact).decision()).isEqualTo(CheckpointDecision.CONTINUE);
        assertThat(policy.propose(exact).reductionPercent()).isEqualByComparingTo("30");
    }

    @Test
    void theFactsOfAnEventThatCarriesRawCountsDecideOnThem() {
        // what diary-service publishes: floored decimals (29.9999 %) next to the raw counts (exactly 30 %)
        ProgressUpdatedV1 floored = withLoggedDays(session4("21.5384", "15.0769"), 13);
        ProgressBaseline b = floored.baseline();
        ProgressUpdatedV1 e = floored;
        ProgressUpdatedV1 withCounts = new ProgressUpdatedV1(e.patientId(), e.windowKind(), e.checkpoint(),
                e.treatmentStarted(), e.windowStart(), e.windowEnd(), e.windowDays(), e.loggedDays(), e.usable(),
                new ProgressBaseline(b.kind(), b.start(), b.end(), b.headacheDaysPer28(), b.migraineDaysPer28(),
                        null, null, 26, 20, 20, null, null, 0),
                e.headacheDaysPer28(), e.migraineDaysPer28(), null, null, e.responderMetric(),
                e.headacheDaysReductionPercent(), e.migraineDaysReductionPercent(), null, e.responderClass(), null,
                e.computedAt(), 7, 7, null, null, 0, null, null, null, null, null, null, 0);

        assertThat(policy.propose(CheckpointFacts.of(floored, TENSION, false)).decision())
                .isEqualTo(CheckpointDecision.RE_EVALUATE);
        assertThat(policy.propose(CheckpointFacts.of(withCounts, TENSION, false)).decision())
                .isEqualTo(CheckpointDecision.CONTINUE);
    }

    @Test
    void anIntakeBaselineGivesTheExactRetrospectiveMean() {
        // months 15, 15, 14: the mean 44/3 arrives floored as 14.6666; the facts use the exact 44/3
        ProgressUpdatedV1 event = checkpoint(CheckpointKind.PROGRAM_END, 8, ProgressBaselineKind.RETROSPECTIVE,
                "14.6666", null, "7.3333", null);
        CheckpointFacts facts = CheckpointFacts.of(withLoggedDays(event, 21), TENSION, false)
                .withRetrospectiveBaseline(new RetrospectiveBaseline(List.of(15, 15, 14), new BigDecimal("14.6666"), 3))
                .withWindowCounts(5, null); // 5 x 28 / 21 = 20/3

        CheckpointProposal proposal = policy.propose(facts);

        assertThat(facts.baselineHeadacheDays()).isEqualTo(Per28.meanOf(List.of(15, 15, 14)));
        assertThat(proposal.reductionPercent()).isEqualByComparingTo("54.5454");
        assertThat(proposal.decision()).isEqualTo(CheckpointDecision.TAPER);
    }

    @Test
    void aCurrentWindowIsNotACheckpoint() {
        ProgressUpdatedV1 current = new ProgressUpdatedV1(UUID.randomUUID(), WindowKind.CURRENT, null, true,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 28), 28, 28, true, null, null, null, null, null,
                null, null, null, null, ResponderClass.INSUFFICIENT_DATA, null, Instant.EPOCH);

        assertThatThrownBy(() -> CheckpointFacts.of(current, TENSION, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private CheckpointProposal propose(ProgressUpdatedV1 event, HeadachePhenotype phenotype, boolean extended) {
        return policy.propose(CheckpointFacts.of(event, phenotype, extended));
    }

    private static ProgressUpdatedV1 session4(String baseline, String window) {
        return checkpoint(CheckpointKind.SESSION_4, 4, ProgressBaselineKind.PROSPECTIVE, baseline, baseline, window,
                window);
    }

    private static ProgressUpdatedV1 programEnd(int session, String baseline, String window) {
        return checkpoint(CheckpointKind.PROGRAM_END, session, ProgressBaselineKind.PROSPECTIVE, baseline, baseline,
                window, window);
    }

    private static ProgressUpdatedV1 unusable(CheckpointKind kind, int session) {
        ProgressUpdatedV1 usable = checkpoint(kind, session, ProgressBaselineKind.PROSPECTIVE, "12", "12", null, null);
        return new ProgressUpdatedV1(usable.patientId(), usable.windowKind(), usable.checkpoint(), true,
                usable.windowStart(), usable.windowEnd(), 28, 12, false, usable.baseline(), null, null, null, null,
                null, null, null, null, ResponderClass.INSUFFICIENT_DATA, null, Instant.EPOCH);
    }

    private static ProgressUpdatedV1 withLoggedDays(ProgressUpdatedV1 e, int loggedDays) {
        return new ProgressUpdatedV1(e.patientId(), e.windowKind(), e.checkpoint(), e.treatmentStarted(),
                e.windowStart(), e.windowEnd(), e.windowDays(), loggedDays, e.usable(), e.baseline(),
                e.headacheDaysPer28(), e.migraineDaysPer28(), e.moderateSevereDaysPer28(),
                e.acuteMedicationDaysPer28(), e.responderMetric(), e.headacheDaysReductionPercent(),
                e.migraineDaysReductionPercent(), e.medicationDaysReductionPercent(), e.responderClass(),
                e.mohStatus(), e.computedAt());
    }

    private static ProgressUpdatedV1 checkpoint(CheckpointKind kind, int session, ProgressBaselineKind baselineKind,
            String baselineHeadache, String baselineMigraine, String windowHeadache, String windowMigraine) {
        LocalDate date = LocalDate.of(2026, 3, 29);
        ProgressBaseline baseline = new ProgressBaseline(baselineKind,
                baselineKind == ProgressBaselineKind.PROSPECTIVE ? date.minusDays(56) : null,
                baselineKind == ProgressBaselineKind.PROSPECTIVE ? date.minusDays(29) : null,
                decimal(baselineHeadache), decimal(baselineMigraine), null, null);
        return new ProgressUpdatedV1(UUID.randomUUID(), WindowKind.CHECKPOINT,
                new ProgressCheckpoint(kind, UUID.randomUUID(), session, date), true, date.minusDays(28),
                date.minusDays(1), 28, 28, true, baseline, decimal(windowHeadache), decimal(windowMigraine), null,
                null, ProgressMetric.HEADACHE_DAYS, null, null, null, ResponderClass.PARTIAL, null, Instant.EPOCH);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
