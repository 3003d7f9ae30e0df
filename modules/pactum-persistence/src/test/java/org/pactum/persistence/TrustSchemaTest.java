package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The trust tables with the real migrations on H2 and PostgreSQL: a certificate's bytes read back unchanged, the same certificate
 * cannot be stored twice, and removing an anchor removes the revocation lists added under it.
 */
@ParameterizedClass
@EnumSource(Database.class)
class TrustSchemaTest {

    @Parameter
    Database database;

    private static final String DUPLICATE_KEY = "23505";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 6, 12, 0, 0, 0, ZoneOffset.UTC);

    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        connection = database.migrated("trust").getConnection();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void an_anchors_certificate_reads_back_byte_for_byte() throws SQLException {
        byte[] der = {0x30, (byte) 0x82, 0x00, (byte) 0xff, 0x7f, 0x00};
        insertAnchor(50, der, "a".repeat(64));

        try (ResultSet row = connection.createStatement().executeQuery("SELECT certificate, subject FROM trust_anchor WHERE id = 50")) {
            assertTrue(row.next());
            assertArrayEquals(der, row.getBytes(1));
            assertEquals("CN=Корневой УЦ,C=RU", row.getString(2));
        }
    }

    @Test
    void the_same_certificate_cannot_be_trusted_twice() throws SQLException {
        insertAnchor(50, new byte[] {1}, "b".repeat(64));

        SQLException refused = assertThrows(SQLException.class, () -> insertAnchor(51, new byte[] {1}, "b".repeat(64)));

        assertEquals(DUPLICATE_KEY, refused.getSQLState());
    }

    @Test
    void removing_an_anchor_removes_its_revocation_lists() throws SQLException {
        insertAnchor(50, new byte[] {1}, "c".repeat(64));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO revocation_list (id, anchor_id, issuer, crl,"
                + " this_update, next_update, added_by, added_at, version) VALUES (50, 50, 'CN=Корневой УЦ,C=RU', ?, ?, NULL, 'admin', ?, 1)")) {
            insert.setBytes(1, new byte[] {0x30, 0x00});
            insert.setObject(2, NOW);
            insert.setObject(3, NOW);
            insert.executeUpdate();
        }

        connection.createStatement().executeUpdate("DELETE FROM trust_anchor WHERE id = 50");

        try (ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM revocation_list")) {
            assertFalse(rows.next());
        }
    }

    private void insertAnchor(long id, byte[] der, String sha256) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO trust_anchor (id, certificate, subject, sha256,"
                + " not_before, not_after, added_by, added_at, version) VALUES (?, ?, 'CN=Корневой УЦ,C=RU', ?, ?, ?, 'admin', ?, 1)")) {
            insert.setLong(1, id);
            insert.setBytes(2, der);
            insert.setString(3, sha256);
            insert.setObject(4, NOW.minusYears(1));
            insert.setObject(5, NOW.plusYears(10));
            insert.setObject(6, NOW);
            insert.executeUpdate();
        }
    }
}
