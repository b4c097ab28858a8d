package care.unknot.kit.problem;

import java.sql.SQLException;

/**
 * A copy of an exception chain with class names and stack frames but without messages, for logging errors whose
 * messages might quote personal health data (SQL values, JSON payloads).
 */
final class Redacted extends RuntimeException {

    private static final int MAX_DEPTH = 8;

    private Redacted(Throwable original) {
        // an SQLState is a code (e.g. 23505), never data
        super(original instanceof SQLException sql && sql.getSQLState() != null
                ? original.getClass().getName() + " (SQLState " + sql.getSQLState() + ")"
                : original.getClass().getName());
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable original) {
        Redacted top = new Redacted(original);
        Redacted current = top;
        Throwable cause = original.getCause();
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            Redacted next = new Redacted(cause);
            current.initCause(next);
            current = next;
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return top;
    }
}
