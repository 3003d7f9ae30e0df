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

    private volatile DatabaseVendor vendor;

    public long next(String sequence) {
        if (!NAME.matcher(sequence).matches()) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        return ((Number) em.createNativeQuery(vendor().nextValue(sequence)).getSingleResult()).longValue();
    }

    private DatabaseVendor vendor() {
        if (vendor == null) {
            try {
                vendor = DatabaseVendor.of(em.unwrap(Connection.class));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database this is", e);
            }
        }
        return vendor;
    }
}
