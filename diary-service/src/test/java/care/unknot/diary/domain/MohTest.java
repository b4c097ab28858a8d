package care.unknot.diary.domain;

import static care.unknot.diary.domain.MedicationClass.COMBINATION;
import static care.unknot.diary.domain.MedicationClass.ERGOT;
import static care.unknot.diary.domain.MedicationClass.OPIOID;
import static care.unknot.diary.domain.MedicationClass.OTHER;
import static care.unknot.diary.domain.MedicationClass.SIMPLE_ANALGESIC;
import static care.unknot.diary.domain.MedicationClass.TRIPTAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MohTest {

    private static final LocalDate START = LocalDate.of(2026, 2, 1);
    private static final DateWindow WINDOW = DateWindow.startingOn(START, 28);
    private final WindowCalculator calculator = new WindowCalculator(TestRules.defaults());

    /** A fully logged window with {@code n} days of the given classes at its start. */
    private MohStatus status(int loggedDays, int n, MedicationClass first, MedicationClass... more) {
        Days days = new Days().run(START, loggedDays, 0);
        for (int i = 0; i < n; i++) {
            days.put(Days.medication(START.plusDays(i), first, more));
        }
        return calculator.measure(WINDOW, days.map(), null).moh();
    }

    @Test
    void simpleAnalgesicOn15DaysMeetsTheThresholdAnd14DoNot() {
        assertThat(status(28, 14, SIMPLE_ANALGESIC).thresholdsMet()).isEmpty();
        assertThat(status(28, 15, SIMPLE_ANALGESIC).thresholdsMet()).containsExactly(MohThreshold.SIMPLE_ANALGESIC);
    }

    @Test
    void thresholdsApplyToNormalisedCounts() {
        // 14 days in 26 logged days = 15.08 per 28 days
        assertThat(status(26, 14, SIMPLE_ANALGESIC).thresholdsMet()).containsExactly(MohThreshold.SIMPLE_ANALGESIC);
    }

    @Test
    void eachSpecificClassMeetsItsThresholdAt10Days() {
        for (MedicationClass specific : new MedicationClass[] {TRIPTAN, ERGOT, OPIOID, COMBINATION}) {
            assertThat(status(28, 9, specific).atRisk()).isFalse();
            assertThat(status(28, 10, specific).thresholdsMet())
                    .containsExactly(MohThreshold.valueOf(specific.name()));
        }
    }

    @Test
    void twoClassesOnTenAnyMedicationDaysMeetTheCombinedThreshold() {
        Days days = new Days().run(START, 28, 0);
        for (int i = 0; i < 5; i++) {
            days.put(Days.medication(START.plusDays(i), SIMPLE_ANALGESIC));
            days.put(Days.medication(START.plusDays(10 + i), OPIOID));
        }
        assertThat(calculator.measure(WINDOW, days.map(), null).moh().thresholdsMet())
                .containsExactly(MohThreshold.MULTIPLE_CLASSES);
        days.put(Days.headacheFree(START.plusDays(14)));
        assertThat(calculator.measure(WINDOW, days.map(), null).moh().atRisk()).isFalse();
    }

    @Test
    void oneClassOnTenDaysIsNotTheCombinedThreshold() {
        assertThat(status(28, 10, SIMPLE_ANALGESIC).atRisk()).isFalse();
    }

    @Test
    void otherClassIsIgnored() {
        assertThat(status(28, 28, OTHER).atRisk()).isFalse();
        Days days = new Days().run(START, 28, 0);
        for (int i = 0; i < 10; i++) {
            days.put(Days.medication(START.plusDays(i), i == 0 ? SIMPLE_ANALGESIC : OTHER));
        }
        assertThat(calculator.measure(WINDOW, days.map(), null).moh().atRisk()).isFalse();
    }

    @Test
    void everyThresholdMetIsNamed() {
        assertThat(status(28, 15, SIMPLE_ANALGESIC, TRIPTAN).thresholdsMet()).containsExactly(
                MohThreshold.SIMPLE_ANALGESIC, MohThreshold.TRIPTAN, MohThreshold.MULTIPLE_CLASSES);
    }

    @Test
    void otherDaysDoNotCountAsAnyMedicationDaysForTheCombinedThreshold() {
        Days days = new Days().run(START, 28, 0);
        for (int i = 0; i < 5; i++) {
            days.put(Days.medication(START.plusDays(i), SIMPLE_ANALGESIC));
        }
        for (int i = 0; i < 4; i++) {
            days.put(Days.medication(START.plusDays(10 + i), OPIOID));
        }
        days.put(Days.medication(START.plusDays(20), OTHER));
        assertThat(calculator.measure(WINDOW, days.map(), null).moh().atRisk()).isFalse();
        days.put(Days.medication(START.plusDays(20), OTHER, TRIPTAN));
        assertThat(calculator.measure(WINDOW, days.map(), null).moh().thresholdsMet())
                .containsExactly(MohThreshold.MULTIPLE_CLASSES);
    }

    @Test
    void combinedThresholdUsesNormalisedAnyMedicationDays() {
        // 7 any-medication days of 2 classes in 20 logged days = 9.8 per 28; 8 of them = 11.2
        Days days = new Days().run(START, 20, 0);
        for (int i = 0; i < 7; i++) {
            days.put(Days.medication(START.plusDays(i), i % 2 == 0 ? SIMPLE_ANALGESIC : COMBINATION));
        }
        assertThat(calculator.measure(WINDOW, days.map(), null).moh().atRisk()).isFalse();
        days.put(Days.medication(START.plusDays(7), SIMPLE_ANALGESIC));
        assertThat(calculator.measure(WINDOW, days.map(), null).moh().thresholdsMet())
                .containsExactly(MohThreshold.MULTIPLE_CLASSES);
    }
}
