package care.unknot.events.plan;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code adverse-event.reported}: an adverse reaction was recorded with a session (domain.md 2.6); codes only.
 *
 * @param therapistSubject the treating therapist's login (token subject), so the therapist's own token reads its
 *     inbox; absent in events written before it was added
 */
public record AdverseEventReportedV1(
        UUID adverseEventId,
        UUID sessionId,
        UUID planId,
        UUID patientId,
        UUID therapistId,
        AdverseEventSeverity severity,
        List<AdverseEventKind> kinds,
        Instant reportedAt,
        String therapistSubject) implements EventPayload {

    public AdverseEventReportedV1 {
        kinds = EventLists.copyOrEmpty(kinds);
    }

    /** The first version's components only (no therapist subject). */
    public AdverseEventReportedV1(UUID adverseEventId, UUID sessionId, UUID planId, UUID patientId, UUID therapistId,
            AdverseEventSeverity severity, List<AdverseEventKind> kinds, Instant reportedAt) {
        this(adverseEventId, sessionId, planId, patientId, therapistId, severity, kinds, reportedAt, null);
    }
}
