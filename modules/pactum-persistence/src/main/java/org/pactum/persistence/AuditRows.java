package org.pactum.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;

import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditSeal;

/**
 * Audit rows in plain SQL, for tools that load a chain outside the application (benchmarks, tamper tests, a restore
 * from an export). The application itself appends through JPA in the caller's transaction.
 */
public final class AuditRows {

    private static final String INSERT_EVENT = "INSERT INTO audit_event (sequence, occurred_at, actor, actor_roles, action,"
            + " agreement_id, agreement_version, content_hash, details, client_address, previous_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SEAL =
            "INSERT INTO audit_seal (sequence, head_hash, sealed_at, key_id, algorithm, signature) VALUES (?, ?, ?, ?, ?, ?)";

    private AuditRows() {
    }

    public static PreparedStatement prepareEvents(Connection connection) throws SQLException {
        return connection.prepareStatement(INSERT_EVENT);
    }

    public static PreparedStatement prepareSeals(Connection connection) throws SQLException {
        return connection.prepareStatement(INSERT_SEAL);
    }

    /** Binds the event to a statement from {@link #prepareEvents}; execute or batch it afterwards. */
    public static void bind(PreparedStatement insert, AuditEvent event) throws SQLException {
        insert.setLong(1, event.sequence());
        insert.setObject(2, event.occurredAt().atOffset(ZoneOffset.UTC));
        insert.setString(3, event.actor());
        insert.setString(4, event.actorRoles());
        insert.setString(5, event.action());
        insert.setObject(6, event.agreementId());
        insert.setObject(7, event.agreementVersion());
        insert.setString(8, event.contentHash());
        insert.setString(9, event.details());
        insert.setString(10, event.clientAddress());
        insert.setString(11, event.previousHash());
        insert.setString(12, event.hash());
    }

    /** Binds the seal to a statement from {@link #prepareSeals}. */
    public static void bind(PreparedStatement insert, AuditSeal seal) throws SQLException {
        insert.setLong(1, seal.sequence());
        insert.setString(2, seal.headHash());
        insert.setObject(3, seal.sealedAt().atOffset(ZoneOffset.UTC));
        insert.setString(4, seal.keyId());
        insert.setString(5, seal.algorithm());
        insert.setString(6, seal.signature());
    }
}
