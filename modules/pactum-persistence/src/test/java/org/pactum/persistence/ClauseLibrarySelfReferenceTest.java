package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** V21: a stored clause library with the old agreement-only phrases gets a new version that names the document by kind. */
@ParameterizedClass
@EnumSource(Database.class)
class ClauseLibrarySelfReferenceTest {

    @Parameter
    Database database;

    private static final String OLD = "{\"clauses\":[{\"heading\":{\"ru\":\"Уведомления\"},\"key\":\"notices\",\"text\":{"
            + "\"en\":\"Notices under this Agreement.\",\"kk\":\"Осы Келісім бойынша хабарламалар; осы Келісімді орындау.\","
            + "\"ru\":\"Уведомления по настоящему Соглашению, в целях настоящего Соглашения.\"}}]}";

    @Test
    void the_old_phrases_become_placeholders_in_a_new_version() throws SQLException {
        DataSource library = database.migratedUpTo("selfref", "17");
        execute(library, "INSERT INTO clause_library_version VALUES (1, 'ru,kk,en', '" + OLD + "', 'pactum', CURRENT_TIMESTAMP)");

        new SchemaMigration(library).migrate();

        List<String> versions = clauses(library);
        assertEquals(2, versions.size());
        assertEquals(OLD, versions.get(0));
        assertEquals("{\"clauses\":[{\"heading\":{\"ru\":\"Уведомления\"},\"key\":\"notices\",\"text\":{"
                + "\"en\":\"Notices under {document.nominative}.\",\"kk\":\"{Document.nominative} бойынша хабарламалар; "
                + "{document.accusative} орындау.\",\"ru\":\"Уведомления по {document.dative}, в целях {document.genitive}.\"}}]}",
                versions.get(1));
    }

    @Test
    void a_library_without_the_old_phrases_is_left_as_it_is() throws SQLException {
        DataSource library = database.migratedUpTo("selfref", "17");
        execute(library, "INSERT INTO clause_library_version VALUES (1, 'ru', '{\"clauses\":[]}', 'admin', CURRENT_TIMESTAMP)");

        new SchemaMigration(library).migrate();

        assertEquals(1, clauses(library).size());
    }

    @Test
    void an_empty_database_gets_no_library_from_the_migration() throws SQLException {
        DataSource library = database.migratedUpTo("selfref", "17");
        new SchemaMigration(library).migrate();
        assertTrue(clauses(library).isEmpty());
    }

    private static List<String> clauses(DataSource library) throws SQLException {
        List<String> clauses = new ArrayList<>();
        try (Connection connection = library.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT clauses FROM clause_library_version ORDER BY version")) {
            while (rows.next()) {
                clauses.add(rows.getString(1));
            }
        }
        return clauses;
    }

    private static void execute(DataSource library, String sql) throws SQLException {
        try (Connection connection = library.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
