package care.unknot.notification.domain;

/** Who a delivery goes to: the patient, or the treating therapist (urgent alerts, in the app only). */
public enum Recipient {
    PATIENT,
    THERAPIST
}
