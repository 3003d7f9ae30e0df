package org.pactum.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects, before anything touches it. Flyway's history table records
 * which migrations ran, so a restart or a second node applies nothing twice.
 */
@ApplicationScoped
public class SchemaMigration {

    @Resource(lookup = "java:app/jdbc/pactum")
    DataSource dataSource;

    SchemaMigration() {
        // for CDI
    }

    /** Outside the container, e.g. in tests against an embedded database. */
    public SchemaMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public MigrateResult migrate() {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                // Portable migrations, then the few that differ per database (triggers, functions).
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** The folder of database-specific migrations: {@code h2} or {@code postgresql}. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseVendor.of(connection).migrations();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }
}
