package care.unknot.intake.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Audit row of one review: who, when, the outcome before and after, and the reason for an override. */
@Entity
@Table(name = "intake_review")
public class IntakeReview {

    @Id
    private UUID id;
    private UUID intakeId;
    private String reviewerId;
    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;
    @Enumerated(EnumType.STRING)
    private Outcome outcomeBefore;
    @Enumerated(EnumType.STRING)
    private Outcome outcomeAfter;
    private String reason;
    private Instant reviewedAt;

    protected IntakeReview() {
    }

    public IntakeReview(UUID id, UUID intakeId, String reviewerId, ReviewDecision decision, Outcome outcomeBefore,
            Outcome outcomeAfter, String reason, Instant reviewedAt) {
        this.id = id;
        this.intakeId = intakeId;
        this.reviewerId = reviewerId;
        this.decision = decision;
        this.outcomeBefore = outcomeBefore;
        this.outcomeAfter = outcomeAfter;
        this.reason = reason;
        this.reviewedAt = reviewedAt;
    }

    public UUID id() {
        return id;
    }

    public String reviewerId() {
        return reviewerId;
    }

    public ReviewDecision decision() {
        return decision;
    }

    public Outcome outcomeBefore() {
        return outcomeBefore;
    }

    public Outcome outcomeAfter() {
        return outcomeAfter;
    }

    public String reason() {
        return reason;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
