package org.pactum.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Draws values from database sequences; H2 and PostgreSQL spell "next value" differently. */
@ApplicationScoped
public class SequenceSql {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    private volatile Boolean postgres;

    public long next(String sequence) {
        if (!NAME.matcher(sequence).matches()) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        String sql = isPostgres() ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try {
                Connection connection = em.unwrap(Connection.class);
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database this is", e);
            }
        }
        return postgres;
    }
}
