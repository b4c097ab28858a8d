package care.unknot.notification.messaging;

import care.unknot.kit.consume.IncomingEvent;
import care.unknot.kit.consume.PoisonEvent;
import java.util.UUID;

/** Checks shared by the reminder consumers. */
final class Subjects {

    private Subjects() {
    }

    /** The payload names a patient, and the same one as {@code ce_subject} (the Kafka key) when that is set. */
    static void requirePatient(IncomingEvent event, UUID patientId) {
        PoisonEvent.required(patientId, event.type(), "patientId");
        if (event.subject() != null && !event.subject().equals(patientId.toString())) {
            throw PoisonEvent.unprocessable(event.type() + " " + event.id() + ": ce_subject is not the patientId");
        }
    }
}
