package care.unknot.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

@Entity
@Table(name = "patient")
public class Patient {

    @Id
    private UUID id;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private String email;
    private String phone;
    private String timeZone;
    private String locale;
    private LocalTime diaryReminderTime;
    private LocalTime homeProgramReminderTime;
    /** Derived from the latest intake, so changing it does not invalidate a client's ETag for the details. */
    @Enumerated(EnumType.STRING)
    @OptimisticLock(excluded = true)
    private PatientStatus status;
    private String referringPartnerId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    @Column(nullable = false)
    private long version;

    protected Patient() {
    }

    public Patient(UUID id, PatientDetails details, String referringPartnerId, Instant now) {
        this.id = id;
        this.status = PatientStatus.REGISTERED;
        this.referringPartnerId = referringPartnerId;
        this.createdAt = now;
        apply(details, now);
    }

    public void apply(PatientDetails details, Instant now) {
        this.givenName = details.givenName();
        this.familyName = details.familyName();
        this.dateOfBirth = details.dateOfBirth();
        this.email = details.email();
        this.phone = details.phone();
        this.timeZone = details.timeZone();
        this.locale = details.locale();
        this.diaryReminderTime = details.diaryReminderTime();
        this.homeProgramReminderTime = details.homeProgramReminderTime();
        this.updatedAt = now;
    }

    public void changeStatus(PatientStatus status) {
        this.status = status;
    }

    public PatientDetails details() {
        return new PatientDetails(givenName, familyName, dateOfBirth, email, phone, timeZone, locale,
                diaryReminderTime, homeProgramReminderTime);
    }

    public UUID id() {
        return id;
    }

    public PatientStatus status() {
        return status;
    }

    public String referringPartnerId() {
        return referringPartnerId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
