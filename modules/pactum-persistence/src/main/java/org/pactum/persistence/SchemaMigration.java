package org.pactum.persistence;

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

    public MigrateResult migrate() {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
