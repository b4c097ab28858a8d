package care.unknot.events.plan;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code home-program.assigned}: a home program was assigned or replaced (domain.md 2.5). Adherence counts from
 * {@code assignedOn}; reminders follow {@code frequency}.
 *
 * @param assignedOn the local date (patient's zone) from which the program is prescribed
 */
public record HomeProgramAssignedV1(
        UUID homeProgramId,
        UUID planId,
        UUID patientId,
        LocalDate assignedOn,
        HomeProgramFrequency frequency,
        List<HomeProgramSpot> spots,
        Instant assignedAt) implements EventPayload {

    public HomeProgramAssignedV1 {
        spots = EventLists.copyOrEmpty(spots);
    }
}
