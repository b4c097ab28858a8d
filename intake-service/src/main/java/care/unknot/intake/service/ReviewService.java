package care.unknot.intake.service;

import care.unknot.intake.domain.ClearanceScope;
import care.unknot.intake.domain.FiredRule;
import care.unknot.intake.domain.Intake;
import care.unknot.intake.domain.IntakeReview;
import care.unknot.intake.domain.MedicalClearance;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.ReviewDecision;
import care.unknot.intake.domain.RuleLevel;
import care.unknot.intake.messaging.IntakeEvents;
import care.unknot.intake.repository.IntakeRepository;
import care.unknot.intake.repository.IntakeReviewRepository;
import care.unknot.intake.repository.MedicalClearanceRepository;
import care.unknot.intake.repository.PatientRepository;
import care.unknot.intake.service.screening.ScreeningRule;
import care.unknot.kit.outbox.AggregateOutbox;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.ETags;
import care.unknot.kit.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A therapist's review (accept or override with a reason, audited) and recorded medical clearances. */
@ApplicationScoped
@Transactional
public class ReviewService {

    private final IntakeRepository intakes;
    private final IntakeReviewRepository reviews;
    private final MedicalClearanceRepository clearances;
    private final PatientRepository patients;
    private final IntakeEvents events;
    private final CurrentUser user;
    private final Clock clock;

    public ReviewService(IntakeRepository intakes, IntakeReviewRepository reviews,
            MedicalClearanceRepository clearances, PatientRepository patients, IntakeEvents events, CurrentUser user,
            Clock clock) {
        this.intakes = intakes;
        this.reviews = reviews;
        this.clearances = clearances;
        this.patients = patients;
        this.events = events;
        this.user = user;
        this.clock = clock;
    }

    public Intake review(UUID intakeId, ReviewDecision decision, Outcome override, String reason, String ifMatch) {
        Intake intake = existing(intakeId);
        AggregateOutbox patientEvents = lockPatientOf(intake);
        ETags.requireMatch(ifMatch, intake.version());
        Outcome after = decision == ReviewDecision.OVERRIDE ? override : intake.outcome();
        Instant now = clock.instant();
        IntakeReview review = new IntakeReview(UUID.randomUUID(), intakeId, user.subject(), decision,
                intake.outcome(), after, reason, now);
        reviews.persist(review);
        intake.review(after, user.subject(), now);
        flushOrPreconditionFailed();
        updatePatientStatus(intake, now);
        events.intakeReviewed(patientEvents, intake, review);
        return intake;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IntakeReview> reviewsOf(UUID intakeId) {
        existing(intakeId);
        return reviews.ofIntake(intakeId);
    }

    public MedicalClearance recordClearance(UUID intakeId, String clinicianName, LocalDate clearedOn,
            ClearanceScope scope, List<String> restrictedRuleIds, String documentReference) {
        Intake intake = existing(intakeId);
        AggregateOutbox patientEvents = lockPatientOf(intake);
        if (clearedOn.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1))) {
            // one day of slack: the clearance's date is local to the clinician, the clock is UTC
            throw ProblemException.field(400, "clearedOn", "must not be in the future");
        }
        requireKnownPrecautions(scope, restrictedRuleIds);
        // The outcome in force decides, not whether a clearance exists: a cleared intake is ELIGIBLE* (so a second
        // clearance is refused), but one a therapist overrode back to NEEDS_MEDICAL_CLEARANCE takes a new clearance;
        // the earlier ones stay as history (clearanceNo).
        if (intake.outcome() != Outcome.NEEDS_MEDICAL_CLEARANCE) {
            throw ProblemException.conflict("Only an intake whose outcome in force is NEEDS_MEDICAL_CLEARANCE takes a "
                    + "clearance.");
        }
        List<String> restricted = scope == ClearanceScope.WITH_RESTRICTIONS ? restrictedRuleIds : List.of();
        Instant now = clock.instant();
        MedicalClearance clearance = new MedicalClearance(UUID.randomUUID(), intakeId, clearances.nextNumber(intakeId),
                clinicianName, clearedOn, scope, restricted, documentReference, user.subject(), now);
        clearances.persist(clearance);
        List<FiredRule> fired = intake.screening().rules();
        boolean precautionsInForce = !restricted.isEmpty()
                || fired.stream().anyMatch(rule -> rule.level() == RuleLevel.PRECAUTION);
        intake.cleared(precautionsInForce ? Outcome.ELIGIBLE_WITH_PRECAUTIONS : Outcome.ELIGIBLE);
        // two recordings at once: the same clearanceNo (unique) or the intake's version makes one lose
        Flush.orConflict(this::flushOrPreconditionFailed, "A clearance was recorded concurrently; read the intake again.");
        updatePatientStatus(intake, now);
        List<String> cleared = fired.stream()
                .filter(rule -> rule.level() == RuleLevel.CLEARANCE)
                .map(FiredRule::id)
                .toList();
        events.clearanceRecorded(patientEvents, intake, clearance, cleared);
        return clearance;
    }

    /** A clearance WITH_RESTRICTIONS names the PR-* precautions (domain.md 1.2) it keeps in force, and only those. */
    private static void requireKnownPrecautions(ClearanceScope scope, List<String> restrictedRuleIds) {
        if (scope != ClearanceScope.WITH_RESTRICTIONS) {
            return;
        }
        if (restrictedRuleIds.isEmpty()) {
            throw ProblemException.field(400, "restrictedRuleIds",
                    "must name at least one precaution for WITH_RESTRICTIONS");
        }
        for (int i = 0; i < restrictedRuleIds.size(); i++) {
            String id = restrictedRuleIds.get(i);
            if (Arrays.stream(ScreeningRule.values())
                    .noneMatch(rule -> rule.level() == RuleLevel.PRECAUTION && rule.id().equals(id))) {
                throw ProblemException.field(400, "restrictedRuleIds[" + i + "]",
                        "must be the id of a PR-* precaution");
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MedicalClearance> clearanceOf(UUID intakeId) {
        existing(intakeId);
        return clearances.ofIntake(intakeId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MedicalClearance> clearancesOf(UUID intakeId) {
        existing(intakeId);
        return clearances.historyOf(intakeId);
    }

    private void updatePatientStatus(Intake intake, Instant now) {
        intakes.latestOf(intake.patientId())
                .filter(latest -> latest.id().equals(intake.id()))
                .ifPresent(latest -> patients.findById(intake.patientId())
                        .changeStatus(PatientStatusPolicy.after(latest)));
    }

    /** The patient's write lock, then the intake as the previous writer committed it (read again under the lock). */
    private AggregateOutbox lockPatientOf(Intake intake) {
        AggregateOutbox patientEvents = events.lock(intake.patientId());
        intakes.getEntityManager().refresh(intake);
        return patientEvents;
    }

    private void flushOrPreconditionFailed() {
        Flush.orPreconditionFailed(intakes::flush, "The intake was changed meanwhile; read it again.");
    }

    private Intake existing(UUID intakeId) {
        return intakes.findByIdOptional(intakeId).orElseThrow(IntakeService::notFound);
    }
}
