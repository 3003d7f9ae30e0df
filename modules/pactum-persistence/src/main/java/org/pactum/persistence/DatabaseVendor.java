package org.pactum.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The two databases Pactum runs on, and the little SQL that differs between them. */
enum DatabaseVendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String migrations;

    DatabaseVendor(String migrations) {
        this.migrations = migrations;
    }

    static DatabaseVendor of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("Pactum runs on H2 or PostgreSQL, not on " + product);
    }

    /** The folder under db/migration with this database's own migrations (triggers, functions). */
    String migrations() {
        return migrations;
    }

    /** A query for the next value of a sequence whose name has already been checked. */
    String nextValue(String sequence) {
        return this == POSTGRESQL ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    }
}
