package care.unknot.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.intake.domain.AnswersFixture;
import care.unknot.intake.domain.Intake;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.PatientStatus;
import care.unknot.intake.service.screening.DefaultRules;
import care.unknot.intake.service.screening.Screening;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientStatusPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private static Intake screened(String redFlag) {
        AnswersFixture answers = AnswersFixture.eligible();
        if (!redFlag.isBlank()) {
            answers.redFlag(redFlag);
        }
        return new Intake(UUID.randomUUID(), UUID.randomUUID(), answers.build(),
                new Screening(DefaultRules.get()).screen(answers.build()), "therapist-1", NOW);
    }

    /** Columns: red flag answered yes ('' for none), outcome put in force by a review ('' for none), status. */
    @ParameterizedTest(name = "[{index}] flag {0}, reviewed to {1} -> {2}")
    @CsvSource({
            "'',             '',                        AWAITING_REVIEW",
            "RF-TRAUMA,      '',                        AWAITING_REVIEW",
            "RF-THUNDERCLAP, '',                        URGENT_REFERRAL",
            "'',             ELIGIBLE,                  ELIGIBLE",
            "'',             ELIGIBLE_WITH_PRECAUTIONS, ELIGIBLE",
            "'',             NEEDS_MEDICAL_CLEARANCE,   AWAITING_CLEARANCE",
            "RF-TRAUMA,      NEEDS_MEDICAL_CLEARANCE,   AWAITING_CLEARANCE",
            "RF-THUNDERCLAP, ELIGIBLE,                  ELIGIBLE",
            "'',             URGENT_REFERRAL,           URGENT_REFERRAL"})
    void patientStatusFollowsTheLatestIntake(String redFlag, String reviewedOutcome, PatientStatus expected) {
        Intake intake = screened(redFlag);
        if (!reviewedOutcome.isBlank()) {
            intake.review(Outcome.valueOf(reviewedOutcome), "therapist-2", NOW);
        }

        assertThat(PatientStatusPolicy.after(intake)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "cleared after review with precautions in force={0} -> eligible for plan")
    @CsvSource({"ELIGIBLE", "ELIGIBLE_WITH_PRECAUTIONS"})
    void aRecordedClearanceMakesAReviewedIntakeEligibleForPlan(Outcome afterClearance) {
        Intake intake = screened("RF-TRAUMA");
        intake.review(Outcome.NEEDS_MEDICAL_CLEARANCE, "therapist-2", NOW);
        assertThat(intake.eligibleForPlan()).isFalse();

        intake.cleared(afterClearance);

        assertThat(intake.eligibleForPlan()).isTrue();
        assertThat(PatientStatusPolicy.after(intake)).isEqualTo(PatientStatus.ELIGIBLE);
    }
}
