package care.unknot.plan.service.rules;

import care.unknot.plan.config.PlanRulesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The shapes of what follows the focused program (domain.md 2.4), as proposed times in the patient's zone (the same
 * local time of day, across DST changes): maintenance sessions 2, 4 and 4 weeks apart then discharge (TAPER), and
 * the one extension of 4 sessions over 2 weeks (EXTEND). plan-core schedules the actual sessions.
 */
@ApplicationScoped
public class TaperSchedule {

    private final PlanRulesConfig config;

    public TaperSchedule(PlanRulesConfig config) {
        this.config = config;
    }

    /** Maintenance sessions after the session that ended the program, at its local time of day. */
    public List<ZonedDateTime> maintenanceSessions(ZonedDateTime lastProgramSession) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The discharge date: the local date of the last maintenance session. */
    public LocalDate dischargeOn(ZonedDateTime lastProgramSession) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The extension's sessions after the session that ended the program, at its local time of day. */
    public List<ZonedDateTime> extensionSessions(ZonedDateTime lastProgramSession) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The number of the last session once extended (8 + 4 = 12). */
    public int lastSessionNumberWhenExtended(int plannedSessionCount) {
        return plannedSessionCount + config.extension().sessions();
    }
}
