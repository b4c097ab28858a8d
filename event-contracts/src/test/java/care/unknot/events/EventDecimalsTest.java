package care.unknot.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EventDecimalsTest {

    @Test
    void aReductionOfExactlyThirtyPercentArrivesAsThirty() {
        BigDecimal baseline = new BigDecimal("12");
        BigDecimal window = new BigDecimal("8.4");

        BigDecimal reduction = EventDecimals.quotient(baseline.subtract(window).multiply(BigDecimal.valueOf(100)), baseline);

        assertThat(reduction.toString()).isEqualTo("30");
    }

    @Test
    void aTerminatingQuotientIsExact() {
        assertThat(EventDecimals.quotient(new BigDecimal("235.2"), new BigDecimal("28")).toString()).isEqualTo("8.4");
    }

    @Test
    void aNonTerminatingQuotientIsFlooredToFourPlaces() {
        assertThat(EventDecimals.quotient(new BigDecimal("44"), new BigDecimal("3")).toString()).isEqualTo("14.6666");
    }

    @Test
    void aValueJustBelowAThresholdNeverReachesIt() {
        BigDecimal justBelowThirty = EventDecimals.quotient(new BigDecimal("2999999"), new BigDecimal("100000"));

        assertThat(justBelowThirty).isLessThan(new BigDecimal("30"));
        assertThat(justBelowThirty.toString()).isEqualTo("29.9999");
    }

    @Test
    void aNegativeReductionIsFlooredAwayFromZeroSoItStaysBelowThresholds() {
        assertThat(EventDecimals.quotient(new BigDecimal("-100"), new BigDecimal("3")).toString()).isEqualTo("-33.3334");
    }

    @Test
    void neverUsesAnExponent() {
        assertThat(EventDecimals.quotient(new BigDecimal("3000"), new BigDecimal("10")).toPlainString())
                .isEqualTo(EventDecimals.quotient(new BigDecimal("3000"), new BigDecimal("10")).toString())
                .isEqualTo("300");
    }
}
