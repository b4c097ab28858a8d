package care.unknot.events.intake;

/** HIT-6 total (36..78) and its band. */
public record Hit6Score(Integer score, Hit6Band band) {
}
