package care.unknot.plan.domain;

import care.unknot.events.intake.IntakeScreenedV1;
import care.unknot.events.intake.ScreeningOutcome;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What intake.events said about one intake (read copy; written only by {@code IntakeCopyRepository}'s upserts, in
 * any arrival order): the screening, and the eligibility in force after the newest review or clearance.
 */
@Entity
@Table(name = "intake_copy")
public class IntakeCopy {

    @Id
    private UUID intakeId;
    private UUID patientId;
    private String screened;
    private Boolean eligibleForPlan;
    @Enumerated(EnumType.STRING)
    private ScreeningOutcome outcome;
    private String restrictedRuleIds;
    private boolean cleared;
    private Instant eligibilityTime;
    private String reviewerId;

    protected IntakeCopy() {
    }

    public UUID intakeId() {
        return intakeId;
    }

    public UUID patientId() {
        return patientId;
    }

    /** The screening, once intake.screened arrived. */
    public IntakeScreenedV1 screened() {
        return JsonColumns.read(screened, IntakeScreenedV1.class);
    }

    /** The precautions a clearance WITH_RESTRICTIONS keeps in force. */
    public List<String> restrictedRuleIds() {
        return restrictedRuleIds == null ? List.of() : JsonColumns.read(restrictedRuleIds, new TypeReference<>() { });
    }

    /**
     * Both halves are in and they allow a plan: the screening, a review or clearance whose outcome in force is
     * ELIGIBLE or ELIGIBLE_WITH_PRECAUTIONS and that says eligibleForPlan; never an URGENT_REFERRAL screening, and
     * a NEEDS_MEDICAL_CLEARANCE screening only after a recorded clearance (domain.md 1.1, 1.5).
     */
    public boolean readyForPlan() {
        IntakeScreenedV1 screening = screened();
        if (screening == null || !Boolean.TRUE.equals(eligibleForPlan)) {
            return false;
        }
        if (outcome != ScreeningOutcome.ELIGIBLE && outcome != ScreeningOutcome.ELIGIBLE_WITH_PRECAUTIONS) {
            return false;
        }
        return switch (screening.outcome()) {
            case URGENT_REFERRAL -> false;
            case NEEDS_MEDICAL_CLEARANCE -> cleared;
            case ELIGIBLE, ELIGIBLE_WITH_PRECAUTIONS -> true;
        };
    }

    public ScreeningOutcome outcome() {
        return outcome;
    }

    public Instant eligibilityTime() {
        return eligibilityTime;
    }

    public String reviewerId() {
        return reviewerId;
    }
}
