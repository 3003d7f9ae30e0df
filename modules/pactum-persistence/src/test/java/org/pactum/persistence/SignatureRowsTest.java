package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JpaSignatures' insert on H2 and PostgreSQL: a signature without a timestamp is stored with none, even when its null
 * arrives without a type, as JPA binds a native query's null (PostgreSQL would take it for text).
 */
@ParameterizedClass
@EnumSource(Database.class)
class SignatureRowsTest {

    @Parameter
    Database database;

    private static final OffsetDateTime SIGNED = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String PDF = "a".repeat(64);

    private Connection connection;

    @BeforeEach
    void agreementWithItsApprovedPrint() throws SQLException {
        connection = database.migrated("signatures").getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO region (code, country, name_ru, version) VALUES ('KZ-PAV', 'KZ', 'Павлодарская область', 0)");
            statement.executeUpdate("INSERT INTO party (id, organization_ru, region_code, country, signatory_name_ru,"
                    + " signatory_position_ru, version) VALUES (50, 'Акимат', 'KZ-PAV', 'KZ', 'Иванов', 'Аким', 0)");
            statement.executeUpdate("INSERT INTO agreement (id, number, kind, term_years, term_auto_renewal, status, created_by,"
                    + " created_at, updated_by, updated_at, version) VALUES (17, 'PA-2026-00017', 'COOPERATION_AGREEMENT', 5,"
                    + " TRUE, 'APPROVED', 'drafter', CURRENT_TIMESTAMP, 'drafter', CURRENT_TIMESTAMP, 0)");
        }
        try (PreparedStatement print = connection.prepareStatement("INSERT INTO signed_document (sha256, agreement_id, kind,"
                + " content_hash, pdf, kept_at) VALUES (?, 17, 'APPROVED_PRINT', ?, ?, CURRENT_TIMESTAMP)")) {
            print.setString(1, PDF);
            print.setString(2, "b".repeat(64));
            print.setBytes(3, new byte[] {'%', 'P', 'D', 'F'});
            print.executeUpdate();
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void a_signature_without_a_timestamp_is_stored_with_none() throws SQLException {
        List<Object> values = Arrays.asList(17L, 1, 50L, "signer1", "SERVER_HELD", "CN=Иванов", "CN=УЦ", "01",
                SIGNED.minusYears(1), SIGNED.plusYears(1), "c".repeat(64), SIGNED, null, "PAdES-BASELINE-B", PDF, PDF);
        try (PreparedStatement insert = connection.prepareStatement(JpaSignatures.INSERT)) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    insert.setNull(i + 1, Types.VARCHAR);
                } else {
                    insert.setObject(i + 1, values.get(i));
                }
            }
            assertEquals(1, insert.executeUpdate());
        }

        try (ResultSet row = connection.createStatement().executeQuery(
                "SELECT signed_at, timestamped_at FROM agreement_signature WHERE agreement_id = 17")) {
            assertTrue(row.next());
            assertEquals(SIGNED.toInstant(), row.getObject(1, OffsetDateTime.class).toInstant());
            assertNull(row.getObject(2));
        }
    }
}
