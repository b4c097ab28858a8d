package care.unknot.events;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact decimals in payloads (normalised day counts, reductions in percent, baselines).
 *
 * <p>They are {@code BigDecimal} components serialised as JSON strings ({@code @JsonFormat(shape = STRING)}), never
 * binary floating point. Producers compute exactly (fractions or BigDecimal) and put the quotient on the wire with
 * {@link #quotient}: exact when it terminates within {@value #SCALE} decimals, otherwise cut down (floor) to
 * {@value #SCALE} decimals. Flooring keeps every comparison with a threshold of at most {@value #SCALE} decimals
 * (30, 50, 10, 15) true to the exact value: {@code 100 x (12 - 8.4) / 12} arrives as {@code "30"}, and a value just
 * below 30 never arrives as 30. Decisions that consumers act on (responder class, MOH thresholds) are computed by the
 * producer on exact values and sent as codes as well.
 */
public final class EventDecimals {

    public static final int SCALE = 4;

    private EventDecimals() {
    }

    /**
     * {@code dividend / divisor} for the wire: exact when possible, else floored to {@value #SCALE} decimals;
     * trailing zeros removed, never an exponent ({@code 30}, not {@code 30.0000} or {@code 3E+1}).
     */
    public static BigDecimal quotient(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal stripped = dividend.divide(divisor, SCALE, RoundingMode.FLOOR).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
