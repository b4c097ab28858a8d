package care.unknot.diary.domain;

/** What intake.screened tells the diary: headache days in each of the last 3 months, any-medication days a month. */
public record RetrospectiveBaseline(int headacheDaysMonth1, int headacheDaysMonth2, int headacheDaysMonth3,
                                    Integer anyMedicationDaysPerMonth) {

    /** 3.3: the mean of the three monthly counts, taken as per-28-days. */
    public Baseline toBaseline() {
        Fraction mean = Fraction.of((long) headacheDaysMonth1 + headacheDaysMonth2 + headacheDaysMonth3, 3);
        Fraction medication = anyMedicationDaysPerMonth == null ? null : Fraction.of(anyMedicationDaysPerMonth);
        return new Baseline(Baseline.Kind.RETROSPECTIVE, null, mean, null, medication);
    }
}
