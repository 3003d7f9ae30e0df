package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** V21: a stored clause library with the old agreement-only phrases gets a new version that names the document by kind. */
class ClauseLibrarySelfReferenceTest {

    private static final String OLD = "{\"clauses\":[{\"heading\":{\"ru\":\"Уведомления\"},\"key\":\"notices\",\"text\":{"
            + "\"en\":\"Notices under this Agreement.\",\"kk\":\"Осы Келісім бойынша хабарламалар; осы Келісімді орындау.\","
            + "\"ru\":\"Уведомления по настоящему Соглашению, в целях настоящего Соглашения.\"}}]}";

    @Test
    void the_old_phrases_become_placeholders_in_a_new_version() throws SQLException {
        JdbcDataSource database = migratedUpTo("17", "selfref1");
        execute(database, "INSERT INTO clause_library_version VALUES (1, 'ru,kk,en', '" + OLD + "', 'pactum', CURRENT_TIMESTAMP)");

        new SchemaMigration(database).migrate();

        List<String> versions = clauses(database);
        assertEquals(2, versions.size());
        assertEquals(OLD, versions.get(0));
        assertEquals("{\"clauses\":[{\"heading\":{\"ru\":\"Уведомления\"},\"key\":\"notices\",\"text\":{"
                + "\"en\":\"Notices under {document.nominative}.\",\"kk\":\"{Document.nominative} бойынша хабарламалар; "
                + "{document.accusative} орындау.\",\"ru\":\"Уведомления по {document.dative}, в целях {document.genitive}.\"}}]}",
                versions.get(1));
    }

    @Test
    void a_library_without_the_old_phrases_is_left_as_it_is() throws SQLException {
        JdbcDataSource database = migratedUpTo("17", "selfref2");
        execute(database, "INSERT INTO clause_library_version VALUES (1, 'ru', '{\"clauses\":[]}', 'admin', CURRENT_TIMESTAMP)");

        new SchemaMigration(database).migrate();

        assertEquals(1, clauses(database).size());
    }

    @Test
    void an_empty_database_gets_no_library_from_the_migration() throws SQLException {
        JdbcDataSource database = migratedUpTo("17", "selfref3");
        new SchemaMigration(database).migrate();
        assertTrue(clauses(database).isEmpty());
    }

    private static JdbcDataSource migratedUpTo(String version, String name) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target(version).load().migrate();
        return database;
    }

    private static List<String> clauses(JdbcDataSource database) throws SQLException {
        List<String> clauses = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT clauses FROM clause_library_version ORDER BY version")) {
            while (rows.next()) {
                clauses.add(rows.getString(1));
            }
        }
        return clauses;
    }

    private static void execute(JdbcDataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
