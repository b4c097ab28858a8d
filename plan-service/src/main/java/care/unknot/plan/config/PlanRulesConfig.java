package care.unknot.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Every clinical number of domain.md section 2 with its default. The rules read these, never literals. */
@ConfigMapping(prefix = "unknot.plan")
public interface PlanRulesConfig {

    Program program();

    Checkpoint checkpoint();

    HomeProgram homeProgram();

    Taper taper();

    Extension extension();

    /** The focused program (2.1, 2.2). */
    interface Program {
        /** CLINIC_LED: 8 sessions over 4 weeks. */
        @WithDefault("8")
        int clinicLedSessions();

        /** SELF_MANAGED: the assessment and 2 teaching sessions. */
        @WithDefault("3")
        int selfManagedSessions();

        @WithDefault("4")
        int weeks();

        @WithDefault("2")
        int sessionsPerWeek();

        /** Sessions at least this many days apart (the spacing rule is a warning, not a refusal). */
        @WithDefault("2")
        int minDaysBetweenSessions();

        @WithDefault("45")
        int sessionMinutes();

        @WithDefault("30")
        int minSessionMinutes();

        @WithDefault("60")
        int maxSessionMinutes();
    }

    /** Checkpoint thresholds (2.4), in percent reduction. */
    interface Checkpoint {
        /** At least this: CONTINUE after session 4; EXTEND (once) at the program end. */
        @WithDefault("30")
        int responsePercent();

        /** At least this at the program end: TAPER. */
        @WithDefault("50")
        int taperPercent();
    }

    /** Self-myofascial release at home (2.5). */
    interface HomeProgram {
        @WithDefault("30")
        int holdSecondsStart();

        @WithDefault("90")
        int holdSecondsMax();

        @WithDefault("20")
        int heatOrColdMaxMinutes();
    }

    /** Maintenance after the focused program (2.4): sessions 2, 4 and 4 weeks apart, then discharge. */
    interface Taper {
        @WithDefault("2,4,4")
        List<Integer> intervalWeeks();
    }

    /** The one extension of the focused program (2.4): 4 sessions over 2 weeks. */
    interface Extension {
        @WithDefault("4")
        int sessions();

        @WithDefault("2")
        int weeks();
    }
}
