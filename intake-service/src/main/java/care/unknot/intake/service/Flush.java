package care.unknot.intake.service;

import care.unknot.kit.problem.ProblemException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Flushes inside the service's transaction so that a lost race surfaces as a problem the client can act on
 * (412 or 409) instead of an opaque 500 at commit.
 */
final class Flush {

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

    /** A unique key taken concurrently (e.g. the same consent granted twice at once) is a 409. */
    static void orConflict(Runnable flush, String detail) {
        try {
            flush.run();
        } catch (PersistenceException e) {
            throw ProblemException.conflict(detail);
        }
    }
}
