package care.unknot.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * A submitted questionnaire with the screening computed on submit. The screening columns are written once; a
 * review changes only the outcome in force ({@code outcome}), never the screened one.
 *
 * <p>The JSON columns hold immutable values (records, lists never changed in place), declared so with
 * {@link Immutability}: otherwise Hibernate deep-copies each one for its snapshot by writing and re-reading the JSON,
 * which cost about 6 % of a POST's worker CPU (docs/performance.md).
 */
@Entity
@Table(name = "intake")
public class Intake {

    @Id
    private UUID id;
    private UUID patientId;
    @Enumerated(EnumType.STRING)
    private IntakeStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private IntakeAnswers answers;
    @Enumerated(EnumType.STRING)
    private Outcome screenedOutcome;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private List<FiredRule> firedRules;
    @Enumerated(EnumType.STRING)
    private Phenotype phenotype;
    @Enumerated(EnumType.STRING)
    private Frequency frequency;
    private boolean mohRisk;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private HeadacheProfile profile;
    private int hit6Total;
    @Enumerated(EnumType.STRING)
    private Hit6Band hit6Band;
    private int midasScore;
    @Enumerated(EnumType.STRING)
    private MidasGrade midasGrade;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private List<Precaution> precautions;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private List<TreatmentArea> treatmentAreas;
    private String urgentGuidance;
    private String submittedBy;
    private Instant submittedAt;
    private Instant screenedAt;
    private String reviewedBy;
    private Instant reviewedAt;
    @Version
    @Column(nullable = false)
    private long version;

    protected Intake() {
    }

    /** Stores the answers with their screening: submitted and screened in one step. */
    public Intake(UUID id, UUID patientId, IntakeAnswers answers, ScreeningResult screening, String submittedBy,
            Instant now) {
        this.id = id;
        this.patientId = patientId;
        this.answers = answers;
        this.status = IntakeStatus.SCREENED;
        this.screenedOutcome = screening.outcome();
        this.outcome = screening.outcome();
        this.firedRules = screening.rules();
        this.profile = screening.profile();
        this.phenotype = screening.profile().phenotype();
        this.frequency = screening.profile().frequency();
        this.mohRisk = screening.profile().mohRisk();
        this.hit6Total = screening.hit6().total();
        this.hit6Band = screening.hit6().band();
        this.midasScore = screening.midas().score();
        this.midasGrade = screening.midas().grade();
        this.precautions = screening.precautions();
        this.treatmentAreas = screening.treatmentAreas();
        this.urgentGuidance = screening.urgentGuidance();
        this.submittedBy = submittedBy;
        this.submittedAt = now;
        this.screenedAt = now;
    }

    public void review(Outcome outcomeInForce, String reviewer, Instant now) {
        this.outcome = outcomeInForce;
        this.status = IntakeStatus.REVIEWED;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
    }

    /** A recorded clearance makes a NEEDS_MEDICAL_CLEARANCE intake eligible (domain.md 1.5). */
    public void cleared(Outcome outcomeAfterClearance) {
        this.outcome = outcomeAfterClearance;
    }

    public ScreeningResult screening() {
        return new ScreeningResult(screenedOutcome, firedRules, profile, new Hit6Score(hit6Total, hit6Band),
                new MidasScore(midasScore, midasGrade), precautions, treatmentAreas, urgentGuidance);
    }

    /** Only an eligible, reviewed intake leads to a plan. */
    public boolean eligibleForPlan() {
        return status == IntakeStatus.REVIEWED
                && (outcome == Outcome.ELIGIBLE || outcome == Outcome.ELIGIBLE_WITH_PRECAUTIONS);
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public IntakeStatus status() {
        return status;
    }

    public IntakeAnswers answers() {
        return answers;
    }

    public Outcome screenedOutcome() {
        return screenedOutcome;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant screenedAt() {
        return screenedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public long version() {
        return version;
    }
}
