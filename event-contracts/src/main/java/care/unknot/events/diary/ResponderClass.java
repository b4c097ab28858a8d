package care.unknot.events.diary;

/** Responder class (domain.md 3.3): RESPONDER at least 50 %, PARTIAL 30 to under 50 %, NON_RESPONDER under 30 %. */
public enum ResponderClass {
    RESPONDER,
    PARTIAL,
    NON_RESPONDER,
    INSUFFICIENT_DATA
}
