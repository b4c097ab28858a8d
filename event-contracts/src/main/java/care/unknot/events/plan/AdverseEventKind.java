package care.unknot.events.plan;

/** Kind of adverse reaction (domain.md 2.6: severe or worsening pain, dizziness or numbness raise an alert). */
public enum AdverseEventKind {
    SEVERE_PAIN,
    WORSENING_PAIN,
    DIZZINESS,
    NUMBNESS,
    OTHER
}
