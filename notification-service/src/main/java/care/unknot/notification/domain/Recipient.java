package care.unknot.notification.domain;

/**
 * Who a delivery goes to: the patient, the treating therapist (urgent alerts, in the app only), or the clinic's
 * on-call staff (urgent alerts for a patient without a treating therapist: the on-call inbox and the pager).
 */
public enum Recipient {
    PATIENT,
    THERAPIST,
    ON_CALL
}
