package care.unknot.intake.domain;

public record MidasScore(int score, MidasGrade grade) {
}
