package care.unknot.kit.purge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.IntUnaryOperator;

import javax.sql.DataSource;

/** Runs a purge batch after batch until one deletes less than a full batch, or the run's batches are used up. */
public final class BatchedPurge {

    private BatchedPurge() {
    }

    /**
     * One JDBC batch: runs {@code deleteSql}, whose two parameters are the cutoff (rows older than it go) and the
     * batch size; returns how many rows it deleted.
     */
    public static int deleteBatch(DataSource dataSource, String deleteSql, Instant before, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(deleteSql)) {
            delete.setObject(1, before.atOffset(ZoneOffset.UTC));
            delete.setInt(2, limit);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("purge batch failed", e);
        }
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
