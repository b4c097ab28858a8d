package care.unknot.events.intake;

/** MIDAS disability grade (domain.md 1.4): I 0-5, II 6-10, III 11-20, IV 21 or more. */
public enum MidasGrade {
    I,
    II,
    III,
    IV
}
