package org.pactum.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;

import org.pactum.domain.agreement.AgreementKind;

/**
 * Draws the next registration serial on the caller's connection, inside the caller's transaction, in portable SQL.
 * The UPDATE that increments the counter also locks its row until that transaction ends: a second approval of the
 * same year and kind waits, then counts on from the committed value, and a rollback gives the serial back.
 */
final class RegistrationCounterSql {

    /** SQLSTATE of a unique-key violation, in H2 and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";
    private static final int ATTEMPTS = 3;

    private static final String INCREMENT =
            "UPDATE registration_counter SET last_serial = last_serial + 1 WHERE calendar_year = ? AND kind = ?";
    private static final String READ = "SELECT last_serial FROM registration_counter WHERE calendar_year = ? AND kind = ?";
    private static final String START = "INSERT INTO registration_counter (calendar_year, kind, last_serial) VALUES (?, ?, 1)";

    private RegistrationCounterSql() {
    }

    static long next(Connection connection, int year, AgreementKind kind) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            if (execute(connection, INCREMENT, year, kind) == 1) {
                return read(connection, year, kind);
            }
            // The first approval of the year and kind starts the counter. Two of them may race to do so; the loser
            // undoes only its insert (PostgreSQL would otherwise abort the whole transaction) and increments instead.
            Savepoint beforeStart = connection.setSavepoint();
            try {
                execute(connection, START, year, kind);
                return 1;
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState()) || attempt == ATTEMPTS) {
                    throw e;
                }
                connection.rollback(beforeStart);
            }
        }
    }

    private static int execute(Connection connection, String sql, int year, AgreementKind kind) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, year);
            statement.setString(2, kind.name());
            return statement.executeUpdate();
        }
    }

    private static long read(Connection connection, int year, AgreementKind kind) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setInt(1, year);
            statement.setString(2, kind.name());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the registration counter " + year + " " + kind + " vanished while locked");
                }
                return row.getLong(1);
            }
        }
    }
}
