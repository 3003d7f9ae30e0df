package org.pactum.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.RegistrationCounters;

/**
 * The registration counters on the persistence context's own connection, so the counter row is locked, incremented
 * and committed or rolled back together with the approval that draws from it.
 */
@ApplicationScoped
public class JpaRegistrationCounters implements RegistrationCounters {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public long next(int year, AgreementKind kind) {
        // Inside a JTA transaction EclipseLink hands out the connection enlisted in it.
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("registration serials are drawn only inside a transaction");
        }
        try {
            return RegistrationCounterSql.next(connection, year, kind);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot draw the next registration serial of " + year + " " + kind, e);
        }
    }
}
