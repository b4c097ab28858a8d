package care.unknot.events.intake;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/** {@code intake.submitted}: a questionnaire was submitted; its screening follows as {@code intake.screened}. */
public record IntakeSubmittedV1(UUID intakeId, UUID patientId, Instant submittedAt) implements EventPayload {
}
