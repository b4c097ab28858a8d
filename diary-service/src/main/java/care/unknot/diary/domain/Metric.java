package care.unknot.diary.domain;

/** 2.4: the count a checkpoint and the responder class are decided on. */
public enum Metric {
    HEADACHE_DAYS, MIGRAINE_DAYS;

    /** Migraine days for MIGRAINE_LIKE, headache days otherwise; against a retrospective baseline always headache days. */
    public static Metric forPhenotype(String phenotype, Baseline.Kind baselineKind) {
        return "MIGRAINE_LIKE".equals(phenotype) && baselineKind != Baseline.Kind.RETROSPECTIVE
                ? MIGRAINE_DAYS : HEADACHE_DAYS;
    }
}
