package org.pactum.web.postgresql;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registered for every Arquillian run; only the run that sets {@code pactum.it.database=postgresql} (the failsafe
 * execution "postgresql" of this module) turns its servers to PostgreSQL.
 */
public class PostgresqlDatabaseExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if (PostgresqlRun.asked()) {
            builder.observer(FreshPostgresqlDatabase.class);
        }
    }
}
