package care.unknot.intake.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "referral")
public class Referral {

    @Id
    private UUID id;
    private UUID patientId;
    private String partnerId;
    private String partnerReference;
    private String reason;
    private Instant receivedAt;

    protected Referral() {
    }

    public Referral(UUID id, UUID patientId, String partnerId, String partnerReference, String reason,
            Instant receivedAt) {
        this.id = id;
        this.patientId = patientId;
        this.partnerId = partnerId;
        this.partnerReference = partnerReference;
        this.reason = reason;
        this.receivedAt = receivedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public String partnerId() {
        return partnerId;
    }

    public String partnerReference() {
        return partnerReference;
    }

    public String reason() {
        return reason;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
