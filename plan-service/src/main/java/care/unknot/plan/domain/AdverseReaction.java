package care.unknot.plan.domain;

import care.unknot.events.plan.AdverseEventKind;
import care.unknot.events.plan.AdverseEventSeverity;
import jakarta.validation.constraints.NotNull;

/**
 * A reaction recorded with a session. Post-session tenderness is normal (OTHER, MILD or MODERATE); severe or
 * worsening pain, dizziness or numbness, or any SEVERE reaction, is an adverse event (domain.md 2.6).
 */
public record AdverseReaction(@NotNull AdverseEventKind kind, @NotNull AdverseEventSeverity severity) {

    /** Raises adverse-event.reported at once. */
    public boolean serious() {
        return kind != AdverseEventKind.OTHER || severity == AdverseEventSeverity.SEVERE;
    }
}
