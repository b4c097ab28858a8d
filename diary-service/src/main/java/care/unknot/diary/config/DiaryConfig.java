package care.unknot.diary.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Every clinical number of domain.md section 3 (and the 2.4 checkpoint windows), with its default. */
@ConfigMapping(prefix = "unknot.diary")
public interface DiaryConfig {

    Classification classification();

    Windows windows();

    Checkpoint checkpoint();

    Responder responder();

    Moh moh();

    Entries entries();

    Jobs jobs();

    Progress progress();

    /** Zone used for a patient whose time zone has not arrived yet (patient.registered). */
    @WithDefault("UTC")
    ZoneId defaultZone();

    interface Classification {
        /** 3.2: an episode counts from this many minutes. */
        @WithDefault("30")
        int episodeMinutes();

        /** 1.3: peak NRS from which pain is moderate/severe. */
        @WithDefault("4")
        int moderateNrs();

        @WithDefault("2")
        int migraineMinFeatures();

        @WithDefault("1")
        int migraineMinAssociatedSymptoms();
    }

    interface Windows {
        /** 3.3: IHS 28-day month; also the normalisation basis. */
        @WithDefault("28")
        int days();

        @WithDefault("20")
        int minLoggedDays();

        /** Figures are shown with this many decimals (half up). */
        @WithDefault("1")
        int displayScale();
    }

    interface Checkpoint {
        /** 2.4: the early checkpoint follows this session. */
        @WithDefault("4")
        int earlySession();

        /** 3.3: a shorter checkpoint window needs at least this many days... */
        @WithDefault("7")
        int minDays();

        /** ...and entries on at least numerator/denominator of them. */
        @WithDefault("5")
        int minLoggedNumerator();

        @WithDefault("7")
        int minLoggedDenominator();
    }

    interface Responder {
        @WithDefault("50")
        int responderPercent();

        @WithDefault("30")
        int partialPercent();
    }

    interface Moh {
        @WithDefault("15")
        int simpleAnalgesicDays();

        /** TRIPTAN, ERGOT, OPIOID, COMBINATION each. */
        @WithDefault("10")
        int specificClassDays();

        @WithDefault("2")
        int multipleClassesMin();

        @WithDefault("10")
        int multipleClassesAnyMedicationDays();

        /** The alert turns off on this many consecutive days with no threshold met. */
        @WithDefault("7")
        int offAfterDays();
    }

    interface Jobs {
        /** How often the daily jobs look for patients whose local day has not run yet ("off" disables). */
        @WithDefault("10m")
        String every();

        /** A patient whose daily run failed (or whose replica died mid-run) is due again after this. */
        @WithDefault("PT10M") // ISO-8601: the unit tests build this mapping without Quarkus' "10m" converter
        java.time.Duration retryAfter();
    }

    interface Entries {
        /** 3.1: an entry is editable for this many days after its date. */
        @WithDefault("7")
        int editWindowDays();

        /** 3.4: this many consecutive empty days after the last entry make a gap. */
        @WithDefault("3")
        int gapDays();
    }

    interface Progress {
        /**
         * Patients whose computed progress each replica keeps (least recently read dropped first), valid while the
         * patient document's {@code rev} and the patient's local date are unchanged.
         */
        @WithDefault("10000")
        int cacheSize();
    }
}
