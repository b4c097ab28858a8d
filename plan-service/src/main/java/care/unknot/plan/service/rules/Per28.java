package care.unknot.plan.service.rules;

import care.unknot.events.EventDecimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * An exact count per 28 days (domain.md 3.3) as a fraction in lowest terms, so decisions never depend on rounding:
 * from diary's decimal, from a raw count over logged days (count x 28 / logged days), or from the intake's monthly
 * counts (their mean, taken as per 28 days).
 */
public record Per28(BigInteger numerator, BigInteger denominator) {

    private static final BigInteger DAYS = BigInteger.valueOf(28);

    public Per28 {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Per28 of(BigDecimal value) {
        if (value.scale() <= 0) {
            return new Per28(value.setScale(0).unscaledValue(), BigInteger.ONE);
        }
        return new Per28(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public static Per28 ofCount(int count, int loggedDays) {
        if (loggedDays <= 0 || count < 0) {
            throw new IllegalArgumentException("a count needs logged days and cannot be negative");
        }
        return new Per28(BigInteger.valueOf(count).multiply(DAYS), BigInteger.valueOf(loggedDays));
    }

    public static Per28 meanOf(List<Integer> monthlyCounts) {
        if (monthlyCounts.isEmpty()) {
            throw new IllegalArgumentException("no monthly counts");
        }
        long sum = monthlyCounts.stream().mapToLong(Integer::longValue).sum();
        return new Per28(BigInteger.valueOf(sum), BigInteger.valueOf(monthlyCounts.size()));
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /** For the wire and the clinician: exact, or floored to 4 places (see EventDecimals). */
    public BigDecimal toDecimal() {
        return EventDecimals.quotient(new BigDecimal(numerator), new BigDecimal(denominator));
    }
}
