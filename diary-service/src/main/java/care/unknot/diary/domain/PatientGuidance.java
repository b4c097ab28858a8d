package care.unknot.diary.domain;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 3.4: what the patient is told when an entry reports a red flag. Never drug advice. */
public record PatientGuidance(Level level,
                              @Schema(example = "Stop self-treatment and contact your doctor or therapist before "
                                      + "continuing. Your therapist has been alerted.") String message) {

    public enum Level { EMERGENCY, SEEK_CARE }

    static final String EMERGENCY_MESSAGE = "Seek emergency care now (call your local emergency number). "
            + "Stop self-treatment. Your therapist has been alerted.";
    static final String SEEK_CARE_MESSAGE = "Stop self-treatment and contact your doctor or therapist before "
            + "continuing. Your therapist has been alerted.";

    /** Null when no red flag was reported. */
    public static PatientGuidance forRedFlags(Set<RedFlag> redFlags) {
        if (redFlags.isEmpty()) {
            return null;
        }
        return redFlags.stream().anyMatch(RedFlag::isEmergency)
                ? new PatientGuidance(Level.EMERGENCY, EMERGENCY_MESSAGE)
                : new PatientGuidance(Level.SEEK_CARE, SEEK_CARE_MESSAGE);
    }
}
