package care.unknot.plan.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The therapist (roster id) to give a plan or session to. */
public record AssignmentRequest(@NotNull UUID therapistId) {
}
