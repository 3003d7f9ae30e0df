package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.pactum.domain.language.Language;

/** V17 on H2 and PostgreSQL with the real migrations: an account's address and language are optional, and only known languages. */
@ParameterizedClass
@EnumSource(Database.class)
class AccountContactSchemaTest {

    @Parameter
    Database database;

    @Test
    void an_account_may_have_an_address_and_one_of_the_three_languages_or_neither() throws SQLException {
        try (Connection connection = database.migrated("contact").getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO user_account (username, display_name, password_hash, enabled, version,"
                    + " email, language) VALUES ('approver1', 'Игорь', 'x', TRUE, 0, 'approver1@pactum.example', 'kk')");
            statement.executeUpdate("INSERT INTO user_account (username, display_name, password_hash, enabled, version)"
                    + " VALUES ('approver2', 'Марина', 'x', TRUE, 0)");
            try (ResultSet rows = statement.executeQuery(
                    "SELECT email, language FROM user_account ORDER BY username")) {
                assertTrue(rows.next());
                assertEquals("approver1@pactum.example", rows.getString(1));
                assertEquals(Language.KK, new LanguageColumn().convertToEntityAttribute(rows.getString(2)));
                assertTrue(rows.next());
                assertNull(rows.getString(1));
                assertNull(new LanguageColumn().convertToEntityAttribute(rows.getString(2)));
            }
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE user_account SET language = 'de' WHERE username = 'approver2'"));
        }
    }
}
