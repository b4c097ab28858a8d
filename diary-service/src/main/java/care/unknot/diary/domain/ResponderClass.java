package care.unknot.diary.domain;

/** 3.3: the class of a reduction. */
public enum ResponderClass {
    RESPONDER, PARTIAL, NON_RESPONDER, INSUFFICIENT_DATA
}
