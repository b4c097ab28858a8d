package care.unknot.events.intake;

/** MIDAS score (sum of items 1-5) and grade. */
public record MidasScore(Integer score, MidasGrade grade) {
}
