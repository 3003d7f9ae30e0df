package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The revisions people last saw, with the real migrations on H2: one row per agreement and account (V16). */
class SeenRevisionSchemaTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String DUPLICATE_KEY = "23505";
    private static final String NO_SUCH_PARENT = "23506";

    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:seen" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        new SchemaMigration(database).migrate();
        connection = database.getConnection();
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
        assertEquals(NO_SUCH_PARENT, refused.getSQLState());
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
