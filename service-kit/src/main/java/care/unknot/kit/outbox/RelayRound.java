package care.unknot.kit.outbox;

/** What one relay round did: rows/events claimed, marked sent after the ack, and left for a retry. */
public record RelayRound(int claimed, int sent, int failed) {

    public static final RelayRound EMPTY = new RelayRound(0, 0, 0);
}
