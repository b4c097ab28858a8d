package care.unknot.kit.outbox;

/** What a relay reports as it goes: sends the broker refused, and rows parked after their last attempt. */
public interface RelayCounters {

    RelayCounters NONE = new RelayCounters() {
        @Override
        public void refused() {
        }

        @Override
        public void parked() {
        }
    };

    void refused();

    void parked();
}
