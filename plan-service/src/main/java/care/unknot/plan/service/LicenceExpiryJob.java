package care.unknot.plan.service;

import care.unknot.plan.config.SchedulingConfig;
import care.unknot.plan.domain.therapist.ExpiredLicence;
import care.unknot.plan.repository.SessionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * domain.md 2.7: a licence that expired moves the therapist's sessions after its expiry date to NEEDS_REASSIGNMENT.
 * Each batch is one transaction that claims due expiries from the roster ({@code FOR UPDATE SKIP LOCKED}: two replicas
 * never take the same one), moves that therapist's scheduled sessions (partial index on scheduled sessions) and marks
 * the expiry handled; a run costs the expiries due, not the roster or the sessions stored.
 */
@ApplicationScoped
public class LicenceExpiryJob {

    private static final Logger LOG = Logger.getLogger(LicenceExpiryJob.class);
    private static final int MAX_BATCHES = 100;

    private final TherapistRoster roster;
    private final SessionRepository sessions;
    private final SchedulingConfig config;
    private final Clock clock;

    public LicenceExpiryJob(TherapistRoster roster, SessionRepository sessions, SchedulingConfig config, Clock clock) {
        this.roster = roster;
        this.sessions = sessions;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${unknot.sessions.licence-expiry-interval:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /** Handles every expiry due now; returns how many sessions moved. */
    public int runOnce() {
        int moved = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int[] result = QuarkusTransaction.requiringNew().call(this::batch);
            moved += result[1];
            if (result[0] < config.licenceExpiryBatch()) {
                break;
            }
        }
        return moved;
    }

    /** One transaction: [expiries claimed, sessions moved]. */
    private int[] batch() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ExpiredLicence> due = roster.claimExpiredLicences(today, config.licenceExpiryBatch());
        int moved = 0;
        for (ExpiredLicence licence : due) {
            int count = sessions.needReassignment(licence.therapistId(),
                    licence.expiresOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).size();
            roster.markLicenceExpiryHandled(licence.therapistId(), licence.expiresOn());
            LOG.infof("licence of therapist %s expired on %s: %d session(s) need reassignment", licence.therapistId(),
                    licence.expiresOn(), count);
            moved += count;
        }
        return new int[] {due.size(), moved};
    }
}
