package care.unknot.intake.service;

import care.unknot.kit.problem.ProblemException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Flushes inside the service's transaction so that a lost race surfaces as a problem the client can act on
 * (412 or 409) instead of an opaque 500 at commit. Only a race is turned into one: any other persistence error
 * stays an error (the kit's opaque 500 with an error id), so a broken write is never reported as "try again".
 */
final class Flush {

    /** PostgreSQL's unique_violation: a key another transaction committed first. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Flush() {
    }

    /** The version check of {@code @Version} happens at flush: of two writers with the same ETag, one gets 412. */
    static void orPreconditionFailed(Runnable flush, String detail) {
        try {
            flush.run();
        } catch (OptimisticLockException e) {
            throw ProblemException.preconditionFailed(detail);
        }
    }

    /** A unique key taken concurrently (e.g. the same consent granted twice at once) or a lost version is a 409. */
    static void orConflict(Runnable flush, String detail) {
        try {
            flush.run();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict(detail);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw ProblemException.conflict(detail);
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
