package care.unknot.events.diary;

/** EMERGENCY for sudden worst headache, weakness, vision loss or confusion; URGENT otherwise (domain.md 3.4). */
public enum AlertUrgency {
    EMERGENCY,
    URGENT
}
