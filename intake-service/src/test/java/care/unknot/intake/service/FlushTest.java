package care.unknot.intake.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.unknot.kit.problem.ProblemException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;

/** Only a lost race is "changed concurrently": other persistence errors stay errors (the kit's opaque 500). */
class FlushTest {

    private static Runnable failingWith(RuntimeException e) {
        return () -> {
            throw e;
        };
    }

    @Test
    void aUniqueKeyTakenConcurrentlyIs409() {
        var unique = new ConstraintViolationException("duplicate", new SQLException("duplicate", "23505"), "pk");
        assertThatThrownBy(() -> Flush.orConflict(failingWith(unique), "taken"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));
    }

    @Test
    void aLostVersionIs409() {
        assertThatThrownBy(() -> Flush.orConflict(failingWith(new OptimisticLockException()), "stale"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));
    }

    @Test
    void anyOtherPersistenceErrorIsNotPresentedAsAConflict() {
        var tooLong = new DataException("too long", new SQLException("too long", "22001"));
        var check = new ConstraintViolationException("check", new SQLException("check", "23514"), "ck");
        var broken = new PersistenceException("broken");
        for (RuntimeException failure : new RuntimeException[] {tooLong, check, broken}) {
            assertThatThrownBy(() -> Flush.orConflict(failingWith(failure), "x")).isSameAs(failure);
        }
    }
}
