package care.unknot.diary.service;

import care.unknot.diary.config.DiaryConfig;
import care.unknot.diary.repository.PatientState;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for a patient: the injected clock read in the patient's time zone. */
@ApplicationScoped
public class PatientClock {

    private final Clock clock;
    private final DiaryConfig config;

    public PatientClock(Clock clock, DiaryConfig config) {
        this.clock = clock;
        this.config = config;
    }

    public ZoneId zone(PatientState patient) {
        return patient.zoneOr(config.defaultZone());
    }

    public LocalDate today(PatientState patient) {
        return LocalDate.ofInstant(clock.instant(), zone(patient));
    }

    public Clock clock() {
        return clock;
    }
}
