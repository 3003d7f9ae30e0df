package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.pactum.fixtures.PostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * V23 with the real migrations, on H2 and on PostgreSQL (the tests' own cluster): a directory's account has no
 * password; existing accounts stay Pactum's own. V27: only an account kept outside names its keeper, one of two.
 */
class DirectoryAccountSchemaTest {

    @Test
    void on_h2_an_account_from_the_directory_has_no_password_and_others_are_pactums_own() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:directory;DB_CLOSE_DELAY=-1");
        accountsFromTheDirectoryHaveNoPassword(database);
    }

    @Test
    void on_postgresql_an_account_from_the_directory_has_no_password_and_others_are_pactums_own() throws SQLException {
        PostgresServer server = PostgresServer.shared(Path.of("target").toAbsolutePath());
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(server.freshDatabase("directory_accounts"));
        database.setUser(PostgresServer.USER);
        database.setPassword(PostgresServer.PASSWORD);
        accountsFromTheDirectoryHaveNoPassword(database);
    }

    private static void accountsFromTheDirectoryHaveNoPassword(DataSource database) throws SQLException {
        new SchemaMigration(database).migrate();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO user_account (username, display_name, password_hash, enabled, version,"
                    + " from_directory) VALUES ('dana', 'Дана', NULL, TRUE, 0, TRUE)");
            statement.executeUpdate("INSERT INTO user_account (username, display_name, password_hash, enabled, version)"
                    + " VALUES ('drafter', 'Ольга', 'x', TRUE, 0)");
            try (ResultSet rows = statement.executeQuery(
                    "SELECT password_hash, from_directory FROM user_account ORDER BY username")) {
                assertTrue(rows.next());
                assertNull(rows.getString(1));
                assertTrue(rows.getBoolean(2));
                assertTrue(rows.next());
                assertFalse(rows.getBoolean(2));
            }
            assertEquals(1, statement.executeUpdate("UPDATE user_account SET kept_by = 'SINGLE_SIGN_ON' WHERE username = 'dana'"));
            assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE user_account SET kept_by = 'DIRECTORY' WHERE username = 'drafter'"));
            assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE user_account SET kept_by = 'KERBEROS' WHERE username = 'dana'"));
        }
    }
}
