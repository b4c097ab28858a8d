package care.unknot.plan.domain.therapist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A period a therapist is away, [startsAt, endsAt). */
@Entity
@Table(name = "therapist_time_off")
public class TimeOff {

    @Id
    private UUID id;
    @Column(name = "therapist_id")
    private UUID therapistId;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;

    protected TimeOff() {
    }

    public TimeOff(UUID id, UUID therapistId, Instant startsAt, Instant endsAt) {
        this.id = id;
        this.therapistId = therapistId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public UUID id() {
        return id;
    }

    public UUID therapistId() {
        return therapistId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }
}
