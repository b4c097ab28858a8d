package care.unknot.intake.domain;

/** The classification of one kind of headache with the feature counts that decided it. */
public record KindProfile(KindClass classification, int migraineFeatures, int migraineAssociatedSymptoms,
        int tensionTypeFeatures) {
}
