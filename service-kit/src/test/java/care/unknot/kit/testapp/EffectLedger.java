package care.unknot.kit.testapp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;

import care.unknot.kit.consume.IncomingEvent;

/** The consumer's effect: a counter per aggregate, incremented once per event id. */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class EffectLedger {

    public static final String CONSUMER = "kit-test.counter";

    @Inject
    DataSource dataSource;

    /** Within the consumer's transaction, after the kit recorded the event as processed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO effect_counter (aggregate_id, applied) VALUES (?, 1)
                ON CONFLICT (aggregate_id) DO UPDATE SET applied = effect_counter.applied + 1""")) {
            s.setString(1, event.subject());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int applied(String aggregateId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT applied FROM effect_counter WHERE aggregate_id = ?")) {
            s.setString(1, aggregateId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
