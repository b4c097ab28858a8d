package care.unknot.intake.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A patient's consent to share status with a named partner; revoked consents stay for the record. */
@Entity
@Table(name = "sharing_consent")
public class SharingConsent {

    @Embeddable
    public record Key(UUID patientId, String partnerId) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private Instant grantedAt;
    private Instant revokedAt;

    protected SharingConsent() {
    }

    public SharingConsent(UUID patientId, String partnerId, Instant now) {
        this.key = new Key(patientId, partnerId);
        this.grantedAt = now;
    }

    public void grant(Instant now) {
        this.grantedAt = now;
        this.revokedAt = null;
    }

    public void revoke(Instant now) {
        this.revokedAt = now;
    }

    public boolean active() {
        return revokedAt == null;
    }

    public String partnerId() {
        return key.partnerId();
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
