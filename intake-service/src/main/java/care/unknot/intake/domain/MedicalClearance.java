package care.unknot.intake.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A physician's clearance (who, when, scope, document reference) recorded by a therapist (domain.md 1.5). An intake
 * overridden back to NEEDS_MEDICAL_CLEARANCE after a clearance takes a new one; {@code clearanceNo} numbers an
 * intake's clearances in recording order and the highest is the one in force. Earlier ones are kept as history.
 */
@Entity
@Table(name = "medical_clearance")
public class MedicalClearance {

    @Id
    private UUID id;
    private UUID intakeId;
    private int clearanceNo;
    private String clinicianName;
    private LocalDate clearedOn;
    @Enumerated(EnumType.STRING)
    private ClearanceScope scope;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> restrictedRuleIds;
    private String documentReference;
    private String recordedBy;
    private Instant recordedAt;

    protected MedicalClearance() {
    }

    public MedicalClearance(UUID id, UUID intakeId, int clearanceNo, String clinicianName, LocalDate clearedOn, ClearanceScope scope,
            List<String> restrictedRuleIds, String documentReference, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.intakeId = intakeId;
        this.clearanceNo = clearanceNo;
        this.clinicianName = clinicianName;
        this.clearedOn = clearedOn;
        this.scope = scope;
        this.restrictedRuleIds = List.copyOf(restrictedRuleIds);
        this.documentReference = documentReference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID intakeId() {
        return intakeId;
    }

    public int clearanceNo() {
        return clearanceNo;
    }

    public String clinicianName() {
        return clinicianName;
    }

    public LocalDate clearedOn() {
        return clearedOn;
    }

    public ClearanceScope scope() {
        return scope;
    }

    public List<String> restrictedRuleIds() {
        return restrictedRuleIds;
    }

    public String documentReference() {
        return documentReference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
