package care.unknot.intake.service;

import care.unknot.intake.domain.Patient;
import care.unknot.intake.domain.PatientDetails;
import care.unknot.intake.domain.PatientStatus;
import care.unknot.intake.domain.Referral;
import care.unknot.intake.domain.SharingConsent;
import care.unknot.intake.messaging.IntakeEvents;
import care.unknot.intake.repository.PatientRepository;
import care.unknot.intake.repository.ReferralRepository;
import care.unknot.intake.repository.SharingConsentRepository;
import care.unknot.kit.outbox.AggregateOutbox;
import care.unknot.kit.rest.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Registering and updating patients, referrals by partners, and sharing consents. Every write starts with
 * {@code events.lock(patientId)}, before it reads what its events carry (see {@link IntakeEvents}).
 */
@ApplicationScoped
@Transactional
public class PatientService {

    private final PatientRepository patients;
    private final ReferralRepository referrals;
    private final SharingConsentRepository consents;
    private final PatientAccess access;
    private final IntakeEvents events;
    private final Clock clock;

    public PatientService(PatientRepository patients, ReferralRepository referrals, SharingConsentRepository consents,
            PatientAccess access, IntakeEvents events, Clock clock) {
        this.patients = patients;
        this.referrals = referrals;
        this.consents = consents;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public Patient register(PatientDetails details) {
        Patient patient = new Patient(UUID.randomUUID(), details, null, clock.instant());
        AggregateOutbox patientEvents = events.lock(patient.id());
        patients.persist(patient);
        events.patientRegistered(patientEvents, patient, List.of());
        return patient;
    }

    /** A partner registering a patient creates the patient and the partner's referral together. */
    public Referral refer(PatientDetails details, String partnerId, String partnerReference, String reason) {
        Instant now = clock.instant();
        Patient patient = new Patient(UUID.randomUUID(), details, partnerId, now);
        AggregateOutbox patientEvents = events.lock(patient.id());
        patients.persist(patient);
        Referral referral = new Referral(UUID.randomUUID(), patient.id(), partnerId, partnerReference, reason, now);
        referrals.persist(referral);
        events.patientRegistered(patientEvents, patient, List.of());
        events.referralReceived(patientEvents, referral);
        return referral;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Patient read(UUID patientId) {
        return access.readable(patientId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Patient> search(String name, PatientStatus status, UUID after, int limit) {
        return patients.search(name, status, after, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Referral> referralsOf(UUID patientId) {
        access.existing(patientId);
        return referrals.ofPatient(patientId);
    }

    public Patient update(UUID patientId, PatientDetails details, String ifMatch) {
        AggregateOutbox patientEvents = events.lock(patientId);
        Patient patient = access.selfOrStaff(patientId);
        ETags.requireMatch(ifMatch, patient.version());
        Instant now = clock.instant();
        patient.apply(details, now);
        // bumps the version now, so the response carries the new ETag; a concurrent update loses with 412
        Flush.orPreconditionFailed(patients::flush, "The patient was changed meanwhile; read it again.");
        events.patientUpdated(patientEvents, patient, consents.activePartnerIds(patientId), now);
        return patient;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SharingConsent> consentsOf(UUID patientId) {
        access.readable(patientId);
        return consents.forPatient(patientId);
    }

    public SharingConsent grantConsent(UUID patientId, String partnerId) {
        AggregateOutbox patientEvents = events.lock(patientId);
        Patient patient = access.self(patientId);
        Instant now = clock.instant();
        SharingConsent consent = consents.findConsent(patientId, partnerId).orElse(null);
        if (consent == null) {
            consent = new SharingConsent(patientId, partnerId, now);
            consents.persist(consent);
        } else {
            consent.grant(now);
        }
        Flush.orConflict(consents::flush, "The consent was changed concurrently; try again.");
        events.patientUpdated(patientEvents, patient, consents.activePartnerIds(patientId), now);
        return consent;
    }

    public void revokeConsent(UUID patientId, String partnerId) {
        AggregateOutbox patientEvents = events.lock(patientId);
        Patient patient = access.self(patientId);
        SharingConsent consent = consents.findConsent(patientId, partnerId)
                .filter(SharingConsent::active)
                .orElseThrow(() -> care.unknot.kit.problem.ProblemException.notFound("No active consent for that partner."));
        Instant now = clock.instant();
        consent.revoke(now);
        consents.flush();
        events.patientUpdated(patientEvents, patient, consents.activePartnerIds(patientId), now);
    }
}
