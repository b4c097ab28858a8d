package care.unknot.kit.consume;

import java.sql.SQLException;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;

/**
 * Poison or transient: what to do with an event whose handling threw. The cause chain is searched:
 * <ul>
 * <li>transient (retry in place, never dead-letter): {@link TransientFailure}; an {@link SQLException} other than
 * a data exception (SQLState class 22) or an integrity violation (23), i.e. connection loss, pool timeout,
 * serialization failure, deadlock, lock timeout, database not accepting connections; a JTA commit/rollback
 * failure; MongoDB network, timeout, not-primary/recovering and write-concern errors; Hibernate/JPA
 * optimistic and pessimistic lock failures (matched by class name: the kit does not depend on them);</li>
 * <li>everything else is poison: a handler that cannot cope with an event must not stop its partition for good,
 * and the dead letter can be replayed after the fix.</li>
 * </ul>
 */
public final class Failures {

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEvent) {
                return false;
            }
            if (t instanceof TransientFailure || isTransientStore(t)) {
                return true;
            }
        }
        return false;
    }

    /** The reason code for a poison failure (see {@link PoisonEvent}); {@code handler-failed} for other errors. */
    public static String poisonReason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEvent poison) {
                return poison.reason();
            }
        }
        return failure instanceof IllegalArgumentException ? PoisonEvent.UNPROCESSABLE : "handler-failed";
    }

    private static boolean isTransientStore(Throwable t) {
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state == null || !(state.startsWith("22") || state.startsWith("23"));
        }
        if (t instanceof MongoSocketException || t instanceof MongoTimeoutException
                || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                || t instanceof MongoConnectionPoolClearedException || t instanceof MongoExecutionTimeoutException
                || t instanceof MongoWriteConcernException) {
            return true;
        }
        String name = t.getClass().getName();
        return name.startsWith("jakarta.transaction.") // RollbackException, Heuristic*, SystemException at commit
                || name.endsWith("OptimisticLockException") || name.endsWith("PessimisticLockException")
                || name.endsWith("LockTimeoutException") || name.endsWith("StaleObjectStateException")
                || name.endsWith("LockAcquisitionException") || name.endsWith("JDBCConnectionException");
    }
}
