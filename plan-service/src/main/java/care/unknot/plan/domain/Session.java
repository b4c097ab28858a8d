package care.unknot.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One session of a plan. The start is stored as an instant (UTC) together with the local start and the zone it was
 * booked in (the patient's): a session booked for 10:00 local stays 10:00 local across a DST change, and is shown with
 * the patient's offset on its day.
 */
@Entity
@Table(name = "session")
public class Session {

    @Id
    private UUID id;
    private UUID planId;
    private UUID patientId;
    private UUID therapistId;
    private int number;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    private Instant startsAt;
    private Instant endsAt;
    private int durationMinutes;
    private LocalDateTime localStart;
    private String timeZone;
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    private String record;
    private Instant completedAt;
    @Version
    @Column(nullable = false)
    private long version;

    protected Session() {
    }

    public Session(UUID id, Plan plan, UUID therapistId, int number, LocalDateTime localStart, ZoneId zone,
            int durationMinutes) {
        this.id = id;
        this.planId = plan.id();
        this.patientId = plan.patientId();
        this.therapistId = therapistId;
        this.number = number;
        this.status = SessionStatus.SCHEDULED;
        this.durationMinutes = durationMinutes;
        moveTo(localStart, zone);
    }

    /** The local start in the zone; a local time a DST gap skips moves forward by the gap (java.time's rule). */
    public void moveTo(LocalDateTime localStart, ZoneId zone) {
        this.startsAt = localStart.atZone(zone).toInstant();
        this.localStart = localStart.atZone(zone).toLocalDateTime();
        this.timeZone = zone.getId();
        this.endsAt = startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public void reassign(UUID therapistId) {
        this.therapistId = therapistId;
        this.status = SessionStatus.SCHEDULED;
    }

    public void status(SessionStatus status) {
        this.status = status;
    }

    public void complete(Object sessionRecord, Instant now) {
        this.status = SessionStatus.COMPLETED;
        this.record = JsonColumns.write(sessionRecord);
        this.completedAt = now;
    }

    public <T> T record(Class<T> type) {
        return JsonColumns.read(record, type);
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID therapistId() {
        return therapistId;
    }

    public int number() {
        return number;
    }

    public SessionStatus status() {
        return status;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The start with the patient's offset on that day. */
    public OffsetDateTime startsAtLocal() {
        return startsAt.atZone(zone()).toOffsetDateTime();
    }

    public LocalDateTime localStart() {
        return localStart;
    }

    /** The session's date in the patient's zone (the checkpoint date). */
    public LocalDate localDate() {
        return localStart.toLocalDate();
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public long version() {
        return version;
    }
}
