package org.pactum.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one database connection pool, configured from MicroProfile Config so that an environment variable switches
 * from the embedded H2 file database to PostgreSQL without rebuilding (docs/operations.md).
 *
 * <p>Each connection is checked ({@code Connection.isValid}) as it leaves the pool, and one that fails empties the
 * pool: after the database restarts, every pooled connection is dead, and without this each would fail one user's
 * request before being replaced (DockerFilesIT restarts PostgreSQL under a node to show it).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/pactum",
        className = "${MPCONFIG=pactum.datasource.class}",
        url = "${MPCONFIG=pactum.datasource.url}",
        user = "${MPCONFIG=pactum.datasource.user}",
        password = "${MPCONFIG=pactum.datasource.password}",
        minPoolSize = 1,
        maxPoolSize = 20,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
@ApplicationScoped
public class PactumDataSource {
}
