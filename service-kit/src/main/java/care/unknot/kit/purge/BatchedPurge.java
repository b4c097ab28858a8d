package care.unknot.kit.purge;

import java.util.function.IntUnaryOperator;

/** Runs a purge batch after batch until one deletes less than a full batch, or the run's batches are used up. */
public final class BatchedPurge {

    private BatchedPurge() {
    }

    /** @param batch deletes at most its argument rows and returns how many it deleted */
    public static long run(IntUnaryOperator batch, int batchSize, int maxBatches) {
        long total = 0;
        for (int i = 0; i < maxBatches; i++) {
            int deleted = batch.applyAsInt(batchSize);
            total += deleted;
            if (deleted < batchSize) {
                break;
            }
        }
        return total;
    }
}
