package care.unknot.plan.domain.therapist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A therapist of the roster (domain.md 2.7). {@code subject} is the login's token subject. */
@Entity
@Table(name = "therapist")
public class Therapist {

    @Id
    private UUID id;
    private String subject;
    private String name;
    @Column(name = "licence_number")
    private String licenceNumber;
    @Column(name = "licensing_body")
    private String licensingBody;
    @Column(name = "licence_expires_on")
    private LocalDate licenceExpiresOn;
    @Column(name = "licence_expiry_handled")
    private boolean licenceExpiryHandled;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> certifications;
    @Column(name = "headache_patients_per_month")
    private int headachePatientsPerMonth;
    @Column(name = "time_zone")
    private String timeZone;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "weekly_availability")
    private List<WeeklySlot> weeklyAvailability;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Therapist() {
    }

    public Therapist(UUID id, String subject, TherapistProfile profile, Instant now) {
        this.id = id;
        this.subject = subject;
        this.weeklyAvailability = List.of();
        this.createdAt = now;
        apply(profile, now);
    }

    /** A changed expiry is a new licence: its expiry will be handled again when due. */
    public void apply(TherapistProfile profile, Instant now) {
        if (!profile.licence().expiresOn().equals(licenceExpiresOn)) {
            licenceExpiryHandled = false;
        }
        name = profile.name();
        licenceNumber = profile.licence().number();
        licensingBody = profile.licence().licensingBody();
        licenceExpiresOn = profile.licence().expiresOn();
        certifications = List.copyOf(profile.certifications());
        headachePatientsPerMonth = profile.headachePatientsPerMonth();
        timeZone = profile.zone().getId();
        updatedAt = now;
    }

    /** The login the therapist uses (token subject), e.g. after an identity-provider change. */
    public void changeSubject(String newSubject) {
        subject = newSubject;
    }

    public void replaceWeeklyAvailability(List<WeeklySlot> slots, Instant now) {
        weeklyAvailability = List.copyOf(slots);
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public Licence licence() {
        return new Licence(licenceNumber, licensingBody, licenceExpiresOn);
    }

    public List<String> certifications() {
        return certifications;
    }

    public int headachePatientsPerMonth() {
        return headachePatientsPerMonth;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public List<WeeklySlot> weeklyAvailability() {
        return weeklyAvailability;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public TherapistRef ref() {
        return new TherapistRef(id, name, zone(), licenceExpiresOn);
    }
}
