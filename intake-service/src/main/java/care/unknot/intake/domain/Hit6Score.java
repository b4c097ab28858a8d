package care.unknot.intake.domain;

public record Hit6Score(int total, Hit6Band band) {
}
