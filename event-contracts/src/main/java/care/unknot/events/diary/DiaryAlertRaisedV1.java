package care.unknot.events.diary;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code diary.alert-raised}: an entry reported red-flag symptoms; the treating therapist is alerted (domain.md 3.4). */
public record DiaryAlertRaisedV1(
        UUID alertId,
        UUID patientId,
        AlertKind kind,
        List<RedFlagSymptom> symptoms,
        AlertUrgency urgency,
        LocalDate entryDate,
        Instant raisedAt) implements EventPayload {

    public DiaryAlertRaisedV1 {
        symptoms = EventLists.copyOrEmpty(symptoms);
    }
}
