package care.unknot.intake.service;

import care.unknot.intake.domain.FiredRule;
import care.unknot.intake.domain.Intake;
import care.unknot.intake.domain.IntakeAnswers;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.Patient;
import care.unknot.intake.domain.RuleLevel;
import care.unknot.intake.messaging.IntakeEvents;
import care.unknot.intake.repository.IntakeRepository;
import care.unknot.intake.repository.ReferralRepository;
import care.unknot.intake.service.screening.Screening;
import care.unknot.kit.outbox.AggregateOutbox;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Submitting an intake: validated, screened, stored with its screening, announced; and reading intakes. */
@ApplicationScoped
@Transactional
public class IntakeService {

    private final IntakeRepository intakes;
    private final ReferralRepository referrals;
    private final PatientAccess access;
    private final Screening screening;
    private final IntakeEvents events;
    private final CurrentUser user;
    private final Clock clock;

    public IntakeService(IntakeRepository intakes, ReferralRepository referrals, PatientAccess access,
            Screening screening, IntakeEvents events, CurrentUser user, Clock clock) {
        this.intakes = intakes;
        this.referrals = referrals;
        this.access = access;
        this.screening = screening;
        this.events = events;
        this.user = user;
        this.clock = clock;
    }

    public Intake submit(UUID patientId, IntakeAnswers answers) {
        AggregateOutbox patientEvents = events.lock(patientId);
        Patient patient = access.selfOrStaff(patientId);
        Instant now = clock.instant();
        requireDaysWithinMonthLength(answers.history().headacheDaysPerMonth(), now, patient.details().timeZone());

        Intake intake = new Intake(UUID.randomUUID(), patientId, answers, screening.screen(answers), user.subject(),
                now);
        intakes.persist(intake);
        patient.changeStatus(PatientStatusPolicy.after(intake));
        events.intakeSubmitted(patientEvents, intake);
        events.intakeScreened(patientEvents, intake);
        if (intake.screenedOutcome() == Outcome.URGENT_REFERRAL) {
            List<String> emergencyRules = intake.screening().rules().stream()
                    .filter(rule -> rule.level() == RuleLevel.EMERGENCY)
                    .map(FiredRule::id)
                    .toList();
            referrals.ofPatient(patientId).forEach(referral ->
                    events.urgentReferralRequired(patientEvents, referral, intake, emergencyRules, now));
        }
        return intake;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Intake read(UUID intakeId) {
        Intake intake = intakes.findByIdOptional(intakeId).orElseThrow(IntakeService::notFound);
        try {
            access.selfOrStaff(intake.patientId());
        } catch (ProblemException e) {
            throw notFound();
        }
        return intake;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Intake> ofPatient(UUID patientId, UUID after, int limit) {
        access.selfOrStaff(patientId);
        return intakes.ofPatient(patientId, after, limit);
    }

    /**
     * The months are the last three calendar months before submission in the patient's zone, oldest first; a
     * count cannot exceed its month's length (Bean Validation already caps it at 31).
     */
    private static void requireDaysWithinMonthLength(List<Integer> headacheDaysPerMonth, Instant now, String zone) {
        YearMonth current = YearMonth.from(LocalDate.ofInstant(now, ZoneId.of(zone)));
        int months = headacheDaysPerMonth.size();
        for (int i = 0; i < months; i++) {
            YearMonth month = current.minusMonths(months - i);
            if (headacheDaysPerMonth.get(i) > month.lengthOfMonth()) {
                throw ProblemException.field(400, "history.headacheDaysPerMonth[" + i + "]",
                        "must be at most " + month.lengthOfMonth() + ", the number of days in " + month);
            }
        }
    }

    static ProblemException notFound() {
        return ProblemException.notFound("No such intake.");
    }
}
