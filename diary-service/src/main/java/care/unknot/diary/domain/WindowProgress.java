package care.unknot.diary.domain;

/**
 * One window against the baseline. Reductions are null (and the class INSUFFICIENT_DATA) when the window is
 * unusable, the baseline is 0 or absent, or treatment has not started.
 */
public record WindowProgress(WindowMetrics metrics, Metric metric, Fraction headacheReduction,
                             Fraction migraineReduction, Fraction metricReduction, ResponderClass responderClass,
                             Fraction medicationReduction, ResponderClass headacheClass,
                             ResponderClass migraineClass) {

    public WindowProgress(WindowMetrics metrics, Metric metric, Fraction headacheReduction,
                          Fraction migraineReduction, Fraction metricReduction, ResponderClass responderClass,
                          Fraction medicationReduction) {
        this(metrics, metric, headacheReduction, migraineReduction, metricReduction, responderClass,
                medicationReduction, ResponderClass.INSUFFICIENT_DATA, ResponderClass.INSUFFICIENT_DATA);
    }
}
