package care.unknot.intake.messaging;

import care.unknot.events.EventDecimals;
import care.unknot.events.EventPayload;
import care.unknot.events.intake.ClearanceScope;
import care.unknot.events.intake.FiredRule;
import care.unknot.events.intake.HeadacheFrequency;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.intake.HeadacheProfile;
import care.unknot.events.intake.Hit6Band;
import care.unknot.events.intake.Hit6Score;
import care.unknot.events.intake.IntakeClearanceRecordedV1;
import care.unknot.events.intake.IntakeReviewedV1;
import care.unknot.events.intake.IntakeScreenedV1;
import care.unknot.events.intake.IntakeSubmittedV1;
import care.unknot.events.intake.MidasGrade;
import care.unknot.events.intake.MidasScore;
import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.PatientUpdatedV1;
import care.unknot.events.intake.Precaution;
import care.unknot.events.intake.ReferralReceivedV1;
import care.unknot.events.intake.ReferralUrgentRequiredV1;
import care.unknot.events.intake.ReminderPreferences;
import care.unknot.events.intake.RetrospectiveBaseline;
import care.unknot.events.intake.RuleLevel;
import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.events.intake.TreatmentArea;
import care.unknot.intake.domain.BodyRegion;
import care.unknot.intake.domain.Intake;
import care.unknot.intake.domain.IntakeReview;
import care.unknot.intake.domain.MedicalClearance;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.Patient;
import care.unknot.intake.domain.PatientDetails;
import care.unknot.intake.domain.Referral;
import care.unknot.intake.domain.ReviewDecision;
import care.unknot.intake.domain.ScreeningResult;
import care.unknot.kit.outbox.AggregateOutbox;
import care.unknot.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Maps intake's domain changes to the contract records of event-contracts and appends them to the outbox in the
 * caller's transaction. Payloads carry ids and codes only: no names, contact details or free text.
 *
 * <p>A write starts with {@link #lock(UUID)} (before it reads what the events carry) and passes the returned
 * {@link AggregateOutbox} to the methods here: writes for one patient then run one after another, so events reach
 * the topic in commit order and none carries a state a later commit replaced.
 */
@ApplicationScoped
public class IntakeEvents {

    private static final String AGGREGATE = "patient";

    private final Outbox outbox;

    public IntakeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Takes the patient's write lock for the rest of the transaction; call it first in every write. */
    public AggregateOutbox lock(UUID patientId) {
        return outbox.lock(AGGREGATE, patientId.toString());
    }

    public void patientRegistered(AggregateOutbox locked, Patient patient, List<String> consentPartnerIds) {
        PatientDetails details = patient.details();
        append(locked, patient.id(), new PatientRegisteredV1(patient.id(), ZoneId.of(details.timeZone()), details.locale(),
                reminders(details), consentPartnerIds, patient.referringPartnerId(), patient.createdAt()));
    }

    public void patientUpdated(AggregateOutbox locked, Patient patient, List<String> consentPartnerIds, Instant now) {
        PatientDetails details = patient.details();
        append(locked, patient.id(), new PatientUpdatedV1(patient.id(), ZoneId.of(details.timeZone()), details.locale(),
                reminders(details), consentPartnerIds, patient.referringPartnerId(), now));
    }

    public void referralReceived(AggregateOutbox locked, Referral referral) {
        append(locked, referral.patientId(), new ReferralReceivedV1(referral.id(), referral.patientId(), referral.partnerId(),
                referral.partnerReference(), referral.receivedAt()));
    }

    public void intakeSubmitted(AggregateOutbox locked, Intake intake) {
        append(locked, intake.patientId(), new IntakeSubmittedV1(intake.id(), intake.patientId(), intake.submittedAt()));
    }

    public void intakeScreened(AggregateOutbox locked, Intake intake) {
        ScreeningResult screening = intake.screening();
        List<FiredRule> rules = screening.rules().stream()
                .map(rule -> new FiredRule(rule.id(), RuleLevel.valueOf(rule.level().name()), rule.decisive()))
                .toList();
        List<Precaution> precautions = screening.precautions().stream()
                .map(p -> new Precaution(p.ruleId(), regions(p.regions())))
                .toList();
        HeadacheProfile profile = new HeadacheProfile(
                HeadachePhenotype.valueOf(screening.profile().phenotype().name()),
                HeadacheFrequency.valueOf(screening.profile().frequency().name()),
                screening.profile().mohRisk());
        append(locked, intake.patientId(), new IntakeScreenedV1(intake.id(), intake.patientId(), outcome(screening.outcome()),
                rules, profile,
                new Hit6Score(screening.hit6().total(), Hit6Band.valueOf(screening.hit6().band().name())),
                new MidasScore(screening.midas().score(), MidasGrade.valueOf(screening.midas().grade().name())),
                precautions, suggestedAreas(intake), baseline(intake), intake.screenedAt()));
    }

    /** {@code eligibleForPlan} is {@link Intake#eligibleForPlan()}, the rule the API reports, after the review. */
    public void intakeReviewed(AggregateOutbox locked, Intake intake, IntakeReview review) {
        append(locked, intake.patientId(), new IntakeReviewedV1(intake.id(), intake.patientId(), review.reviewerId(),
                outcome(intake.screenedOutcome()), outcome(review.outcomeAfter()), intake.eligibleForPlan(),
                review.decision() == ReviewDecision.OVERRIDE,
                review.reviewedAt()));
    }

    /** {@code eligibleForPlan} after the clearance: false while the intake awaits the therapist's review. */
    public void clearanceRecorded(AggregateOutbox locked, Intake intake, MedicalClearance clearance,
            List<String> clearedRuleIds) {
        append(locked, intake.patientId(), new IntakeClearanceRecordedV1(clearance.id(), intake.id(), intake.patientId(),
                ClearanceScope.valueOf(clearance.scope().name()), clearedRuleIds, clearance.restrictedRuleIds(),
                clearance.clearedOn(), outcome(intake.outcome()), intake.eligibleForPlan(), clearance.recordedAt()));
    }

    public void urgentReferralRequired(AggregateOutbox locked, Referral referral, Intake intake,
            List<String> emergencyRuleIds, Instant now) {
        append(locked, intake.patientId(), new ReferralUrgentRequiredV1(referral.id(), referral.partnerId(),
                intake.patientId(), intake.id(), emergencyRuleIds, now));
    }

    private static void append(AggregateOutbox locked, UUID patientId, EventPayload payload) {
        if (!locked.aggregateId().equals(patientId.toString())) {
            throw new IllegalStateException("event about patient " + patientId + " appended under the lock of "
                    + locked.aggregateId());
        }
        locked.append(payload);
    }

    private static ReminderPreferences reminders(PatientDetails details) {
        return new ReminderPreferences(details.diaryReminderTime(), details.homeProgramReminderTime());
    }

    private static ScreeningOutcome outcome(Outcome outcome) {
        return ScreeningOutcome.valueOf(outcome.name());
    }

    private static List<care.unknot.events.intake.BodyRegion> regions(Set<BodyRegion> regions) {
        return regions.stream().sorted()
                .map(region -> care.unknot.events.intake.BodyRegion.valueOf(region.name()))
                .toList();
    }

    /** The contract's areas are the ones muscle involvement suggests, before precautions (plan-service applies them). */
    private static List<TreatmentArea> suggestedAreas(Intake intake) {
        return intake.answers().history().muscleInvolvement().regions().stream()
                .flatMap(region -> region.areas().stream())
                .distinct()
                .sorted()
                .map(area -> TreatmentArea.valueOf(area.name()))
                .toList();
    }

    private static RetrospectiveBaseline baseline(Intake intake) {
        List<Integer> monthly = intake.answers().history().headacheDaysPerMonth();
        BigDecimal sum = BigDecimal.valueOf(monthly.stream().mapToInt(Integer::intValue).sum());
        return new RetrospectiveBaseline(monthly, EventDecimals.quotient(sum, BigDecimal.valueOf(monthly.size())),
                intake.answers().medication().anyMedicationDays());
    }
}
