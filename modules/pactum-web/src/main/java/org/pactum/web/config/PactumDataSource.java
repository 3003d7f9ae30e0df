package org.pactum.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one database connection pool, configured from MicroProfile Config so that an environment variable switches
 * from the embedded H2 file database to PostgreSQL without rebuilding (docs/operations.md).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/pactum",
        className = "${MPCONFIG=pactum.datasource.class}",
        url = "${MPCONFIG=pactum.datasource.url}",
        user = "${MPCONFIG=pactum.datasource.user}",
        password = "${MPCONFIG=pactum.datasource.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
@ApplicationScoped
public class PactumDataSource {
}
