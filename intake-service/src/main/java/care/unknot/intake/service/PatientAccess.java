package care.unknot.intake.service;

import care.unknot.intake.domain.Patient;
import care.unknot.intake.repository.PatientRepository;
import care.unknot.intake.repository.ReferralRepository;
import care.unknot.intake.repository.SharingConsentRepository;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Who may see a patient (architecture.md): a patient only itself, therapist and admin everyone, a partner only
 * patients it referred or who consent to share with it. Everyone else gets 404, so ids cannot be probed.
 */
@ApplicationScoped
public class PatientAccess {

    private final CurrentUser user;
    private final PatientRepository patients;
    private final ReferralRepository referrals;
    private final SharingConsentRepository consents;

    public PatientAccess(CurrentUser user, PatientRepository patients, ReferralRepository referrals,
            SharingConsentRepository consents) {
        this.user = user;
        this.patients = patients;
        this.referrals = referrals;
        this.consents = consents;
    }

    public Patient readable(UUID patientId) {
        if (partnerView()) {
            String partnerId = user.partnerId().orElseThrow(PatientAccess::notFound);
            if (!referrals.referredBy(patientId, partnerId) && !consents.activeConsent(patientId, partnerId)) {
                throw notFound();
            }
        } else {
            user.requireSelfOrStaff(patientId);
        }
        return existing(patientId);
    }

    /**
     * A partner (that is not also staff) is held to the partner rule above and gets the reduced view of a patient
     * ({@code PartnerPatientResponse}): least privilege, since it may see status only.
     */
    public boolean partnerView() {
        return user.isPartner() && !user.isStaff();
    }

    /** Patients act on themselves; therapist and admin on anyone; partners never write clinical data. */
    public Patient selfOrStaff(UUID patientId) {
        user.requireSelfOrStaff(patientId);
        return existing(patientId);
    }

    /** What only the patient itself decides (its consents): staff roles on the same token do not widen it. */
    public Patient self(UUID patientId) {
        user.requireSelf(patientId);
        return existing(patientId);
    }

    public Patient existing(UUID patientId) {
        return patients.findByIdOptional(patientId).orElseThrow(PatientAccess::notFound);
    }

    static ProblemException notFound() {
        return ProblemException.notFound("No such patient.");
    }
}
