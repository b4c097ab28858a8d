package care.unknot.plan.service.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * An exact count per 28 days (domain.md 3.3) as a fraction, so decisions never depend on rounding: from diary's
 * decimal, from a raw count over logged days (count x 28 / logged days), or from the intake's monthly counts (their
 * mean, taken as per 28 days).
 */
public record Per28(BigInteger numerator, BigInteger denominator) {

    public static Per28 of(BigDecimal value) {
        throw new UnsupportedOperationException("skeleton");
    }

    public static Per28 ofCount(int count, int loggedDays) {
        throw new UnsupportedOperationException("skeleton");
    }

    public static Per28 meanOf(List<Integer> monthlyCounts) {
        throw new UnsupportedOperationException("skeleton");
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }
}
