package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * V26 on H2 and PostgreSQL: a temporary password an administrator gave a directory account before Pactum refused it
 * is gone, with its mark; Pactum's own accounts keep theirs, temporary or not.
 */
@ParameterizedClass
@EnumSource(Database.class)
class DirectoryPasswordSchemaTest {

    @Parameter
    Database database;

    @Test
    void a_directory_account_loses_the_password_an_administrator_gave_it_and_local_accounts_keep_theirs()
            throws SQLException {
        DataSource accounts = database.migratedUpTo("directory_password", "25");
        execute(accounts, "INSERT INTO user_account (username, display_name, password_hash, enabled, version,"
                + " password_temporary, from_directory) VALUES"
                + " ('dana', 'Дана Ахметова', 'pbkdf2-sha256$310000$c2FsdA$aGFzaA', TRUE, 3, TRUE, TRUE),"
                + " ('erlan', 'Ерлан Сейтов', NULL, TRUE, 1, FALSE, TRUE),"
                + " ('omar', 'Омар Касымов', 'pbkdf2-sha256$310000$c2FsdA$b3RoZXI', FALSE, 2, FALSE, TRUE),"
                + " ('drafter', 'Ольга Петрова', 'pbkdf2-sha256$310000$c2FsdA$ZHJhZnRlcg', TRUE, 2, TRUE, FALSE),"
                + " ('admin', 'Administrator', 'pbkdf2-sha256$310000$c2FsdA$YWRtaW4', TRUE, 5, FALSE, FALSE)");

        new SchemaMigration(accounts).migrate();

        assertEquals(List.of(
                "admin pbkdf2-sha256$310000$c2FsdA$YWRtaW4 false 5",
                "dana null false 4",
                "drafter pbkdf2-sha256$310000$c2FsdA$ZHJhZnRlcg true 2",
                "erlan null false 1",
                "omar null false 3"), rows(accounts));
    }

    private static List<String> rows(DataSource accounts) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = accounts.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT username, password_hash, password_temporary, version"
                     + " FROM user_account ORDER BY username")) {
            while (row.next()) {
                rows.add(row.getString(1) + " " + row.getString(2) + " " + row.getBoolean(3) + " " + row.getLong(4));
            }
        }
        return rows;
    }

    private static void execute(DataSource accounts, String sql) throws SQLException {
        try (Connection connection = accounts.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
