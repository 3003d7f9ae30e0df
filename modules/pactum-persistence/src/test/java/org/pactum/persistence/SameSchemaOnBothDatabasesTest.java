package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/**
 * All migrations, H2's and PostgreSQL's, leave the same tables with the same columns, each as nullable on one as on
 * the other: the per-database folders differ in triggers only, and a common script means the same on both.
 */
class SameSchemaOnBothDatabasesTest {

    @Test
    void every_table_and_column_is_the_same_on_h2_and_postgresql() throws SQLException {
        Set<String> h2 = columns(Database.H2.migrated("same"));
        Set<String> postgresql = columns(Database.POSTGRESQL.migrated("same"));

        assertTrue(h2.contains("audit_event.hash not null"), "the catalogue is read");
        assertEquals(h2, postgresql);
    }

    /** "table.column null" or "table.column not null", lower case, of the application's tables. */
    private static Set<String> columns(DataSource database) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT table_name, column_name, is_nullable"
                     + " FROM information_schema.columns WHERE LOWER(table_schema) = 'public'"
                     + " AND LOWER(table_name) <> 'flyway_schema_history'")) {
            while (rows.next()) {
                columns.add((rows.getString(1) + "." + rows.getString(2)).toLowerCase(Locale.ROOT)
                        + ("YES".equals(rows.getString(3)) ? " null" : " not null"));
            }
        }
        return columns;
    }
}
