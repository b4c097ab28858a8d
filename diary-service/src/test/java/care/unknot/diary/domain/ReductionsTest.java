package care.unknot.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReductionsTest {

    private final Reductions reductions = new Reductions(TestRules.defaults().responder());

    private static Fraction decimal(String value) {
        return Fraction.of(new BigDecimal(value));
    }

    @Test
    void reductionFrom12To8point4IsExactly30AndPartial() {
        Fraction percent = Reductions.percent(Fraction.of(12), decimal("8.4"));
        assertThat(percent).isEqualTo(Fraction.of(30));
        assertThat(reductions.classify(percent)).isEqualTo(ResponderClass.PARTIAL);
    }

    @Test
    void reductionJustBelow30IsNonResponder() {
        Fraction percent = Reductions.percent(Fraction.of(12), decimal("8.4000001"));
        assertThat(percent.rounded(1)).isEqualTo(new BigDecimal("30.0"));
        assertThat(reductions.classify(percent)).isEqualTo(ResponderClass.NON_RESPONDER);
    }

    @Test
    void reductionOfExactly50IsResponder() {
        Fraction percent = Reductions.percent(Fraction.of(40, 3), Fraction.of(20, 3));
        assertThat(percent).isEqualTo(Fraction.of(50));
        assertThat(reductions.classify(percent)).isEqualTo(ResponderClass.RESPONDER);
    }

    @Test
    void reductionJustBelow50IsPartial() {
        // 28 x 7 / 27 normalised against 14: 49.2...% (one unlogged day)
        Fraction percent = Reductions.percent(Fraction.of(14), Fraction.of(7 * 28, 27));
        assertThat(reductions.classify(percent)).isEqualTo(ResponderClass.PARTIAL);
        Fraction hair = Reductions.percent(Fraction.of(10), decimal("5.0000001"));
        assertThat(reductions.classify(hair)).isEqualTo(ResponderClass.PARTIAL);
    }

    @Test
    void worseningIsANegativeReductionAndNonResponder() {
        Fraction percent = Reductions.percent(Fraction.of(10), Fraction.of(12));
        assertThat(percent).isEqualTo(Fraction.of(-20));
        assertThat(reductions.classify(percent)).isEqualTo(ResponderClass.NON_RESPONDER);
    }

    @Test
    void zeroBaselineHasNoReductionAndInsufficientData() {
        Fraction percent = Reductions.percent(Fraction.ZERO, Fraction.of(3));
        assertThat(percent).isNull();
        assertThat(reductions.classify(percent)).isEqualTo(ResponderClass.INSUFFICIENT_DATA);
    }

    @Test
    void displayValuesRoundHalfUpToOneDecimal() {
        assertThat(Fraction.of(1225, 100).rounded(1)).isEqualTo(new BigDecimal("12.3"));
        assertThat(Fraction.of(1224, 100).rounded(1)).isEqualTo(new BigDecimal("12.2"));
        assertThat(Fraction.of(40, 3).rounded(1)).isEqualTo(new BigDecimal("13.3"));
    }
}
