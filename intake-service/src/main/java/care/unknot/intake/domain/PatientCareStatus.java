package care.unknot.intake.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Read copy of a patient's care status from plan.events, with the event that set it. Written only by
 * {@code CareStatusRepository.apply} (newest event time wins); read-only here.
 */
@Entity
@Table(name = "patient_care_status")
public class PatientCareStatus {

    @Id
    private UUID patientId;
    @Enumerated(EnumType.STRING)
    private CareStatus status;
    private UUID planId;
    private String eventId;
    private Instant eventTime;
    private Instant recordedAt;

    protected PatientCareStatus() {
    }

    public UUID patientId() {
        return patientId;
    }

    public CareStatus status() {
        return status;
    }

    public UUID planId() {
        return planId;
    }

    public String eventId() {
        return eventId;
    }

    public Instant eventTime() {
        return eventTime;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
