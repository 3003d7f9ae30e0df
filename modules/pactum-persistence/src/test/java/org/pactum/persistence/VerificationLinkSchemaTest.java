package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The public verification links with the real migrations on H2 and PostgreSQL: one token per agreement, and a token once printed in
 * a stamp is never changed nor removed (V13's trigger), since the stamps that carry it cannot be changed either.
 */
@ParameterizedClass
@EnumSource(Database.class)
class VerificationLinkSchemaTest {

    @Parameter
    Database database;

    private static final String DUPLICATE_KEY = "23505";

    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        connection = database.migrated("links").getConnection();
        execute("INSERT INTO agreement (id, number, kind, term_years, term_auto_renewal, status, created_by, created_at,"
                + " updated_by, updated_at, version) VALUES (17, 'PA-2026-00017', 'COOPERATION_AGREEMENT', 5, TRUE,"
                + " 'APPROVED', 'drafter', CURRENT_TIMESTAMP, 'drafter', CURRENT_TIMESTAMP, 0)");
        execute("INSERT INTO verification_link (token, agreement_id, created_at) VALUES ('q3Vb0mZ6J1x8RkWd2T9yHg', 17,"
                + " CURRENT_TIMESTAMP)");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void a_token_finds_its_agreement() throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery(
                "SELECT agreement_id FROM verification_link WHERE token = 'q3Vb0mZ6J1x8RkWd2T9yHg'")) {
            assertTrue(row.next());
            assertEquals(17, row.getLong(1));
        }
    }

    @Test
    void an_agreement_has_one_link() {
        SQLException refused = assertThrows(SQLException.class, () -> execute("INSERT INTO verification_link"
                + " (token, agreement_id, created_at) VALUES ('another-token-of-22-ch', 17, CURRENT_TIMESTAMP)"));

        assertEquals(DUPLICATE_KEY, refused.getSQLState());
    }

    @Test
    void a_link_is_never_changed_nor_removed() {
        assertThrows(SQLException.class, () -> execute("UPDATE verification_link SET token = 'guessable' WHERE agreement_id = 17"));
        assertThrows(SQLException.class, () -> execute("DELETE FROM verification_link WHERE agreement_id = 17"));
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
