package care.unknot.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every clinical threshold of domain.md section 1, with its defaults. Rules read these, never literals.
 */
@ConfigMapping(prefix = "unknot.intake")
public interface IntakeRules {

    RedFlags redFlags();

    Profile profile();

    Frequency frequency();

    MedicationOveruse medicationOveruse();

    Hit6 hit6();

    Midas midas();

    interface RedFlags {
        /** RF-ONSET-AGE fires for an age at onset above this (in completed years). */
        @WithDefault("50")
        int onsetAgeLimit();
    }

    interface Profile {
        /** Moderate/severe pain starts at this peak NRS (migraine feature). */
        @WithDefault("4")
        int moderateOrSevereMinNrs();

        /** Mild/moderate pain ends at this peak NRS (tension-type feature). */
        @WithDefault("6")
        int mildOrModerateMaxNrs();

        /** Features of either kind needed for a classification. */
        @WithDefault("2")
        int minFeatures();

        /** Associated symptoms needed for MIGRAINE_LIKE. */
        @WithDefault("1")
        int minAssociatedSymptoms();
    }

    interface Frequency {
        /** CHRONIC when every one of the last three months has at least this many headache days. */
        @WithDefault("15")
        int chronicMinDaysPerMonth();
    }

    interface MedicationOveruse {
        @WithDefault("15")
        int simpleAnalgesicMinDays();

        @WithDefault("10")
        int triptanMinDays();

        @WithDefault("10")
        int ergotMinDays();

        @WithDefault("10")
        int opioidMinDays();

        @WithDefault("10")
        int combinationMinDays();

        /** Classes in use (days above zero) for the any-medication threshold to apply. */
        @WithDefault("2")
        int multipleClassesMin();

        @WithDefault("10")
        int multipleClassesAnyMedicationMinDays();
    }

    interface Hit6 {
        @WithDefault("6")
        int never();

        @WithDefault("8")
        int rarely();

        @WithDefault("10")
        int sometimes();

        @WithDefault("11")
        int veryOften();

        @WithDefault("13")
        int always();

        @WithDefault("49")
        int littleOrNoImpactMax();

        @WithDefault("55")
        int someImpactMax();

        @WithDefault("59")
        int substantialImpactMax();
    }

    interface Midas {
        @WithDefault("5")
        int gradeOneMax();

        @WithDefault("10")
        int gradeTwoMax();

        @WithDefault("20")
        int gradeThreeMax();
    }
}
