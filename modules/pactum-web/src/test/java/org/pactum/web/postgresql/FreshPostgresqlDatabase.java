package org.pactum.web.postgresql;

import java.nio.file.Path;

import org.jboss.arquillian.config.descriptor.api.ContainerDef;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeSetup;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.pactum.fixtures.PostgresServer;

/**
 * Points the Payara Micro that Arquillian starts at a PostgreSQL of the tests' own ({@link PostgresServer}, one per
 * test JVM), and empties its database before each deployment: the Payara Micro container boots one server per test
 * class, and test classes must not see each other's data, as with the in-memory H2 of arquillian.xml.
 *
 * <p>The options are appended to arquillian.xml's {@code cmdOptions}; the JVM takes the last of two equal
 * {@code -D} options, so these replace the H2 URL and the data directory there.
 */
public class FreshPostgresqlDatabase {

    static final String DATABASE = "pactum_it";

    @Inject
    private Instance<ContainerRegistry> registry;

    private PostgresServer server;

    public void pointServersAtPostgresql(@Observes BeforeSetup setup) {
        Path build = PostgresqlRun.build();
        server = PostgresqlRun.server();
        String options = " -Dpactum.datasource.class=org.postgresql.ds.PGSimpleDataSource"
                + " -Dpactum.datasource.url=" + server.url(DATABASE)
                + " -Dpactum.datasource.user=" + PostgresServer.USER
                + " -Dpactum.datasource.password=" + PostgresServer.PASSWORD
                + " -Dpactum.data.dir=" + build.resolve("it-data-postgresql");
        for (Container<?> container : registry.get().getContainers()) {
            ContainerDef configuration = container.getContainerConfiguration();
            String cmdOptions = configuration.getContainerProperty("cmdOptions");
            configuration.overrideProperty("cmdOptions", (cmdOptions == null ? "" : cmdOptions) + options);
        }
    }

    public void emptyDatabase(@Observes BeforeDeploy deploy) {
        server.freshDatabase(DATABASE);
    }
}
