package care.unknot.intake.rest;

import care.unknot.intake.domain.ClearanceScope;
import care.unknot.intake.domain.MedicalClearance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** @param clearanceNo 1 for an intake's first clearance, 2 for one recorded after an override back to NEEDS_MEDICAL_CLEARANCE, ... */
public record ClearanceResponse(UUID id, UUID intakeId, int clearanceNo, String clinicianName, LocalDate clearedOn,
        ClearanceScope scope, List<String> restrictedRuleIds, String documentReference, String recordedBy,
        Instant recordedAt) {

    static ClearanceResponse of(MedicalClearance c) {
        return new ClearanceResponse(c.id(), c.intakeId(), c.clearanceNo(), c.clinicianName(), c.clearedOn(), c.scope(),
                c.restrictedRuleIds(), c.documentReference(), c.recordedBy(), c.recordedAt());
    }
}
