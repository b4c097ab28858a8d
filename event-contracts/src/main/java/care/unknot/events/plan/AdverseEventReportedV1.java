package care.unknot.events.plan;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code adverse-event.reported}: an adverse reaction was recorded with a session (domain.md 2.6); codes only. */
public record AdverseEventReportedV1(
        UUID adverseEventId,
        UUID sessionId,
        UUID planId,
        UUID patientId,
        UUID therapistId,
        AdverseEventSeverity severity,
        List<AdverseEventKind> kinds,
        Instant reportedAt) implements EventPayload {

    public AdverseEventReportedV1 {
        kinds = EventLists.copyOrEmpty(kinds);
    }
}
