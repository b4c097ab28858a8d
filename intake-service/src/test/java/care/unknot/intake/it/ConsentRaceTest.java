package care.unknot.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.EventTypes;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Writes for one patient are serialised (the kit's per-aggregate lock), so the last {@code patient.updated} on the
 * topic carries the state of the last commit. The race is made to happen every time: the test holds the outbox
 * table so the first writer stops at its outbox insert, after it read the consents, and lets it go only once the
 * second writer is waiting too.
 */
@QuarkusTest
class ConsentRaceTest {

    private static final String WAITING_ON_LOCKS = """
            SELECT count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void concurrentRevokeOfAAndGrantOfBEndWithBAloneDownstream() throws Exception {
        String partnerA = "partner-a-" + UUID.randomUUID();
        String partnerB = "partner-b-" + UUID.randomUUID();
        UUID patientId = Api.registerPatient("Rae", "Sing");
        Api.patient(patientId).body("{\"partnerId\":\"" + partnerA + "\"}")
                .post("/api/v1/patients/{id}/consents", patientId).then().statusCode(201);

        CompletableFuture<Integer> grantB;
        CompletableFuture<Integer> revokeA;
        try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE outbox_event IN SHARE ROW EXCLUSIVE MODE");
            grantB = CompletableFuture.supplyAsync(() -> Api.patient(patientId)
                    .body("{\"partnerId\":\"" + partnerB + "\"}")
                    .post("/api/v1/patients/{id}/consents", patientId).statusCode());
            awaitWaiters(1); // the grant read the consents ([A, B] while A's revoke is uncommitted) and waits
            revokeA = CompletableFuture.supplyAsync(() -> Api.patient(patientId)
                    .delete("/api/v1/patients/{id}/consents/{partner}", patientId, partnerA).statusCode());
            awaitWaiters(2);
            holder.rollback(); // releases the table: the grant commits first, then the revoke
        }
        assertThat(grantB.get(30, TimeUnit.SECONDS)).isEqualTo(201);
        assertThat(revokeA.get(30, TimeUnit.SECONDS)).isEqualTo(204);

        List<EventsTest.Event> updates = EventsTest.consume(patientId.toString(), 4).stream()
                .filter(event -> EventTypes.PATIENT_UPDATED.equals(event.type()))
                .toList();
        assertThat(updates).hasSize(3);
        assertThat(updates.get(2).payload().path("sharingConsentPartnerIds").toString())
                .isEqualTo("[\"" + partnerB + "\"]");
    }

    private void awaitWaiters(int count) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement(WAITING_ON_LOCKS);
                    ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1) >= count;
            }
        });
    }
}
