package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The revisions people last saw, with the real migrations on H2 and PostgreSQL: one row per agreement and account (V16). */
@ParameterizedClass
@EnumSource(Database.class)
class SeenRevisionSchemaTest {

    @Parameter
    Database database;

    private static final String DUPLICATE_KEY = "23505";

    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        connection = database.migrated("seen").getConnection();
        execute("INSERT INTO agreement (id, number, kind, term_years, term_auto_renewal, status, created_by, created_at,"
                + " updated_by, updated_at, version) VALUES (17, 'PA-2026-00017', 'COOPERATION_AGREEMENT', 5, TRUE,"
                + " 'DRAFT', 'drafter', CURRENT_TIMESTAMP, 'drafter', CURRENT_TIMESTAMP, 0)");
        execute("INSERT INTO seen_revision (agreement_id, account, revision, seen_at) VALUES (17, 'approver1', 2, CURRENT_TIMESTAMP)");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void a_person_has_one_last_seen_revision_per_agreement() throws SQLException {
        SQLException refused = assertThrows(SQLException.class, () -> execute("INSERT INTO seen_revision"
                + " (agreement_id, account, revision, seen_at) VALUES (17, 'approver1', 3, CURRENT_TIMESTAMP)"));
        assertEquals(DUPLICATE_KEY, refused.getSQLState());

        execute("INSERT INTO seen_revision (agreement_id, account, revision, seen_at) VALUES (17, 'approver2', 1, CURRENT_TIMESTAMP)");
    }

    @Test
    void only_an_agreement_that_exists_is_seen() {
        SQLException refused = assertThrows(SQLException.class, () -> execute("INSERT INTO seen_revision"
                + " (agreement_id, account, revision, seen_at) VALUES (18, 'approver1', 1, CURRENT_TIMESTAMP)"));
        assertEquals(database.referenceMissing(), refused.getSQLState());
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
