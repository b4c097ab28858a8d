package care.unknot.plan.service;

import care.unknot.kit.problem.ProblemException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Flushes inside the service's transaction so that a lost race surfaces as a problem the client can act on (409 or
 * 412) instead of an opaque 500 at commit. Only a race is turned into one: any other persistence error stays an error.
 */
final class Conflicts {

    /** PostgreSQL's unique_violation and exclusion_violation: a key or a range another transaction took first. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXCLUSION_VIOLATION = "23P01";

    private Conflicts() {
    }

    /** The version check of {@code @Version} happens at flush: of two writers with the same ETag, one gets 412. */
    static void orPreconditionFailed(Runnable flush, String detail) {
        try {
            flush.run();
        } catch (OptimisticLockException e) {
            throw ProblemException.preconditionFailed(detail);
        }
    }

    /** A slot or key taken concurrently (e.g. a therapist booked twice at once) is a 409 with {@code detail}. */
    static void orConflict(Runnable flush, Supplier<String> detail) {
        try {
            flush.run();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict(detail.get());
        } catch (PersistenceException e) {
            if (isConstraintRace(e)) {
                throw ProblemException.conflict(detail.get());
            }
            throw e;
        }
    }

    private static boolean isConstraintRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (UNIQUE_VIOLATION.equals(sql.getSQLState()) || EXCLUSION_VIOLATION.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
