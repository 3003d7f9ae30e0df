package org.pactum.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditSeal;
import org.pactum.persistence.AuditRows;
import org.pactum.persistence.JpaAuditLog;
import org.pactum.persistence.SchemaMigration;

/**
 * The stored chain in a real database with the real migrations: the database refuses changes, and an insider who
 * drops the triggers and edits, deletes, swaps or rewrites rows with SQL is caught by the verification.
 */
class StoredChainTamperingTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final int EVENTS = 30;
    private static final int SEAL_EVERY = 10;

    private JdbcDataSource database;
    private Chains chains;

    @BeforeEach
    void storeAChain() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:audit" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        new SchemaMigration(database).migrate();
        chains = new Chains().grow(EVENTS, SEAL_EVERY);
        try (Connection connection = database.getConnection()) {
            for (AuditEvent event : chains.events) {
                insert(connection, event);
            }
            for (AuditSeal seal : chains.seals) {
                insert(connection, seal);
            }
        }
    }

    @Test
    void the_stored_chain_verifies() {
        ChainVerification report = verify();
        assertTrue(report.intact(), report::toString);
        assertEquals(EVENTS, report.eventsChecked());
        assertEquals(EVENTS / SEAL_EVERY, report.sealsChecked());
    }

    @Test
    void the_database_refuses_updates_and_deletes_of_events_and_seals() throws SQLException {
        for (String sql : List.of("UPDATE audit_event SET actor = 'mallory' WHERE sequence = 3",
                "DELETE FROM audit_event WHERE sequence = 3",
                "UPDATE audit_seal SET signature = 'AAAA' WHERE sequence = 10",
                "DELETE FROM audit_seal")) {
            assertThrows(SQLException.class, () -> execute(sql), sql);
        }
        assertTrue(verify().intact());
    }

    @ParameterizedTest
    @ValueSource(strings = {"occurred_at = occurred_at + INTERVAL '1' SECOND", "actor = 'mallory'", "actor_roles = 'ADMIN'",
            "action = 'agreement.approved'", "agreement_id = 99", "agreement_version = 42", "content_hash = REPEAT('c', 64)",
            "details = '{}'", "client_address = '10.0.0.66'", "previous_hash = REPEAT('0', 64)", "hash = REPEAT('f', 64)",
            "agreement_id = NULL", "client_address = NULL"})
    void editing_any_field_of_a_row_makes_verification_name_that_row(String change) throws SQLException {
        insider("UPDATE audit_event SET " + change + " WHERE sequence = 17");
        ChainVerification report = verify();
        assertFalse(report.intact());
        assertEquals(17L, report.firstBrokenSequence(), report::toString);
    }

    @Test
    void a_deleted_row_is_named() throws SQLException {
        insider("DELETE FROM audit_event WHERE sequence = 12");
        assertEquals(12L, verify().firstBrokenSequence());
    }

    @Test
    void two_reordered_rows_are_caught() throws SQLException {
        insider("UPDATE audit_event SET sequence = -1 WHERE sequence = 8");
        insider("UPDATE audit_event SET sequence = 8 WHERE sequence = 9");
        insider("UPDATE audit_event SET sequence = 9 WHERE sequence = -1");
        assertEquals(8L, verify().firstBrokenSequence());
    }

    @Test
    void a_consistently_rewritten_tail_is_caught_by_the_seals() throws SQLException {
        insider("DELETE FROM audit_event WHERE sequence >= 14");
        try (Connection connection = database.getConnection()) {
            String previous = chains.events.get(12).hash();
            for (int sequence = 14; sequence <= EVENTS; sequence++) {
                AuditEvent forged = AuditEvent.append(sequence, previous, Chains.record(sequence + 500), Chains.T0.plusSeconds(sequence));
                insert(connection, forged);
                previous = forged.hash();
            }
        }
        ChainVerification report = verify();
        assertFalse(report.intact());
        assertEquals(20L, report.firstBrokenSequence(), report::toString);
    }

    @Test
    void a_truncated_tail_is_caught_by_the_last_seal() throws SQLException {
        insider("DELETE FROM audit_event WHERE sequence > 24");
        ChainVerification report = verify();
        assertEquals(30L, report.firstBrokenSequence(), report::toString);
        assertTrue(report.reason().contains("removed from its end"), report.reason());
    }

    private ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier(id -> id.equals(chains.key.keyId()) ? chains.key.publicKey() : null);
        new JpaAuditLog(database).walk(verifier);
        return verifier.finish();
    }

    /** What someone with full database access does: remove the guard, then change the rows. */
    private void insider(String sql) throws SQLException {
        execute("DROP TRIGGER IF EXISTS audit_event_append_only");
        execute(sql);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void insert(Connection connection, AuditEvent event) throws SQLException {
        try (PreparedStatement insert = AuditRows.prepareEvents(connection)) {
            AuditRows.bind(insert, event);
            insert.executeUpdate();
        }
    }

    private static void insert(Connection connection, AuditSeal seal) throws SQLException {
        try (PreparedStatement insert = AuditRows.prepareSeals(connection)) {
            AuditRows.bind(insert, seal);
            insert.executeUpdate();
        }
    }
}
