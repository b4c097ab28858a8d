package care.unknot.plan.service.rules;

import care.unknot.plan.config.PlanRulesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of what follows the focused program (domain.md 2.4), as proposed times in the patient's zone (the same
 * local time of day, across DST changes): maintenance sessions 2, 4 and 4 weeks apart then discharge (TAPER), and
 * the one extension of 4 sessions over 2 weeks (EXTEND), spread evenly over its days (days 3, 7, 10 and 14 after the
 * last session: twice a week, at least 3 days apart). plan-core schedules the actual sessions.
 */
@ApplicationScoped
public class TaperSchedule {

    private final PlanRulesConfig config;

    public TaperSchedule(PlanRulesConfig config) {
        this.config = config;
    }

    /** Maintenance sessions after the session that ended the program, at its local time of day. */
    public List<ZonedDateTime> maintenanceSessions(ZonedDateTime lastProgramSession) {
        List<ZonedDateTime> sessions = new ArrayList<>();
        ZonedDateTime previous = lastProgramSession;
        for (int weeks : config.taper().intervalWeeks()) {
            previous = previous.plusWeeks(weeks); // on the local time line: 18:00 stays 18:00 across DST
            sessions.add(previous);
        }
        return sessions;
    }

    /** The discharge date: the local date of the last maintenance session. */
    public LocalDate dischargeOn(ZonedDateTime lastProgramSession) {
        List<ZonedDateTime> sessions = maintenanceSessions(lastProgramSession);
        return (sessions.isEmpty() ? lastProgramSession : sessions.get(sessions.size() - 1)).toLocalDate();
    }

    /** The extension's sessions after the session that ended the program, at its local time of day. */
    public List<ZonedDateTime> extensionSessions(ZonedDateTime lastProgramSession) {
        int count = config.extension().sessions();
        int days = config.extension().weeks() * 7;
        List<ZonedDateTime> sessions = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            sessions.add(lastProgramSession.plusDays((long) k * days / count)); // evenly spread: +3, +7, +10, +14
        }
        return sessions;
    }

    /** The number of the last session once extended (8 + 4 = 12). */
    public int lastSessionNumberWhenExtended(int plannedSessionCount) {
        return plannedSessionCount + config.extension().sessions();
    }
}
