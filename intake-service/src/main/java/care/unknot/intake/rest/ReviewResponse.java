package care.unknot.intake.rest;

import care.unknot.intake.domain.IntakeReview;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.ReviewDecision;
import java.time.Instant;
import java.util.UUID;

/** One audited review. */
public record ReviewResponse(UUID id, String reviewerId, ReviewDecision decision, Outcome outcomeBefore,
        Outcome outcomeAfter, String reason, Instant reviewedAt) {

    static ReviewResponse of(IntakeReview review) {
        return new ReviewResponse(review.id(), review.reviewerId(), review.decision(), review.outcomeBefore(),
                review.outcomeAfter(), review.reason(), review.reviewedAt());
    }
}
