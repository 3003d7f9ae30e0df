package org.pactum.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets one node at a time do the start-up work: the schema, the shipped templates, the first administrator, the demo
 * data. Two nodes started together on an empty database would otherwise both see "no administrator yet" and both
 * create one; the loser's deployment would fail on the unique name.
 *
 * <p>On PostgreSQL this is a session-level advisory lock on a connection held for the duration: when a node dies
 * half-way, its session ends and the lock goes with it, so the next node finds the work undone, not blocked. H2 runs
 * in one process per database file, so there is nobody to wait for.
 */
@ApplicationScoped
public class StartupLock {

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());
    /** The advisory lock's key: "pactum" and "start" as ASCII, apart from the keys Flyway uses for its own lock. */
    static final int PACTUM = 0x70616374;
    static final int START_UP = 0x73746172;

    @Resource(lookup = "java:app/jdbc/pactum")
    DataSource dataSource;

    StartupLock() {
        // for CDI
    }

    /** Outside the container, e.g. in tests. */
    public StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} while no other node runs its start-up work on the same database. */
    public void whileHeld(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (DatabaseVendor.of(connection) != DatabaseVendor.POSTGRESQL) {
                work.run();
                return;
            }
            connection.setAutoCommit(true);
            if (!call(connection, "SELECT pg_try_advisory_lock(?, ?)")) {
                LOG.info("Another node is doing its start-up work on this database; waiting for it");
                call(connection, "SELECT pg_advisory_lock(?, ?) IS NULL");
            }
            try {
                work.run();
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?, ?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the start-up lock in the database", e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, PACTUM);
            statement.setInt(2, START_UP);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
