package care.unknot.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.intake.domain.Intake;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;

/**
 * What one intake POST costs the database, counted by PostgreSQL (pg_stat_statements): every statement is a round
 * trip on the request's path, so the count is a budget. The relay's and the purge jobs' statements are not the
 * request's and are left out.
 */
@QuarkusTest
class IntakeSubmitCostTest {

    private static final int POSTS = 10;
    /** The relay (claim, gap check, lease, mark), purges and the outbox gauges: background work, not the POST's. */
    private static final Pattern BACKGROUND = Pattern.compile(
            "FROM outbox_event o|SELECT aggregateid, seq FROM outbox_event|^UPDATE outbox_event|^DELETE FROM"
                    + "|FILTER \\(WHERE parked_at"
                    // the driver's type lookup, once per pooled connection, not per request
                    + "|FROM pg_catalog.pg_type");

    @Inject
    Statements statements;
    @Inject
    EntityManager entityManager;

    @Test
    void anIntakePostWritesItsTwoEventsInOneStatementAndCostsFourRoundTripsBesideTheCommit() {
        List<UUID> patients = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            UUID patient = Api.registerPatient("Cost", "Counted");
            Api.submitted(patient, Api.answers()); // the first intake also changes the patient's status
            patients.add(patient);
        }
        statements.reset();

        patients.forEach(patient -> Api.submitted(patient, Api.answers()));

        Map<String, Long> calls = requestStatements();
        assertThat(calls.entrySet().stream().filter(e -> e.getKey().startsWith("INSERT INTO outbox_event"))
                .mapToLong(Map.Entry::getValue).sum()).as("outbox INSERTs for %d POSTs, each with 2 events: %s",
                POSTS, calls).isEqualTo(POSTS);
        long roundTrips = calls.entrySet().stream().filter(e -> !e.getKey().equals("BEGIN"))
                .mapToLong(Map.Entry::getValue).sum();
        // advisory lock (BEGIN travels with it), the patient, the intake INSERT, the outbox INSERT
        assertThat(roundTrips).as("statements for %d POSTs: %s", POSTS, calls).isEqualTo(4L * POSTS);
    }

    /**
     * Hibernate deep-copies a mutable JSON attribute for its snapshot by writing and re-reading the JSON: five
     * columns per intake, about 6 % of a POST's worker CPU. The intake's JSON values are never changed in place.
     */
    @Test
    void theIntakesJsonColumnsAreImmutableSoHibernateNeverCopiesThemThroughJson() {
        EntityPersister intake = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(Intake.class);
        for (String json : List.of("answers", "firedRules", "profile", "precautions", "treatmentAreas")) {
            assertThat(intake.findAttributeMapping(json).getAttributeMetadata().getMutabilityPlan().isMutable())
                    .as(json).isFalse();
        }
    }

    private Map<String, Long> requestStatements() {
        Map<String, Long> calls = statements.callsByStatement();
        calls.keySet().removeIf(sql -> BACKGROUND.matcher(sql).find());
        return calls;
    }
}
